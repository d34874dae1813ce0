import { fit, wrapText } from '../text/wrap.ts';

/**
 * Layout helpers shared by the sort screens. They work on plain text and count
 * every character as one column; callers style a line only after it is laid out.
 */

/** The size a screen is drawn for. */
export interface ScreenSize {
  readonly columns: number;
  readonly rows: number;
}

/**
 * A terminal a prompt is drawn on: its size now, and a way to hear of resizes
 * (the returned function stops listening). See `streamTerminal`.
 */
export interface TerminalSize {
  readonly size: () => ScreenSize;
  readonly onResize: (listener: () => void) => () => void;
}

const clearScreen = '\x1B[2J\x1B[H';

/**
 * The terminal of an output stream (a tty, or an SSH channel that carries
 * `columns`, `rows` and 'resize'). On a resize the screen is cleared first: the
 * old frame was laid out for the old width, so the terminal's own reflow of it
 * cannot be erased line by line.
 */
export function streamTerminal(output: NodeJS.WritableStream): TerminalSize {
  const tty = output as NodeJS.WritableStream & { columns?: number; rows?: number };
  return {
    size: () => ({ columns: tty.columns || 80, rows: tty.rows || 24 }),
    onResize: (listener) => {
      const onResize = () => {
        output.write(clearScreen);
        listener();
      };
      output.on('resize', onResize);
      return () => {
        output.off('resize', onResize);
      };
    },
  };
}

/** The usable text width: one column is kept free so that no line ever wraps. */
export const usableWidth = (size: ScreenSize): number => Math.max(20, size.columns - 1);

/** The usable height: one row is kept free for the cursor line. */
export const usableRows = (size: ScreenSize): number => Math.max(10, size.rows - 1);

/** `left` and `right` on one line of `width`, the left part cut if both do not fit. */
export function spread(left: string, right: string, width: number): string {
  const room = width - right.length - 1;
  if (room < 8) return fit(left, width).trimEnd();
  return `${fit(left, room)} ${right}`;
}

/** Wrapped text, at most `maxLines` lines (the last one ends in … when cut). */
export function wrapClipped(text: string, width: number, maxLines: number): string[] {
  const lines = wrapText(text, width);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept[kept.length - 1] ?? '';
  kept[kept.length - 1] = last.length + 2 <= width ? `${last} …` : `${last.slice(0, width - 1)}…`;
  return kept;
}

/**
 * The top of every sort screen: the study title with `right` (step, progress)
 * on the same line, then the condition of instruction in at most `instructionLines`.
 */
export function headingLines(
  heading: { readonly title: string; readonly instruction: string },
  right: string,
  width: number,
  instructionLines: number,
  style: { readonly title: (t: string) => string; readonly dim: (t: string) => string },
): string[] {
  const top = spread(` ${heading.title}`, right, width);
  const titlePart = top.slice(0, top.length - right.length);
  const lines = [`${style.title(titlePart)}${style.dim(top.slice(titlePart.length))}`];
  if (instructionLines > 0 && heading.instruction) {
    for (const l of wrapClipped(heading.instruction, width - 1, instructionLines)) lines.push(` ${l}`);
  }
  return lines;
}

/** The key help line: pairs joined by " · ", dropping trailing pairs that do not fit. */
export function keysLine(keys: readonly string[], width: number): string {
  let line = '';
  for (const k of keys) {
    const next = line ? `${line} · ${k}` : k;
    if (next.length > width) break;
    line = next;
  }
  return line;
}

/** A progress bar of `width` cells: filled ━, empty ─ (readable without colour). */
export function progressBar(done: number, total: number, width: number): { filled: string; empty: string } {
  const cells = Math.max(0, width);
  const filled = total > 0 ? Math.round((done / total) * cells) : 0;
  return { filled: '━'.repeat(filled), empty: '─'.repeat(cells - filled) };
}

/** Centres plain text in `width` columns. */
export function centre(text: string, width: number): string {
  if (text.length >= width) return fit(text, width);
  const left = Math.floor((width - text.length) / 2);
  return `${' '.repeat(left)}${text}${' '.repeat(width - text.length - left)}`;
}
