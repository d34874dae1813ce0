import { resolve } from 'node:path';
import type { Deps } from '../deps.ts';
import type { Lang } from '../core/types.ts';
import { pickLang, printJson, studyDir } from './context.ts';

export interface StatementsOptions {
  study?: string;
  lang?: Lang;
  json?: boolean;
  file?: string;
  builtin?: boolean;
}



export async function runStatements(opts: StatementsOptions, deps: Deps): Promise<void> {
      const { readStudy, studyExists } = await import('../study/study-folder.ts');
      const { builtinStatements, readStatementsFile } = await import('../formats/statements-file.ts');
      const { renderStatementList } = await import('../render/terminal/statement-list.ts');
      const dir = studyDir(opts, deps);
      const inStudy = !opts.builtin && !opts.file && (opts.study !== undefined || (await studyExists(dir)));
      const study = inStudy ? await readStudy(dir) : undefined;
      const lang = pickLang(opts.lang, study?.language, deps.env);
      const statements = opts.file ? await readStatementsFile(resolve(deps.cwd, opts.file), lang, opts.file) : (study?.statements ?? (await builtinStatements()));
      if (opts.json) {
        printJson(deps, { source: opts.file ?? (study ? dir : 'built-in'), statements });
        return;
      }
      deps.stdout.write(renderStatementList(statements, lang, deps.width()));
    }
