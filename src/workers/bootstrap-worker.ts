/**
 * Worker thread of the bootstrap: receives the problem once (workerData), then
 * chunks [from, to) of replicates, and answers each with its sums.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type BootstrapProblem, prepareBootstrap, runReplicates } from '../analysis/bootstrap.ts';

const problem = prepareBootstrap(workerData as BootstrapProblem);
parentPort?.on('message', (chunk: { index: number; from: number; to: number }) => {
  const sums = runReplicates(problem, chunk.from, chunk.to);
  parentPort?.postMessage({ index: chunk.index, sums });
});
