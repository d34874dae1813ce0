import { describe, expect, it } from 'vitest';
import { smallStudy, validSort } from '../../../test/server/helpers.ts';
import { bipolarStudy } from '../../../test/helpers/bipolar-study.ts';
import { analyzeWithChosenFactors, chooseFactors } from '../../study-analysis/choose-factors.ts';
import { analysisInput } from '../../study-analysis/analysis-input.ts';
import { rankSessionSorts, viewpointSummary } from '../../study-analysis/session-ranking.ts';

const study = smallStudy();

describe('rankSessionSorts', () => {
  it('ranks the statements by mean score, in the chosen language, ties sharing a rank', () => {
    const rows = rankSessionSorts(study, [validSort(study, 'a', 0), validSort(study, 'b', 1)], 'nl');
    expect(rows).toHaveLength(9);
    expect(rows[0]).toMatchObject({ rank: 1, text: expect.stringMatching(/^Stelling nummer/), n: 2 });
    expect(rows.map((r) => r.mean)).toEqual([...rows.map((r) => r.mean)].sort((x, y) => y - x));
    expect(rankSessionSorts(study, [])).toEqual([]);
  });
});

describe('viewpointSummary', () => {
  it('needs at least three sorts', () => {
    expect(viewpointSummary(study, [validSort(study, 'a'), validSort(study, 'b', 1)])).toEqual({ kind: 'too-few-sorts', sortCount: 2, needed: 3 });
  });

  it('gives per factor the number of defining sorts and the most and least agreed statements', () => {
    const sorts = ['a', 'b', 'c', 'd', 'e', 'f'].map((p, i) => validSort(study, p, i % 2 === 0 ? 0 : 4, i < 2 ? {} : { team: 'T' }));
    const summary = viewpointSummary(study, sorts);
    expect(summary.kind).toBe('ok');
    if (summary.kind !== 'ok') return;
    expect(summary.sortCount).toBe(6);
    // the number of factors `qsort analyze` recommends, not a fixed three
    expect(summary.factorCount).toBe(chooseFactors(analysisInput(study, sorts), {}).options.factorCount);
    const first = summary.viewpoints[0]!;
    expect(first).toMatchObject({ factor: '1', pole: 1 });
    for (const label of [...first.mostAgree, ...first.leastAgree]) expect(label).toMatch(/^S\d+ /);
    expect(summary.viewpoints.reduce((n, v) => n + v.people, 0)).toBeLessThanOrEqual(6);
  });

  it('a planted bipolar study: the mirror-image sorts are "reversed", counted there only, with the same lists as the analysis', async () => {
    const { study: bipolar, sorts } = await bipolarStudy();
    const summary = viewpointSummary(bipolar, sorts, 'en');
    if (summary.kind !== 'ok') throw new Error(summary.kind);
    const result = analyzeWithChosenFactors(analysisInput(bipolar, sorts, 'en')).result;
    expect(summary.viewpoints.map((v) => [v.factor, v.pole, v.people])).toEqual([
      ['1', 1, 3],
      ['1', -1, 2],
      ['2', 1, 2],
    ]);
    summary.viewpoints.forEach((v, k) => {
      expect(v.mostAgree.map((l) => l.split(' ')[0])).toEqual(result.viewpoints[k]!.mostAgree);
      expect(v.leastAgree.map((l) => l.split(' ')[0])).toEqual(result.viewpoints[k]!.leastAgree);
    });
    expect(summary.viewpoints[1]!.mostAgree).toEqual(summary.viewpoints[0]!.leastAgree);
  });
});
