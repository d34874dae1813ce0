import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import { registerAdd } from './add.ts';
import { registerAnalyze } from './analyze.ts';
import { registerExport } from './export.ts';
import { registerFactors } from './factors.ts';
import { registerImport } from './import.ts';
import { registerInit } from './init.ts';
import { registerList } from './list.ts';
import { registerPrint } from './print.ts';
import { registerRank } from './rank.ts';
import { registerReport } from './report.ts';
import { registerRotate } from './rotate.ts';
import { registerServe } from './serve.ts';
import { registerSort } from './sort.ts';
import { registerStatements } from './statements.ts';
import { registerSync } from './sync.ts';

/**
 * Every subcommand, one file each. A command file only wires commander; the work
 * is imported lazily inside its action so that `qsort --help` stays instant.
 */
export function registerCommands(program: Command, deps: Deps): void {
  for (const register of [registerInit, registerSort, registerStatements, registerAdd, registerList, registerImport, registerExport, registerPrint, registerServe, registerSync, registerRank, registerAnalyze, registerRotate, registerFactors, registerReport]) register(program, deps);
}
