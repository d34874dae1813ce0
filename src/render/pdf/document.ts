/**
 * The PDF basics every printout shares: paper sizes, the embedded fonts and a
 * document collected into bytes. The fonts are Noto Sans (SIL Open Font
 * License) from the npm package @expo-google-fonts/noto-sans, embedded and
 * subset into each PDF: they hold every Latin accent and the typographic
 * quotes, dashes and ellipsis (‘ ’ “ ” – …), and no system font is ever used.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Width and height in points (1/72 inch), portrait. */
export const PAPER_SIZE: Readonly<Record<Paper, readonly [number, number]>> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
};

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;
export type FontName = keyof typeof FONT_FILES;

/** A new document with the two fonts registered (as "regular" and "bold") and no page yet. */
export function newDocument(options: { title: string; createdAt: Date; lang: string; landscape?: boolean }): PDFKit.PDFDocument {
  const regular = require.resolve(FONT_FILES.regular);
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    font: regular,
    lang: options.lang,
    info: { Title: options.title, Creator: 'qsort', Producer: 'qsort', CreationDate: options.createdAt },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', require.resolve(FONT_FILES.bold));
  return doc;
}

/** Ends the document and gives its bytes. */
export function documentBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}

/** Dashed cut lines through a grid of cells, running into the page margin. */
export function cutLines(doc: PDFKit.PDFDocument, grid: { x: number; y: number; width: number; height: number; cols: number; rows: number }, page: { width: number; height: number }): void {
  const cw = grid.width / grid.cols;
  const ch = grid.height / grid.rows;
  doc.save().lineWidth(0.6).strokeColor('#777777').dash(5, { space: 4 });
  for (let c = 0; c <= grid.cols; c++) doc.moveTo(grid.x + c * cw, 6).lineTo(grid.x + c * cw, page.height - 6).stroke();
  for (let r = 0; r <= grid.rows; r++) doc.moveTo(6, grid.y + r * ch).lineTo(page.width - 6, grid.y + r * ch).stroke();
  doc.undash().restore();
}
