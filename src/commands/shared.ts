import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { LANGS } from '../core/types.ts';

/** Parsers and options that several commands share. */

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

export function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n)) throw new InvalidArgumentError('must be a whole number ≥ 0');
  return n;
}

export const langOption = (description = 'language: nl or en'): Option => new Option('--lang <lang>', description).choices([...LANGS]);

export function addStudyOption(command: Command): Command {
  return command.option('--study <dir>', 'the study folder (default: $QSORT_STUDY, else the current folder)');
}
