import type { Lang } from '../core/types.ts';
import type { Deps } from '../deps.ts';
import { pickLang, printJson, shownPath, studyDir } from './context.ts';

interface PrintCommon {
  study?: string;
  paper: 'a4' | 'letter';
  lang?: Lang;
  out?: string;
  force?: boolean;
  json?: boolean;
}

export interface PrintCardsOptions extends PrintCommon {
  /** "8" or "12" (commander's choice). */
  perPage: string;
  duplex?: boolean;
}

export interface PrintSheetOptions extends PrintCommon {
  copies: number;
}

/** The PDF's path: --out, else NAME in the study folder; refused when it exists, unless --force. */
async function target(opts: PrintCommon, deps: Deps, dir: string, name: string): Promise<string> {
  const { resolve, join } = await import('node:path');
  const { stat } = await import('node:fs/promises');
  const path = opts.out !== undefined ? resolve(deps.cwd, opts.out) : join(dir, name);
  const exists = await stat(path).then(() => true, () => false);
  if (exists && !opts.force) {
    const { paperErrors } = await import('../i18n/paper.ts');
    throw paperErrors.exists(shownPath(deps, path));
  }
  return path;
}

/** `qsort print cards`: the statements as cards (PDF), written atomically. */
export async function runPrintCards(opts: PrintCardsOptions, deps: Deps): Promise<void> {
  const { readStudy } = await import('../study/study-folder.ts');
  const { cardLabels } = await import('../core/card-labels.ts');
  const { cardsPdf } = await import('../render/pdf/cards.ts');
  const { writeFileAtomic } = await import('../study/atomic.ts');
  const { paperErrors, paperTexts } = await import('../i18n/paper.ts');
  const dir = studyDir(opts, deps);
  const study = await readStudy(dir);
  const lang = opts.lang ?? study.language;
  const back: Lang = lang === 'nl' ? 'en' : 'nl';
  const labels = cardLabels(study.statements);
  const cards = study.statements.map((s, i) => {
    const front = s.text[lang] ?? s.text[back] ?? '';
    if (!opts.duplex) return { id: s.id, label: labels[i]!, text: front };
    const other = s.text[back];
    if (other === undefined || other.trim() === '') throw paperErrors.noBackText(s.id, back);
    return { id: s.id, label: labels[i]!, text: front, back: other };
  });
  const perPage = opts.perPage === '12' ? 12 : 8;
  const path = await target(opts, deps, dir, 'cards.pdf');
  const bytes = await cardsPdf({ title: study.title, cards, paper: opts.paper, perPage, duplex: opts.duplex === true, lang, createdAt: deps.now() });
  await writeFileAtomic(path, bytes);
  const pages = Math.ceil(cards.length / perPage) * (opts.duplex ? 2 : 1);
  if (opts.json) {
    printJson(deps, { file: path, cards: cards.length, pages, paper: opts.paper, perPage, duplex: opts.duplex === true, lang });
    return;
  }
  const t = paperTexts(pickLang(opts.lang, study.language, deps.env));
  deps.stdout.write(`${t.wroteCards(shownPath(deps, path), cards.length, pages)}\n${t.printHint}\n${opts.duplex ? `${t.duplexHint}\n` : ''}`);
}

/** `qsort print sheet`: score sheets (PDF), two pages each, written atomically. */
export async function runPrintSheet(opts: PrintSheetOptions, deps: Deps): Promise<void> {
  const { readStudy } = await import('../study/study-folder.ts');
  const { localText } = await import('../core/text.ts');
  const { sheetPdf } = await import('../render/pdf/sheet.ts');
  const { writeFileAtomic } = await import('../study/atomic.ts');
  const { paperTexts } = await import('../i18n/paper.ts');
  const dir = studyDir(opts, deps);
  const study = await readStudy(dir);
  const lang = opts.lang ?? study.language;
  const texts = paperTexts(lang);
  const path = await target(opts, deps, dir, 'sheet.pdf');
  const bytes = await sheetPdf({
    title: study.title,
    instruction: localText(study.instruction, lang),
    scores: study.distribution.scores,
    counts: study.distribution.counts,
    questions: study.questions.map((q) => localText(q.text, lang)),
    texts: texts.sheet,
    paper: opts.paper,
    copies: opts.copies,
    lang,
    createdAt: deps.now(),
  });
  await writeFileAtomic(path, bytes);
  const pages = opts.copies * 2;
  if (opts.json) {
    printJson(deps, { file: path, copies: opts.copies, pages, paper: opts.paper, lang });
    return;
  }
  const t = paperTexts(pickLang(opts.lang, study.language, deps.env));
  deps.stdout.write(`${t.wroteSheet(shownPath(deps, path), opts.copies, pages)}\n${t.printHint}\n`);
}
