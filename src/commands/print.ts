import { Option } from 'commander';
import type { Command } from 'commander';
import type { Deps } from '../deps.ts';
import type { PrintCardsOptions, PrintSheetOptions } from '../actions/print.ts';
import { addStudyOption, langOption, positiveInt } from './shared.ts';

const paperOption = () => new Option('--paper <size>', 'paper size').choices(['a4', 'letter']).default('a4');

export function registerPrint(program: Command, deps: Deps): void {
  const print = program.command('print').description('PDFs for a session on paper: the statements as cards to cut, and score sheets');
  addStudyOption(
    print
      .command('cards')
      .description("the study's statements as cards to cut out (a PDF): each card its number, large, and its whole text")
      .addOption(paperOption())
      .addOption(new Option('--per-page <n>', 'cards a page').choices(['8', '12']).default('8'))
      .addOption(langOption("the language of the cards (default: the study's)"))
      .option('--duplex', 'print the other language on the back of each card (print double-sided, long edge)')
      .option('-o, --out <file>', 'the PDF to write (default: cards.pdf in the study folder)')
      .option('--force', 'overwrite the PDF when it exists')
      .option('--json', 'print what was written as JSON'),
  )
    .addHelpText(
      'after',
      `
Cards show their number at 28 pt and their text at 20 pt, smaller (down to
14 pt) only when a long text needs it; a statement that does not fit even at
14 pt is refused, never cut. The number is what you type back in with
"qsort add". Print at 100% ("actual size"); cut along the dashed lines.

Examples:
  $ qsort print cards --study workshop
  $ qsort print cards --per-page 12 --paper letter --out cards-letter.pdf
  $ qsort print cards --lang nl --duplex        Dutch front, English back`,
    )
    .action(async (opts: PrintCardsOptions) => {
      const { runPrintCards } = await import('../actions/print.ts');
      await runPrintCards(opts, deps);
    });
  addStudyOption(
    print
      .command('sheet')
      .description('a score sheet (a PDF): the empty grid of the distribution, the question, name, team and date, and the post-sort questions')
      .addOption(paperOption())
      .option('--copies <n>', 'how many sheets (two pages each)', positiveInt, 1)
      .addOption(langOption("the language of the sheet (default: the study's)"))
      .option('-o, --out <file>', 'the PDF to write (default: sheet.pdf in the study folder)')
      .option('--force', 'overwrite the PDF when it exists')
      .option('--json', 'print what was written as JSON'),
  )
    .addHelpText(
      'after',
      `
Page 1 holds the grid: one box per card under each column value; the
participant writes a card's number in each box. Page 2 holds the post-sort
questions with room to write. Type a filled-in sheet back in with "qsort add".

Examples:
  $ qsort print sheet --study workshop --copies 20
  $ qsort print sheet --paper letter --lang en --out sheets.pdf`,
    )
    .action(async (opts: PrintSheetOptions) => {
      const { runPrintSheet } = await import('../actions/print.ts');
      await runPrintSheet(opts, deps);
    });
}
