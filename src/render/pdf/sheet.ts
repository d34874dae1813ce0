/**
 * `qsort print sheet`: the score sheet a participant fills in on paper. Page 1
 * (landscape): the study's title, the condition of instruction, fields for
 * name, team and date, and the empty forced-distribution grid — one box per
 * card, the column values over the columns and their meaning under the
 * extremes. Page 2: the post-sort questions with room to write. `copies`
 * repeats both pages.
 */
import { documentBytes, newDocument, PAPER_SIZE, type Paper } from './document.ts';

export interface SheetTexts {
  readonly name: string;
  readonly team: string;
  readonly date: string;
  readonly mostDisagree: string;
  readonly neutral: string;
  readonly mostAgree: string;
  readonly hint: string;
  readonly questions: string;
  readonly comment: string;
}

export interface SheetRequest {
  readonly title: string;
  readonly instruction: string;
  /** Column scores (ascending) and how many cards each takes. */
  readonly scores: readonly number[];
  readonly counts: readonly number[];
  readonly questions: readonly string[];
  readonly texts: SheetTexts;
  readonly paper: Paper;
  readonly copies: number;
  readonly lang: string;
  readonly createdAt: Date;
}

const MARGIN = 36;
const MAX_BOX = 58;
const GAP = 6;

/** A score as printed over its column: −4, 0, +4 (a real minus sign). */
export const columnLabel = (score: number): string => (score > 0 ? `+${score}` : score < 0 ? `\u2212${-score}` : '0');

function fields(doc: PDFKit.PDFDocument, texts: SheetTexts, y: number, width: number, withTeamAndDate = true): number {
  const labels = withTeamAndDate ? [texts.name, texts.team, texts.date] : [texts.name];
  const widths = withTeamAndDate ? [0.45, 0.3, 0.25] : [0.5];
  let x = MARGIN;
  doc.font('regular').fontSize(12).fillColor('black');
  labels.forEach((label, i) => {
    const w = width * widths[i]! - 12;
    doc.text(`${label}:`, x, y, { lineBreak: false });
    const start = x + doc.widthOfString(`${label}:`) + 6;
    doc.save().lineWidth(0.7).strokeColor('#444444').moveTo(start, y + 14).lineTo(x + w, y + 14).stroke().restore();
    x += width * widths[i]!;
  });
  return y + 30;
}

function grid(doc: PDFKit.PDFDocument, request: SheetRequest, top: number, width: number, bottom: number): void {
  const cols = request.scores.length;
  const tallest = Math.max(...request.counts);
  const headerHeight = 40;
  // Boxes are square while they fit; a tall column makes them lower (a number needs width more than height).
  const boxWidth = Math.min(MAX_BOX, (width - GAP * (cols - 1)) / cols);
  const rowHeight = (bottom - top - headerHeight) / tallest;
  const gapY = Math.min(GAP, rowHeight * 0.15);
  const boxHeight = Math.min(boxWidth, rowHeight - gapY);
  const gridWidth = cols * boxWidth + (cols - 1) * GAP;
  const left = MARGIN + (width - gridWidth) / 2;
  const middle = request.scores.indexOf(0);
  request.scores.forEach((score, c) => {
    const x = left + c * (boxWidth + GAP);
    doc.font('bold').fontSize(16).fillColor('black').text(columnLabel(score), x, top, { width: boxWidth, align: 'center', lineBreak: false });
    const meaning = c === 0 ? request.texts.mostDisagree : c === cols - 1 ? request.texts.mostAgree : c === middle ? request.texts.neutral : '';
    if (meaning) doc.font('regular').fontSize(9).fillColor('#333333').text(meaning, x - GAP, top + 21, { width: boxWidth + 2 * GAP, align: 'center', lineBreak: false });
    doc.save().lineWidth(1).strokeColor('black');
    for (let r = 0; r < (request.counts[c] ?? 0); r++) doc.rect(x, top + headerHeight + r * (boxHeight + gapY), boxWidth, boxHeight).stroke();
    doc.restore();
  });
}

function frontPage(doc: PDFKit.PDFDocument, request: SheetRequest, page: { width: number; height: number }): void {
  const width = page.width - 2 * MARGIN;
  doc.font('bold').fontSize(18).fillColor('black').text(request.title, MARGIN, MARGIN, { width });
  let y = doc.y + 4;
  if (request.instruction.trim() !== '') {
    doc.font('regular').fontSize(13).text(request.instruction, MARGIN, y, { width });
    y = doc.y + 10;
  }
  y = fields(doc, request.texts, y, width);
  doc.font('regular').fontSize(9).fillColor('#333333').text(request.texts.hint, MARGIN, page.height - MARGIN - 10, { width, lineBreak: false });
  grid(doc, request, y + 6, width, page.height - MARGIN - 18);
}

function questionsPage(doc: PDFKit.PDFDocument, request: SheetRequest, page: { width: number; height: number }): void {
  const width = page.width - 2 * MARGIN;
  doc.font('bold').fontSize(16).fillColor('black').text(`${request.title} — ${request.texts.questions}`, MARGIN, MARGIN, { width });
  let y = fields(doc, request.texts, doc.y + 6, width, false);
  const items = [...request.questions, request.texts.comment];
  const room = (page.height - MARGIN - y) / items.length;
  for (const item of items) {
    doc.font('bold').fontSize(12).fillColor('black').text(item, MARGIN, y, { width });
    const boxTop = doc.y + 4;
    const boxBottom = y + room - 10;
    doc.save().lineWidth(0.5).strokeColor('#999999');
    for (let line = boxTop + 22; line < boxBottom; line += 22) doc.moveTo(MARGIN, line).lineTo(MARGIN + width, line).stroke();
    doc.restore();
    y += room;
  }
}

/** The score sheet PDF (two pages per copy), as bytes. */
export async function sheetPdf(request: SheetRequest): Promise<Uint8Array> {
  const doc = newDocument({ title: request.title, createdAt: request.createdAt, lang: request.lang });
  const [w, h] = PAPER_SIZE[request.paper];
  const page = { width: h, height: w };
  for (let copy = 0; copy < request.copies; copy++) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    frontPage(doc, request, page);
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    questionsPage(doc, request, page);
  }
  return documentBytes(doc);
}
