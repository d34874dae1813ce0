import { DataError } from '../errors.ts';
import { checkDistribution, checkDistributionFits } from './distribution.ts';
import { LANGS } from './types.ts';
import type { Distribution, Lang, LocalText, Presort, Question, SortRecord, SortSource, Statement, Study } from './types.ts';

/**
 * Checks that parsed JSON has the shape of a study or a sort file, and returns it
 * typed. Every problem is a DataError naming the file and the field.
 */

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(where: string, field: string, problem: string): never {
  throw new DataError(`${where}: ${field} ${problem}`);
}

function str(o: Record<string, Json>, key: string, where: string, optional: true): string | undefined;
function str(o: Record<string, Json>, key: string, where: string, optional?: false): string;
function str(o: Record<string, Json>, key: string, where: string, optional = false): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) {
    if (optional) return undefined;
    fail(where, `"${key}"`, 'is missing');
  }
  if (typeof v !== 'string') fail(where, `"${key}"`, 'must be text');
  return v;
}

export function isLang(v: Json): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

function localText(v: Json, where: string, field: string): LocalText {
  if (typeof v === 'string') return { en: v };
  if (!isObject(v)) fail(where, field, 'must be text or {"nl": …, "en": …}');
  const out: { nl?: string; en?: string } = {};
  for (const lang of LANGS) {
    const t = v[lang];
    if (t === undefined || t === null) continue;
    if (typeof t !== 'string') fail(where, `${field}.${lang}`, 'must be text');
    out[lang] = t;
  }
  if (out.nl === undefined && out.en === undefined) fail(where, field, 'needs "nl" or "en" text');
  return out;
}

function statement(v: Json, where: string, i: number): Statement {
  const field = `statements[${i}]`;
  if (!isObject(v)) fail(where, field, 'must be an object');
  const id = v['id'];
  if (typeof id !== 'string' || id.trim() === '') fail(where, `${field}.id`, 'must be non-empty text');
  const s: { id: string; text: LocalText; label?: LocalText; short?: LocalText; category?: string } = { id, text: localText(v['text'], where, `${field}.text`) };
  if (v['label'] !== undefined && v['label'] !== null) s.label = localText(v['label'], where, `${field}.label`);
  if (v['short'] !== undefined && v['short'] !== null) s.short = localText(v['short'], where, `${field}.short`);
  const category = str(v, 'category', where, true);
  if (category !== undefined) s.category = category;
  return s;
}

function distribution(v: Json, where: string): Distribution {
  if (!isObject(v)) fail(where, '"distribution"', 'must be {"scores": [...], "counts": [...]}');
  const scores = v['scores'];
  const counts = v['counts'];
  if (!Array.isArray(scores) || !scores.every((x) => typeof x === 'number')) fail(where, 'distribution.scores', 'must be a list of numbers');
  if (!Array.isArray(counts) || !counts.every((x) => typeof x === 'number')) fail(where, 'distribution.counts', 'must be a list of numbers');
  return checkDistribution({ scores: scores as number[], counts: counts as number[] }, `${where}: distribution`);
}

function question(v: Json, where: string, i: number): Question {
  const field = `questions[${i}]`;
  if (!isObject(v)) fail(where, field, 'must be an object');
  const id = str(v, 'id', where);
  const kind = v['kind'];
  if (kind !== 'most' && kind !== 'least' && kind !== 'free') fail(where, `${field}.kind`, 'must be "most", "least" or "free"');
  const q: { id: string; kind: typeof kind; text: LocalText; required?: boolean } = { id, kind, text: localText(v['text'], where, `${field}.text`) };
  if (v['required'] !== undefined) {
    if (typeof v['required'] !== 'boolean') fail(where, `${field}.required`, 'must be true or false');
    q.required = v['required'];
  }
  return q;
}

/** Validates a parsed study.json. */
export function parseStudy(v: Json, where: string): Study {
  if (!isObject(v)) fail(where, 'the file', 'must hold a JSON object');
  if (v['schemaVersion'] !== 1) fail(where, '"schemaVersion"', `must be 1 (this qsort reads version 1, found ${JSON.stringify(v['schemaVersion'])})`);
  const language = v['language'];
  if (!isLang(language)) fail(where, '"language"', 'must be "nl" or "en"');
  const rawStatements = v['statements'];
  if (!Array.isArray(rawStatements) || rawStatements.length === 0) fail(where, '"statements"', 'must be a non-empty list');
  const statements = rawStatements.map((s, i) => statement(s, where, i));
  const seen = new Set<string>();
  for (const s of statements) {
    if (seen.has(s.id)) fail(where, 'statements', `list the id "${s.id}" twice`);
    seen.add(s.id);
  }
  const dist = distribution(v['distribution'], where);
  checkDistributionFits(dist, statements.length, `${where}: distribution`);
  const rawQuestions = v['questions'] ?? [];
  if (!Array.isArray(rawQuestions)) fail(where, '"questions"', 'must be a list');
  return {
    schemaVersion: 1,
    title: str(v, 'title', where),
    language,
    instruction: localText(v['instruction'], where, '"instruction"'),
    statements,
    distribution: dist,
    ...forcedOf(v, where),
    questions: rawQuestions.map((q, i) => question(q, where, i)),
    ...teams(v, where),
    createdAt: str(v, 'createdAt', where, true) ?? '',
  };
}

