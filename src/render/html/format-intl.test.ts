import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, MINUS } from './format.ts';

/** What formatNumber printed when it called Intl.NumberFormat for every number. */
function viaIntl(value: number, digits: number, lang: 'nl' | 'en'): string {
  const text = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(Math.abs(value));
  return value < 0 && !/^[0.,]+$/.test(text) ? `${MINUS}${text}` : text;
}

describe('formatNumber without Intl per number', () => {
  it('prints exactly what Intl.NumberFormat prints (property), also on decimal ties', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), fc.constantFrom('nl' as const, 'en' as const), (v, d, lang) => {
        expect(formatNumber(v, d, lang)).toBe(viaIntl(v, d, lang));
      }),
      { numRuns: 2000 },
    );
    for (const v of [1.005, 2.675, 0.045, -0.015, 0.995, 12345.675, 1e-7, 5e-324, 0, -0]) {
      for (const d of [0, 1, 2, 3]) for (const lang of ['nl', 'en'] as const) expect(formatNumber(v, d, lang)).toBe(viaIntl(v, d, lang));
    }
  });
});
