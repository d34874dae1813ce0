import type { Lang } from '../core/types.ts';
import type { Place, Problem, QError } from '../errors.ts';
import { setProblemRenderer } from '../errors.ts';
import type { AnalysisWarning } from '../analysis/warnings.ts';
import type { ErrorTable, Render, WarningTable } from './error-table.ts';
import { en, enWarnings } from './errors.en.ts';
import { nl, nlWarnings } from './errors.nl.ts';

/**
 * Errors and warnings in the user's language. A QError is a code and its params
 * (the catalogue is in src/errors.ts); each language has one table here
 * (errors.en.ts, errors.nl.ts) with a text for every code and every analysis
 * warning. A third language is one more table and a line in TABLES.
 */

export const ERROR_TABLES: Readonly<Record<Lang, ErrorTable>> = { en, nl };
export const WARNING_TABLES: Readonly<Record<Lang, WarningTable>> = { en: enWarnings, nl: nlWarnings };

/** A language code qsort has tables for (anything else, e.g. a study file's unknown language, falls back to English). */
function tableLang(lang: string): Lang {
  return Object.hasOwn(ERROR_TABLES, lang) ? (lang as Lang) : 'en';
}

/** Line breaks that came in with the data become spaces: an error is one line. */
export const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

/** "file:line:column, where, participant "P", statement S05". */
export function placeText(place: Place, lang: Lang): string {
  const t = ERROR_TABLES[lang];
  let head = place.file ?? '';
  if (place.line !== undefined) head += `:${place.line}`;
  if (place.line !== undefined && place.column !== undefined) head += `:${place.column}`;
  const parts = head === '' ? [] : [head];
  if (place.where !== undefined) parts.push(place.where);
  if (place.participant !== undefined) parts.push(`${t.participant} ${JSON.stringify(place.participant)}`);
  if (place.statement !== undefined) parts.push(`${t.statement} ${place.statement}`);
  return parts.join(', ');
}

/** A problem as one line in a language: its place first, when it has one. */
export function problemText(problem: Problem, lang: Lang): string {
  const r: Render = { problem: (p) => problemText(p, lang), place: (p) => placeText(p, lang) };
  const text = (ERROR_TABLES[lang].codes[problem.code] as (params: unknown, r: Render) => string)(problem.code === 'legacy.text' ? problem.params : oneLineParams(problem.params), r);
  return problem.at === undefined ? text : `${placeText(problem.at, lang)}: ${text}`;
}

/** Line breaks that came in with the data (a quoted cell, a library's message) become spaces; the texts of the tables decide their own lines. */
function oneLineParams(params: unknown): unknown {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return params;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? oneLine(v) : v]));
}

/** The language an error is shown in: its own when it has one (it quotes a participant's screen), else the user's. */
export function shownLang(error: QError, lang: Lang): Lang {
  if (error.lang !== undefined) return tableLang(error.lang);
  // TRANSITION ONLY: an old English message without a Dutch twin stays "error: <English>", never "fout: <English>"
  if (error.code === 'legacy.text' && error.nl === undefined) return 'en';
  return lang;
}

/** An error's text in the user's language (or in its own). */
export function errorText(error: QError, lang: Lang): string {
  return problemText(error.problem, shownLang(error, lang));
}

/** "error: …" or "fout: …": the prefix in the language of the text. */
export function errorLine(error: QError, lang: Lang): string {
  const shown = shownLang(error, lang);
  return `${ERROR_TABLES[shown].error}: ${problemText(error.problem, shown)}`;
}

/** An analysis warning in a language. */
export function warningText(w: AnalysisWarning, lang: Lang): string {
  return oneLine(WARNING_TABLES[lang][w.code](w));
}

/** "warning: …" / "waarschuwing: …". */
export function warningLine(w: AnalysisWarning, lang: Lang): string {
  return `${ERROR_TABLES[lang].warning}: ${warningText(w, lang)}`;
}

setProblemRenderer((problem, lang) => problemText(problem, tableLang(lang)));
