/** Encodes text as Windows-1252 (the code page PQMethod on Windows reads), when every character fits. */

let table: Map<number, number> | undefined;

function encodeTable(): Map<number, number> {
  if (!table) {
    const decoder = new TextDecoder('windows-1252');
    table = new Map();
    for (let byte = 0; byte < 256; byte++) {
      const ch = decoder.decode(Uint8Array.of(byte));
      const code = ch.codePointAt(0);
      if (code !== undefined && code !== 0xfffd && !table.has(code)) table.set(code, byte);
    }
  }
  return table;
}

/** The Windows-1252 bytes of `text`, or undefined when a character has no Windows-1252 byte. */
export function encodeWindows1252(text: string): Uint8Array | undefined {
  const map = encodeTable();
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const byte = map.get(ch.codePointAt(0) ?? -1);
    if (byte === undefined) return undefined;
    out[n++] = byte;
  }
  return out.subarray(0, n);
}
