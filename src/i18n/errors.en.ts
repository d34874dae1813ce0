import type { DistributionSource, ErrorParams, IoDoing, IoReason, IoWhat } from '../errors.ts';
import type { ErrorTable, WarningTable } from './error-table.ts';
import { shortIdList, signed, sortProblemsText, type SortProblemWords } from './sort-problems.ts';

/** What ioError was doing, as the verb of "cannot … PATH". */
const DOING: Readonly<Record<IoDoing, string>> = { read: 'read', write: 'write', create: 'create', remove: 'remove', open: 'open', 'back-up': 'back up', use: 'use' };
const WHAT: Readonly<Record<IoWhat, string>> = { file: 'the file', study: 'the study', sort: 'a sort', sorts: 'the sorts', draft: 'a draft', statements: 'the statements', 'builtin-statements': 'the built-in statements', plan: 'the analysis plan' };
const REASON: Readonly<Record<Exclude<IoReason, 'other'>, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  ENAMETOOLONG: 'the file name is too long',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
};

const SORT_WORDS: SortProblemWords = {
  unknownOne: (id) => `unknown statement id "${id}"`,
  unknownMany: (list) => `unknown statement ids ${list}`,
  missingOne: (id) => `statement ${id} has no score`,
  missingMany: (list) => `statements ${list} have no score`,
  badScore: (id, value, lo, hi) => `statement ${id} has score ${value}, outside ${lo}..${hi}`,
  count: (score, got, want) => `score ${score} is used ${got} time${got === 1 ? '' : 's'}, the distribution asks for ${want}`,
  more: (n) => `and ${n} more`,
  inAll: (n) => `${n} in all`,
};

/** "distribution", "distribution "1,2,3"", "study.json: distribution". */
const dist = (s: DistributionSource): string => `${s.file === undefined ? '' : `${s.file}: `}distribution${s.spec === undefined ? '' : ` "${s.spec}"`}`;

const PURPOSE: Readonly<Record<ErrorParams['sorts.too-few']['purpose'], string>> = {
  analysis: 'an analysis',
  report: 'a report',
  ranking: 'a ranking',
  'ranking-by-factor': 'ranking by factor',
  'factor-count': 'choosing the number of factors',
  rotation: 'a rotation by hand',
};

const REPLACE_HINT = ' (--replace replaces existing sorts and keeps the old ones as backups)';

