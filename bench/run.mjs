#!/usr/bin/env node
/**
 * qsort's benchmark (npm run bench; not part of npm test). Generates seeded
 * synthetic studies (planted viewpoints, forced distribution) in a temporary
 * folder, runs the real CLI as a child process several times per case, and
 * prints the median whole-process wall time and the peak memory (maxRSS, read
 * inside the child at exit via bench/rss.cjs), each with its ratio to `node -e 0`
 * measured in the same run, the target, and qmethod's figures from issue 5.
 *
 *   node bench/run.mjs [--quick] [--runs N]      (--quick skips 24×100,000)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeStudy } from './make-study.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const qsort = join(root, 'bin', 'qsort.js');
const preload = join(root, 'bench', 'rss.cjs');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsAt = args.indexOf('--runs');
const defaultRuns = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  process.stderr.write('bench: build first (npm run build)\n');
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'qsort-bench-'));
const log = (line) => process.stderr.write(`${line}\n`);

/** Runs `node [-r rss] argv…` `runs` times; median wall time (s), CPU time (s) and peak RSS (bytes). */
function measure(argv, runs) {
  const times = [];
  const rss = [];
  const cpu = [];
  const rssFile = join(tmp, 'rss');
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['-r', preload, ...argv], { env: { ...process.env, NO_COLOR: '1', QSORT_BENCH_RSS: rssFile }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
    times.push((performance.now() - t0) / 1000);
    if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}): ${String(r.stderr).split('\n').filter((l) => !l.startsWith('warning')).slice(-3).join(' ')}`);
    const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
    rss.push(usage.rss);
    cpu.push(usage.cpu);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { seconds: median(times), cpu: median(cpu), rss: median(rss) };
}

const cases = [
  { name: 'analyze 24×40', study: [24, 40], args: [], runs: defaultRuns, target: '', qmethod: '' },
  { name: 'analyze 24×2,000', study: [24, 2000], args: [], runs: defaultRuns, target: '< 0.5 s', qmethod: '50 s (centroid 32.9 s)' },
  { name: 'analyze 24×20,000', study: [24, 20000], args: [], runs: 3, target: '', qmethod: '—' },
  { name: 'analyze 24×100,000 (sorts/*.json)', study: [24, 100000], args: [], runs: 3, target: '< 10 s, < 1.5 GB', qmethod: 'impossible (R is 80 GB)', slow: true },
  { name: 'analyze 24×100,000 (sorts.jsonl)', study: [24, 100000], bulk: true, args: [], runs: 3, target: '< 10 s, < 1.5 GB', qmethod: 'impossible (R is 80 GB)', slow: true },
  { name: 'analyze 60×10,000', study: [60, 10000], args: [], runs: 3, target: '< 5 s', qmethod: '—' },
  { name: 'bootstrap lipset, 1,000 replicates', lipset: true, args: ['--factors', '3', '--bootstrap', '1000', '--seed', '1'], runs: defaultRuns, target: '< 2 s', qmethod: '≈15 s (200 in 3 s)' },
  { name: 'factors 24×2,000 (parallel analysis, 100 studies)', study: [24, 2000], command: 'factors', args: ['--iterations', '100'], runs: 3, target: '', qmethod: '—' },
];

const studies = new Map();
async function studyFor(c) {
  if (c.lipset) {
    const dir = join(tmp, 'lipset');
    if (!existsSync(dir)) {
      const golden = join(root, 'test', 'golden', 'lipset');
      const r = spawnSync(process.execPath, [qsort, 'init', dir, '--from', join(golden, 'sorts.csv'), '--statements', join(golden, 'statements.csv'), '--lang', 'en'], { stdio: 'ignore' });
      if (r.status !== 0) throw new Error('could not create the lipset study');
    }
    return dir;
  }
  const key = `${c.study.join('x')}${c.bulk ? '-bulk' : ''}`;
  if (!studies.has(key)) {
    const dir = join(tmp, key);
    log(`generating ${c.study[0]} statements × ${c.study[1]} sorts${c.bulk ? ' (sorts.jsonl)' : ''} …`);
    await makeStudy(dir, { statements: c.study[0], sorts: c.study[1], seed: 1, bulk: c.bulk === true });
    studies.set(key, dir);
  }
  return studies.get(key);
}

try {
  log('baseline: node -e 0');
  const baseline = measure(['-e', '0'], 9);
  const rows = [];
  for (const c of cases) {
    if (quick && c.slow) continue;
    const dir = await studyFor(c);
    log(`${c.name} (${c.runs} runs)`);
    rows.push({ c, ...measure([qsort, c.command ?? 'analyze', '--study', dir, ...c.args], c.runs) });
  }
  const grid = existsSync(join(root, 'bench', 'grid-keypress.mjs')) ? await import('./grid-keypress.mjs') : null;
  const gridReport = grid ? await grid.benchGridKeypress() : null;
  log('key to durable draft (in process)');
  const draft = await (await import('./draft-write.mjs')).benchDraftWrite();
  log('SSH key to re-rendered screen, 30 sessions open (serve in its own process)');
  const ssh = await (await import('./ssh-keypress.mjs')).benchSshKeypress();

  const mb = (b) => `${Math.round(b / 2 ** 20)} MB`;
  const header = ['case', 'median wall', '× node -e 0', 'CPU', 'peak memory', '× node -e 0', 'target', 'qmethod (issue 5)'];
  const table = [
    ['node -e 0 (baseline)', `${baseline.seconds.toFixed(3)} s`, '1', `${baseline.cpu.toFixed(2)} s`, mb(baseline.rss), '1', '', ''],
    ...rows.map((r) => [r.c.name, `${r.seconds.toFixed(3)} s`, (r.seconds / baseline.seconds).toFixed(1), `${r.cpu.toFixed(2)} s`, mb(r.rss), (r.rss / baseline.rss).toFixed(1), r.c.target, r.c.qmethod]),
  ];
  if (gridReport) {
    for (const g of gridReport.results) {
      table.push([`grid key press, ${g.statements} statements (in process)`, `${(g.medianMs * 1000).toFixed(0)} µs`, `${g.ratioToBaseline.toFixed(0)} (trivial step)`, '', '', '', `p95 < ${gridReport.budgetMs} ms`, '—']);
    }
  }
  table.push([`key to durable draft, 24 statements (in process, ${draft.keys} keys)`, `${draft.medianMs.toFixed(2)} ms`, '', '', '', '', `p95 < ${draft.targetMs} ms (p95 here: ${draft.p95Ms.toFixed(2)} ms)`, '—']);
  table.push([`SSH key → re-rendered screen, ${ssh.sessions} sessions open (one key at a time)`, `${ssh.single.medianMs.toFixed(1)} ms`, '', '', '', '', `median < ${ssh.targetMs} ms (p95 here: ${ssh.single.p95Ms.toFixed(1)} ms)`, '—']);
  table.push([`SSH key → re-rendered screen, all ${ssh.sessions} pressing at once`, `${ssh.burst.medianMs.toFixed(1)} ms`, '', '', '', '', `(p95 here: ${ssh.burst.p95Ms.toFixed(1)} ms)`, '—']);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.map(line)];
  process.stdout.write(`${out.join('\n')}\n`);
  process.stdout.write(`\nnode ${process.version}, ${(await import('node:os')).cpus().length} cores, load average ${(await import('node:os')).loadavg()[0].toFixed(1)} at the end; medians of the runs per case; wall time includes process start-up; CPU = user + system time of all the process's threads.\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
