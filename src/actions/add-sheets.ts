/**
 * `qsort add` in a terminal without --scores/--columns: the facilitator types
 * paper score sheets in, one after another, column by column (prompts/paper-sheet).
 * Each number is checked as it is typed; a finished sheet goes through the same
 * checks as every paper sort (core/paper-sort.ts) and is saved at once, so
 * Ctrl+C loses only the sheet being typed. With -p only that one sheet.
 */
import { stat } from 'node:fs/promises';
import type { Lang, Study } from '../core/types.ts';
import { QError } from '../errors.ts';
import type { Deps } from '../deps.ts';
import { pickLang, shownPath, studyDir } from './context.ts';

/** The cards as the sheet knows them: the labels printed on them (print cards) and how a typed label reads back. */
async function sheetCards(study: Study) {
  const { cardLabels, labelResolver } = await import('../core/card-labels.ts');
  return { labels: cardLabels(study.statements), ids: study.statements.map((s) => s.id), resolve: labelResolver(study.statements) };
}

async function hasSort(dir: string, participant: string): Promise<boolean> {
  const { sortPath } = await import('../study/study-folder.ts');
  const { bulkParticipants } = await import('../study/bulk-sorts.ts');
  return bulkParticipants(dir).has(participant) || (await stat(sortPath(dir, participant)).then(() => true, () => false));
}

/** The options of `qsort add` that typing sheets in uses. */
export interface SheetOptions {
  readonly participant?: string | undefined;
  readonly team?: string | undefined;
  readonly lang?: Lang | undefined;
  readonly comment?: string | undefined;
  readonly replace?: boolean | undefined;
  readonly study?: string;
}

/** Whose sort, for messages: "anne" (team sales), as `qsort add` says it. */
const sortOwner = (who: { participant: string; team?: string }): string => `"${who.participant}"${who.team ? ` (team ${who.team})` : ''}`;

export async function typeInSheets(opts: SheetOptions, deps: Deps): Promise<void> {
  const { paperErrors, paperTexts } = await import('../i18n/paper.ts');
  if (!deps.isInteractive) throw paperErrors.needTerminal();
  const { readStudy, saveSort, newSortId } = await import('../study/study-folder.ts');
  const { buildPaperSort, checkParticipantId } = await import('../core/paper-sort.ts');
  const { columnsNotation } = await import('../core/paper-sheet.ts');
  const { input } = await import('@inquirer/prompts');
  const { default: paperSheet } = await import('../prompts/paper-sheet/index.ts');
  const { makeSortStyle } = await import('../prompts/theme.ts');
  const { commandTexts } = await import('../i18n/commands.ts');
  const dir = studyDir(opts, deps);
  const study = await readStudy(dir);
  const lang = pickLang(opts.lang, study.language, deps.env);
  const t = paperTexts(lang);
  const cards = await sheetCards(study);
  const columns = study.distribution.scores.map((score, i) => ({ score, count: study.distribution.counts[i] ?? 0 }));
  const context = { input: deps.stdin, output: deps.stdout };
  const style = makeSortStyle(deps.colorLevel);
  let typed = 0;
  for (;;) {
    const participant = opts.participant ?? (await input({ message: t.whose, validate: (v) => v.trim() === '' || validId(v, checkParticipantId, lang) }, context)).trim();
    if (participant === '') break;
    const who = sortOwner({ participant, ...(opts.team ? { team: opts.team } : {}) });
    if (!opts.replace && (await hasSort(dir, participant))) {
      if (opts.participant !== undefined) throw paperErrors.alreadyHasSort(who);
      deps.stdout.write(`${style.error(t.alreadyHasSort(who))}\n`);
      continue;
    }
    const team = opts.team ?? (opts.participant !== undefined ? '' : (await input({ message: t.team }, context)).trim());
    const owner = sortOwner({ participant, ...(team ? { team } : {}) });
    const sheet = await paperSheet({ columns, cards, texts: { heading: t.heading(owner), instruction: t.instruction(cards.ids.length), column: t.column, left: t.left, lastColumn: t.lastColumn, keys: t.keys, problem: t.problem }, doneText: t.sheetDone(owner), style, width: deps.width() }, context);
    const record = buildPaperSort(study, { participant, team, language: opts.lang, columns: columnsNotation(sheet), comment: opts.comment, sortId: newSortId(), enteredAt: deps.now().toISOString() });
    let backup: string | undefined;
    const path = await saveSort(dir, study, record, { replace: opts.replace === true, now: deps.now(), onReplaced: (p) => (backup = p) });
    const said = commandTexts(lang);
    deps.stdout.write(`${backup !== undefined ? said.replaced(owner, shownPath(deps, path), shownPath(deps, backup)) : said.saved(owner, shownPath(deps, path))}\n`);
    typed++;
    if (opts.participant !== undefined) break;
  }
  if (opts.participant === undefined) deps.stdout.write(`${t.typedIn(typed)}\n`);
}

/** An id the prompt accepts, or the reason it does not (checkParticipantId's message). */
function validId(value: string, check: (id: string) => string, lang: Lang): true | string {
  try {
    check(value);
    return true;
  } catch (error) {
    if (error instanceof QError) return lang === 'nl' ? (error.nl ?? error.message) : error.message;
    return String(error);
  }
}
