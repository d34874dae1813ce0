import type { Command } from 'commander';
import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { addStudyOption, langOption, pickLang, shellArg, studyDir } from './shared.ts';

interface SortOptions {
  study?: string;
  participant?: string;
  team?: string;
  lang?: Lang;
  join?: string;
  code?: string;
}

export function registerSort(program: Command, deps: Deps): void {
  addStudyOption(program.command('sort').description('a participant sorts the statements (interactive: pre-sort, grid, review, questions)'))
    .option('--participant <id>', 'the participant name or code (asked on screen when absent)')
    .option('--team <team>', 'the team or group of the participant')
    .addOption(langOption("interface language (default: the study's, else $LANG)"))
    .option('--join <url>', 'sort for a workshop server: its address, as the facilitator shows it (with --code)')
    .option('--code <code>', 'the session code of the workshop server (with --join)')
    .addHelpText(
      'after',
      `
Every key press is saved to drafts/<participant>.json; run the same command
again to continue a sort that was interrupted (Ctrl-C, a closed window, a
crash).
The finished sort goes to sorts/<participant>.json and is never overwritten.

Examples:
  $ qsort sort --study my-study
  $ qsort sort --study my-study --participant P07 --team nursing --lang nl

With --join the study comes from the facilitator's computer and the finished
sort goes there; drafts and unsent sorts are kept in $QSORT_HOME/joined/
(default ~/.qsort/joined/), and "qsort sync" resends what was not delivered:
  $ qsort sort --join http://192.168.1.20:8080 --code K7PM3Q --participant P07`,
    )
    .action(async (opts: SortOptions) => {
      // usage errors first: the command line is checked before the terminal is
      const requireTerminal = (): void => {
        if (!deps.isInteractive) {
          throw new UsageError('sorting needs an interactive terminal; to enter a sort from paper use "qsort add", to load sorts from a file use "qsort import"');
        }
      };
      if (opts.join !== undefined || opts.code !== undefined) {
        if (opts.join === undefined) throw new UsageError('--code goes with --join: the address of the workshop server');
        if (opts.study !== undefined) throw new UsageError('--study and --join exclude each other: with --join the study comes from the workshop server');
        const { joinSettings, runJoin } = await import('../server/run-join.ts');
        const server = opts.join;
        joinSettings({ ...opts, join: server }, deps);
        requireTerminal();
        await runJoin({ ...opts, join: server }, deps, (p) => `qsort sort --join ${shellArg(server)} --code ${shellArg(opts.code ?? '')} --participant ${shellArg(p)}${opts.lang ? ` --lang ${opts.lang}` : ''}`);
        return;
      }
      requireTerminal();
      const { assertNotAFile, readStudy, studyExists } = await import('../study/study-folder.ts');
      const { runSort, studyFolderSink, terminalUi, makeSortStyle } = await import('../sort-flow/index.ts');
      const dir = studyDir(opts, deps);
      await assertNotAFile(dir);
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
        resumeCommand: (p) => `qsort sort${opts.study ? ` --study ${shellArg(opts.study)}` : ''} --participant ${shellArg(p)}${opts.lang ? ` --lang ${opts.lang}` : ''}`,
        now: deps.now,
      });
    });
}
