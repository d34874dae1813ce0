/**
 * The analysis plan on disk: `<study>/analysis-plan.json`, read and written
 * whole (atomically). The format is src/formats/analysis-plan.ts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ioError } from '../errors.ts';
import { PLAN_FILE_NAME, parsePlan, planText, type AnalysisPlan } from '../formats/analysis-plan.ts';
import { parseJsonText } from '../formats/json-text.ts';
import { writeFileAtomic } from './atomic.ts';

/** The study's plan file. */
export const planPath = (dir: string): string => join(dir, PLAN_FILE_NAME);

/**
 * Reads a plan from a file: a plan file, or an `analysis.json` of
 * `qsort analyze --out`/`--json` (its "plan").
 * @param shown the path as messages show it
 */
export async function readPlanFile(path: string, shown = path): Promise<AnalysisPlan> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw ioError(error, shown, 'read', 'plan');
  }
  return parsePlan(parseJsonText(text, shown), shown, text);
}

/** The study's saved plan, or null when it has none. */
export async function readSavedPlan(dir: string, shown = planPath(dir)): Promise<AnalysisPlan | null> {
  try {
    return await readPlanFile(planPath(dir), shown);
  } catch (error) {
    if ((error as { cause?: NodeJS.ErrnoException }).cause?.code === 'ENOENT') return null;
    throw error;
  }
}

/** Saves the study's plan (atomically: a reader sees the old file or the new one). Returns its path. */
export async function writePlan(dir: string, plan: AnalysisPlan): Promise<string> {
  const path = planPath(dir);
  try {
    await writeFileAtomic(path, planText(plan));
  } catch (error) {
    throw ioError(error, path, 'write', 'plan');
  }
  return path;
}
