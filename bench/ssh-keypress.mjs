#!/usr/bin/env node
/**
 * How long a participant over SSH waits for a key: from the key leaving their
 * ssh client to the re-rendered grid on their screen, with 30 sessions open.
 * `qsort serve --plain` runs as its own process (as in a workshop); 30 ssh2
 * clients (each with a headless terminal) log in, give a name, pre-sort the
 * 24 statements and reach the grid. Then ← and → move the column highlight:
 *   - one at a time, round robin over the 30 sessions (the others open, idle);
 *   - in bursts: all 30 press a key at the same moment.
 * A key counts as done when the participant's screen shows the moved highlight.
 * Target: under 20 ms at the median. Needs the build (npm run build).
 *
 *   node bench/ssh-keypress.mjs        prints a table; exit code 1 over target
 *   import { benchSshKeypress } from './ssh-keypress.mjs'
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import xterm from '@xterm/headless';
import ssh2 from 'ssh2';

const root = fileURLToPath(new URL('..', import.meta.url));
const qsort = join(root, 'bin', 'qsort.js');
export const TARGET_MS = 20;
const SESSIONS = 30;

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted[sorted.length - 1], keys: sorted.length };
}

async function startServe(dir) {
  const child = spawn(process.execPath, [qsort, 'serve', '--study', dir, '--plain', '--host', '127.0.0.1', '--port', '0', '--ssh-port', '0', '--code', 'BENCH24'], {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  const until = Date.now() + 20_000;
  while (!/^ssh ssh -p (\d+) /m.test(out)) {
    if (child.exitCode !== null || Date.now() > until) throw new Error(`serve did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return { child, port: Number(/^ssh ssh -p (\d+) /m.exec(out)[1]) };
}

/** One participant: an ssh2 session with a headless 80×24 terminal. */
function participant(port) {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    client.on('error', reject);
    client.on('ready', () =>
      client.shell({ term: 'xterm-256color', cols: 80, rows: 24 }, (error, channel) => {
        if (error) return reject(error);
        client.setNoDelay(true);
        const term = new xterm.Terminal({ cols: 80, rows: 24, allowProposedApi: true });
        let waiter;
        const text = () => {
          const b = term.buffer.active;
          let s = '';
          for (let y = 0; y < term.rows; y++) s += `${b.getLine(b.viewportY + y)?.translateToString(true) ?? ''}\n`;
          return s;
        };
        channel.on('data', (d) => term.write(d, () => waiter?.()));
        const waitFor = (expected, timeoutMs = 20_000) =>
          new Promise((res, rej) => {
            const timer = setTimeout(() => rej(new Error(`timed out waiting for ${expected}:\n${text()}`)), timeoutMs);
            waiter = () => {
              if (!text().includes(expected)) return;
              waiter = undefined;
              clearTimeout(timer);
              res(performance.now());
            };
            waiter();
          });
        resolve({ client, channel, waitFor, text });
      }),
    );
    client.connect({ host: '127.0.0.1', port, username: 'bench24', hostVerifier: () => true, readyTimeout: 30_000 });
  });
}

async function toGrid(p, name) {
  await p.waitFor('Your name or participant code');
  p.channel.write(name);
  await p.waitFor(name);
  p.channel.write('\r');
  await p.waitFor('Welcome, and thank you');
  p.channel.write('\r');
  await p.waitFor('Pre-sort · 1 / 24');
  p.channel.write(Array.from({ length: 24 }, (_, i) => String((i % 3) + 1)).join(''));
  await p.waitFor('Every statement is on a pile');
  p.channel.write('\r');
  await p.waitFor('Grid · 0 of 24 placed');
}

/** The column highlight as the grid marks it: "▸ +4 ◂". */
const marker = (score) => `▸ ${score > 0 ? `+${score}` : score} ◂`;

/** Presses ← or → and resolves with the milliseconds until the screen shows the highlight on the other column. */
async function press(p) {
  const now = p.text().includes(marker(4)) ? 4 : 3;
  const key = now === 4 ? '\x1b[D' : '\x1b[C';
  const t0 = performance.now();
  const shown = p.waitFor(marker(now === 4 ? 3 : 4));
  p.channel.write(key);
  return (await shown) - t0;
}

export async function benchSshKeypress({ rounds = 10, bursts = 10 } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'qsort-bench-ssh-'));
  let server;
  const people = [];
  try {
    const dir = join(tmp, 'study');
    const init = spawnSync(process.execPath, [qsort, 'init', dir, '--lang', 'en'], { stdio: 'ignore' });
    if (init.status !== 0) throw new Error('could not create the study');
    server = await startServe(dir);
    for (let i = 0; i < SESSIONS; i++) people.push(await participant(server.port));
    await Promise.all(people.map((p, i) => toGrid(p, `P${String(i + 1).padStart(2, '0')}`)));
    for (const p of people) await press(p); // warm-up
    const single = [];
    for (let r = 0; r < rounds; r++) for (const p of people) single.push(await press(p));
    const burst = [];
    for (let b = 0; b < bursts; b++) burst.push(...(await Promise.all(people.map((p) => press(p)))));
    return { sessions: SESSIONS, targetMs: TARGET_MS, single: stats(single), burst: stats(burst) };
  } finally {
    for (const p of people) p.client.end();
    server?.child.kill('SIGTERM');
    if (server) await new Promise((r) => server.child.once('exit', r));
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchSshKeypress();
  const row = (what, s) => `| ${what.padEnd(44)} | ${s.medianMs.toFixed(1).padStart(6)} ms | ${s.p95Ms.toFixed(1).padStart(6)} ms | ${s.maxMs.toFixed(1).padStart(6)} ms | ${String(s.keys).padStart(4)} |`;
  process.stdout.write(
    [
      `| ${'SSH key → re-rendered screen, 30 sessions open'.padEnd(44)} | median    | p95       | max       | keys |`,
      `|${'-'.repeat(46)}|-----------|-----------|-----------|------|`,
      row('one key at a time (round robin)', r.single),
      row('bursts: all 30 press a key at once', r.burst),
    ].join('\n') + `\n\ntarget: median under ${r.targetMs} ms (one key at a time)\n`,
  );
  process.exitCode = r.single.medianMs < r.targetMs ? 0 : 1;
}
