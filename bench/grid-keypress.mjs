#!/usr/bin/env node
/**
 * How long one key press takes in the Q-sort grid: the reducer (reduceGrid) plus
 * the renderer (renderGrid at 80×24), for 24 and for 60 statements. Runs on the
 * built code in dist/ (npm run build first). The budget is 5 ms per key press.
 *
 *   node bench/grid-keypress.mjs            prints a table; exit code 1 over budget
 *   import { benchGridKeypress } from './grid-keypress.mjs'   → results object
 *
 * A trivial baseline (building and joining a small array) is timed in the same
 * run, so the ratio says how the grid compares on whatever machine runs it.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);

export const BUDGET_MS = 5;

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { medianMs: at(0.5), p95Ms: at(0.95), samples: sorted.length };
}

function time(iterations, step) {
  const samples = new Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    step(i);
    samples[i] = performance.now() - t0;
  }
  return stats(samples);
}

/** A study of `count` statements with realistic text lengths. */
function makeStudy(count, distribution) {
  const statements = Array.from({ length: count }, (_, i) => ({
    id: `S${String(i + 1).padStart(2, '0')}`,
    text: { en: `Statement ${i + 1}: employees are given the time and the room they need to help customers well, every day.` },
    label: { en: `Short label ${i + 1}` },
  }));
  return { schemaVersion: 1, title: 'Benchmark', language: 'en', instruction: { en: 'What matters most?' }, statements, distribution, questions: [], createdAt: '' };
}

/**
 * Times one key press (reduce + render) on a half-filled grid, cycling through
 * the keys a participant uses (←, →, ↑, ↓, Enter, Backspace).
 */
export async function benchGridKeypress({ iterations = 3000, warmup = 300, size = { columns: 80, rows: 24 } } = {}) {
  const [{ initGrid, reduceGrid }, { renderGrid }, { cardsFor, studyHeading }, { sortTexts }, { PLAIN_STYLE }] = await Promise.all([
    load('prompts/qsort-grid/state.js'),
    load('prompts/qsort-grid/render.js'),
    load('prompts/cards.js'),
    load('i18n/sort.js'),
    load('prompts/theme.js'),
  ]);
  const cases = [
    { statements: 24, distribution: { scores: [-4, -3, -2, -1, 0, 1, 2, 3, 4], counts: [1, 2, 3, 4, 4, 4, 3, 2, 1] } },
    { statements: 60, distribution: { scores: [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5], counts: [3, 4, 5, 6, 7, 10, 7, 6, 5, 4, 3] } },
  ];
  const baselineStep = (i) => [i, i + 1, i + 2, i + 3].map((x) => x * 2).join(',');
  time(warmup, baselineStep);
  const baseline = time(iterations, baselineStep);
  const keys = [
    { type: 'move', dx: -1, dy: 0 },
    { type: 'move', dx: 0, dy: -1 },
    { type: 'move', dx: 1, dy: 0 },
    { type: 'move', dx: 0, dy: 1 },
    { type: 'enter' },
    { type: 'undo' },
  ];
  const results = cases.map(({ statements, distribution }) => {
    const study = makeStudy(statements, distribution);
    const ids = study.statements.map((s) => s.id);
    const third = Math.floor(statements / 3);
    const presort = { agree: ids.slice(0, third), disagree: ids.slice(third, 2 * third), neutral: ids.slice(2 * third) };
    let state = initGrid(distribution, presort);
    for (let i = 0; i < Math.floor(statements / 2); i++) state = reduceGrid(state, { type: 'enter' });
    const view = { heading: studyHeading(study, 'en'), cards: cardsFor(study, 'en'), texts: sortTexts('en'), style: PLAIN_STYLE, size };
    let sink = 0;
    const step = (i) => {
      state = reduceGrid(state, keys[i % keys.length]);
      sink += renderGrid(state, view).length;
    };
    time(warmup, step);
    const r = time(iterations, step);
    if (sink === 0) throw new Error('the renderer produced nothing');
    return { statements, ...r, ratioToBaseline: r.medianMs / Math.max(baseline.medianMs, 1e-6), withinBudget: r.p95Ms < BUDGET_MS };
  });
  return { name: 'grid keypress (reduce + render, 80×24)', budgetMs: BUDGET_MS, baseline, results, ok: results.every((r) => r.withinBudget) };
}

export function formatGridKeypress(report) {
  const f = (ms) => `${(ms * 1000).toFixed(1).padStart(6)} µs`;
  const lines = [`${report.name}, budget ${report.budgetMs} ms (p95) per key press`];
  lines.push(`  baseline (trivial)   median ${f(report.baseline.medianMs)}  p95 ${f(report.baseline.p95Ms)}`);
  for (const r of report.results) {
    lines.push(
      `  ${String(r.statements).padStart(2)} statements        median ${f(r.medianMs)}  p95 ${f(r.p95Ms)}  ×${Math.round(r.ratioToBaseline)} baseline  ${r.withinBudget ? 'ok' : 'OVER BUDGET'}`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await benchGridKeypress();
  process.stdout.write(`${formatGridKeypress(report)}\n`);
  process.exitCode = report.ok ? 0 : 1;
}
