import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Reading PDFs the way a person sees them, with poppler-utils (pdftotext,
 * pdftoppm; .ci/run installs them): the words with their boxes, and a page as
 * a grey-scale picture.
 */
const run = promisify(execFile);

export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every page with its words and their boxes, in points from the top left (`pdftotext -bbox`). */
export async function pdfPages(file: string): Promise<PdfPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const page of stdout.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: unescape(m[5]!),
    }));
    pages.push({ width: Number(size[1]), height: Number(size[2]), words });
  }
  return pages;
}

/** The font size of a word from its box: Noto Sans' box is 1.362 × the size. */
export const fontSizeOf = (word: PdfWord): number => (word.yMax - word.yMin) / 1.362;

/** One page rendered grey (0 = black, 255 = white), `dpi` pixels per inch (`pdftoppm -gray`). */
export async function renderGray(file: string, page: number, dpi: number): Promise<{ width: number; height: number; at: (x: number, y: number) => number }> {
  const { stdout } = await run('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), file], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(stdout.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  return { width, height, at: (x, y) => stdout[offset + Math.round(y) * width + Math.round(x)] ?? 255 };
}
