import type { AnalysisWarning, WarningCode } from '../analysis/warnings.ts';
import type { ErrorCode, ErrorParams, Place, Problem } from '../errors.ts';

/** The shape of one language's table of errors and warnings (errors.en.ts, errors.nl.ts, …; rendered by errors.ts). */

/** What a table's text can call: a nested problem, a place, in the same language. */
export interface Render {
  readonly problem: (problem: Problem) => string;
  readonly place: (place: Place) => string;
}

/** One language's texts: every error code, the place words, the line prefixes. */
export interface ErrorTable {
  readonly codes: { readonly [C in ErrorCode]: (params: ErrorParams[C], r: Render) => string };
  /** "participant", "statement" in a place ("a.csv:3, participant "P", statement S05"). */
  readonly participant: string;
  readonly statement: string;
  /** The prefix of an error line ("error" → "error: …"). */
  readonly error: string;
  /** The prefix of a warning line. */
  readonly warning: string;
  /** What main prints when the user stops a prompt with Ctrl-C. */
  readonly aborted: string;
  /** The line of an error that is a bug in qsort. */
  readonly internal: (detail: string) => string;
}

/** Every analysis warning in one language. */
export type WarningTable = { readonly [C in WarningCode]: (w: AnalysisWarning) => string };

