import type { Lang } from '../core/types.ts';
import { DataError, SortExistsError, UsageError } from '../errors.ts';
import type { Problem } from '../core/paper-sheet.ts';

/**
 * What the paper commands say — `qsort print cards`, `qsort print sheet` and
 * typing a paper sheet in with `qsort add` — in English and Dutch.
 */

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en = {
  sheet: {
    name: 'Name',
    team: 'Team',
    date: 'Date',
    mostDisagree: 'most disagree',
    neutral: 'neutral',
    mostAgree: 'most agree',
    hint: 'Write the number of one card in each box.',
    questions: 'after sorting',
    comment: 'Anything else you would like to say?',
  },
  wroteCards: (path: string, cards: number, pages: number) => `Wrote ${plural(cards, 'card', 'cards')} on ${plural(pages, 'page', 'pages')}: ${path}`,
  wroteSheet: (path: string, copies: number, pages: number) => `Wrote ${plural(copies, 'score sheet', 'score sheets')} (${plural(pages, 'page', 'pages')}): ${path}`,
  printHint: 'Print at 100% ("actual size"), not "fit to page".',
  duplexHint: 'Print double-sided, flipping on the long edge.',
  tooLong: (label: string, id: string, size: number, perPage: number) =>
    perPage === 12
      ? `statement ${id} (card ${label}) does not fit on a card at ${size} pt; print 8 cards a page (--per-page 8) or shorten it`
      : `statement ${id} (card ${label}) does not fit on a card at ${size} pt; shorten it`,
  noBackText: (id: string, lang: string) => `--duplex prints the other language on the back, but statement ${id} has no ${lang === 'nl' ? 'Dutch' : 'English'} text`,
  exists: (path: string) => `${path} already exists; give --force to overwrite it, or --out for another file`,
  // typing a sheet in
  whose: 'Participant (name or code; Enter alone to stop)',
  team: 'Team (Enter if none)',
  heading: (who: string) => `The sheet of ${who}`,
  instruction: (statements: number) => `Type the numbers of the cards in each column, from the left (${plural(statements, 'card', 'cards')}).`,
  column: (score: string, count: number) => `${score.padStart(3)} (${count})`,
  left: 'Left:',
  lastColumn: '  Enter alone takes the cards that are left.',
  keys: 'Enter next column · Backspace on an empty line: back · Ctrl+C stop',
  problem: (p: Problem, score: (s: number) => string): string => {
    switch (p.kind) {
      case 'unknown':
        return `there is no card ${JSON.stringify(p.typed)}`;
      case 'twice':
        return `card ${p.label} is typed twice`;
      case 'used':
        return `card ${p.label} is already in column ${score(p.score)}`;
      case 'too-many':
        return `this column takes ${plural(p.count, 'card', 'cards')}, ${p.typed} typed`;
      case 'too-few':
        return `this column takes ${plural(p.count, 'card', 'cards')}, ${p.typed} typed`;
    }
  },
  sheetDone: (who: string) => `the sheet of ${who} is complete`,
  alreadyHasSort: (who: string) => `${who} already has a sort; give another name (or use --replace)`,
  needTerminal: 'give the sort as --scores or --columns, or run "qsort add" in a terminal to type a paper sheet in column by column',
  typedIn: (n: number) => `${plural(n, 'sheet', 'sheets')} typed in`,
};

type PaperTexts = typeof en;

