/**
 * Windows-1252, the code page PQMethod on Windows reads and writes. Written out
 * here because Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1
 * control characters (no €, no curly quotes).
 */

/** The characters of bytes 0x80–0x9F (WHATWG; the five unassigned bytes map to themselves). */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const codeOf = (byte: number): number => (byte >= 0x80 && byte <= 0x9f ? (HIGH[byte - 0x80] ?? byte) : byte);

let encodeTable: Map<number, number> | undefined;

/** Decodes Windows-1252 bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(codeOf(byte));
  return out;
}

/** The Windows-1252 bytes of `text`, or undefined when a character has no Windows-1252 byte. */
export function encodeWindows1252(text: string): Uint8Array | undefined {
  if (!encodeTable) {
    encodeTable = new Map();
    for (let byte = 0; byte < 256; byte++) encodeTable.set(codeOf(byte), byte);
  }
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const byte = encodeTable.get(ch.codePointAt(0) ?? -1);
    if (byte === undefined) return undefined;
    out[n++] = byte;
  }
  return out.subarray(0, n);
}
