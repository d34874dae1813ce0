/**
 * The HTML report: a pure builder (data in, one self-contained HTML string out).
 * The `report` command does the reading, the analysis and the writing.
 */
export { buildReportHtml } from './build-report.ts';
export type { ReportInput } from './model.ts';
export { escapeHtml, html, raw, SafeHtml } from './html.ts';
