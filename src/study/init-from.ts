import { rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { distributionFromSorts, formatDistribution, parseDistributionSpec, quasiNormalDistribution } from '../core/distribution.ts';
import { sortProblems } from '../core/validate-sort.ts';
import { DEFAULT_QUESTIONS, newStudy } from '../core/study-defaults.ts';
import type { Distribution, Lang, Statement, Study } from '../core/types.ts';
import { DataError, QError, UsageError } from '../errors.ts';
import { describePlace, detectFormat, KEYED_FORMATS, parseSorts } from '../formats/index.ts';
import type { ImportedData, ImportFormat } from '../formats/index.ts';
import { assertImportable, saveImportedSorts } from './import-sorts.ts';
import { readStatementsFile, readTextFile } from '../formats/statements-file.ts';
import { isXlsxName, type FileImportFormat } from '../formats/types.ts';
import { workbookSource, type InitSource } from './init-from-workbook.ts';
import { createStudy, SORTS_DIR, STUDY_FILE, studyExists, studyExistsError } from './study-folder.ts';

export interface InitFromInput {
  /** The new study's folder (absolute). */
  readonly target: string;
  /** The data file (absolute) and how to name it in messages. */
  readonly from: string;
  readonly fromLabel: string;
  readonly format: FileImportFormat | 'auto';
  /** A statements file (absolute); needed unless the data holds statements or is a .DAT with a .STA beside it. */
  readonly statements?: string;
  readonly distribution?: string;
  /** A free study: the sorts need not share a distribution; `distribution` (or a quasi-normal one on the sorts' scale) is the factor arrays' shape. */
  readonly free?: boolean;
  readonly title?: string;
  readonly instruction?: string;
  readonly language: Lang;
  readonly createdAt: string;
  /** Where problem lines go (stderr). */
  readonly report: (line: string) => void;
}

export interface InitFromResult {
  readonly study: Study;
  readonly format: FileImportFormat;
  readonly imported: number;
  /** The statements file used (given, or the .STA found beside the .DAT). */
  readonly statementsFile?: string;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** The .STA beside a .DAT: same name, extension .STA or .sta. */
async function siblingSta(dat: string): Promise<string | undefined> {
  const base = join(dirname(dat), basename(dat, extname(dat)));
  for (const ext of ['.STA', '.sta', '.Sta']) if (await isFile(`${base}${ext}`)) return `${base}${ext}`;
  return undefined;
}

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).map((id) => JSON.stringify(id)).join(', ');
  return ids.length <= 5 ? shown : `${shown} and ${ids.length - 5} more`;
}

/** Checks that the data's statement ids are exactly the statements file's ids. */
function checkSameIds(dataIds: readonly string[], statements: readonly Statement[], dataLabel: string, statementsLabel: string): void {
  const inData = new Set(dataIds);
  const inFile = new Set(statements.map((s) => s.id));
  const missing = statements.map((s) => s.id).filter((id) => !inData.has(id));
  const extra = dataIds.filter((id) => !inFile.has(id));
  if (extra.length > 0) throw new DataError(`${dataLabel}: statement ${extra.length === 1 ? 'id' : 'ids'} ${listIds(extra)} ${extra.length === 1 ? 'is' : 'are'} not in ${statementsLabel}`);
  if (missing.length > 0) throw new DataError(`${dataLabel}: no scores for statement ${listIds(missing)} of ${statementsLabel}`);
}

/** Every sort scores every statement (checked before the distribution is taken from the sorts). */
function checkComplete(data: ImportedData, ids: readonly string[], file: string): void {
  for (const s of data.sorts) {
    const missing = ids.find((id) => s.scores[id] === undefined);
    if (missing !== undefined) throw new DataError(`${describePlace({ file, line: s.line, participant: s.participant, statement: missing })}: no score`);
  }
}

/**
 * The new study's distribution: --distribution; else the data's own (a .DAT's
 * header); else, for a free study, the quasi-normal shape of the statements on
 * the sorts' scale; else the one shape all sorts share (refused, naming --free,
 * when they do not).
 */
function studyDistribution(input: InitFromInput, given: Distribution | undefined, data: ImportedData, ids: readonly string[]): Distribution {
  if (input.distribution) return parseDistributionSpec(input.distribution, ids.length);
  if (given) return given;
  const values = data.sorts.map((s) => ({ name: s.participant, values: ids.map((id) => s.scores[id] ?? 0) }));
  if (input.free) {
    const all = values.flatMap((v) => v.values);
    return quasiNormalDistribution(ids.length, { lo: Math.min(...all), hi: Math.max(...all) });
  }
  try {
    return distributionFromSorts(values);
  } catch (error) {
    if (error instanceof QError) {
      throw new DataError(`${input.fromLabel}: ${error.message}; or, when the sorts were not forced, make a free study with --free (and the factor arrays' shape with --distribution)`);
    }
    throw error;
  }
}

