/**
 * The analysis plan file (pure): the analyst's choices — factor count,
 * extraction, rotation (with the steps of a rotation by hand), flags by hand,
 * correlation, … — kept next to study.json, so that `qsort analyze` repeats an
 * analysis exactly and `qsort analyze --plan FILE` replays one on another copy
 * of the study. docs/analysis-plan.md describes the file.
 *
 * The plan's options are the analysis' options (PlanOptions is AnalysisOptions
 * without what only shapes the output), so a choice has one type;
 * {@link PLAN_FIELDS} must read every one of them, or this file does not compile.
 */
import type { AnalysisOptions, RotationStep } from '../analysis/index.ts';
import type { PlanOptions } from '../study-analysis/analysis-options.ts';
import { dataErrorAt } from './errors.ts';
import { isRecord, keyLines } from './json-text.ts';

/** The plan's file in the study folder. */
export const PLAN_FILE_NAME = 'analysis-plan.json';
/** Raised when a key of the plan changes meaning or goes away. */
export const PLAN_SCHEMA_VERSION = 1;

export interface AnalysisPlan {
  readonly schemaVersion: number;
  readonly options: PlanOptions;
}

/** A problem with one key of a plan, in English and Dutch. */
export class PlanProblem {
  readonly en: string;
  readonly nl: string;
  constructor(en: string, nl: string) {
    this.en = en;
    this.nl = nl;
  }
}

const oneOf = <T extends string>(choices: readonly T[]) => (v: unknown, key: string): T => {
  if (typeof v === 'string' && (choices as readonly string[]).includes(v)) return v as T;
  const list = choices.map((c) => `"${c}"`).join(', ');
  throw new PlanProblem(`"${key}" must be one of ${list}, not ${JSON.stringify(v)}`, `"${key}" moet een van ${list} zijn, niet ${JSON.stringify(v)}`);
};

function positiveInteger(v: unknown, key: string): number {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1) return v;
  throw new PlanProblem(`"${key}" must be a whole number of at least 1, not ${JSON.stringify(v)}`, `"${key}" moet een geheel getal van minstens 1 zijn, niet ${JSON.stringify(v)}`);
}

function flags(v: unknown, key: string): Readonly<Record<string, readonly string[]>> {
  const ok = isRecord(v) && Object.entries(v).every(([f, ids]) => /^F[1-9]\d*$/.test(f) && Array.isArray(ids) && ids.every((id) => typeof id === 'string'));
  if (ok) return v as Record<string, string[]>;
  throw new PlanProblem(
    `"${key}" must map factor ids to lists of sort ids, e.g. {"F1": ["P01", "P07"]}`,
    `"${key}" moet factoren koppelen aan lijsten van sorteringen, bijvoorbeeld {"F1": ["P01", "P07"]}`,
  );
}

function sortIds(v: unknown, key: string): readonly string[] {
  if (Array.isArray(v) && v.every((id) => typeof id === 'string')) return v as string[];
  throw new PlanProblem(`"${key}" must be a list of sort ids, e.g. ["P01", "P07"]`, `"${key}" moet een lijst van sorteringen zijn, bijvoorbeeld ["P01", "P07"]`);
}

function rotationStep(v: unknown, key: string): RotationStep {
  const pair = isRecord(v) && Array.isArray(v['pair']) ? (v['pair'] as unknown[]) : [];
  const [a, b] = pair;
  const isFactor = (f: unknown): f is string => typeof f === 'string' && /^F[1-9]\d*$/.test(f);
  const degrees = isRecord(v) ? v['degrees'] : undefined;
  if (pair.length === 2 && isFactor(a) && isFactor(b) && a !== b && typeof degrees === 'number' && Number.isFinite(degrees)) return { pair: [a, b], degrees };
  throw new PlanProblem(
    `"${key}" must be a step like {"pair": ["F1", "F2"], "degrees": 10} (two different factors, a finite angle)`,
    `"${key}" moet een stap zijn als {"pair": ["F1", "F2"], "degrees": 10} (twee verschillende factoren, een eindige hoek)`,
  );
}

function judgmental(v: unknown, key: string): NonNullable<AnalysisOptions['judgmental']> {
  if (!isRecord(v) || !Array.isArray(v['steps'])) {
    throw new PlanProblem(`"${key}" must be {"base": "varimax" | "none", "steps": [...]}`, `"${key}" moet {"base": "varimax" | "none", "steps": [...]} zijn`);
  }
  const base = oneOf(['varimax', 'none'] as const)(v['base'], `${key}.base`);
  return { base, steps: v['steps'].map((s, i) => rotationStep(s, `${key}.steps[${i}]`)) };
}

function factorList(v: unknown, key: string): readonly string[] {
  if (Array.isArray(v) && v.length > 0 && v.every((f) => typeof f === 'string' && /^F[1-9]\d*$/.test(f))) return v as string[];
  throw new PlanProblem(`"${key}" must be a list of factor ids, e.g. ["F1"]`, `"${key}" moet een lijst van factoren zijn, bijvoorbeeld ["F1"]`);
}

