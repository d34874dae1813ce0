/**
 * `qsort print cards`: the statements as cards to cut out. Each card has its
 * number, large (28 pt bold), and its whole text, wrapped, in one size for the
 * whole deck: the largest from 20 pt down to 14 pt at which every text fits; a
 * text that does not fit at 14 pt is refused (never cut off). With a back language every front page is followed by
 * its back page, the cards mirrored left to right, so that a printer's
 * long-edge duplex puts each card's back behind its front.
 */
import { paperErrors } from '../../i18n/paper.ts';
import { cutLines, documentBytes, newDocument, PAPER_SIZE, type Paper } from './document.ts';

export const CARDS_PER_PAGE = [8, 12] as const;
export type CardsPerPage = (typeof CARDS_PER_PAGE)[number];

/** One card: the label printed large (the number typed in later), the front text and maybe a back text. */
export interface Card {
  readonly id: string;
  readonly label: string;
  readonly text: string;
  readonly back?: string;
}

export interface CardsRequest {
  readonly title: string;
  readonly cards: readonly Card[];
  readonly paper: Paper;
  readonly perPage: CardsPerPage;
  /** Print the back texts on the reverse pages. */
  readonly duplex: boolean;
  readonly lang: string;
  readonly createdAt: Date;
}

/** The card sizes: 2 × 4 or 3 × 4 cards on a portrait page, inside a margin. */
export const CARD_GRID: Readonly<Record<CardsPerPage, { readonly cols: number; readonly rows: number }>> = {
  8: { cols: 2, rows: 4 },
  12: { cols: 3, rows: 4 },
};

const MARGIN = 18;
const PADDING = 10;
export const NUMBER_SIZE = 28;
export const TEXT_SIZES = [20, 19, 18, 17, 16, 15, 14] as const;
const TITLE_SIZE = 7;

export interface Cell {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where the cards sit on a page: left to right, top to bottom, in points from the top left. */
export function cardCells(paper: Paper, perPage: CardsPerPage): { cells: Cell[]; grid: Parameters<typeof cutLines>[1] } {
  const [width, height] = PAPER_SIZE[paper];
  const { cols, rows } = CARD_GRID[perPage];
  const grid = { x: MARGIN, y: MARGIN, width: width - 2 * MARGIN, height: height - 2 * MARGIN, cols, rows };
  const cw = grid.width / cols;
  const ch = grid.height / rows;
  const out: Cell[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out.push({ x: grid.x + c * cw, y: grid.y + r * ch, width: cw, height: ch });
  return { cells: out, grid };
}

/** Does `text` fit the card's text area at `size`: its height, and every word on one line? */
function fits(doc: PDFKit.PDFDocument, text: string, cell: Cell, numberHeight: number, size: number): boolean {
  const width = cell.width - 2 * PADDING;
  const room = cell.height - 2 * PADDING - numberHeight - TITLE_SIZE - 6;
  doc.font('regular').fontSize(size);
  const widest = Math.max(...text.split(/\s+/).map((w) => doc.widthOfString(w)));
  return widest <= width && doc.heightOfString(text, { width, lineGap: 0 }) <= room;
}

/**
 * One text size for the whole deck: the largest at which every text fits, so
 * that the cards look alike. A text that fits at no size (not even 14 pt) is
 * refused; a single word wider than a card is the one case where a word breaks.
 */
function deckSize(doc: PDFKit.PDFDocument, cards: readonly Card[], texts: (card: Card) => readonly string[], cell: Cell, numberHeight: number, perPage: CardsPerPage): number {
  let best: number = TEXT_SIZES[0];
  for (const card of cards) {
    for (const text of texts(card)) {
      const size = TEXT_SIZES.find((s) => s <= best && fits(doc, text, cell, numberHeight, s));
      if (size !== undefined) {
        best = size;
        continue;
      }
      const width = cell.width - 2 * PADDING;
      const room = cell.height - 2 * PADDING - numberHeight - TITLE_SIZE - 6;
      const smallest = TEXT_SIZES[TEXT_SIZES.length - 1]!;
      doc.font('regular').fontSize(smallest);
      if (doc.heightOfString(text, { width, lineGap: 0 }) > room) throw paperErrors.cardTooLong(card.label, card.id, smallest, perPage);
      best = smallest;
    }
  }
  return best;
}

function drawCard(doc: PDFKit.PDFDocument, cell: Cell, label: string, text: string, size: number, footer: string): void {
  const width = cell.width - 2 * PADDING;
  doc.fillColor('black').font('bold').fontSize(NUMBER_SIZE).text(label, cell.x + PADDING, cell.y + PADDING - 6, { width, lineBreak: false });
  const top = cell.y + PADDING + NUMBER_SIZE * 1.25;
  doc.font('regular').fontSize(size).text(text, cell.x + PADDING, top, { width, lineGap: 0 });
  doc.fillColor('#666666').fontSize(TITLE_SIZE).text(footer, cell.x + PADDING, cell.y + cell.height - PADDING - TITLE_SIZE, { width, lineBreak: false, ellipsis: true });
}

/** The cards PDF, as bytes. Throws a DataError naming the first card whose text does not fit. */
export async function cardsPdf(request: CardsRequest): Promise<Uint8Array> {
  const doc = newDocument({ title: request.title, createdAt: request.createdAt, lang: request.lang });
  const [pageWidth, pageHeight] = PAPER_SIZE[request.paper];
  const layout = cardCells(request.paper, request.perPage);
  const numberHeight = NUMBER_SIZE * 1.25;
  const size = deckSize(doc, request.cards, (c) => (request.duplex ? [c.text, c.back ?? c.text] : [c.text]), layout.cells[0]!, numberHeight, request.perPage);
  const { cols } = CARD_GRID[request.perPage];
  for (let start = 0; start < request.cards.length; start += request.perPage) {
    const page = request.cards.slice(start, start + request.perPage);
    doc.addPage({ size: [pageWidth, pageHeight], margin: 0 });
    cutLines(doc, layout.grid, { width: pageWidth, height: pageHeight });
    page.forEach((card, i) => drawCard(doc, layout.cells[i]!, card.label, card.text, size, `${request.title} · ${card.id}`));
    if (!request.duplex) continue;
    doc.addPage({ size: [pageWidth, pageHeight], margin: 0 });
    cutLines(doc, layout.grid, { width: pageWidth, height: pageHeight });
    page.forEach((card, i) => {
      const mirrored = Math.floor(i / cols) * cols + (cols - 1 - (i % cols));
      const back = card.back ?? card.text;
      drawCard(doc, layout.cells[mirrored]!, card.label, back, size, `${request.title} · ${card.id}`);
    });
  }
  return documentBytes(doc);
}
