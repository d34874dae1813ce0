import type { Command } from 'commander';
import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { addStudyOption, langOption, pickLang, studyDir } from './shared.ts';

interface SortOptions {
  study?: string;
  participant?: string;
  team?: string;
  lang?: Lang;
}

/** A shell-safe rendering of an argument, for the printed resume command. */
function shellArg(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export function registerSort(program: Command, deps: Deps): void {
  addStudyOption(program.command('sort').description('a participant sorts the statements (interactive: pre-sort, grid, review, questions)'))
    .option('--participant <id>', 'the participant name or code (asked on screen when absent)')
    .option('--team <team>', 'the team or group of the participant')
    .addOption(langOption("interface language (default: the study's, else $LANG)"))
    .addHelpText(
      'after',
      `
Every key press is saved to drafts/<participant>.json; run the same command again
to continue a sort that was interrupted (Ctrl-C, a closed window, a crash).
The finished sort goes to sorts/<participant>.json and is never overwritten.

Examples:
  $ qsort sort --study my-study
  $ qsort sort --study my-study --participant P07 --team nursing --lang nl`,
    )
    .action(async (opts: SortOptions) => {
      if (!deps.isInteractive) {
        throw new UsageError('sorting needs an interactive terminal; to enter a sort from paper use "qsort add", to load sorts from a file use "qsort import"');
      }
      const { randomBytes } = await import('node:crypto');
      const { readStudy, studyExists, newSortId } = await import('../study/study-folder.ts');
      const { runSort, studyFolderSink, terminalUi, makeSortStyle } = await import('../sort-flow/index.ts');
      const dir = studyDir(opts, deps);
      const style = makeSortStyle(deps.colorLevel);
      const ui = await terminalUi(deps.stdout, style, deps.stdin);
      if (!(await studyExists(dir))) {
        const { offerDefaultStudy } = await import('../sort-flow/default-study.ts');
        await offerDefaultStudy(dir, ui, pickLang(opts.lang, undefined, deps.env), deps.now());
      }
      const study = await readStudy(dir);
      const lang = pickLang(opts.lang, study.language, deps.env);
      await runSort({
        study,
        sink: studyFolderSink(dir, study),
        ui,
        lang,
        participant: opts.participant,
        team: opts.team,
        style,
        messages: deps.stderr,
        resumeCommand: (p) => `qsort sort${opts.study ? ` --study ${shellArg(opts.study)}` : ''} --participant ${shellArg(p)}${opts.lang ? ` --lang ${opts.lang}` : ''}`,
        now: deps.now,
        newSeed: () => randomBytes(4).readUInt32BE(0),
        newSortId,
      });
    });
}
