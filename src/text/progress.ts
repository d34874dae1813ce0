import type { Deps } from '../deps.ts';

/** A progress report: `update(done)` as work completes, `stop()` at the end (also after an error). */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr (cli-progress) when stderr is a terminal; nothing
 * otherwise, so pipes, logs and tests stay clean. Loaded lazily.
 * @param label e.g. "parallel analysis"
 */
export async function startProgress(deps: Deps, label: string, total: number): Promise<Progress> {
  if (deps.stderr.isTTY !== true || total < 1) return { update: () => undefined, stop: () => undefined };
  const { SingleBar } = (await import('cli-progress')).default;
  const bar = new SingleBar(
    { format: `${label} [{bar}] {value}/{total}  {eta_formatted}`, stream: deps.stderr as NodeJS.WriteStream, hideCursor: true, clearOnComplete: true, fps: 10 },
  );
  bar.start(total, 0);
  return {
    update: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}
