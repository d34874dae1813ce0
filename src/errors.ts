/** Exit codes of the qsort CLI (see README "Exit codes"). */
export const ExitCode = { Ok: 0, Internal: 1, Usage: 2, Data: 3, Io: 4, Aborted: 130 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * Errors as codes. Every error a user can see is a code with typed params; its
 * text lives in the language tables of src/i18n/errors.*.ts (one table per
 * language), which render it. To add an error: a line here (code → params), a
 * line in each table (the compiler asks for it), then `throw new DataError('code', { … })`.
 */

/** Where in an input a problem is: every field optional, printed in a fixed order ("file:line:column, participant "P", statement S05"). */
export interface Place {
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  /** A record key, an option name or another pointer (language-neutral: `sorts[2]`, `--scores`). */
  readonly where?: string | undefined;
  readonly participant?: string | undefined;
  readonly statement?: string | undefined;
}

/** What ioError was doing when the file system said no. */
export type IoDoing = 'read' | 'write' | 'create' | 'remove' | 'open' | 'back-up' | 'use';
/** What the file is, when the path alone does not say it. */
export type IoWhat = 'file' | 'study' | 'sort' | 'sorts' | 'draft' | 'statements' | 'builtin-statements' | 'plan';
/** Why the file system said no (the Node error code, or `other` with the system's own words in `detail`). */
export type IoReason = 'ENOENT' | 'EACCES' | 'ENOSPC' | 'EDQUOT' | 'EROFS' | 'EISDIR' | 'ENOTDIR' | 'ENAMETOOLONG' | 'other';

/**
 * The catalogue: every error code and the params its text needs. Codes are
 * `area.what` in kebab-case. A param of type Problem is a nested message,
 * rendered in the same language.
 */
export interface ErrorParams {
  /** TRANSITION ONLY (removed once every call site has a code): an old English message with its Dutch twin. */
  'legacy.text': { readonly en: string; readonly nl?: string | undefined };
  /** An error message from the outside world (a library, the operating system), shown as it is, in every language. */
  'raw': { readonly text: string };
  /** The file system refused: "cannot read a.csv: permission denied". */
  'io.failed': { readonly path: string; readonly doing: IoDoing; readonly what?: IoWhat | undefined; readonly reason: IoReason; readonly detail?: string | undefined };
  /** Only why the file system said no ("the disk is full"), to put inside another message. */
  'io.reason': { readonly reason: IoReason; readonly detail?: string | undefined };
  'study.exists': { readonly path: string };
  'study.missing': { readonly dir: string; readonly file: string };
  'study.is-a-file': { readonly dir: string; readonly file: string; readonly folder?: string | undefined };
  'export.pqmethod-needs-out': Record<never, never>;
  /** serve: the study's SSH host key file is not an ed25519 private key. */
  'ssh.bad-host-key': { readonly path: string };
  /** serve: the SSH port cannot be used (EADDRINUSE, EACCES) or another listen failure (`detail`). */
  'ssh.port-in-use': { readonly port: number };
  'ssh.port-denied': { readonly port: number };
  'ssh.listen-failed': { readonly port: number; readonly detail: string };
}

export type ErrorCode = keyof ErrorParams;

/** A coded message: what an error says, without its exit code (a problem in a list, the cause inside another message). */
export type Problem<C extends ErrorCode = ErrorCode> = {
  readonly [K in C]: { readonly code: K; readonly params: ErrorParams[K]; readonly at?: Place | undefined };
}[C];

/** Options of a QError. */
export interface QErrorOptions extends ErrorOptions {
  /** TRANSITION ONLY: the Dutch twin of an old English message (`new DataError('English', { nl })`). */
  readonly nl?: string | undefined;
  /** Where the problem is: rendered before the text ("a.csv:3:2, participant "P": …"). */
  readonly at?: Place | undefined;
  /** The error is in this language whatever the user's (it quotes a participant's own screen). */
  readonly lang?: string | undefined;
}

/** How a problem is turned into text; src/i18n/errors.ts installs the real one when it is loaded. */
export type ProblemRenderer = (problem: Problem, lang: string) => string;

/** Until the tables are loaded: the code and its params, readable enough for a log. */
let render: ProblemRenderer = (p) => `${p.code} ${JSON.stringify(p.params)}`;

/** Installs the renderer (src/i18n/errors.ts does this once; nothing else should). */
export function setProblemRenderer(renderer: ProblemRenderer): void {
  render = renderer;
}

/** A problem as text in a language (the English text is every QError's `message`). */
export function renderProblem(problem: Problem, lang: string): string {
  return render(problem, lang);
}

/**
 * An error meant for the user: a code and its params, a specific exit code,
 * never a stack trace. `message` is the English text (for logs and tests);
 * main prints it in the user's language through src/i18n/errors.ts.
 */
export class QError<C extends ErrorCode = ErrorCode> extends Error {
  override name = 'QError';
  readonly code: C;
  readonly params: ErrorParams[C];
  readonly at: Place | undefined;
  readonly exitCode: ExitCode;
  readonly lang: string | undefined;
  constructor(exitCode: ExitCode, code: C, params: ErrorParams[C], options?: QErrorOptions) {
    super(render({ code, params, at: options?.at } as Problem, 'en'), options);
    this.code = code;
    this.params = params;
    this.at = options?.at;
    this.exitCode = exitCode;
    this.lang = options?.lang;
  }

  /** What the error says, without its exit code: to put in a list of problems or inside another message. */
  get problem(): Problem {
    return { code: this.code, params: this.params, at: this.at } as Problem;
  }

  /** TRANSITION ONLY: the Dutch text (an old error's twin, when it has one). */
  get nl(): string | undefined {
    if (this.code === 'legacy.text') return (this.params as ErrorParams['legacy.text']).nl;
    return render(this.problem, 'nl');
  }
}

/** A code looks like `area.what` (no spaces); an old English message never does. */
const isCode = (s: string): boolean => /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/.test(s);

/** A subclass' arguments as a code, params and options (during the transition: an English message and its Dutch twin become `legacy.text`). */
function coded<C extends ErrorCode>(first: string, second: unknown, third: QErrorOptions | undefined): [C, ErrorParams[C], QErrorOptions | undefined] {
  if (isCode(first)) return [first as C, second as ErrorParams[C], third];
  const options = second as QErrorOptions | undefined;
  return ['legacy.text' as C, { en: first, nl: options?.nl } as ErrorParams[C], options];
}

/** Bad command line: unknown option value, missing argument, no TTY for an interactive command. */
export class UsageError<C extends ErrorCode = ErrorCode> extends QError<C> {
  override name = 'UsageError';
  constructor(code: C, params: ErrorParams[C], options?: QErrorOptions);
  /** @deprecated during the transition only: give a code and params. */
  constructor(message: string, options?: QErrorOptions);
  constructor(first: string, second?: unknown, third?: QErrorOptions) {
    super(ExitCode.Usage, ...coded<C>(first, second, third));
  }
}

/** Bad input data: a malformed file, a sort that breaks the distribution, an unknown statement id. */
export class DataError<C extends ErrorCode = ErrorCode> extends QError<C> {
  override name = 'DataError';
  constructor(code: C, params: ErrorParams[C], options?: QErrorOptions);
  /** @deprecated during the transition only: give a code and params. */
  constructor(message: string, options?: QErrorOptions);
  constructor(first: string, second?: unknown, third?: QErrorOptions) {
    super(ExitCode.Data, ...coded<C>(first, second, third));
  }
}

/** A participant who already has a sort in the study: a data conflict (exit 3), whichever command meets it. */
export class SortExistsError<C extends ErrorCode = ErrorCode> extends DataError<C> {
  override name = 'SortExistsError';
}

/** A file-system or network failure: missing study, permission denied, disk full. */
export class IoError<C extends ErrorCode = ErrorCode> extends QError<C> {
  override name = 'IoError';
  constructor(code: C, params: ErrorParams[C], options?: QErrorOptions);
  /** @deprecated during the transition only: give a code and params. */
  constructor(message: string, options?: QErrorOptions);
  constructor(first: string, second?: unknown, third?: QErrorOptions) {
    super(ExitCode.Io, ...coded<C>(first, second, third));
  }
}

/** The user stopped an interactive command (Ctrl-C). */
export class AbortError<C extends ErrorCode = ErrorCode> extends QError<C> {
  override name = 'AbortError';
  constructor(code: C, params: ErrorParams[C], options?: QErrorOptions);
  /** @deprecated during the transition only: give a code and params. */
  constructor(message: string, options?: QErrorOptions);
  constructor(first: string, second?: unknown, third?: QErrorOptions) {
    super(ExitCode.Aborted, ...coded<C>(first, second, third));
  }
}

const IO_REASONS: readonly IoReason[] = ['ENOENT', 'EACCES', 'ENOSPC', 'EDQUOT', 'EROFS', 'EISDIR', 'ENOTDIR', 'ENAMETOOLONG'];

/** Why a file-system operation failed: the Node error code qsort has words for (EPERM is EACCES), else `other` with the system's own words. */
export function ioReason(error: unknown): { readonly reason: IoReason; readonly detail?: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason: IoReason = code === 'EPERM' ? 'EACCES' : IO_REASONS.find((r) => r === code) ?? 'other';
  return reason === 'other' ? { reason, detail: error instanceof Error ? error.message : String(error) } : { reason };
}

/** Turns a Node file-system error into an IoError naming the path (`what`: what the file is, e.g. "the study"). */
export function ioError(error: unknown, path: string, doing: IoDoing, what?: IoWhat): QError {
  if (error instanceof QError) return error;
  return new IoError('io.failed', { path, doing, what, ...ioReason(error) }, { cause: error });
}
