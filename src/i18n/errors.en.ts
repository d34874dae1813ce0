import type { IoDoing, IoReason, IoWhat } from '../errors.ts';
import type { ErrorTable, WarningTable } from './error-table.ts';

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
