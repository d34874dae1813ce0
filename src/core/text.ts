import type { Lang, LocalText, Statement } from './types.ts';

/** The text in `lang`, else in the other language, else ''. */
export function localText(text: LocalText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.nl ?? text.en ?? '';
}

export function statementText(s: Statement, lang: Lang): string {
  return localText(s.text, lang);
}

/** The short label in `lang`, falling back to the start of the full text. */
export function statementLabel(s: Statement, lang: Lang, max = 28): string {
  const label = localText(s.label, lang);
  if (label) return label;
  const text = statementText(s, lang);
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The longest short label: what fits a grid cell over a few lines. */
export const SHORT_LABEL_MAX = 18;

/** `text` cut at a word boundary to at most `max` characters, with "…" when cut (a first word longer than that is cut inside). */
export function cutAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const kept = (space > 0 ? room.slice(0, space) : room).replace(/[\s,.;:–—-]+$/, '');
  return `${kept}…`;
}

/**
 * The statement's short label for the grid's cells (≤ 18 characters): its
 * `short` in `lang`, else its label, else the first words of its text, cut at a
 * word boundary with "…".
 */
export function statementShort(s: Statement, lang: Lang): string {
  const given = localText(s.short, lang) || localText(s.label, lang) || statementText(s, lang);
  return cutAtWord(given, SHORT_LABEL_MAX);
}