/** How each option is read from a plan; the mapped type makes a missing reader a type error. */
export const PLAN_FIELDS: { readonly [K in keyof PlanOptions]-?: (value: unknown, key: string) => NonNullable<PlanOptions[K]> } = {
  factorCount: positiveInteger,
  extraction: oneOf(['pca', 'centroid'] as const),
  rotation: oneOf(['varimax', 'none', 'judgmental'] as const),
  judgmental,
  correlation: oneOf(['pearson', 'spearman', 'kendall'] as const),
  flags,
  adjust: oneOf(['none', 'holm', 'bonferroni'] as const),
  splitBipolar: factorList,
  unflagged: sortIds,
  compat: oneOf(['qmethod'] as const),
};

/**
 * Reads a plan: the plan file itself, or an `analysis.json` (its `plan` key).
 * Unknown keys are refused (a typo must not silently fall back to a default).
 * @param text the file's text, to name the line of a bad key
 * @throws DataError naming the file, the line and the problem (English and Dutch)
 */
export function parsePlan(value: unknown, file: string, text = ''): AnalysisPlan {
  const at = (key: string | undefined, p: PlanProblem) => dataErrorAt({ file, line: key ? keyLines(text, [key])[0] : undefined }, p.en, p.nl);
  const root = isRecord(value) && isRecord(value['plan']) ? value['plan'] : value;
  if (isRecord(root) && 'loadings' in root && 'qsortVersion' in root) {
    throw at(undefined, new PlanProblem('this analysis.json has no "plan" (it was made by an older qsort); run "qsort analyze --out" again to get one', 'deze analysis.json heeft geen "plan" (gemaakt met een oudere qsort); maak er een met "qsort analyze --out"'));
  }
  if (!isRecord(root) || !isRecord(root['options'])) {
    throw at(undefined, new PlanProblem('not an analysis plan (no "options"; see docs/analysis-plan.md)', 'geen analyseplan (geen "options"; zie docs/analysis-plan.md)'));
  }
  const version = root['schemaVersion'];
  if (version !== PLAN_SCHEMA_VERSION) {
    throw at('schemaVersion', new PlanProblem(`plan version ${JSON.stringify(version)} is not one this qsort reads (${PLAN_SCHEMA_VERSION})`, `planversie ${JSON.stringify(version)} kan deze qsort niet lezen (${PLAN_SCHEMA_VERSION})`));
  }
  const options: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(root['options'])) {
    const read = (PLAN_FIELDS as Record<string, (value: unknown, key: string) => unknown>)[key];
    try {
      if (!read) throw new PlanProblem(`unknown option "${key}"`, `onbekende optie "${key}"`);
      options[key] = read(v, key);
    } catch (error) {
      if (error instanceof PlanProblem) throw at(key, error);
      throw error;
    }
  }
  if (options['factorCount'] === undefined) throw at('options', new PlanProblem('the plan has no "factorCount"', 'het plan heeft geen "factorCount"'));
  return { schemaVersion: PLAN_SCHEMA_VERSION, options: options as unknown as PlanOptions };
}

/** The plan of a set of options, as `analyze --save` and `qsort rotate` store it (keys in a fixed order). */
export function planOf(options: PlanOptions): AnalysisPlan {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(PLAN_FIELDS)) {
    const v = (options as unknown as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v;
  }
  return { schemaVersion: PLAN_SCHEMA_VERSION, options: out as unknown as PlanOptions };
}

/** The plan file's text: JSON, two-space indent, a final newline. */
export function planText(plan: AnalysisPlan): string {
  return `${compactJson(plan)}\n`;
}

const STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const NUMBER = String.raw`-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?`;
const SCALAR = `(?:${STRING}|${NUMBER}|true|false|null)`;
/** An array of scalars over several lines. */
const SCALAR_ARRAY = new RegExp(String.raw`\[\s*(${SCALAR}(?:,\s*${SCALAR})*)\s*\]`, 'g');
/** A rotation step over several lines (after its pair is on one). */
const STEP = new RegExp(String.raw`\{\s*("pair": \[[^\]\n]*\]),\s*("degrees": ${NUMBER})\s*\}`, 'g');

/**
 * JSON with two-space indents, but a list of ids and a rotation step each on
 * one line, so a plan reads (and diffs) line by line.
 * @example compactJson({ steps: [{ pair: ['F1', 'F2'], degrees: 10 }] }) // '{\n  "steps": [\n    { "pair": ["F1", "F2"], "degrees": 10 }\n  ]\n}'
 */
export function compactJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(SCALAR_ARRAY, (_, items: string) => `[${items.split(/,\s*\n\s*/).join(', ')}]`)
    .replace(STEP, (_, pair: string, degrees: string) => `{ ${pair}, ${degrees} }`);
}
