import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { detectFormat } from './detect.ts';
import { IMPORT_FORMATS, parseSorts } from './index.ts';

/** Anything but a DataError escaping a parser is a bug. */
function parsesOrRejects(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    expect(error.message).toMatch(/^f\.\w+/);
  }
}

const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ maxLength: 300, unit: fc.constantFrom('0', '1', '-', ' ', ',', ';', '"', '\n', '\r', '|', '{', '}', '[', ']', ':', 's', 'i', 'd', 'a') }),
  fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder().decode(b)),
);

describe('parsers never crash', () => {
  for (const format of IMPORT_FORMATS) {
    it(`${format}: random text gives sorts or a DataError naming the file`, () => {
      fc.assert(
        fc.property(text, fc.option(fc.constant(['a', 'b', 'c']), { nil: undefined }), (t, ids) => {
          parsesOrRejects(() => parseSorts(format, t, { file: `f.${format}`, ...(ids ? { statementIds: ids } : {}) }));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('detectFormat never throws', () => {
    fc.assert(fc.property(fc.string(), text, (name, t) => void detectFormat(name, t)));
  });
});
