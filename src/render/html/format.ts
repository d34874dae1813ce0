import type { Lang } from '../../core/types.ts';

/**
 * Number and date formatting for the report, per language (Dutch uses a decimal
 * comma). Negative numbers get a real minus sign (U+2212), which reads better
 * and does not break a line.
 */

const LOCALE: Readonly<Record<Lang, string>> = { nl: 'nl-NL', en: 'en-GB' };
export const MINUS = '\u2212';
/** Shown where a number does not exist (`null` in the analysis). */
export const MISSING = '–';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * The digits of |value| with `digits` decimals in the language's notation
 * (Dutch: a decimal comma), no grouping, rounded half up on the shortest
 * decimal form as Intl.NumberFormat does (1.005 → 1.01) — without an
 * Intl.NumberFormat call per number (an analysis of 100,000 sorts prints
 * 300,000 loadings). Numbers in exponent form go through Intl.
 */
function fixed(value: number, digits: number, lang: Lang): string {
  const abs = Math.abs(value);
  const shortest = String(abs);
  let text: string;
  if (shortest.includes('e')) {
    const key = `${lang}:${digits}`;
    let f = formatters.get(key);
    if (f === undefined) {
      f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
      formatters.set(key, f);
    }
    return f.format(abs);
  }
  text = (Math.round(Number(`${shortest}e${digits}`)) / 10 ** digits).toFixed(digits);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/**
 * A number with a fixed number of decimals; `null` → "–".
 * @example formatNumber(-0.5, 2, 'nl') // '−0,50'
 */
export function formatNumber(value: number | null | undefined, digits: number, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const text = fixed(value, digits, lang);
  const zero = /^[0.,]+$/.test(text);
  return value < 0 && !zero ? `${MINUS}${text}` : text;
}

/**
 * A number with an explicit sign (+1.25, −0.50, 0.00).
 * @example formatSigned(1.254, 2, 'en') // '+1.25'
 */
export function formatSigned(value: number | null | undefined, digits: number, lang: Lang): string {
  const text = formatNumber(value, digits, lang);
  if (text === MISSING || text.startsWith(MINUS) || /^[0.,]+$/.test(text)) return text;
  return `+${text}`;
}

/** A share 0..1 as a whole percentage: 0.333 → "33%". */
export function formatPercent(share: number | null | undefined, lang: Lang): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return MISSING;
  return `${formatNumber(share * 100, 0, lang)}%`;
}

/** A date as "22 November 2026" / "22 november 2026" (UTC, so the report does not depend on the machine's zone). */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A score as shown on a Q-grid column: +4, 0, −4. */
export function formatScore(score: number): string {
  if (score > 0) return `+${score}`;
  if (score < 0) return `${MINUS}${-score}`;
  return '0';
}
