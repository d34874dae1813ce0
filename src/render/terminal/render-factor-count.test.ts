import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { loadStudy } from '../../../test/golden/load.ts';
import { distributionValues, factorCountAids } from '../../analysis/index.ts';
import { renderFactorCount } from './render-factor-count.ts';

describe('renderFactorCount (qsort factors)', () => {
  const lipset = loadStudy('lipset');
  const aids = factorCountAids(lipset.data, { iterations: 20, seed: 1, values: distributionValues(lipset.distribution!) });
  const text = renderFactorCount(aids, { chalk: new Chalk({ level: 0 }), width: 80 });
  const lines = text.split('\n');

  it('has a header for every column, and the rows line up under them', () => {
    const header = lines.find((l) => l.startsWith('factor'))!;
    expect(header.trim().split(/\s{2,}/)).toEqual(['factor', 'eigenvalue', 'scree', '>1', 'Humphrey', '≥2 sorts', 'parallel']);
    const rows = lines.filter((l) => /^ +F\d+ /.test(l));
    expect(rows).toHaveLength(aids.rows.length);
    rows.forEach((row, i) => {
      const r = aids.rows[i]!;
      const cells = row.trim().split(/\s{2,}/);
      expect(cells[4]).toBe(`${r.humphreyProduct.toFixed(3)} ${r.humphrey ? '✓' : '·'}`);
      expect(cells.at(-1)).toBe(`${r.randomEigenvalue!.toFixed(2)} ${r.parallel ? '✓' : '·'}`);
    });
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('explains every rule column in a legend line, with the random studies actually used', () => {
    const legend = text.split('\n\n')[2]!.replace(/\n/g, ' ');
    for (const column of ['>1:', 'Humphrey:', '≥2 sorts:', 'parallel:']) expect(legend).toContain(column);
    expect(legend).toContain('2/√33 = 0.348');
    expect(legend).toContain('20 random studies');
    expect(legend).toContain('✓ = the rule keeps the factor');
    // analyze and report run a quick 50: said, since this run used another number
    expect(text.replace(/\n/g, ' ')).toContain('a quick run of 50 random studies');
    const quick = renderFactorCount(factorCountAids(lipset.data, { iterations: 50, seed: 1 }), { chalk: new Chalk({ level: 0 }), width: 80 });
    expect(quick).not.toContain('quick run');
  });
});
