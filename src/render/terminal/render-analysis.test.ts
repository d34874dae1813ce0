import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { bipolarStudy } from '../../../test/helpers/bipolar-study.ts';
import { GENERATED_AT, lipsetReportInput, teamReportInput } from '../../../test/helpers/report-inputs.ts';
import { analyzeStudy } from '../../analysis/index.ts';
import { analysisInput } from '../../study-analysis/analysis-input.ts';
import { reportContext } from '../html/model.ts';
import { CONSENSUS_MARK, DISTINGUISHING_MARK, FLAG_MARK, renderAnalysis } from './render-analysis.ts';

const plain = (width = 80) => ({ chalk: new Chalk({ level: 0 }), width });
const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));
/** The lines of one section: from its heading to the next blank-line-preceded heading of the same kind. */
function section(text: string, heading: string, next: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  const end = text.indexOf(`\n${next}\n`, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  return text.slice(start, end < 0 ? undefined : end);
}

describe('renderAnalysis', () => {
  const ctx = reportContext(lipsetReportInput('en'));
  const text = renderAnalysis(ctx, plain());
  const { result } = ctx.input;

  it('renders the lipset analysis at 80 columns without colour', async () => {
    await expect(text).toMatchFileSnapshot('__snapshots__/analysis-lipset-en.txt');
    expect(text).not.toMatch(/\x1b\[/);
    expect(widest(text)).toBeLessThanOrEqual(80);
  });

  it('marks every flag, and only flags, with ✓', () => {
    const loadings = section(text, 'Loadings', 'Factor arrays');
    const flags = result.flags.flat().filter(Boolean).length;
    expect(loadings.split(FLAG_MARK).length - 1 - 1).toBe(flags); // one ✓ is in the explanation
    result.sorts.forEach((id, i) => {
      const line = loadings.split('\n').find((l) => l.startsWith(`${id} `))!;
      const f = result.flags[i]!.indexOf(true);
      expect(line.includes(FLAG_MARK)).toBe(f >= 0);
    });
  });

  it('draws each factor array as a Q-grid holding every statement number once', () => {
    const arrays = section(text, 'Factor arrays', 'Distinguishing statements');
    const grids = arrays.split(/\n {2}−4 +−3 +−2 +−1 +0 +\+1 +\+2 +\+3 +\+4\n/).slice(1);
    expect(grids).toHaveLength(3);
    for (const grid of grids) {
      const body = grid.split('\n\n')[0]!.split('\n').slice(1).join(' ');
      const numbers = body.replaceAll(DISTINGUISHING_MARK, '').replaceAll(CONSENSUS_MARK, '').trim().split(/\s+/).map(Number);
      expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    }
  });

  it('lists the distinguishing and consensus statements of the analysis, with full text', () => {
    const consensus = section(text, 'Consensus statements', 'Correlations between the factors');
    for (const row of result.statementTable.filter((r) => r.consensus)) {
      const s = ctx.statementById.get(row.id)!;
      expect(consensus).toMatch(new RegExp(`^ *${s.number}  ${s.text.slice(0, 20)}`, 'm'));
    }
    const distinguishing = section(text, 'Distinguishing statements', 'Consensus statements');
    for (const id of ctx.factorIds) {
      const part = distinguishing.split(`\n${id}\n`)[1]!.split(/\n\nF\d\n/)[0]!;
      const numbers = part.split('\n').slice(2).map((l) => /^ *(\d+) /.exec(l)?.[1]).filter(Boolean);
      expect(numbers).toEqual(ctx.statements.filter((s) => result.statementTable[s.index]!.distinguishes.includes(id)).map((s) => s.number));
    }
  });

  it('gives every factor its crib sheet: four lists, each statement as in the analysis', () => {
    const arrays = section(text, 'Factor arrays', 'Distinguishing statements');
    result.cribSheets.forEach((sheet) => {
      const part = arrays.split(`\nCrib sheet of ${sheet.factor}\n`)[1]!.split(/\nF\d(?:, reversed)? — /)[0]!;
      const lists = part.split(/\n(?=Its two highest columns|Ranked higher|Ranked lower|Its two lowest columns)/).slice(1);
      const numbers = lists.map((l) => l.split('\n').flatMap((line) => /^ +[+−]?\d +(\d+) /.exec(line)?.[1] ?? []));
      const expected = [sheet.highest, sheet.higher, sheet.lower, sheet.lowest].map((ids) => ids.map((id) => ctx.statementById.get(id)!.number));
      expect(numbers).toEqual(expected);
    });
  });

  it('a two-sided factor: the people holding it and, apart, those holding it reversed; with two factors the distinguishing statements once', async () => {
    const { study, sorts } = await bipolarStudy();
    const bipolar = analyzeStudy(analysisInput(study, sorts, 'en'), { factorCount: 2 });
    const out = renderAnalysis(reportContext({ lang: 'en', study, sorts, result: bipolar, generatedAt: GENERATED_AT, version: '9.9.9' }), plain());
    expect(out).toContain('\nF1 — 3 sorts hold it, 2 reversed (below); ');
    expect(out).toContain('\nF1, reversed — 2 sorts: Hana, Henk\n');
    expect(out).toContain('\nF2 — 2 defining sorts, ');
    const reversed = out.split('\nF1, reversed')[1]!.split('\nF2 — ')[0]!;
    const [most, least] = reversed.split('\nLeast agree\n').map((p) => p.split('\n').flatMap((line) => /^ +([+−]\d) +(\d+) /.exec(line)?.slice(1, 3).join(' ') ?? []));
    const f1 = bipolar.viewpoints[0]!;
    const number = (id: string) => String(bipolar.statements.findIndex((s) => s.id === id) + 1);
    // read from the mirrored array: what F1 puts at −4 the reversed pole puts at +4
    expect(most).toEqual(f1.leastAgree.map((id, k) => `${k === 0 ? '+4' : '+3'} ${number(id)}`));
    expect(least).toEqual(f1.mostAgree.map((id, k) => `${k === 0 ? '−4' : '−3'} ${number(id)}`));
    const distinguishing = section(out, 'Distinguishing statements', 'Consensus statements');
    expect(distinguishing).toContain('F1 and F2: with two factors');
    expect(distinguishing).not.toMatch(/\nF[12]\n/);
    expect(widest(out)).toBeLessThanOrEqual(80);
  });

  it('uses ANSI codes at level 1 and the same text underneath', () => {
    const coloured = renderAnalysis(ctx, { chalk: new Chalk({ level: 1 }), width: 80 });
    expect(coloured).toMatch(/\x1b\[1m/);
    expect(coloured).toMatch(/\x1b\[32m/);
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(text);
  });

  it('fits narrow terminals and speaks Dutch', async () => {
    const nl = renderAnalysis(reportContext(await teamReportInput('nl')), plain(60));
    expect(widest(nl)).toBeLessThanOrEqual(60);
    expect(nl).toContain('\nEigenwaarden van de correlatiematrix\n');
    expect(nl).toContain('\nOnderscheidende stellingen\n');
  });

  it('says so when a factor has no defining sort, and when there is one factor only', () => {
    const unrotated = reportContext(lipsetReportInput('en', { factorCount: 8, rotation: 'none' }));
    const out = renderAnalysis(unrotated, plain());
    expect(unrotated.input.result.factors.some((f) => f.definingSorts === 0)).toBe(true);
    expect(out).toContain('No sort defines this factor, so it has no z-scores and no array.');
    expect(widest(out)).toBeLessThanOrEqual(80);
    const one = renderAnalysis(reportContext(lipsetReportInput('en', { factorCount: 1 })), plain());
    expect(one.match(/With one factor there is nothing to compare\./g)).toHaveLength(3);
  });
});
