import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { manualFlagsOf, type ManualFlags } from '../study-analysis/analysis-options.ts';
import { positiveInt } from './shared.ts';

/** The analysis options of the commands (`analyze`, `report`, `rank`): one parser for all. Only types are imported from the analysis, so `qsort --help` loads none of it. */

/**
 * Parses `--flag`: "auto", or "P01=1,P07=2,P09=F2,P04=0" (sort id = factor
 * number or id; 0 = flagged nowhere). A sort id may contain "=": the last one
 * separates the factor.
 * @example parseFlagSpec('P01=1,P07=2,P04=0') // { byFactor: { F1: ['P01'], F2: ['P07'] }, nowhere: ['P04'] }
 */
export function parseFlagSpec(value: string): 'auto' | ManualFlags {
  const spec = value.trim();
  if (spec === '' || spec.toLowerCase() === 'auto') return 'auto';
  const pairs = spec.split(',').map((part) => part.trim()).filter((item) => item !== '').map((item) => {
    const at = item.lastIndexOf('=');
    return { item, sort: at > 0 ? item.slice(0, at).trim() : '', factor: at > 0 ? item.slice(at + 1).trim() : '' };
  });
  try {
    return manualFlagsOf(pairs);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Parses `--split-bipolar`: factor ids or numbers, comma-separated ("F1", "1,3").
 * @example parseFactorList('F1, 3') // ['F1', 'F3']
 */
export function parseFactorList(value: string): string[] {
  const ids = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const m = /^[Ff]?([1-9]\d*)$/.exec(part);
      if (!m) throw new InvalidArgumentError(`"${part}" is not a factor (e.g. "F1" or "1,3")`);
      return `F${m[1]}`;
    });
  if (ids.length === 0) throw new InvalidArgumentError('no factor given (e.g. "F1")');
  return [...new Set(ids)];
}

/** Adds --factors, --extraction, --rotation, --flag, --flag-file, --compat and --correlation to a command. */
export function addAnalysisOptions(command: Command): Command {
  return command
    .option('-f, --factors <n>', 'number of factors to extract (default: the number "qsort factors" recommends)', positiveInt)
    // no commander defaults: an option left out keeps the analysis plan's choice (toAnalysisOptions has the defaults)
    .addOption(new Option('--extraction <method>', 'factor extraction (default: pca)').choices(['pca', 'centroid']))
    .addOption(new Option('--rotation <method>', 'factor rotation (default: varimax; judgmental: the saved rotation by hand, see "qsort rotate")').choices(['varimax', 'none', 'judgmental']))
    .addOption(
      new Option('--flag <flags>', 'defining sorts: "auto" (the default), or by hand, e.g. "P01=1,P07=1,P03=2,P05=0" (a listed sort is flagged only there, 0 = nowhere; factors not named stay automatic)').argParser(parseFlagSpec),
    )
    .option('--flag-file <file>', 'the flags by hand from a CSV file with the columns sort,factor (factor 0 = nowhere), instead of --flag')
    .addOption(new Option('--compat <tool>', 'reproduce the R package qmethod 1.8.4 exactly: varimax stopped by R\'s rule (default: varimax to convergence)').choices(['qmethod']))
    .addOption(new Option('--correlation <method>', 'correlation between sorts (default: pearson)').choices(['pearson', 'spearman', 'kendall']))
    .addOption(
      new Option('--adjust <method>', 'correct the p-values of differences between factors for multiple comparisons, per pair of factors over all statements (default: none)').choices([
        'none',
        'holm',
        'bonferroni',
      ]),
    )
    .addOption(
      new Option('--split-bipolar <factors>', 'make the negative pole of these factors a factor of its own, e.g. "F1" (F1 becomes F1a and F1b)').argParser(parseFactorList),
    );
}

