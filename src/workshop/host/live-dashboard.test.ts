import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import type { DashboardState } from './dashboard.ts';
import { runLiveDashboard } from './live-dashboard.ts';

const state: DashboardState = {
  lang: 'en',
  title: 'Workshop',
  instruction: 'Which aspects matter most?',
  joinUrls: ['http://10.0.0.5:8080'],
  code: 'K7PM3Q',
  participants: [],
  storedCount: 0,
};

function terminal() {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: vi.fn() });
  const stdout = Object.assign(new PassThrough(), { columns: 80, rows: 24 });
  let written = '';
  stdout.on('data', (c: Buffer) => (written += c.toString('utf8')));
  return { stdin, stdout, written: () => written };
}

type Input = Parameters<typeof runLiveDashboard>[0];

/** The dashboard's input for a fake terminal: an empty session that never stops by itself. */
const input = (t: ReturnType<typeof terminal>, over: Partial<Input> = {}): Input => ({
  stdin: t.stdin,
  stdout: t.stdout,
  state: () => state,
  qr: undefined,
  ranking: () => ({ ranking: [], sortCount: 0 }),
  analysis: () => ({ kind: 'too-few-sorts', sortCount: 0, needed: 3 }),
  subscribe: () => () => undefined,
  stopped: new Promise(() => undefined),
  closeNotice: 'Press q again to close the session.',
  ...over,
});

const tick = (ms = 80) => new Promise((r) => setTimeout(r, ms));

describe('runLiveDashboard', () => {
  it('switches screens with keys, asks before closing, and restores the terminal', async () => {
    const t = terminal();
    const listeners: (() => void)[] = [];
    const analysis = vi.fn(() => ({ kind: 'too-few-sorts', sortCount: 0, needed: 3 }) as const);
    const done = runLiveDashboard(
      input(t, {
        analysis,
        subscribe: (l) => {
          listeners.push(l);
          return () => listeners.splice(listeners.indexOf(l), 1);
        },
      }),
    );
    expect(t.stdin.setRawMode).toHaveBeenCalledWith(true);
    expect(t.written()).toContain('\x1b[?1049h');
    expect(t.written()).toContain('Join in — type in a terminal:');
    t.stdin.write('d');
    await tick();
    expect(t.written()).toContain('Nobody yet.');
    t.stdin.write('r');
    await tick();
    expect(t.written()).toContain('No sorts yet.');
    t.stdin.write('a');
    await tick();
    expect(t.written()).toContain('The viewpoints appear from 3 sorts on (now 0).');
    expect(analysis).toHaveBeenCalledTimes(1);
    listeners.forEach((l) => l());
    await tick();
    expect(analysis).toHaveBeenCalledTimes(1); // cached while no new sort arrives
    t.stdin.write('q');
    await tick();
    expect(t.written()).toContain('Press q again to close the session.');
    t.stdin.write('q');
    await done;
    expect(t.stdin.setRawMode).toHaveBeenLastCalledWith(false);
    expect(t.written().endsWith('\x1b[?25h\x1b[?1049l')).toBe(true);
    expect(listeners).toHaveLength(0);
  });

  it('ends when the session is stopped from outside (a signal)', async () => {
    const t = terminal();
    let stop = (): void => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const done = runLiveDashboard(input(t, { stopped }));
    stop();
    await done;
    expect(t.written().endsWith('\x1b[?25h\x1b[?1049l')).toBe(true);
  });
});