/** `forced`: false for a free study (absent or true: forced). */
function forcedOf(v: Record<string, Json>, where: string): { forced?: false } {
  const forced = v['forced'];
  if (forced === undefined || forced === null || forced === true) return {};
  if (forced !== false) fail(where, '"forced"', 'must be true or false');
  return { forced: false };
}

/** `teams` (a list of distinct, non-empty names) and `teamsOpen` (true: a participant may type another team). */
function teams(v: Record<string, Json>, where: string): { teams?: string[]; teamsOpen?: boolean } {
  const list = v['teams'];
  const open = v['teamsOpen'];
  if (open !== undefined && typeof open !== 'boolean') fail(where, '"teamsOpen"', 'must be true or false');
  if (list === undefined || list === null) return open === true ? { teamsOpen: true } : {};
  if (!Array.isArray(list) || !list.every((t) => typeof t === 'string' && t.trim() !== '')) fail(where, '"teams"', 'must be a list of team names');
  const names = (list as string[]).map((t) => t.trim());
  const twice = names.find((t, i) => names.indexOf(t) !== i);
  if (twice !== undefined) fail(where, '"teams"', `list the team "${twice}" twice`);
  return { teams: names, ...(open === true ? { teamsOpen: true } : {}) };
}

const SOURCES: readonly SortSource[] = ['interactive', 'add', 'import', 'serve'];

function idList(v: Json, where: string, field: string): string[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) fail(where, field, 'must be a list of statement ids');
  return v as string[];
}

/** Validates the shape of a parsed sort file (not yet its fit to the study: see sortProblems). */
export function parseSortRecord(v: Json, where: string): SortRecord {
  if (!isObject(v)) fail(where, 'the file', 'must hold a JSON object');
  if (v['schemaVersion'] !== 1) fail(where, '"schemaVersion"', 'must be 1');
  const participant = str(v, 'participant', where);
  if (participant.trim() === '') fail(where, '"participant"', 'must not be empty');
  const scores = v['scores'];
  if (!isObject(scores)) fail(where, '"scores"', 'must be an object {statement id: score}');
  for (const [id, score] of Object.entries(scores)) {
    if (typeof score !== 'number' || !Number.isInteger(score)) fail(where, `scores["${id}"]`, 'must be a whole number');
  }
  const source = v['source'] ?? 'import';
  if (!SOURCES.includes(source as SortSource)) fail(where, '"source"', `must be one of ${SOURCES.join(', ')}`);
  const record: Record<string, unknown> = {
    schemaVersion: 1,
    sortId: str(v, 'sortId', where, true) ?? `${participant}`,
    participant,
    source,
    scores: scores as Record<string, number>,
  };
  const team = str(v, 'team', where, true);
  if (team !== undefined && team !== '') record['team'] = team;
  const language = v['language'];
  if (language !== undefined && language !== null) {
    if (!isLang(language)) fail(where, '"language"', 'must be "nl" or "en"');
    record['language'] = language;
  }
  for (const key of ['startedAt', 'finishedAt', 'savedAt', 'comment'] as const) {
    const t = str(v, key, where, true);
    if (t !== undefined) record[key] = t;
  }
  const position = v['position'];
  if (position !== undefined && position !== null) {
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) fail(where, '"position"', 'must be a whole number ≥ 0');
    record['position'] = position;
  }
  for (const key of ['durationSeconds', 'shuffleSeed'] as const) {
    const n = v[key];
    if (n === undefined || n === null) continue;
    if (typeof n !== 'number' || !Number.isFinite(n)) fail(where, `"${key}"`, 'must be a number');
    record[key] = n;
  }
  const presort = v['presort'];
  if (presort !== undefined && presort !== null) {
    if (!isObject(presort)) fail(where, '"presort"', 'must be {"agree": [...], "neutral": [...], "disagree": [...]}');
    const p: Presort = {
      agree: idList(presort['agree'] ?? [], where, 'presort.agree'),
      neutral: idList(presort['neutral'] ?? [], where, 'presort.neutral'),
      disagree: idList(presort['disagree'] ?? [], where, 'presort.disagree'),
    };
    record['presort'] = p;
  }
  const answers = v['answers'];
  if (answers !== undefined && answers !== null) {
    if (!isObject(answers) || !Object.values(answers).every((a) => typeof a === 'string')) fail(where, '"answers"', 'must map question ids to text');
    record['answers'] = answers;
  }
  return record as unknown as SortRecord;
}
