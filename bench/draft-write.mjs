#!/usr/bin/env node
/**
 * Key to durable draft: how long it takes from a key press in the grid until
 * the participant's draft holding that key is on disk — what the sort flow does
 * between the key and the redraw (the reducer, then the study folder sink's
 * saveDraft: JSON, a temp file, fdatasync, rename). The redraw comes after
 * and is timed by grid-keypress.mjs. Runs on the built code in dist/, in a
 * temporary study folder under the system's temp folder (a real disk here).
 * Target: p95 under 15 ms.
 *
 *   node bench/draft-write.mjs              prints median and p95; exit code 1 over target
 *   import { benchDraftWrite } from './draft-write.mjs'   → results object
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);

export const TARGET_P95_MS = 15;

export async function benchDraftWrite({ keys = 400, dir = tmpdir() } = {}) {
  const [{ initGrid, reduceGrid }, { studyFolderSink }, { newDraft }, { newStudy, DEFAULT_DISTRIBUTION }] = await Promise.all([
    load('prompts/qsort-grid/state.js'),
    load('sort-flow/sink.js'),
    load('sort-flow/draft.js'),
    load('core/study-defaults.js'),
  ]);
  const statements = Array.from({ length: 24 }, (_, i) => ({ id: `S${String(i + 1).padStart(2, '0')}`, text: { en: `Statement ${i + 1}` } }));
  const study = newStudy({ statements, distribution: DEFAULT_DISTRIBUTION, language: 'en', questions: [], createdAt: '2026-01-01T00:00:00Z' });
  const folder = mkdtempSync(join(dir, 'qsort-bench-draft-'));
  try {
    const sink = studyFolderSink(folder, study);
    const ids = statements.map((s) => s.id);
    const start = newDraft({ study, participant: 'Bench', language: 'en', seed: 1, now: new Date() });
    const presort = { agree: ids.slice(0, 8), neutral: ids.slice(8, 16), disagree: ids.slice(16) };
    let grid = initGrid(study.distribution, presort);
    let draft = { ...start, step: 'grid', grid };
    sink.saveDraft(draft); // the first write creates the file (and fsyncs the folder once)
    const cycle = [{ type: 'enter' }, { type: 'move', dx: -1, dy: 0 }, { type: 'move', dx: 1, dy: 0 }, { type: 'undo' }, { type: 'enter' }];
    const samples = [];
    for (let i = 0; i < keys; i++) {
      const t0 = performance.now();
      let next = reduceGrid(grid, cycle[i % cycle.length]);
      if (next.queue.length === 0) next = initGrid(study.distribution, presort);
      grid = next;
      draft = { ...draft, grid, updatedAt: new Date().toISOString() };
      sink.saveDraft(draft);
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
    return { keys, medianMs: at(0.5), p95Ms: at(0.95), targetMs: TARGET_P95_MS };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchDraftWrite();
  process.stdout.write(`key to durable draft (${r.keys} keys, 24 statements): median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms (target: p95 < ${r.targetMs} ms)\n`);
  process.exitCode = r.p95Ms < r.targetMs ? 0 : 1;
}
