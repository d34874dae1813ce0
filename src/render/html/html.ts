/**
 * A tiny, safe HTML template: every interpolated value is escaped unless it is
 * already {@link SafeHtml} (the output of another `html` template or of
 * {@link raw}). Building the report only through `html` means a statement text,
 * a participant name or an answer can never inject markup.
 */

/** A string of HTML that is known to be safe to insert as it is. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** A value that may appear in an `html` template. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for use in element content and in quoted attribute values.
 * Also removes characters that are not allowed in HTML (C0 controls other than
 * tab/newline/CR, lone surrogates, U+FFFE/U+FFFF).
 * @example escapeHtml('<b>"x" & y</b>') // '&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Marks a string as safe HTML. Only for constant markup written in this folder. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false || value === true) return '';
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template that escapes every interpolation (arrays are joined; null,
 * undefined and booleans render as nothing, so `${cond && html`…`}` works).
 * @example html`<p>${'<script>'}</p>`.value // '<p>&lt;script&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Joins fragments with a separator (escaped unless safe). */
export function join(parts: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  return new SafeHtml(parts.map(render).join(render(separator)));
}