/** Every error in English. */
export const en: ErrorTable = {
  participant: 'participant',
  statement: 'statement',
  error: 'error',
  warning: 'warning',
  aborted: 'aborted',
  internal: (detail) => `internal error (please report this): ${detail}`,
  codes: {
    'legacy.text': (p) => p.en,
    'raw': (p) => p.text,
    'io.failed': (p) => `cannot ${DOING[p.doing]} ${p.what === undefined ? '' : `${WHAT[p.what]} `}${p.path}: ${p.reason === 'other' ? (p.detail ?? '') : REASON[p.reason]}`,
    'io.reason': (p) => (p.reason === 'other' ? (p.detail ?? '') : REASON[p.reason]),
    'study.exists': (p) => `${p.path} already exists; choose another folder or remove the old study first`,
    'study.missing': (p) => `no study in ${p.dir} (no ${p.file}); create one with "qsort init ${p.dir}" or point to one with --study DIR`,
    'study.is-a-file': (p) => `${p.dir} is a file, not a study folder (a folder with ${p.file})${p.folder === undefined ? '' : `; the study is the folder: --study ${p.folder}`}`,
    'export.pqmethod-needs-out': () => '--format pqmethod writes two files (.DAT and .STA): give --out PATH',
    'ssh.bad-host-key': (p) => `${p.path}: not an ed25519 SSH host key; remove the file and a new key is made (participants who joined before are then warned once that the key changed)`,
    'ssh.port-in-use': (p) => `SSH port ${p.port} is already in use; choose another with --ssh-port, e.g. --ssh-port ${p.port + 1}, or turn SSH off with --no-ssh`,
    'ssh.port-denied': (p) => `no permission to use SSH port ${p.port}; choose a port above 1023 with --ssh-port`,
    'ssh.listen-failed': (p) => `cannot start the SSH server on port ${p.port}: ${p.detail}`,
    'sort.invalid': (p) => `sort of "${p.participant}": ${sortProblemsText(p.problems, SORT_WORDS)}`,
    'sort.participant-twice': (p) => `participant "${p.participant}" already has a sort (${p.before}); a participant has one sort`,
    'import.participant-twice': (p, r) => `the participant appears twice in the import (also ${r.place(p.before)})`,
    'import.participant-has-sort': () => 'the participant already has a sort in the study',
    'import.nothing-imported': (p, r) => `${r.problem(p.problem)}; nothing was imported${p.replaceHint ? REPLACE_HINT : ''}`,
    'import.problems': (p) => `${p.count} problems in the import (listed above); nothing was imported${p.replaceHint ? REPLACE_HINT : ''}`,
    'import.more-problems': (p) => `… and ${p.count} more`,
    'import.unknown-format': () => 'cannot tell the format; give --format (csv-wide, csv-long, pqmethod, kade, htmlq, eqws, json or xlsx)',
    'json.invalid': (p) => `not valid JSON (${p.detail})`,
    'bulk.has-sort': (p) => `participant "${p.participant}" already has a sort (${p.place}); sorts imported in bulk are never replaced`,
    'bulk.locked': (p) => `${p.lock} exists: another import is writing ${p.file}; try again when it is done (remove the lock file if no import is running)`,
    'bulk.invalid-sort': (p) => `sort of "${p.participant}": ${sortProblemsText(p.problems, SORT_WORDS)}; nothing was imported`,
    'bulk.exists': (p) => `participant "${p.participant}" already has a sort (${p.twice === true ? 'twice in this import' : (p.place ?? '')}); nothing was imported`,
    'sorts.left-out': (p, r) => `left out ${p.problem.at?.file === p.file ? r.problem(p.problem) : `${p.file}: ${r.problem(p.problem)}`}`,
    'sorts.too-few': (p) => `the study in ${p.dir} has ${p.count} valid sort${p.count === 1 ? '' : 's'}; ${PURPOSE[p.purpose]} needs at least ${p.min} ("qsort list" shows them)`,
    'sort.problems': (p) => sortProblemsText(p.problems, SORT_WORDS),
    'sort.does-not-fit': (p) =>
      `the sort of "${p.participant}" does not fit the study: ${sortProblemsText(p.problems, SORT_WORDS)}${p.statements !== undefined ? ` (the study's statements are ${shortIdList(p.statements)})` : p.distribution !== undefined ? ` (the distribution is ${p.distribution})` : ''}`,
    'participant.empty': (p) => `${p.option ?? 'the participant id'} must not be empty`,
    'participant.control-characters': (p) => `${p.option ?? 'the participant id'} must be one line of text without control characters`,
    'participant.too-long': (p) => `${p.option ?? 'the participant id'} is ${p.length} characters long; use at most 100`,
    'add.scores-or-columns': () => 'give the sort either as --scores "S01=4,S02=-3,…" or as --columns "-4:S05 / -3:S12,S07 / …" (one of the two)',
    'notation.no-scores': () => 'no scores given; write them like "S01=4,S02=-3,…"',
    'notation.bad-item': (p) => `${p.item} must look like S01=4 (a statement id, "=", a score)`,
    'notation.bad-score': (p) => `${p.item}: the score ${p.score} is not a whole number`,
    'notation.no-columns': () => 'no columns given; write them like "-4:S05 / -3:S12,S07 / …"',
    'notation.column-without-score': (p) => `the column ${p.column} needs its score first, like "-4:S05" or "+1:S03,S08"`,
    'notation.column-bad-score': (p) => `the column ${p.column} starts with ${p.start}, not a whole-number score`,
    'notation.column-twice': (p) => `the column for score ${signed(p.score)} is given twice; put all its statements in one column`,
    'notation.statement-twice': (p) =>
      `statement ${p.statement} is given twice${p.typed === undefined ? '' : ` (as "${p.earlierTyped ?? ''}" and "${p.typed}")`}, with scores ${signed(p.earlierScore)} and ${signed(p.score)}`,
    'distribution.counts-and-scores': (p) => `${dist(p.source)}: needs as many counts as scores (got ${p.scores} scores, ${p.counts} counts)`,
    'distribution.score-not-whole': (p) => `${dist(p.source)}: score ${p.score} is not a whole number`,
    'distribution.not-consecutive': (p) => `${dist(p.source)}: scores must be consecutive (${p.before} is followed by ${p.after})`,
    'distribution.bad-count': (p) => `${dist(p.source)}: count ${p.count} for score ${p.score} is not a whole number ≥ 0`,
    'distribution.empty': (p) => `${dist(p.source)}: holds no statements`,
    'distribution.does-not-fit': (p) => {
      const diff = p.size - p.statements;
      const fix = diff > 0 ? `${diff} too many (take ${diff} from the counts)` : `${-diff} too few (add ${-diff} to the counts)`;
      return `${dist(p.source)}: the counts ${p.counts.join(',')} add up to ${p.size}, but there are ${p.statements} statements: ${fix}`;
    },
    'distribution.no-statements': (p) => `cannot build a distribution for ${p.statements} statements`,
    'distribution.empty-range': (p) => `score range ${p.lo}..${p.hi} is empty`,
    'distribution.range-too-wide': (p) => `score range ${p.lo}..${p.hi} has ${p.columns} columns, more than the ${p.statements} statements`,
    'distribution.not-whole': (p) => `${dist(p.source)}: ${p.what} "${p.text}" is not a whole number`,
    'distribution.bad-range': (p) => `${dist(p.source)}: range "${p.range}" must look like -4..4`,
    'distribution.backwards': (p) => `${dist(p.source)}: the range ${p.lo}..${p.hi} runs backwards`,
    'distribution.no-counts': (p) => `${dist(p.source)}: no counts given`,
    'distribution.range-needs-statements': (p) => `${dist(p.source)}: a range alone needs the number of statements`,
    'distribution.even-counts': (p) => `${dist(p.source)}: ${p.counts} counts cannot be centred on 0; give a range, e.g. "${p.example}"`,
    'distribution.range-and-counts': (p) => `${dist(p.source)}: the range ${p.lo}..${p.hi} has ${p.hi - p.lo + 1} scores but ${p.counts} counts are given`,
    'distribution.blank': () => 'distribution: empty',
    'distribution.no-sorts': () => 'no sorts to take the distribution from',
    'distribution.sorts-differ': (p) => `sort "${p.sort}" does not share the distribution of sort "${p.first}"; give --distribution to say which one is meant`,
  },
};

/** Every analysis warning in English (the same words as the analysis' own `message`). */
export const enWarnings: WarningTable = {
  MANUAL_FLAGS: (w) => {
    const list = (ids: readonly string[] | undefined): string => (ids && ids.length > 0 ? ids.join(', ') : 'none');
    if (w.sort === undefined) return `${w.factor ?? ''} is flagged by hand: ${list(w.sorts)} (the automatic flags were: ${list(w.before)})`;
    const where = w.flaggedOn ? `flagged by hand on ${w.flaggedOn}` : 'flagged nowhere by hand';
    return `sort ${w.sort}: its automatic flag on ${w.factor ?? ''} was removed (${where})`;
  },
  FACTOR_COUNT_REDUCED: (w) => `${w.asked ?? '?'} factors were asked for but only ${w.extracted ?? '?'} can be extracted (${w.rankOf === 'positive-eigenvalues' ? `the correlation matrix has ${w.rank ?? '?'} positive eigenvalues` : `the correlation matrix has rank ${w.rank ?? '?'}`})`,
  NEGATIVE_FLAG: (w) => `sort ${w.sort ?? ''} is flagged on ${w.factor ?? ''} with a negative loading (${(w.loading ?? 0).toFixed(3)}): it holds ${w.factor ?? ''} reversed (shown as "${w.factor ?? ''}, reversed"; --split-bipolar ${w.factor ?? ''} makes it a factor of its own)`,
  FACTOR_WITHOUT_FLAGS: (w) => `${w.factor ?? ''} has no flagged sorts, so it has no z-scores or factor array`,
  FACTOR_ARRAY_TIE: (w) => `${w.factor ?? ''}: statements ${(w.statements ?? []).join(', ')} have the same z-score (${(w.zScore ?? 0).toFixed(6)}); they were placed in statement order (${(w.values ?? []).join(', ')})`,
  CENTROID_NOT_CONVERGED: (w) => `centroid factor ${w.factor ?? ''} did not converge in ${w.iterations ?? '?'} iterations`,
  CENTROID_EMPTY_FACTOR: (w) => `centroid factor ${w.factor ?? ''} is empty: no common variance is left`,
  VARIMAX_NOT_CONVERGED: (w) => `varimax stopped after ${w.iterations ?? '?'} iterations without converging`,
  LOADING_AT_ONE: (w) => `${w.factor ?? ''} has flagged loadings of ±1; those sorts alone define it`,
  CONSTANT_FACTOR_SCORES: (w) => `${w.factor ?? ''}'s weighted scores are all equal, so it has no z-scores`,
};
