/** Exit codes of the qsort CLI (see README "Exit codes"). */
export const ExitCode = { Ok: 0, Internal: 1, Usage: 2, Data: 3, Io: 4, Aborted: 130 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Options of a QError: the cause, and the message in Dutch (its twin; the English message is the error's own). */
export interface QErrorOptions extends ErrorOptions {
  /** The same one line in Dutch, shown instead of the message when the chosen language is nl. */
  readonly nl?: string | undefined;
  /** The message is already in this language (e.g. built from a participant's screen texts): main shows it as it is, with the prefix in that language. */
  readonly lang?: 'en' | 'nl' | undefined;
}

/**
 * An error meant for the user: one clear line, a specific exit code, never a
 * stack trace. `message` is English; `nl`, when given, is the same line in
 * Dutch (main prints it when the language is nl; see localMessage).
 */
export class QError extends Error {
  override name = 'QError';
  readonly exitCode: ExitCode;
  readonly nl: string | undefined;
  readonly lang: 'en' | 'nl' | undefined;
  constructor(message: string, exitCode: ExitCode, options?: QErrorOptions) {
    super(message, options);
    this.exitCode = exitCode;
    this.nl = options?.nl;
    this.lang = options?.lang;
  }
}

/** The error's line in a language: the Dutch twin for nl when it has one, else the English message (a message with a fixed `lang` as it is). */
export function localMessage(error: QError, lang: 'en' | 'nl'): string {
  return error.lang === undefined && lang === 'nl' && error.nl !== undefined ? error.nl : error.message;
}

/** Bad command line: unknown option value, missing argument, no TTY for an interactive command. */
export class UsageError extends QError {
  override name = 'UsageError';
  constructor(message: string, options?: QErrorOptions) {
    super(message, ExitCode.Usage, options);
  }
}

/** Bad input data: a malformed file, a sort that breaks the distribution, an unknown statement id. */
export class DataError extends QError {
  override name = 'DataError';
  constructor(message: string, options?: QErrorOptions) {
    super(message, ExitCode.Data, options);
  }
}

/** A participant who already has a sort in the study: a data conflict (exit 3), whichever command meets it. */
export class SortExistsError extends DataError {
  override name = 'SortExistsError';
}

/** A file-system or network failure: missing study, permission denied, disk full. */
export class IoError extends QError {
  override name = 'IoError';
  constructor(message: string, options?: QErrorOptions) {
    super(message, ExitCode.Io, options);
  }
}

/** The user stopped an interactive command (Ctrl-C). */
export class AbortError extends QError {
  override name = 'AbortError';
  constructor(message: string, options?: QErrorOptions) {
    super(message, ExitCode.Aborted, options);
  }
}

/** The Dutch verb of ioError's `doing` ("read the study" → "lezen"; the path already names what). */
function doingNl(doing: string): string {
  const verb = doing.split(' ')[0];
  return doing.startsWith('back up') ? 'veiligstellen'
    : verb === 'read' ? 'lezen'
    : verb === 'write' ? 'schrijven'
    : verb === 'create' ? 'aanmaken'
    : verb === 'remove' ? 'verwijderen'
    : verb === 'open' ? 'openen'
    : 'gebruiken';
}

/** Why a file-system operation failed, in a few words (English and Dutch): "the disk is full". */
export function ioReason(error: unknown): { readonly en: string; readonly nl: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const other = error instanceof Error ? error.message : String(error);
  const reasons: Record<string, readonly [string, string]> = {
    ENOENT: ['no such file or folder', 'dat bestand of die map bestaat niet'],
    EACCES: ['permission denied', 'geen toestemming'],
    EPERM: ['permission denied', 'geen toestemming'],
    ENOSPC: ['the disk is full', 'de schijf is vol'],
    EDQUOT: ['the disk quota is used up', 'het schijfquotum is op'],
    EROFS: ['the disk is read-only', 'de schijf is alleen-lezen'],
    EISDIR: ['is a folder, not a file', 'dat is een map, geen bestand'],
    ENOTDIR: ['a part of the path is not a folder', 'een deel van het pad is geen map'],
    ENAMETOOLONG: ['the file name is too long', 'de bestandsnaam is te lang'],
  };
  const known = code === undefined ? undefined : reasons[code];
  return known ? { en: known[0], nl: known[1] } : { en: other, nl: other };
}

/** Turns a Node file-system error into an IoError naming the path. */
export function ioError(error: unknown, path: string, doing: string): QError {
  if (error instanceof QError) return error;
  const why = ioReason(error);
  return new IoError(`cannot ${doing} ${path}: ${why.en}`, { cause: error, nl: `kan ${path} niet ${doingNl(doing)}: ${why.nl}` });
}
