/** Exit codes of the qsort CLI (see README "Exit codes"). */
export const ExitCode = { Ok: 0, Internal: 1, Usage: 2, Data: 3, Io: 4, Aborted: 130 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error meant for the user: one clear line, a specific exit code, never a stack trace. */
export class QError extends Error {
  override name = 'QError';
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode, options?: ErrorOptions) {
    super(message, options);
    this.exitCode = exitCode;
  }
}

/** Bad command line: unknown option value, missing argument, no TTY for an interactive command. */
export class UsageError extends QError {
  override name = 'UsageError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, ExitCode.Usage, options);
  }
}

/** Bad input data: a malformed file, a sort that breaks the distribution, an unknown statement id. */
export class DataError extends QError {
  override name = 'DataError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, ExitCode.Data, options);
  }
}

/** A file-system or network failure: missing study, permission denied, disk full. */
export class IoError extends QError {
  override name = 'IoError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, ExitCode.Io, options);
  }
}

/** The user stopped an interactive command (Ctrl-C). */
export class AbortError extends QError {
  override name = 'AbortError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, ExitCode.Aborted, options);
  }
}

/** Turns a Node file-system error into an IoError naming the path. */
export function ioError(error: unknown, path: string, doing: string): QError {
  if (error instanceof QError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOENT' ? 'no such file or folder'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'ENOSPC' ? 'the disk is full'
    : code === 'EISDIR' ? 'is a folder, not a file'
    : code === 'ENOTDIR' ? 'a part of the path is not a folder'
    : error instanceof Error ? error.message : String(error);
  return new IoError(`cannot ${doing} ${path}: ${why}`, { cause: error });
}
