import { Command, InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { addAnalysisOptions, parseFactorList, parseFlagSpec } from './analysis-options.ts';
import { DEFAULT_FACTOR_COUNT, toAnalysisOptions, type AnalysisChoices } from '../study-analysis/analysis-options.ts';

function parse(argv: string[]): AnalysisChoices {
  const command = addAnalysisOptions(new Command('x').exitOverride().configureOutput({ writeErr: () => undefined }));
  command.parse(argv, { from: 'user' });
  return command.opts<AnalysisChoices>();
}

describe('parseFlagSpec', () => {
  it('reads "auto" and SORT=FACTOR lists', () => {
    expect(parseFlagSpec('auto')).toBe('auto');
    expect(parseFlagSpec(' AUTO ')).toBe('auto');
    expect(parseFlagSpec('P01=1, P07=2,P09=F2')).toEqual({ byFactor: { F1: ['P01'], F2: ['P07', 'P09'] }, nowhere: [] });
    expect(parseFlagSpec('P01=1,P04=0,P05=F0')).toEqual({ byFactor: { F1: ['P01'] }, nowhere: ['P04', 'P05'] });
    expect(parseFlagSpec('a=b=3')).toEqual({ byFactor: { F3: ['a=b'] }, nowhere: [] });
  });

  it('rejects what is not SORT=FACTOR, and a sort flagged twice', () => {
    for (const bad of ['P01', 'P01=', '=1', 'P01=x', 'P01=-1', 'P01=1.5', ',', 'P01=1,P01=2']) {
      expect(() => parseFlagSpec(bad), bad).toThrow(InvalidArgumentError);
    }
  });
});

describe('parseFactorList (--split-bipolar)', () => {
  it('reads factor ids and numbers, once each', () => {
    expect(parseFactorList('F1')).toEqual(['F1']);
    expect(parseFactorList(' f1, 3 ,F1')).toEqual(['F1', 'F3']);
    for (const bad of ['', ',', 'F0', 'G1', '1a', 'F1,x']) expect(() => parseFactorList(bad), bad).toThrow(InvalidArgumentError);
  });
});

describe('--adjust and --split-bipolar', () => {
  it('pass through to the analysis options; none is the default and adds nothing', () => {
    expect(parse([]).adjust).toBeUndefined(); // no commander default: a plan's choice shows through
    expect(toAnalysisOptions(parse(['--adjust', 'none']), 9)).not.toHaveProperty('adjust');
    expect(toAnalysisOptions(parse(['--adjust', 'holm', '--split-bipolar', '1']), 9)).toMatchObject({ adjust: 'holm', splitBipolar: ['F1'] });
    expect(() => parse(['--adjust', 'fdr'])).toThrow(/Allowed choices are none, holm, bonferroni/);
  });
});

describe('addAnalysisOptions / toAnalysisOptions', () => {
  it('defaults to PCA, varimax, Pearson, automatic flags and at most 3 factors', () => {
    const opts = parse([]);
    expect(toAnalysisOptions(opts, 15)).toEqual({ factorCount: DEFAULT_FACTOR_COUNT, extraction: 'pca', rotation: 'varimax', correlation: 'pearson' });
    expect(toAnalysisOptions(opts, 3).factorCount).toBe(2);
    expect(toAnalysisOptions(opts, 2).factorCount).toBe(1);
  });

  it('passes every option through', () => {
    const opts = parse(['--factors', '4', '--extraction', 'centroid', '--rotation', 'none', '--correlation', 'kendall', '--flag', 'A=1,B=2,C=0', '--compat', 'qmethod']);
    expect(toAnalysisOptions(opts, 2)).toEqual({
      factorCount: 4,
      extraction: 'centroid',
      rotation: 'none',
      correlation: 'kendall',
      flags: { F1: ['A'], F2: ['B'] },
      unflagged: ['C'],
      compat: 'qmethod',
    });
  });

  it('refuses unknown choices and bad numbers', () => {
    expect(() => parse(['--extraction', 'ml'])).toThrow();
    expect(() => parse(['--factors', '0'])).toThrow();
    expect(() => parse(['--flag', 'oops'])).toThrow();
    expect(() => parse(['--compat', 'pqmethod'])).toThrow();
  });
});
