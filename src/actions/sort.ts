import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { pickLang, shellArg, studyDir } from './context.ts';
import { sortUi, wantsAccessible } from './sort-ui.ts';
import { guardTerminal } from './terminal-guard.ts';

export interface SortOptions {
  study?: string;
  participant?: string;
  team?: string;
  lang?: Lang;
  join?: string;
  code?: string;
  accessible?: boolean;
}




export async function runSortCommand(opts: SortOptions, deps: Deps): Promise<void> {
      // usage errors first: the command line is checked before the terminal is
      const requireTerminal = (): void => {
        if (!deps.isInteractive) {
          throw new UsageError('sorting needs an interactive terminal; to enter a sort from paper use "qsort add", to load sorts from a file use "qsort import"');
        }
      };
      if (opts.join !== undefined || opts.code !== undefined) {
        if (opts.join === undefined) throw new UsageError('--code goes with --join: the address of the workshop server');
        if (opts.study !== undefined) throw new UsageError('--study and --join exclude each other: with --join the study comes from the workshop server');
        const { joinSettings, runJoin } = await import('../actions/join.ts');
        const server = opts.join;
        joinSettings({ ...opts, join: server }, deps);
        requireTerminal();
        await runJoin({ ...opts, join: server, accessible: wantsAccessible(opts, deps) }, deps, (p) => `qsort sort --join ${shellArg(server)} --code ${shellArg(opts.code ?? '')} --participant ${shellArg(p)}${opts.lang ? ` --lang ${opts.lang}` : ''}${opts.accessible ? ' --accessible' : ''}`);
        return;
      }
      requireTerminal();
      const { assertNotAFile, readStudy, studyExists } = await import('../study/study-folder.ts');
      const { runSort, studyFolderSink, makeSortStyle } = await import('../sort-flow/index.ts');
      const dir = studyDir(opts, deps);
      await assertNotAFile(dir);
      const style = makeSortStyle(deps.colorLevel);
      const accessible = wantsAccessible(opts, deps);
      const guard = guardTerminal(deps, { lineMode: accessible });
      const uis: { close?: () => void }[] = [];
      const makeUi = async (lang: Lang) => {
        const ui = await sortUi(deps, style, lang, accessible, guard.signal);
        uis.push(ui);
        return ui;
      };
      try {
        if (!(await studyExists(dir))) {
          const { offerDefaultStudy } = await import('../sort-flow/default-study.ts');
          const lang = pickLang(opts.lang, undefined, deps.env);
          const first = await makeUi(lang);
          await offerDefaultStudy(dir, first, lang, deps.now());
          first.close?.();
        }
        const study = await readStudy(dir);
        const lang = pickLang(opts.lang, study.language, deps.env);
        await runSort({
          study,
          sink: studyFolderSink(dir, study),
          ui: await makeUi(lang),
          lang,
          participant: opts.participant,
          team: opts.team,
          style,
          resumeCommand: (p) => `qsort sort${opts.study ? ` --study ${shellArg(opts.study)}` : ''} --participant ${shellArg(p)}${opts.lang ? ` --lang ${opts.lang}` : ''}${accessible && opts.accessible ? ' --accessible' : ''}`,
          now: deps.now,
        });
      } finally {
        for (const ui of uis) ui.close?.();
        guard.release();
      }
    }
