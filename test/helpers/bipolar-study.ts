/**
 * A planted bipolar study for the two-sided-factor tests: the built-in 24
 * customer-focus statements, seven participants. Anne, Bram and Chantal sort
 * from one viewpoint (A); Hana and Henk sort its mirror image (−A), so they
 * load negatively on A's factor; Dirk and Eva sort from an unrelated
 * viewpoint (B). Every participant leaves a comment that names their view, so
 * a test can check that comments go with their author's pole.
 */
import { distributionValues } from '../../src/core/distribution.ts';
import { seededRandom } from '../../src/core/shuffle.ts';
import { DEFAULT_DISTRIBUTION, newStudy } from '../../src/core/study-defaults.ts';
import type { SortRecord, Study } from '../../src/core/types.ts';
import { builtinStatements } from '../../src/formats/statements-file.ts';

/** Who holds which view: 'A', its mirror '-A', or 'B'. */
export const BIPOLAR_PEOPLE = [
  ['Anne', 'A'],
  ['Bram', 'A'],
  ['Chantal', 'A'],
  ['Hana', '-A'],
  ['Henk', '-A'],
  ['Dirk', 'B'],
  ['Eva', 'B'],
] as const;

export const commentOf = (name: string, view: string): string => `${name} here: I hold view ${view}.`;

export async function bipolarStudy(): Promise<{ study: Study; sorts: SortRecord[] }> {
  const rnd = seededRandom(11);
  const statements = await builtinStatements();
  const study = newStudy({ statements, distribution: DEFAULT_DISTRIBUTION, language: 'en', title: 'Two-sided workshop', createdAt: '2026-11-20T09:00:00.000Z' });
  const values = distributionValues(study.distribution);
  const n = statements.length;
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const a = Array.from({ length: n }, () => gauss());
  const b = Array.from({ length: n }, () => gauss());
  const sorts = BIPOLAR_PEOPLE.map(([name, view], p): SortRecord => {
    const proto = view === 'B' ? b : view === '-A' ? a.map((x) => -x) : a;
    const latent = proto.map((x) => x + 0.35 * gauss());
    const order = latent.map((_, i) => i).sort((x, y) => latent[x]! - latent[y]! || x - y);
    const scores: Record<string, number> = {};
    order.forEach((i, rank) => (scores[statements[i]!.id] = values[rank]!));
    return {
      schemaVersion: 1,
      sortId: `00000000-0000-4000-8000-${String(p).padStart(12, '0')}`,
      participant: name,
      language: 'en',
      source: 'interactive',
      startedAt: '2026-11-20T10:00:00.000Z',
      finishedAt: '2026-11-20T10:12:00.000Z',
      scores,
      comment: commentOf(name, view),
    };
  });
  return { study, sorts };
}
