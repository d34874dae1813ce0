import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { withPlan } from '../study-analysis/analysis-plan.ts';
import { parsePlan, planOf, planText, PLAN_FIELDS } from './analysis-plan.ts';
import { parseJsonText } from './json-text.ts';

const factor = fc.integer({ min: 1, max: 6 }).map((i) => `F${i}`);
const step = fc
  .tuple(factor, factor, fc.double({ min: -360, max: 360, noNaN: true, noDefaultInfinity: true }))
  .filter(([a, b]) => a !== b)
  .map(([a, b, degrees]) => ({ pair: [a, b] as [string, string], degrees: degrees === 0 ? 0 : degrees })); // JSON has no −0: a −0° step is the 0° step
const options = fc.record(
  {
    factorCount: fc.integer({ min: 1, max: 8 }),
    extraction: fc.constantFrom('pca' as const, 'centroid' as const),
    rotation: fc.constantFrom('varimax' as const, 'none' as const),
    correlation: fc.constantFrom('pearson' as const, 'spearman' as const, 'kendall' as const),
    flags: fc.dictionary(factor, fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 3 }), { maxKeys: 3 }),
  },
  { requiredKeys: ['factorCount'] },
);

const read = (text: string, file = 'plan.json') => parsePlan(parseJsonText(text, file), file, text);

describe('the analysis plan file', () => {
  it('round-trips any plan exactly, judgmental steps to the last bit (fast-check)', () => {
    fc.assert(
      fc.property(options, fc.option(fc.tuple(fc.constantFrom('varimax' as const, 'none' as const), fc.array(step, { maxLength: 5 }))), (o, j) => {
        const plan = planOf(j ? { ...o, rotation: 'judgmental', judgmental: { base: j[0], steps: j[1] } } : o);
        const text = planText(plan);
        expect(read(text)).toEqual(plan);
        expect(planText(read(text))).toBe(text);
      }),
    );
  });

  it('reads the plan inside an analysis.json', () => {
    const plan = planOf({ factorCount: 2, extraction: 'centroid' });
    const text = JSON.stringify({ schemaVersion: 1, qsortVersion: '0.1.0', title: 'x', plan, options: { extraction: 'centroid', flagging: 'automatic' } }, null, 2);
    expect(read(text, 'analysis.json')).toEqual(plan);
  });

  it('names the file, the line and the problem, in English and Dutch', () => {
    const cases: [string, RegExp][] = [
      ['{\n  "schemaVersion": 1,\n  "options": {\n    "factorCount": 0\n  }\n}', /^plan\.json:4: "factorCount" must be a whole number of at least 1, not 0$/],
      ['{\n  "schemaVersion": 1,\n  "options": {\n    "factorCount": 2,\n    "rotaton": "none"\n  }\n}', /^plan\.json:5: unknown option "rotaton"$/],
      ['{\n  "schemaVersion": 2,\n  "options": { "factorCount": 2 }\n}', /^plan\.json:2: plan version 2 is not one this qsort reads \(1\)$/],
      ['{ "schemaVersion": 1, "options": { "extraction": "pca" } }', /^plan\.json:1: the plan has no "factorCount"$/],
      ['{ "schemaVersion": 1, "options": { "factorCount": 2, "rotation": "judgmental", "judgmental": { "base": "varimax", "steps": [{ "pair": ["F1", "F1"], "degrees": 5 }] } } }', /"judgmental\.steps\[0\]" must be a step like/],
      ['[1, 2]', /^plan\.json: not an analysis plan/],
      ['{ "schemaVersion": 1, "qsortVersion": "0.0.9", "options": { "rotation": "varimax" }, "loadings": [] }', /^plan\.json: this analysis\.json has no "plan" \(it was made by an older qsort\)/],
      ['{ "schemaVersion": 1, "options": ', /^plan\.json(:1)?: not valid JSON/],
    ];
    for (const [text, message] of cases) {
      try {
        read(text);
        expect.unreachable(text);
      } catch (error) {
        expect(error).toBeInstanceOf(DataError);
        expect((error as DataError).message).toMatch(message);
      }
    }
    try {
      read('{\n  "schemaVersion": 1,\n  "options": {\n    "factorCount": 2,\n    "extraction": "pcaa"\n  }\n}');
    } catch (error) {
      expect((error as DataError).nl).toBe('plan.json:5: "extraction" moet een van "pca", "centroid" zijn, niet "pcaa"');
    }
  });

  it('reads every analysis option (PLAN_FIELDS has one reader per key)', () => {
    expect(Object.keys(PLAN_FIELDS)).toEqual(expect.arrayContaining(['factorCount', 'extraction', 'rotation', 'judgmental', 'correlation', 'flags']));
  });
});

describe('withPlan: the command line over the plan', () => {
  const judgmental = { base: 'varimax' as const, steps: [{ pair: ['F1', 'F2'] as const, degrees: 10 }] };
  const plan = { factorCount: 3, extraction: 'pca' as const, rotation: 'judgmental' as const, judgmental, correlation: 'pearson' as const };

  it('keeps the plan where nothing is given, and names what the command line changed', () => {
    expect(withPlan(plan, {}, 'p.json')).toEqual({ choices: { factors: 3, extraction: 'pca', rotation: 'judgmental', judgmental, correlation: 'pearson', flag: 'auto' }, overridden: [], droppedJudgmental: false });
    const flagged = withPlan(plan, { flag: { byFactor: { F1: ['P1'] }, nowhere: [] }, extraction: 'pca' }, 'p.json');
    expect(flagged.overridden).toEqual(['--flag']);
    expect(flagged.choices.rotation).toBe('judgmental');
  });

  it('falls back to the base when the factors change, and refuses --rotation judgmental then', () => {
    const other = withPlan(plan, { factors: 2 }, 'p.json');
    expect(other).toMatchObject({ droppedJudgmental: true, overridden: ['--factors'], choices: { factors: 2, rotation: 'varimax' } });
    expect(other.choices.judgmental).toBeUndefined();
    expect(() => withPlan(plan, { factors: 2, rotation: 'judgmental' }, 'p.json')).toThrow(/was made on 3 factors/);
    expect(() => withPlan({ factorCount: 3 }, { rotation: 'judgmental' }, 'p.json')).toThrow(/p\.json holds no rotation by hand/);
    expect(withPlan(plan, { rotation: 'varimax' }, 'p.json').choices).not.toHaveProperty('judgmental');
  });
});
