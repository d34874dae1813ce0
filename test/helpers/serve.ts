import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/qsort.js', import.meta.url));

export interface Running {
  readonly child: ChildProcess;
  readonly url: string;
  readonly code: string;
  /** The exact ssh command of the `ssh …` line (empty with --no-ssh), and the host key's fingerprint. */
  readonly ssh: string;
  readonly sshPort: number;
  readonly fingerprint: string;
  readonly stdout: () => string;
  readonly exited: Promise<number | null>;
}

/** Starts `qsort serve --plain` (HTTP and SSH on free ports) and reads the URL, code and ssh command from its first lines. */
export async function serve(dir: string, ...args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [bin, 'serve', '--study', dir, '--plain', '--port', '0', '--host', '127.0.0.1', '--rate-limit', '100000', '--ssh-port', '0', ...args], {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 15_000;
  while (!/^code (\S+)$/m.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`serve did not start: ${out}${err}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const url = /^url {2}(\S+)$/m.exec(out)?.[1] ?? '';
  const code = /^code (\S+)$/m.exec(out)?.[1] ?? '';
  const ssh = /^ssh (ssh .+)$/m.exec(out)?.[1] ?? '';
  const sshPort = Number(/ -p (\d+) /.exec(ssh)?.[1] ?? 0);
  const fingerprint = /^fingerprint (\S+)$/m.exec(out)?.[1] ?? '';
  return { child, url, code, ssh, sshPort, fingerprint, stdout: () => out, exited };
}
