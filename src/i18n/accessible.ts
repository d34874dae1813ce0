import type { Lang, Pile } from '../core/types.ts';

/**
 * The words of `qsort sort --accessible`: one plain line per prompt, read once
 * by a screen reader or a braille display, answered with a typed line.
 */
export interface AccessibleTexts {
  readonly presortIntro: (count: number) => string;
  readonly presortCard: (n: number, total: number, number: string, text: string) => string;
  readonly presortAsk: string;
  readonly presortUnknown: string;
  readonly presortDone: (agree: number, neutral: number, disagree: number) => string;
  readonly presortConfirm: string;
  readonly nothingToTakeBack: string;
  readonly tookBack: (number: string) => string;

  readonly gridIntro: (columns: string, lowest: string, highest: string) => string;
  readonly pileLine: (name: string, count: number, hint: string) => string;
  readonly pileHint: Record<Pile, string>;
  readonly otherPiles: (list: string) => string;
  readonly askCard: (first: string) => string;
  readonly askColumn: (number: string, free: string, suggested: string) => string;
  readonly notACard: (input: string) => string;
  readonly notPending: (number: string) => string;
  readonly notAColumn: (input: string, free: string) => string;
  readonly columnFull: (score: string, cards: string) => string;
  readonly placed: (number: string, score: string, placed: number, total: number) => string;
  readonly gridLine: (score: string, cards: string, free: number) => string;
  readonly emptyColumn: string;
  readonly askSwap: (score: string, cards: string, first: string) => string;
  readonly moved: (number: string, score: string) => string;
  readonly swapped: (a: string, b: string) => string;
  readonly notPlaced: (number: string) => string;
  readonly moveUsage: string;
  readonly allPlaced: (count: number) => string;
  readonly askDone: string;
  readonly gridHelp: readonly string[];

  readonly kept: (text: string) => string;
  readonly pagerAsk: string;
  readonly pagerAskBack: string;
  readonly chooseAsk: (count: number, first: string) => string;
  readonly notAChoice: (count: number) => string;
  readonly words: {
    readonly list: string;
    readonly grid: string;
    readonly move: string;
    readonly back: string;
    readonly help: string;
    readonly pile: string;
  };
}

const nl: AccessibleTexts = {
  presortIntro: (count) =>
    `Voorsorteren: ${count} stellingen, één voor één. Typ bij elke stelling 1 (oneens), 2 (neutraal) of 3 (eens) en druk op Enter. Alleen Enter is neutraal. Met terug neemt u de vorige keuze terug.`,
  presortCard: (n, total, number, text) => `Kaart ${n} van ${total}: ${number} ${text}`,
  presortAsk: '1 oneens, 2 neutraal, 3 eens:',
  presortUnknown: 'Typ 1, 2 of 3, of terug.',
  presortDone: (agree, neutral, disagree) => `Alle stellingen liggen op een stapel: ${agree} eens, ${neutral} neutraal, ${disagree} oneens.`,
  presortConfirm: 'Druk op Enter om naar het raster te gaan, of typ terug om de laatste keuze terug te nemen:',
  nothingToTakeBack: 'Er is nog niets om terug te nemen.',
  tookBack: (number) => `Stelling ${number} teruggenomen.`,

  gridIntro: (columns, lowest, highest) =>
    `Raster: de kolommen ${columns}. Kolom ${highest} is het meest eens, kolom ${lowest} het minst. Eerst de eens-stapel, van rechts naar binnen; dan de oneens-stapel, van links; dan de neutrale in het midden. Typ help voor alle opdrachten.`,
  pileLine: (name, count, hint) => `Stapel ${name}, nog ${count} ${count === 1 ? 'kaart' : 'kaarten'}: ${hint}`,
  pileHint: { agree: 'kies de kaart waar u het meest mee eens bent.', disagree: 'kies de kaart waar u het minst mee eens bent.', neutral: 'leg ze rond het midden.' },
  otherPiles: (list) => `Andere stapels: ${list}.`,
  askCard: (first) => `Welke kaart legt u? Typ het nummer (Enter: ${first}):`,
  askColumn: (number, free, suggested) => `Kaart ${number} in welke kolom? Vrij: ${free}. (Enter: ${suggested}):`,
  notACard: (input) => `“${input}” is geen kaart. Typ het nummer van een kaart, of help.`,
  notPending: (number) => `Kaart ${number} ligt al in het raster; verplaatsen gaat met: verplaats ${number} kolom.`,
  notAColumn: (input, free) => `“${input}” is geen vrije kolom. Vrij: ${free}.`,
  columnFull: (score, cards) => `Kolom ${score} is vol (${cards}).`,
  placed: (number, score, placed, total) => `Kaart ${number} ligt in kolom ${score}. ${placed} van ${total} geplaatst.`,
  gridLine: (score, cards, free) => `Kolom ${score}: ${cards}${free > 0 ? `; nog ${free} vrij` : ''}.`,
  emptyColumn: 'leeg',
  askSwap: (score, cards, first) => `Kolom ${score} is vol: ${cards}. Met welke kaart ruilt hij van plaats? (Enter: ${first}):`,
  moved: (number, score) => `Kaart ${number} ligt nu in kolom ${score}.`,
  swapped: (a, b) => `Kaart ${a} en kaart ${b} zijn van plaats geruild.`,
  notPlaced: (number) => `Kaart ${number} ligt nog niet in het raster.`,
  moveUsage: 'Zo verplaatst u een kaart: verplaats nummer kolom, bijvoorbeeld: verplaats 7 +2',
  allPlaced: (count) => `Alle ${count} kaarten liggen. Typ raster om het raster te horen, of verplaats nummer kolom om iets te veranderen.`,
  askDone: 'Druk op Enter om uw ordening te controleren:',
  gridHelp: [
    'Opdrachten in het raster:',
    'een nummer: die kaart leggen (Enter: de eerste van de stapel); daarna de kolom (Enter: de voorgestelde).',
    'lijst: de stapel nog eens. stapel: de volgende stapel. raster: het raster, kolom voor kolom.',
    'verplaats nummer kolom: een gelegde kaart verplaatsen, bijvoorbeeld verplaats 7 +2; in een volle kolom ruilt hij.',
    'terug: de laatst gelegde kaart terug op de stapel. help: deze uitleg.',
  ],

  kept: (text) => `Uw antwoord tot nu toe: ${text}. Alleen Enter houdt het zo.`,
  pagerAsk: 'Druk op Enter om verder te gaan:',
  pagerAskBack: 'Druk op Enter om akkoord te gaan, of typ terug om naar het raster te gaan:',
  chooseAsk: (count, first) => `Kies 1 tot ${count} (Enter: ${first}):`,
  notAChoice: (count) => `Typ een nummer van 1 tot ${count}.`,
  words: { list: 'lijst', grid: 'raster', move: 'verplaats', back: 'terug', help: 'help', pile: 'stapel' },
};

