import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distributionValues } from '../../src/core/distribution.ts';
import { newStudy } from '../../src/core/study-defaults.ts';
import type { SortRecord, Study } from '../../src/core/types.ts';
import { createStudy } from '../../src/study/study-folder.ts';

/** Nine statements, −2..+2 with counts 1,2,3,2,1. */
export function smallStudy(): Study {
  return newStudy({
    statements: Array.from({ length: 9 }, (_, i) => ({ id: `S${i + 1}`, text: { en: `Statement number ${i + 1}`, nl: `Stelling nummer ${i + 1}` } })),
    distribution: { scores: [-2, -1, 0, 1, 2], counts: [1, 2, 3, 2, 1] },
    language: 'en',
    title: 'Test study',
    createdAt: '2026-11-22T09:00:00.000Z',
  });
}

/** A fresh study folder in the temp folder; `cleanup` removes it. */
export async function studyFolder(study: Study = smallStudy()): Promise<{ dir: string; study: Study; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'qsort-serve-'));
  await createStudy(dir, study);
  return { dir, study, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A valid sort for the study: the distribution's values, rotated by `seed` over the statements. */
export function validSort(study: Study, participant: string, seed = 0, extra: Partial<SortRecord> = {}): SortRecord {
  const values = distributionValues(study.distribution);
  const scores: Record<string, number> = {};
  study.statements.forEach((s, i) => {
    scores[s.id] = values[(i + seed) % values.length] ?? 0;
  });
  return { schemaVersion: 1, sortId: `sort-${participant}`, participant, source: 'interactive', scores, ...extra };
}

/** The sort files in the study (no temp files). */
export async function sortFiles(dir: string): Promise<string[]> {
  return (await readdir(join(dir, 'sorts')).catch(() => [] as string[])).filter((f) => f.endsWith('.json'));
}
