import type { Deps } from '../deps.ts';
import { pickLang, printJson, studyDir } from './context.ts';

export interface ListOptions {
  study?: string;
  json?: boolean;
}



export async function runList(opts: ListOptions, deps: Deps): Promise<void> {
      const { stat } = await import('node:fs/promises');
      const { readStudy, readAllSorts, listDrafts, draftPath, participantFromFileName } = await import('../study/study-folder.ts');
      const { sortListEntries, renderSortList } = await import('../render/terminal/sort-list.ts');
      const dir = studyDir(opts, deps);
      const study = await readStudy(dir);
      const modified = (file: string): Promise<string | undefined> => stat(file).then((s) => s.mtime.toISOString(), () => undefined);
      const stored = await readAllSorts(dir, study);
      const sorts = await Promise.all(
        stored.map(async (s) => {
          const date = await modified(s.file);
          return { ...s, fileParticipant: participantFromFileName(s.file), ...(date !== undefined ? { modified: date } : {}) };
        }),
      );
      const drafts = await Promise.all(
        (await listDrafts(dir)).map(async (participant) => {
          const file = draftPath(dir, participant);
          const date = await modified(file);
          return { participant, file, ...(date !== undefined ? { modified: date } : {}) };
        }),
      );
      const entries = sortListEntries(study, { sorts, drafts });
      if (opts.json) {
        const count = (status: string) => entries.filter((e) => e.status === status).length;
        printJson(deps, {
          study: dir,
          title: study.title,
          statementCount: study.statements.length,
          counts: { valid: count('valid'), invalid: count('invalid'), drafts: count('draft') },
          sorts: entries,
        });
        return;
      }
      const { commandTexts } = await import('../i18n/commands.ts');
      const lang = pickLang(undefined, study.language, deps.env);
      const shown = lang === 'en' ? entries : sortListEntries(study, { sorts, drafts }, lang);
      if (entries.length === 0) {
        deps.stderr.write(`${commandTexts(lang).noSorts(dir)}\n`);
        return;
      }
      let style: { bad: (t: string) => string; pending: (t: string) => string } | undefined;
      if (deps.colorLevel > 0) {
        const { Chalk } = await import('chalk');
        const chalk = new Chalk({ level: deps.colorLevel });
        style = { bad: (t) => chalk.red(t), pending: (t) => chalk.yellow(t) };
      }
      deps.stdout.write(renderSortList(shown, deps.width(), style, lang));
    }
