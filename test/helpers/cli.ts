import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Deps } from '../../src/deps.ts';
import { main } from '../../src/main.ts';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const collect = (stream: PassThrough): (() => string) => {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  return () => Buffer.concat(chunks).toString('utf8');
};

/** Runs the CLI in this process with fake streams (no TTY, no colour) and a fixed clock. */
export async function runInProcess(
  argv: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined>; /** Pretend stdin and stdout are a terminal (the streams stay fakes). */ interactive?: boolean },
): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const deps: Deps = {
    stdout,
    stderr,
    stdin: new PassThrough(),
    isInteractive: options.interactive ?? false,
    colorLevel: 0,
    env: { LANG: 'en_US.UTF-8', ...options.env },
    cwd: options.cwd,
    now: () => new Date('2026-01-02T03:04:05.000Z'),
    width: () => 80,
  };
  const code = await main(argv, deps);
  stdout.end();
  stderr.end();
  return { code, stdout: out(), stderr: err() };
}

const BIN = fileURLToPath(new URL('../../bin/qsort.js', import.meta.url));

/** Spawns the built CLI (`node bin/qsort.js`, run `npm run build` first). */
export function runBuilt(argv: readonly string[], options: { cwd: string; env?: Record<string, string | undefined> }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd: options.cwd,
      env: { PATH: process.env['PATH'], LANG: 'en_US.UTF-8', NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}
