import { PALETTE } from './charts/svg.ts';

/**
 * The report's one stylesheet, inlined. Calm on a projector, A4 on paper:
 * system fonts only (nothing is fetched), a single accent colour (Okabe–Ito
 * blue) with vermillion for "disagree", and page breaks between sections.
 */
export const REPORT_CSS = `
:root {
  --ink: ${PALETTE.ink};
  --muted: ${PALETTE.muted};
  --line: #e3e7ec;
  --soft: #f6f7f9;
  --accent: ${PALETTE.blue};
  --accent-soft: #e6f0f7;
  --warm: ${PALETTE.vermillion};
  --warm-soft: #fbece3;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--soft);
  color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  font-variant-numeric: tabular-nums;
}
main { max-width: 64rem; margin: 2rem auto; padding: 3rem 3.5rem 2.5rem; background: #fff; border-radius: 10px; box-shadow: 0 1px 3px rgba(31, 41, 51, .08); }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; font-weight: 650; }
h1 { font-size: 2.3rem; letter-spacing: -.01em; margin: .25rem 0 1rem; }
h2 { font-size: 1.55rem; margin: 3rem 0 1rem; padding-top: 1.6rem; border-top: 1px solid var(--line); }
h3 { font-size: 1.15rem; margin: 2rem 0 .6rem; }
h4 { font-size: 1rem; margin: 0 0 .5rem; }
p { margin: 0 0 .8rem; max-width: 46rem; }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
a:focus-visible { outline: 3px solid ${PALETTE.orange}; outline-offset: 2px; }
q { quotes: "“" "”"; }
.sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.num { display: inline-block; min-width: 1.9em; padding: 0 .35em; margin-right: .2em; border-radius: 4px; background: var(--soft); border: 1px solid var(--line); color: var(--muted); font-size: .82em; font-weight: 600; text-align: center; }
.note { color: var(--muted); font-style: italic; }
.lead { font-size: 1.1rem; color: var(--muted); }

/* cover */
.kicker { margin: 0; color: var(--accent); font-weight: 650; font-size: .85rem; letter-spacing: .08em; text-transform: uppercase; }
.question { font-size: 1.3rem; line-height: 1.45; margin: 0 0 1.4rem; padding: .2rem 0 .2rem 1rem; border-left: 4px solid var(--accent); max-width: 50rem; }
.question-label { display: block; font-size: .78rem; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; font-weight: 600; }
.facts { display: flex; flex-wrap: wrap; gap: .6rem 2rem; margin: 0 0 1rem; }
.facts div { min-width: 5rem; }
.facts dt { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.facts dd { margin: 0; font-weight: 600; }
.contents { margin: 1.6rem 0 0; padding: .9rem 1.2rem; background: var(--soft); border-radius: 8px; }
.contents-title { font-size: .8rem; margin: 0 0 .35rem; padding: 0; border: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
.contents ol { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.4rem; font-size: .95rem; }

/* the top five */
.top-list { list-style: none; margin: 0; padding: 0; }
.top-list li { display: grid; grid-template-columns: 3rem 1fr auto; gap: 1rem; align-items: baseline; padding: .75rem 0; border-bottom: 1px solid var(--line); font-size: 1.3rem; line-height: 1.4; }
.top-list li:first-child { border-top: 1px solid var(--line); }
.top-rank { display: inline-flex; align-items: center; justify-content: center; width: 2.3rem; height: 2.3rem; border-radius: 50%; background: var(--accent); color: #fff; font-weight: 700; font-size: 1.05rem; align-self: center; }
.top-mean { font-weight: 700; color: var(--accent); font-size: 1.2rem; }
.viewpoints { list-style: none; padding: 0; margin: 0; display: grid; gap: .8rem; }
.viewpoints > li { padding: .9rem 1.1rem; border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; }
.viewpoints a { color: inherit; text-decoration: none; }
.viewpoints a:hover strong { text-decoration: underline; }
.viewpoints dl { margin: .4rem 0 0; display: grid; gap: .2rem; }
.viewpoints dl div { display: grid; grid-template-columns: 7.5rem 1fr; gap: .5rem; }
.viewpoints dt { color: var(--muted); font-size: .9rem; }
.viewpoints dd { margin: 0; }

/* figures and charts */
figure { margin: 1rem 0 1.4rem; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .4rem; }
.chart-box { overflow-x: auto; }
svg.chart { display: block; width: 100%; height: auto; font-family: inherit; }
.grid-figure svg.chart { max-width: 100%; }
.chart text { fill: var(--ink); font-size: 12px; }
.chart .tick { fill: var(--muted); font-size: 11px; }
.chart .axis-label, .chart .legend { fill: var(--muted); font-size: 12px; }
.chart .gridline { stroke: #e6e9ed; stroke-width: 1; }
.chart .axis-zero { stroke: #8c96a1; stroke-width: 1.2; }
.chart .bar { fill: ${PALETTE.bar}; }
.chart .bar-top { fill: var(--accent); }
.chart .row-band { fill: var(--accent-soft); }
.chart .row-top { font-weight: 700; }
.chart .num { fill: var(--muted); }
.chart .row-top.num { fill: var(--ink); }
.chart .kept { fill: #f1f6fa; }
.chart .kept-label { fill: var(--accent); font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .05em; }
.chart .kaiser { stroke: #6b7680; stroke-width: 1.3; stroke-dasharray: 6 4; fill: none; }
.chart .eigen { stroke: var(--accent); stroke-width: 2.2; fill: none; }
.chart .eigen-dot { fill: #fff; stroke: var(--accent); stroke-width: 2; }
.chart .kept-dot { fill: var(--accent); }
.chart .parallel { stroke: var(--warm); stroke-width: 2; stroke-dasharray: 9 3 2 3; fill: none; }
.chart .parallel-dot { fill: var(--warm); }
.chart .cell { stroke: #c4ccd4; stroke-width: 1; }
.chart .cell-dist { stroke: var(--ink); stroke-width: 2.2; }
.chart .cell-cons { stroke: #8c96a1; stroke-dasharray: 3 2; }
.chart .cell-number { font-size: 13px; font-weight: 700; }
.chart .cell-mark { font-size: 12px; font-weight: 700; }
.chart .cell-label { font-size: 10px; fill: #2d3a46; }
.chart .grid-score { font-size: 14px; font-weight: 700; }
.chart .grid-caption { fill: var(--muted); font-size: 11px; font-style: italic; }
.team-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr)); gap: 1rem 2rem; }
.team h4 { margin-top: .6rem; }
.scree-figure svg.chart { max-width: 46rem; }
.eigenvalues .pass { color: var(--accent); font-weight: 700; }
.eigenvalues td.pass-cell { font-weight: 600; }
.recommendation { padding: .7rem 1rem; background: var(--accent-soft); border-radius: 8px; max-width: none; }
.statement-list { list-style: none; margin: 0; padding: 0; }
.statement-list li { margin: 0 0 .15rem; }
@media (max-width: 52rem) { main { padding: 1.5rem 1.2rem; margin: 0; border-radius: 0; } }

/* tables */
.table-wrap { overflow-x: auto; margin: .6rem 0 1.2rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .4rem; }
th, td { padding: .38rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; }
thead th { font-size: .78rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; font-weight: 600; border-bottom: 2px solid #cfd6dd; vertical-align: bottom; }
tbody th { font-weight: 400; }
th, td { overflow-wrap: anywhere; }
.n { overflow-wrap: normal; }
tbody tr:nth-child(even) { background: #fafbfc; }
.n { text-align: right; white-space: nowrap; }
table.compact { width: auto; min-width: 22rem; }
.ranking td.n, .ranking thead th.n { width: 1%; }
.ranking thead th.n { white-space: normal; }
tbody tr.top-row { background: var(--accent-soft); }
tr.top-row th, tr.top-row td { font-weight: 650; }
td.flagged { background: var(--accent-soft); }
.flag { color: var(--accent); font-weight: 700; }
.this-factor { background: var(--accent-soft); }
.above { font-weight: 650; }
.kept-row { font-weight: 650; }
.score { font-weight: 700; }
.z { color: var(--muted); font-size: .85em; }
.sig { display: inline-block; min-width: 1.7em; margin-left: .35em; text-align: left; color: var(--ink); font-weight: 700; font-size: .8em; }
.sub { display: block; font-weight: 400; text-transform: none; letter-spacing: 0; }

/* factor sections */
.factor-facts { padding: .8rem 1rem; background: var(--soft); border-radius: 8px; }
.crib-parts { display: grid; grid-template-columns: 1fr 1fr; gap: .4rem 1.5rem; }
.crib-part h4 { margin: .6rem 0 .2rem; }
.crib-part[data-part="highest"] .score-badge, .crib-part[data-part="higher"] .score-badge { background: var(--accent-soft); color: #00507d; }
.crib-part[data-part="lowest"] .score-badge, .crib-part[data-part="lower"] .score-badge { background: var(--warm-soft); color: #8f3f00; }
.elsewhere { color: var(--muted); font-size: .85rem; white-space: nowrap; }
.tie { color: var(--muted); cursor: help; }
.viewpoints .score-badge { min-width: 2rem; font-size: .85rem; }
.viewpoints .most .score-badge { background: var(--accent-soft); color: #00507d; }
.viewpoints .least .score-badge { background: var(--warm-soft); color: #8f3f00; }
.viewpoints > li[data-pole="-1"] { border-left-style: dashed; }
.reversed { margin-top: 1.2rem; padding-top: .4rem; border-top: 1px dashed var(--line); }
.extreme-list { list-style: none; padding: 0; margin: 0; }
.extreme-list li { display: grid; grid-template-columns: 2.6rem 1fr; gap: .6rem; padding: .45rem 0; border-bottom: 1px solid var(--line); }
.score-badge { display: inline-block; text-align: center; font-weight: 700; border-radius: 4px; padding: .05rem 0; height: fit-content; }
.agree .score-badge { background: var(--accent-soft); color: #00507d; }
.disagree .score-badge { background: var(--warm-soft); color: #8f3f00; }
@media (max-width: 52rem) { .crib-parts { grid-template-columns: 1fr; } }

/* comments */
.question-block { margin: 0 0 1.2rem; }
.question-block h4 { color: var(--muted); font-weight: 600; font-size: .95rem; margin-bottom: .4rem; }
.answers { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: .6rem 1.2rem; }
.answers li { padding: .6rem .9rem; border: 1px solid var(--line); border-radius: 8px; }
blockquote { margin: 0; white-space: pre-line; overflow-wrap: anywhere; font-size: 1.02rem; }
.who { margin: .35rem 0 0; color: var(--muted); font-size: .82rem; }
.who-name { color: var(--ink); font-weight: 600; }

/* methods */
.methods { max-width: 48rem; }
.notes { color: var(--muted); font-size: .9rem; }
footer { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }

@media print {
  @page { size: A4; margin: 15mm 14mm 16mm; }
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
  main > section { break-before: page; }
  main > section > h2 { border-top: 0; padding-top: 0; margin-top: 0; }
  h2, h3, h4 { break-after: avoid; }
  figure, tr, .answers li, .viewpoints > li, .top-list li, .extreme-list li, .crib-part { break-inside: avoid; }
  .chart-box, .table-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  .contents { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
