import { dataErrorAt } from './errors.ts';

/** Parses JSON text (a BOM is fine); a syntax error becomes a DataError naming file and line. */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const m = /position (\d+)/.exec(message);
    const line = m ? body.slice(0, Number(m[1])).split('\n').length : undefined;
    throw dataErrorAt({ file, line }, `not valid JSON (${message.replace(/^JSON\.parse: /, '')})`);
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Finds the line of each `"key":` in order, scanning the text once (keys are looked
 * for after the previous one). Returns undefined for a key that cannot be found.
 */
export function keyLines(text: string, keys: readonly string[]): (number | undefined)[] {
  let pos = 0;
  let line = 1;
  return keys.map((key) => {
    const at = text.indexOf(`${JSON.stringify(key)}`, pos);
    if (at < 0) return undefined;
    for (let i = pos; i < at; i++) if (text.charCodeAt(i) === 10) line++;
    pos = at;
    return line;
  });
}