const nl: PaperTexts = {
  sheet: {
    name: 'Naam',
    team: 'Team',
    date: 'Datum',
    mostDisagree: 'meest oneens',
    neutral: 'neutraal',
    mostAgree: 'meest eens',
    hint: 'Schrijf in elk vakje het nummer van één kaart.',
    questions: 'na het sorteren',
    comment: 'Wilt u verder nog iets kwijt?',
  },
  wroteCards: (path, cards, pages) => `${plural(cards, 'kaart', 'kaarten')} op ${plural(pages, 'pagina', 'pagina’s')} geschreven: ${path}`,
  wroteSheet: (path, copies, pages) => `${plural(copies, 'scoreformulier', 'scoreformulieren')} (${plural(pages, 'pagina', 'pagina’s')}) geschreven: ${path}`,
  printHint: 'Druk af op 100% („werkelijke grootte”), niet „passend maken”.',
  duplexHint: 'Druk dubbelzijdig af, kantelen over de lange zijde.',
  tooLong: (label, id, size, perPage) =>
    perPage === 12
      ? `stelling ${id} (kaart ${label}) past niet op een kaart in ${size} pt; druk 8 kaarten per pagina af (--per-page 8) of maak haar korter`
      : `stelling ${id} (kaart ${label}) past niet op een kaart in ${size} pt; maak haar korter`,
  noBackText: (id, lang) => `--duplex drukt de andere taal op de achterkant, maar stelling ${id} heeft geen ${lang === 'nl' ? 'Nederlandse' : 'Engelse'} tekst`,
  exists: (path) => `${path} bestaat al; geef --force om het te overschrijven, of --out voor een ander bestand`,
  whose: 'Deelnemer (naam of code; alleen Enter om te stoppen)',
  team: 'Team (Enter als er geen is)',
  heading: (who) => `Het formulier van ${who}`,
  instruction: (statements) => `Typ per kolom de nummers van de kaarten, van links af (${plural(statements, 'kaart', 'kaarten')}).`,
  column: (score, count) => `${score.padStart(3)} (${count})`,
  left: 'Over:',
  lastColumn: '  Alleen Enter neemt de kaarten die over zijn.',
  keys: 'Enter volgende kolom · Backspace op een lege regel: terug · Ctrl+C stoppen',
  problem: (p, score) => {
    switch (p.kind) {
      case 'unknown':
        return `er is geen kaart ${JSON.stringify(p.typed)}`;
      case 'twice':
        return `kaart ${p.label} staat er twee keer`;
      case 'used':
        return `kaart ${p.label} ligt al in kolom ${score(p.score)}`;
      case 'too-many':
        return `in deze kolom horen ${plural(p.count, 'kaart', 'kaarten')}, ${p.typed} getypt`;
      case 'too-few':
        return `in deze kolom horen ${plural(p.count, 'kaart', 'kaarten')}, ${p.typed} getypt`;
    }
  },
  sheetDone: (who) => `het formulier van ${who} is compleet`,
  alreadyHasSort: (who) => `${who} heeft al een sortering; geef een andere naam (of gebruik --replace)`,
  needTerminal: 'geef de sortering als --scores of --columns, of start "qsort add" in een terminal om een papieren formulier kolom voor kolom in te typen',
  typedIn: (n) => `${plural(n, 'formulier', 'formulieren')} ingetypt`,
};

export function paperTexts(lang: Lang): PaperTexts {
  return lang === 'nl' ? nl : en;
}

/** Errors of the paper and office-file commands, each with its Dutch twin. */
export const paperErrors = {
  cardTooLong: (label: string, id: string, size: number, perPage: number) =>
    new DataError(en.tooLong(label, id, size, perPage), { nl: nl.tooLong(label, id, size, perPage) }),
  noBackText: (id: string, lang: Lang) => new DataError(en.noBackText(id, lang), { nl: nl.noBackText(id, lang) }),
  exists: (path: string) => new UsageError(en.exists(path), { nl: nl.exists(path) }),
  needTerminal: () => new UsageError(en.needTerminal, { nl: nl.needTerminal }),
  participantNeeded: (option: string) =>
    new UsageError(`${option} needs --participant (-p): whose sort it is`, { nl: `${option} heeft --participant (-p) nodig: van wie de sortering is` }),
  alreadyHasSort: (who: string) => new SortExistsError(en.alreadyHasSort(who), { nl: nl.alreadyHasSort(who) }),
  notXlsx: (file: string) =>
    new DataError(`${file}: not an Excel workbook (.xlsx); an old .xls must first be saved as .xlsx`, { nl: `${file}: geen Excel-werkmap (.xlsx); sla een oude .xls eerst op als .xlsx` }),
  unreadableWorkbook: (file: string, reason: string, cause: unknown) =>
    new DataError(`${file}: cannot read the workbook (${reason})`, { nl: `${file}: de werkmap is niet te lezen (${reason})`, cause }),
  xlsxNeedsOut: () => new UsageError('--format xlsx writes a binary file: give --out FILE.xlsx', { nl: '--format xlsx schrijft een binair bestand: geef --out BESTAND.xlsx' }),
  xlsxNeedsOutDir: () => new UsageError('--xlsx writes analysis.xlsx into the --out folder: give --out DIR too', { nl: '--xlsx schrijft analysis.xlsx in de map van --out: geef ook --out MAP' }),
};
