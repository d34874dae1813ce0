/**
 * The participant's sort as a reusable flow. To run it against another store
 * (a server), implement SortSink and call runSort with the Study and that sink:
 *
 *   const ui = await terminalUi(process.stdout, makeSortStyle(level));
 *   await runSort({ study, sink: mySink, ui, lang, participant, style,
 *                   resumeCommand, now: () => new Date() });
 */
export { runSort, AlreadySortedError } from './run-sort.ts';
export type { RunSortOptions, SortOutcome } from './run-sort.ts';
export { studyFolderSink } from './sink.ts';
export type { SortSink, SortProgress } from './sink.ts';
export { terminalUi } from './ui.ts';
export type { SortUi, TextQuestion, ChoiceQuestion } from './ui.ts';
export type { SortDraft, SortStep } from './draft.ts';
export { makeSortStyle } from '../prompts/theme.ts';