const en: AccessibleTexts = {
  presortIntro: (count) =>
    `Pre-sort: ${count} statements, one at a time. For each, type 1 (disagree), 2 (neutral) or 3 (agree) and press Enter. Enter alone is neutral. Type back to take back the previous choice.`,
  presortCard: (n, total, number, text) => `Card ${n} of ${total}: ${number} ${text}`,
  presortAsk: '1 disagree, 2 neutral, 3 agree:',
  presortUnknown: 'Type 1, 2 or 3, or back.',
  presortDone: (agree, neutral, disagree) => `Every statement is on a pile: ${agree} agree, ${neutral} neutral, ${disagree} disagree.`,
  presortConfirm: 'Press Enter to go on to the grid, or type back to take back the last choice:',
  nothingToTakeBack: 'Nothing to take back yet.',
  tookBack: (number) => `Statement ${number} taken back.`,

  gridIntro: (columns, lowest, highest) =>
    `Grid: the columns ${columns}. Column ${highest} is agree most, column ${lowest} agree least. First the agree pile, from the right inwards; then the disagree pile, from the left; then the neutral one in the middle. Type help for all commands.`,
  pileLine: (name, count, hint) => `The ${name} pile, ${count} ${count === 1 ? 'card' : 'cards'} left: ${hint}`,
  pileHint: { agree: 'choose the card you agree with most.', disagree: 'choose the card you disagree with most.', neutral: 'place them around the middle.' },
  otherPiles: (list) => `Other piles: ${list}.`,
  askCard: (first) => `Which card do you place? Type its number (Enter: ${first}):`,
  askColumn: (number, free, suggested) => `Card ${number} into which column? Free: ${free}. (Enter: ${suggested}):`,
  notACard: (input) => `“${input}” is not a card. Type a card's number, or help.`,
  notPending: (number) => `Card ${number} is already in the grid; to move it: move ${number} column.`,
  notAColumn: (input, free) => `“${input}” is not a free column. Free: ${free}.`,
  columnFull: (score, cards) => `Column ${score} is full (${cards}).`,
  placed: (number, score, placed, total) => `Card ${number} is in column ${score}. ${placed} of ${total} placed.`,
  gridLine: (score, cards, free) => `Column ${score}: ${cards}${free > 0 ? `; ${free} free` : ''}.`,
  emptyColumn: 'empty',
  askSwap: (score, cards, first) => `Column ${score} is full: ${cards}. Which card changes places with it? (Enter: ${first}):`,
  moved: (number, score) => `Card ${number} is now in column ${score}.`,
  swapped: (a, b) => `Cards ${a} and ${b} changed places.`,
  notPlaced: (number) => `Card ${number} is not in the grid yet.`,
  moveUsage: 'To move a card: move number column, for example: move 7 +2',
  allPlaced: (count) => `All ${count} cards are placed. Type grid to hear the grid, or move number column to change it.`,
  askDone: 'Press Enter to review your sort:',
  gridHelp: [
    'Commands in the grid:',
    'a number: place that card (Enter: the first of the pile); then the column (Enter: the suggested one).',
    'list: the pile again. pile: the next pile. grid: the grid, column by column.',
    'move number column: move a placed card, for example move 7 +2; into a full column it swaps.',
    'back: the card placed last back onto its pile. help: this help.',
  ],

  kept: (text) => `Your answer so far: ${text}. Enter alone keeps it.`,
  pagerAsk: 'Press Enter to go on:',
  pagerAskBack: 'Press Enter to confirm, or type back to return to the grid:',
  chooseAsk: (count, first) => `Choose 1 to ${count} (Enter: ${first}):`,
  notAChoice: (count) => `Type a number from 1 to ${count}.`,
  words: { list: 'list', grid: 'grid', move: 'move', back: 'back', help: 'help', pile: 'pile' },
};

export function accessibleTexts(lang: Lang): AccessibleTexts {
  return lang === 'nl' ? nl : en;
}
