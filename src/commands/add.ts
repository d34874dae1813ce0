import { Option } from 'commander';
import type { Command } from 'commander';
import type { PaperSortInput, SortTarget } from '../core/paper-sort.ts';
import type { Lang, SortRecord } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { addStudyOption, langOption, pickLang, printJson, shownPath, studyDir } from './shared.ts';

export interface AddOptions {
  participant: string;
  team?: string;
  scores?: string;
  columns?: string;
  lang?: Lang;
  comment?: string;
  replace?: boolean;
  study?: string;
  json?: boolean;
  /** Send to a workshop server (`qsort serve`) instead of saving locally. */
  to?: string;
  code?: string;
}

/**
 * The sort described by `qsort add`'s options, built and validated against `target`
 * (a local study, or one fetched from a server). This is the one place that turns
 * the options into a SortRecord; a front end that delivers the sort elsewhere
 * (e.g. `--to URL --code CODE`) calls it and then sends the record instead of
 * saving it.
 */
export async function sortRecordFromOptions(target: SortTarget, opts: AddOptions, deps: Deps): Promise<SortRecord> {
  const { buildPaperSort } = await import('../core/paper-sort.ts');
  const { newSortId } = await import('../study/study-folder.ts');
  const input: PaperSortInput = {
    participant: opts.participant,
    team: opts.team,
    language: opts.lang,
    scores: opts.scores,
    columns: opts.columns,
    comment: opts.comment,
    sortId: newSortId(),
    enteredAt: deps.now().toISOString(),
  };
  return buildPaperSort(target, input);
}

/** Whose sort, for messages: "anne" (team sales) — the same words in Dutch. */
export const sortOwner = (record: Pick<SortRecord, 'participant' | 'team'>): string => `"${record.participant}"${record.team ? ` (team ${record.team})` : ''}`;

/** Saves the sort into the local study folder and reports where it went. */
async function saveAddedSort(opts: AddOptions, deps: Deps): Promise<void> {
  const { readStudy, saveSort } = await import('../study/study-folder.ts');
  const dir = studyDir(opts, deps);
  const study = await readStudy(dir);
  const record = await sortRecordFromOptions(study, opts, deps);
  let backup: string | undefined;
  const path = await saveSort(dir, study, record, { replace: opts.replace === true, now: deps.now(), onReplaced: (p) => (backup = p) });
  if (opts.json) {
    printJson(deps, { saved: path, replaced: backup !== undefined, ...(backup !== undefined ? { backup } : {}), sort: record });
    return;
  }
  const who = sortOwner(record);
  const { commandTexts } = await import('../i18n/commands.ts');
  const t = commandTexts(pickLang(opts.lang, study.language, deps.env));
  deps.stdout.write(`${backup !== undefined ? t.replaced(who, shownPath(deps, path), shownPath(deps, backup)) : t.saved(who, shownPath(deps, path))}\n`);
}

export function registerAdd(program: Command, deps: Deps): void {
  addStudyOption(
    program
      .command('add')
      .description('type in a sort done on paper cards (validated against the study, then saved)')
      .requiredOption('-p, --participant <id>', 'the participant id (a name or a code)')
      .option('-t, --team <name>', 'the team or group the participant belongs to')
      .addOption(new Option('--scores <list>', 'the score of every statement: "S01=4,S02=-3,…"').conflicts('columns'))
      .addOption(new Option('--columns <grid>', 'the grid column by column: "-4:S05 / -3:S12,S07 / …"'))
      .addOption(langOption("the language the participant sorted in (default: the study's)"))
      .option('--comment <text>', "the participant's comment, if any")
      .option('--replace', 'replace an existing sort of this participant (the old one is kept as a backup)')
      .option('--json', 'print the saved sort as JSON on stdout')
      .option('--to <url>', 'send the sort to a workshop server (qsort serve) instead of saving it here')
      .option('--code <code>', "the workshop server's session code (with --to)"),
  )
    .addHelpText(
      'after',
      `
Give the sort one of two ways:
  --scores   every statement with its score; "=" or ":", separated by commas
             or spaces
  --columns  the grid as you read it off the table, from the left: each column's
             score, a colon, then its cards; columns separated by "/"
Ids may be typed loosely: "s5" or "5" mean S05 when that is unambiguous.
The sort must use every statement exactly once and fill each column exactly.

Examples:
  $ qsort add -p anne -t sales --scores "S01=4,S02=3,S03=3,S04=2,…,S24=-4"
  $ qsort add -p bram --columns "-4:S07 / -3:S12,S21 / … / +4:S01"
  $ qsort add -p anne --replace --columns "…"   replaces anne's sort (backup)
  $ qsort add -p carla --scores "…" --to http://192.168.1.20:8080 --code K7PM3Q
                                               sends it to the workshop server`,
    )
    .action(async (opts: AddOptions) => {
      if (opts.to !== undefined || opts.code !== undefined) {
        const { sendAddedSort } = await import('../server/send-added-sort.ts');
        await sendAddedSort(opts, deps);
        return;
      }
      await saveAddedSort(opts, deps);
    });
}
