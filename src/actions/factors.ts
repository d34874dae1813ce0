import { Chalk } from 'chalk';
import { factorCountAids, type FactorCountResult, recommendationSummary } from '../analysis/factor-count.ts';
import { renderFactorCount } from '../render/terminal/render-factor-count.ts';
import { printJson, studyDir } from './context.ts';
import { distributionValues } from '../core/distribution.ts';
import type { Deps } from '../deps.ts';
import { analysisInput } from '../study-analysis/analysis-input.ts';
import { assertSortCount, readStudySorts } from '../study/analysis-sorts.ts';
import { startProgress } from '../text/progress.ts';

export interface FactorsCliOptions {
  study?: string;
  max?: number;
  iterations: number;
  seed: string;
  json?: boolean;
  correlation: 'pearson' | 'spearman';
}

/** Reads the study's valid sorts, computes the aids and prints them (or --json). */
export async function runFactors(opts: FactorsCliOptions, deps: Deps): Promise<void> {
  const dir = studyDir(opts, deps);
  const { study, sorts, messages } = await readStudySorts(dir);
  for (const line of messages) deps.stderr.write(`${line}\n`);
  assertSortCount(dir, sorts.length, 3, 'choosing the number of factors');
  const input = analysisInput(study, sorts);
  const progress = await startProgress(deps, 'parallel analysis', opts.iterations);
  let aids: FactorCountResult;
  try {
    aids = factorCountAids(input.data, {
      ...(opts.max !== undefined ? { maxFactors: opts.max } : {}),
      iterations: opts.iterations,
      seed: opts.seed,
      values: distributionValues(study.distribution),
      correlation: opts.correlation,
      onProgress: (done) => progress.update(done),
    });
  } finally {
    progress.stop();
  }
  if (opts.json) {
    printJson(deps, { study: dir, ...aids, summary: recommendationSummary(aids) });
    return;
  }
  deps.stdout.write(renderFactorCount(aids, { chalk: new Chalk({ level: deps.colorLevel }), width: deps.width() }));
}
