/**
 * Everything a command touches of the outside world, injected so that tests can
 * run commands in-process with fake streams, a fixed clock and a fixed environment.
 */
export interface Deps {
  readonly stdout: NodeJS.WritableStream & { columns?: number; isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** True when both stdin and stdout are terminals (interactive prompts are possible). */
  readonly isInteractive: boolean;
  /** Colour level for chalk: 0 = none (NO_COLOR, not a TTY), 1 = basic, 2 = 256, 3 = truecolor. */
  readonly colorLevel: 0 | 1 | 2 | 3;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly now: () => Date;
  /** Terminal width, 80 when unknown. */
  readonly width: () => number;
}

/** Decides the colour level the way users expect: NO_COLOR wins, FORCE_COLOR next, else TTY. */
export function colorLevelFrom(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return 0;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) {
    if (force === '' || force === 'true' || force === '1') return 1;
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
  }
  if (!isTTY || env['TERM'] === 'dumb') return 0;
  return env['COLORTERM'] === 'truecolor' ? 3 : 2;
}

export function processDeps(): Deps {
  const stdoutTty = process.stdout.isTTY === true;
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isInteractive: process.stdin.isTTY === true && stdoutTty,
    colorLevel: colorLevelFrom(process.env, stdoutTty),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    width: () => process.stdout.columns ?? 80,
  };
}
