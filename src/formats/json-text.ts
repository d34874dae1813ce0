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
 * Finds the line of each `"key"` in order, scanning the text once (each key is looked
 * for after the previous one). Undefined for a key that is not given or not found.
 */
export function keyLines(text: string, keys: readonly (string | undefined)[]): (number | undefined)[] {
  let pos = 0;
  let line = 1;
  return keys.map((key) => {
    if (key === undefined) return undefined;
    const quoted = JSON.stringify(key);
    const at = text.indexOf(quoted, pos);
    if (at < 0) return undefined;
    for (let i = pos; i < at; i++) if (text.charCodeAt(i) === 10) line++;
    // A JSON-quoted key holds no raw line break.
    pos = at + quoted.length;
    return line;
  });
}
