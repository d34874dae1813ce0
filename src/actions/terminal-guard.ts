import type { Deps } from '../deps.ts';

const SHOW_CURSOR = '\x1B[?25h';

/**
 * Keeps the participant's terminal usable on every exit qsort can see. While a
 * sort runs, SIGTERM (the window closed, the laptop shutting down) and SIGHUP
 * (the terminal gone) abort `signal` instead of killing the process: the
 * prompt on screen settles, the flow keeps the draft and says how to continue,
 * and main returns its exit code. With `lineMode` (the accessible sort, whose
 * input is the terminal's cooked line) Ctrl-C arrives as SIGINT and is handled
 * the same way. `release()` shows the cursor and leaves raw mode (cooked, echo
 * on) whatever happened, and removes the handlers.
 */
export function guardTerminal(deps: Pick<Deps, 'stdout' | 'stderr' | 'stdin'>, options: { readonly lineMode: boolean }): { readonly signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const signals: NodeJS.Signals[] = options.lineMode ? ['SIGTERM', 'SIGHUP', 'SIGINT'] : ['SIGTERM', 'SIGHUP'];
  const handlers = signals.map((name) => {
    const handler = () => controller.abort(new Error(`stopped by ${name}`));
    process.on(name, handler);
    return [name, handler] as const;
  });
  // A terminal that went away (SIGHUP) fails writes with EIO/EPIPE: nothing to tell it then.
  const ignore = () => undefined;
  deps.stdout.on('error', ignore);
  deps.stderr.on('error', ignore);
  return {
    signal: controller.signal,
    release() {
      for (const [name, handler] of handlers) process.off(name, handler);
      const input = deps.stdin as NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => void };
      if (input.isTTY && typeof input.setRawMode === 'function') {
        try {
          input.setRawMode(false);
        } catch {
          // the terminal is gone
        }
      }
      // The full-screen prompts hide the cursor; the line mode never writes an escape sequence.
      const output = deps.stdout as NodeJS.WritableStream & { isTTY?: boolean; writable?: boolean };
      if (!options.lineMode && output.isTTY && output.writable !== false) output.write(SHOW_CURSOR);
    },
  };
}
