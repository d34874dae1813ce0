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
