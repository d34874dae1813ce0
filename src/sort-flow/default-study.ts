import { DEFAULT_DISTRIBUTION, newStudy } from '../core/study-defaults.ts';
import type { Lang } from '../core/types.ts';
import { sortTexts } from '../i18n/sort.ts';
import { builtinStatements } from '../formats/statements-file.ts';
import { createStudy, noStudyError } from '../study/study-folder.ts';
import type { SortUi } from './ui.ts';

/**
 * `qsort sort --study DIR` on a folder without a study (as `npm start` does on
 * a fresh checkout): offer to create one there with the 24 built-in statements,
 * like `qsort init DIR`. Declining stops with the usual "no study" error.
 */
export async function offerDefaultStudy(dir: string, ui: SortUi, lang: Lang, now: Date): Promise<void> {
  const texts = sortTexts(lang);
  const answer = await ui.choose({
    message: texts.noStudy(dir),
    choices: [
      { value: 'create', name: texts.createDefaultStudy },
      { value: 'stop', name: texts.dontCreateStudy },
    ],
    help: texts.keys.select,
  });
  if (answer !== 'create') throw noStudyError(dir);
  const study = newStudy({ statements: await builtinStatements(), distribution: DEFAULT_DISTRIBUTION, language: lang, createdAt: now.toISOString() });
  await createStudy(dir, study);
}