/** Names the sorts of a free study that do not follow its shape (a note, not a problem). */
function reportUnforced(study: Study, data: ImportedData, input: InitFromInput): void {
  const off = data.sorts.filter((s) => sortProblems(s.scores, study.statements, study.distribution).some((p) => p.kind === 'count')).map((s) => s.participant);
  if (off.length === 0) return;
  const shown = off.length <= 10 ? off.join(', ') : `${off.slice(0, 10).join(', ')} and ${off.length - 10} more`;
  input.report(`note: free study: ${off.length} of ${data.sorts.length} sorts do not follow the shape ${formatDistribution(study.distribution)} (${shown}); the factor arrays use that shape`);
}

/** The data of a text file (CSV, .DAT, JSON, …) and its statements file. */
async function textSource(input: InitFromInput, requested: ImportFormat | 'auto'): Promise<InitSource> {
  const text = await readTextFile(input.from, 'sorts');
  const format = requested === 'auto' ? detectFormat(basename(input.from), text) : requested;
  if (!format) throw new DataError(`${input.fromLabel}: cannot tell the format; give --format`);
  let statementsFile = input.statements;
  if (format === 'json') {
    if (input.statements || input.distribution) throw new UsageError('a qsort JSON export holds its own statements and distribution: leave out --statements and --distribution');
  } else if (!statementsFile && format === 'pqmethod') {
    statementsFile = await siblingSta(input.from);
    if (!statementsFile) throw new UsageError(`no .STA beside ${input.fromLabel}: put ${basename(input.from, extname(input.from))}.STA next to it or give --statements FILE`);
  } else if (!statementsFile) {
    throw new UsageError(`${input.fromLabel} holds no statement texts: give --statements FILE (CSV id,text; .STA; or one per line)`);
  }
  const statements = statementsFile ? await readStatementsFile(statementsFile, input.language) : undefined;
  const keyed = KEYED_FORMATS.has(format);
  const data = parseSorts(format, text, { file: input.fromLabel, ...(!keyed && statements ? { statementIds: statements.map((s) => s.id) } : {}) });
  return { format, data, statements, statementsFile, keyed };
}

/**
 * Creates a study straight from data: a wide CSV (or long, KADE, HTMLQ, EQ Web
 * Sort) plus a statements file, a PQMethod .DAT with its .STA beside it, or a
 * qsort JSON export. The distribution comes from the data (every sort must share
 * it) unless given. All or nothing: everything is checked before the folder is
 * made, and a failed save removes what was made.
 */
export async function initFromData(input: InitFromInput): Promise<InitFromResult> {
  if (await studyExists(input.target)) {
    throw studyExistsError(join(input.target, STUDY_FILE));
  }
  const requested = input.format;
  const source = requested === 'xlsx' || (requested === 'auto' && isXlsxName(input.from)) ? await workbookSource(input) : await textSource(input, requested);
  const { format, data, statements, statementsFile, keyed } = source;
  if (data.sorts.length === 0) throw new DataError(`${input.fromLabel}: no sorts found`);
  let study: Study;
  if (data.study) study = { ...data.study, ...(input.title !== undefined ? { title: input.title } : {}) };
  else {
    const set = statements ?? [];
    if (keyed) checkSameIds(data.statementIds, set, input.fromLabel, statementsFile ?? 'the statements');
    const ids = set.map((s) => s.id);
    checkComplete(data, ids, input.fromLabel);
    const distribution = studyDistribution(input, source.distribution, data, ids);
    const base = newStudy({
      statements: set,
      distribution,
      language: input.language,
      title: input.title ?? data.title ?? basename(input.target),
      // The data say nothing of the question asked, nor of domain-specific questions.
      questions: DEFAULT_QUESTIONS.filter((q) => q.kind !== 'free'),
      createdAt: input.createdAt,
    });
    study = { ...base, instruction: { [input.language]: input.instruction ?? '' }, ...(input.free ? { forced: false } : {}) };
    if (input.free) reportUnforced(study, data, input);
  }
  const files = [{ file: input.fromLabel, format, sorts: data.sorts }];
  await assertImportable(input.target, study, files, { report: input.report });
  const exists = (path: string) => stat(path).then(() => true, () => false);
  const sortsDir = join(input.target, SORTS_DIR);
  const [targetExisted, sortsExisted] = [await exists(input.target), await exists(sortsDir)];
  await createStudy(input.target, study);
  try {
    await saveImportedSorts(input.target, study, files);
  } catch (error) {
    // Remove what this call made: the new folder, else study.json and a new sorts/.
    if (!targetExisted) await rm(input.target, { recursive: true, force: true });
    else {
      await rm(join(input.target, STUDY_FILE), { force: true });
      if (!sortsExisted) await rm(sortsDir, { recursive: true, force: true });
    }
    throw error;
  }
  return { study, format, imported: data.sorts.length, ...(statementsFile ? { statementsFile } : {}) };
}
