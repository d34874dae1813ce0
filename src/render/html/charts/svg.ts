import { html, join, type HtmlValue, type SafeHtml } from '../html.ts';

/**
 * Shared pieces of the inline SVG charts: the accessible wrapper, the
 * palette, and text fitting. Every chart is a plain <svg> with role="img", a
 * <title> and a <desc>, and scales with its container through its viewBox.
 */

/** Okabe–Ito, a palette that colour-blind readers can tell apart. */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  vermillion: '#D55E00',
  sky: '#56B4E9',
  green: '#009E73',
  purple: '#CC79A7',
  yellow: '#F0E442',
  ink: '#1f2933',
  muted: '#5b6876',
  grid: '#d9dee4',
  bar: '#aab6c3',
} as const;

/** What every chart is called: its element id (the title and desc get `-title` and `-desc`), title and description. */
export interface ChartText {
  readonly id: string;
  readonly title: string;
  readonly desc: string;
}

export interface ChartFrame extends ChartText {
  readonly width: number;
  readonly height: number;
}

/** The accessible <svg> wrapper. */
export function svgChart(frame: ChartFrame, body: HtmlValue): SafeHtml {
  const w = round(frame.width);
  const h = round(frame.height);
  return html`<svg class="chart" id="${frame.id}" role="img" aria-labelledby="${frame.id}-title ${frame.id}-desc" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" preserveAspectRatio="xMidYMin meet" xmlns="http://www.w3.org/2000/svg"><title id="${frame.id}-title">${frame.title}</title><desc id="${frame.id}-desc">${frame.desc}</desc>${body}</svg>`;
}

/** Coordinates with at most two decimals, so the markup stays small and stable. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Average advance of a character at `fontSize` in a sans-serif font, for fitting text without measuring. */
export function charWidth(fontSize: number): number {
  return fontSize * 0.56;
}

/**
 * Cuts `text` to fit `maxWidth` pixels at `fontSize`, ending with "…" when cut
 * (at a word boundary when one is near the end).
 * @example fitText('A rather long statement', 60, 10) // 'A rather…'
 */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  const max = Math.max(1, Math.floor(maxWidth / charWidth(fontSize)));
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, Math.max(1, max - 1)).join('');
  // end at a word boundary when that keeps most of the room
  const space = cut.lastIndexOf(' ');
  const kept = space >= cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${kept.trimEnd().replace(/[,;:.\-–—]+$/, '')}…`;
}

/**
 * Wraps `text` into at most `maxLines` lines of `maxWidth` pixels; the last
 * line ends with "…" when text is left over.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const max = Math.max(1, Math.floor(maxWidth / charWidth(fontSize)));
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if ([...candidate].length <= max || current === '') current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  const kept = lines.length <= maxLines ? lines : [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(' ')];
  return kept.map((l) => fitText(l, maxWidth, fontSize));
}

/** A <text> element; `anchor` start|middle|end. */
export function text(x: number, y: number, content: string, options: { anchor?: 'start' | 'middle' | 'end'; cls?: string } = {}): SafeHtml {
  return html`<text x="${round(x)}" y="${round(y)}"${options.anchor && options.anchor !== 'start' ? html` text-anchor="${options.anchor}"` : ''}${options.cls ? html` class="${options.cls}"` : ''}>${content}</text>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, cls: string): SafeHtml {
  return html`<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" class="${cls}"/>`;
}

export { join };
