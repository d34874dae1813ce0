import { describe, expect, it } from 'vitest';
import { factorCountAids, quickIterations } from '../analysis/index.ts';
import { loadStudy } from '../../test/golden/load.ts';
import { chooseFactors, factorChoiceNote } from './choose-factors.ts';

const lipset = loadStudy('lipset');
const firstSorts = (n: number) => ({ ...lipset, sorts: lipset.sorts.slice(0, n), data: lipset.data.map((row) => row.slice(0, n)) });

describe('chooseFactors', () => {
  it('takes --factors when given, without aids unless all are wanted', () => {
    const given = chooseFactors(lipset, { factors: 4 });
    expect(given).toMatchObject({ source: 'given', aids: undefined, options: { factorCount: 4 } });
    expect(factorChoiceNote(given, 'en')).toBeNull();
    const withAids = chooseFactors(lipset, { factors: 4 }, { allAids: true });
    expect(withAids.source).toBe('given');
    expect(withAids.options.factorCount).toBe(4);
    expect(withAids.aids?.rows.length).toBeGreaterThan(1);
  });

  it('without --factors takes the recommendation of the quick aids; quick and full aids agree', () => {
    const quick = chooseFactors(lipset, {});
    const full = chooseFactors(lipset, {}, { allAids: true });
    const aids = factorCountAids(lipset.data, { iterations: quickIterations(lipset.sorts.length) });
    expect(quick.source).toBe('recommended');
    expect(quick.options.factorCount).toBe(aids.recommended);
    expect(full.options.factorCount).toBe(aids.recommended);
    expect(factorChoiceNote(quick, 'en')).toMatch(/^note: \d factors? \(.*\); "qsort factors" shows the aids, --factors N sets the number\.$/);
    // one note for analyze (quick aids) and report (all aids): the full aids' extra rows do not change it
    expect(full.aids!.counts).not.toEqual(quick.aids!.counts);
    expect(factorChoiceNote(full, 'en')).toBe(factorChoiceNote(quick, 'en'));
  });

  it('below three sorts: the default number, and a note that says so', () => {
    const two = chooseFactors(firstSorts(2), {}, { allAids: true });
    expect(two).toMatchObject({ source: 'default', aids: undefined, options: { factorCount: 1 } });
    expect(factorChoiceNote(two, 'en')).toContain('(the default)');
  });
});
