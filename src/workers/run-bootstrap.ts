/**
 * Runs the bootstrap over worker threads when that helps (edge module: threads
 * and files). The replicates are cut into fixed chunks (BOOTSTRAP_CHUNK) whose
 * sums are combined in chunk order, so the result is identical for any number
 * of workers.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  addSums,
  assertReplicates,
  type BootstrapProblem,
  type BootstrapSums,
  type BootstrapSummary,
  bootstrapChunks,
  emptyBootstrapSums,
  prepareBootstrap,
  runReplicates,
  summarizeBootstrap,
} from '../analysis/bootstrap.ts';
import type { NullableMatrix } from '../analysis/matrix.ts';

/** Below this much work (replicates × sorts × statements²) threads cost more than they save. */
const THREAD_WORK = 2e8;

/** How many workers `runBootstrap` uses by default: 1 for small work, else up to the cores (at most 4). */
export function defaultWorkers(problem: BootstrapProblem, replicates: number): number {
  const m = problem.data.length;
  const n = problem.data[0]?.length ?? 0;
  if (replicates * n * m * m < THREAD_WORK) return 1;
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** The built worker script next to this module (absent when running from the TypeScript sources). */
function workerScript(): string | null {
  const path = fileURLToPath(new URL('./bootstrap-worker.js', import.meta.url));
  return path.endsWith('.js') && existsSync(path) ? path : null;
}

/**
 * The bootstrap summary.
 * @param workers threads to use (default {@link defaultWorkers}); 1 runs in this thread
 */
export async function runBootstrap(
  problem: BootstrapProblem,
  replicates: number,
  fullArrays: NullableMatrix,
  options: { workers?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<BootstrapSummary> {
  assertReplicates(replicates);
  const prepared = prepareBootstrap(problem);
  const chunks = bootstrapChunks(replicates);
  const results: BootstrapSums[] = new Array<BootstrapSums>(chunks.length);
  const workers = Math.min(options.workers ?? defaultWorkers(problem, replicates), chunks.length);
  const script = workers > 1 ? workerScript() : null;
  let done = 0;
  if (script === null) {
    for (const [index, [from, to]] of chunks.entries()) {
      results[index] = runReplicates(prepared, from, to);
      done += to - from;
      options.onProgress?.(done, replicates);
      // let the progress bar paint
      await new Promise((resolve) => setImmediate(resolve));
    }
  } else {
    let next = 0;
    const threads = Array.from({ length: workers }, () => new Worker(script, { workerData: problem }));
    try {
      await Promise.all(
        threads.map(
          (thread) =>
            new Promise<void>((resolve, reject) => {
              const send = () => {
                if (next >= chunks.length) return resolve();
                const index = next++;
                const [from, to] = chunks[index]!;
                thread.postMessage({ index, from, to });
              };
              thread.on('message', (msg: { index: number; sums: BootstrapSums }) => {
                results[msg.index] = msg.sums;
                const [from, to] = chunks[msg.index]!;
                done += to - from;
                options.onProgress?.(done, replicates);
                send();
              });
              thread.on('error', reject);
              send();
            }),
        ),
      );
    } finally {
      await Promise.all(threads.map((t) => t.terminate()));
    }
  }
  const total = results.reduce((acc, s) => addSums(acc, s), emptyBootstrapSums(prepared));
  return summarizeBootstrap(prepared, total, fullArrays);
}
