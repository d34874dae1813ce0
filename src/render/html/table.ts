import { html, type HtmlValue, type SafeHtml } from './html.ts';

/** One table cell. */
export interface Cell {
  readonly content: HtmlValue;
  /** Right-aligned, tabular figures. */
  readonly numeric?: boolean;
  /** The exact number behind a rounded one (written as data-value, so tests and scripts can read it). */
  readonly value?: number | null | undefined;
  /** A row header (<th scope="row">). */
  readonly rowHeader?: boolean;
  readonly cls?: string | undefined;
}

export interface Column {
  readonly label: HtmlValue;
  readonly numeric?: boolean;
  readonly cls?: string;
}

export interface TableSpec {
  readonly caption?: HtmlValue;
  /** Caption for screen readers only. */
  readonly captionHidden?: boolean;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  readonly cls?: string;
  readonly id?: string;
  /** For screen readers only (the text alternative of a chart that shows the same). */
  readonly hidden?: boolean;
  /** A class for row `i` (e.g. to highlight the top five). */
  readonly rowClass?: (i: number) => string | undefined;
}

/** A data table with a header row and optional caption. */
export function dataTable(spec: TableSpec): SafeHtml {
  const head = spec.columns.map((c) => {
    const cls = [c.numeric ? 'n' : '', c.cls ?? ''].filter(Boolean).join(' ');
    return html`<th scope="col"${cls ? html` class="${cls}"` : ''}>${c.label}</th>`;
  });
  const rows = spec.rows.map(
    (row, i) =>
      html`<tr${spec.rowClass?.(i) ? html` class="${spec.rowClass(i)}"` : ''}>${row.map((cell) => {
        const cls = [cell.numeric ? 'n' : '', cell.cls ?? ''].filter(Boolean).join(' ');
        const attrs = html`${cls ? html` class="${cls}"` : ''}${cell.value !== undefined ? html` data-value="${cell.value === null ? 'null' : String(cell.value)}"` : ''}`;
        return cell.rowHeader ? html`<th scope="row"${attrs}>${cell.content}</th>` : html`<td${attrs}>${cell.content}</td>`;
      })}</tr>`,
  );
  const caption = spec.caption !== undefined ? html`<caption${spec.captionHidden ? html` class="sr-only"` : ''}>${spec.caption}</caption>` : '';
  return html`<div class="${spec.hidden ? 'table-wrap sr-only' : 'table-wrap'}"><table${spec.id ? html` id="${spec.id}"` : ''}${spec.cls ? html` class="${spec.cls}"` : ''}>${caption}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** A figure holding a chart and its text alternative (a table, visible or for screen readers). */
export function figure(chart: SafeHtml, caption: HtmlValue, alternative?: SafeHtml, cls = 'chart-figure'): SafeHtml {
  return html`<figure class="${cls}"><div class="chart-box">${chart}</div>${caption !== '' ? html`<figcaption>${caption}</figcaption>` : ''}${alternative ?? ''}</figure>`;
}

/** A <section> with an h2 that labels it. */
export function section(id: string, heading: HtmlValue, body: HtmlValue, cls = ''): SafeHtml {
  return html`<section id="${id}" aria-labelledby="${id}-h"${cls ? html` class="${cls}"` : ''}><h2 id="${id}-h">${heading}</h2>${body}</section>`;
}
