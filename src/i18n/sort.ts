import type { Lang, Pile } from '../core/types.ts';

/**
 * Every word the participant sees while sorting, in Dutch and English.
 * The Dutch is written as Dutch (formal "u", as in the study's questions), not
 * translated word for word.
 */
export interface SortTexts {
  readonly pile: Record<Pile, string>;
  /** What a pile means, under its key in the pre-sort. */
  readonly pileHint: Record<Pile, string>;
  readonly askParticipant: string;
  readonly nameStep: string;
  readonly nameIntro: string;
  readonly nameLabel: string;
  readonly askTeam: string;
  readonly otherTeam: string;
  readonly teamLabel: string;
  readonly teamEmpty: string;
  readonly noStudy: (dir: string) => string;
  readonly createDefaultStudy: string;
  readonly dontCreateStudy: string;
  readonly participantEmpty: string;
  readonly participantTaken: (participant: string) => string;
  /** Someone else is sorting under the name right now (a workshop session). */
  readonly participantInUse: (participant: string) => string;
  readonly resumeQuestion: (participant: string, where: string) => string;
  readonly resumeYes: string;
  readonly resumeNo: string;
  readonly stepName: Record<'welcome' | 'presort' | 'grid' | 'review' | 'questions', string>;
  readonly progressPlaced: (placed: number, total: number) => string;

  readonly welcome: string;
  readonly welcomeBody: (count: number) => string;
  readonly scaleMost: string;
  readonly scaleLeast: string;
  readonly scaleMiddle: string;
  readonly stepsHeading: string;
  readonly steps: readonly string[];
  readonly safety: string;

  readonly presortHeading: string;
  readonly presortStatement: (n: string) => string;
  readonly presortDone: (sizes: Record<Pile, number>) => string;
  readonly presortDoneHint: string;

  readonly gridStep: string;
  /** The pile list's heading: the pile (with its symbol), how many are left, what to do with it. */
  readonly pileHeading: (pile: Pile, name: string, left: number) => string;
  /** The other piles with cards, after "Tab": "− disagree 8 · ○ neutral 8". */
  readonly otherPiles: (list: string) => string;
  readonly moreCards: (above: number, below: number) => string;
  readonly stillToPlace: (list: string) => string;
  readonly carrying: (n: string, score: string) => string;
  readonly dropSwap: (n: string, other: string, score: string) => string;
  readonly dropFree: (n: string, score: string) => string;
  readonly dropBack: string;
  readonly nothingPlaced: string;
  readonly moved: (n: string, score: string) => string;
  readonly focused: (score: string) => string;
  readonly inColumn: (score: string) => string;
  readonly columnEmpty: string;
  readonly allPlaced: (count: number) => string;
  readonly previous: (number: string, pile: string) => string;
  readonly columnFull: (score: string) => string;
  readonly nothingToUndo: string;
  readonly pickedUp: (n: string) => string;
  readonly swapped: (moved: string, other: string) => string;
  readonly full: string;
  readonly gridHelpTitle: string;
  readonly gridHelp: readonly string[];
  readonly gridHelpClose: string;
  readonly tooSmall: (columns: number, rows: number) => string;
  readonly leftEnd: string;
  readonly rightEnd: string;

  readonly reviewHeading: string;
  readonly reviewIntro: string;
  readonly column: (score: string) => string;
  readonly more: (above: number, below: number) => string;

  readonly questionOf: (n: number, total: number) => string;
  readonly requiredAnswer: string;
  readonly optional: string;
  readonly answerLabel: string;

  readonly savedTitle: string;
  readonly savedWhere: (location: string) => string;
  readonly savedNext: string;
  readonly savedClose: string;
  readonly thanks: (participant: string) => string;

  readonly stoppedDraft: (location: string) => string;
  readonly stoppedResume: (command: string) => string;
  /** The sort stopped because its draft could not be written (why: the I/O error's line). */
  readonly draftNotSaved: (why: string, location: string, command: string) => string;
  readonly alreadySorted: (participant: string, location: string) => string;

  readonly keys: {
    readonly choose: string;
    readonly undo: string;
    readonly next: string;
    readonly card: string;
    readonly column: string;
    readonly place: string;
    readonly pileTab: string;
    readonly moveCards: string;
    readonly cards: string;
    readonly pickUp: string;
    readonly toPile: string;
    readonly where: string;
    readonly drop: string;
    readonly putBack: string;
    readonly review: string;
    readonly scroll: string;
    readonly confirm: string;
    readonly back: string;
    readonly begin: string;
    readonly stop: string;
    readonly select: string;
    readonly help: string;
    readonly previousQuestion: string;
    readonly answer: string;
  };
}

const nl: SortTexts = {
  pile: { disagree: 'oneens', neutral: 'neutraal', agree: 'eens' },
  pileHint: { disagree: 'minder belangrijk', neutral: 'twijfel', agree: 'belangrijk' },
  askParticipant: 'Wat is uw naam of deelnemerscode?',
  nameStep: 'Naam',
  nameIntro: 'Uw naam of code staat bij uw sortering; de begeleider ziet hem op het overzicht.',
  nameLabel: 'Naam of code:',
  askTeam: 'In welk team zit u?',
  otherTeam: 'Een ander team (typ de naam)',
  teamLabel: 'Team:',
  teamEmpty: 'Typ de naam van uw team.',
  noStudy: (dir) => `In ${dir} staat nog geen onderzoek (study.json).\n  Wat wilt u doen?`,
  createDefaultStudy: 'Een onderzoek aanmaken met de 24 ingebouwde stellingen over klantgerichtheid',
  dontCreateStudy: 'Stoppen (maak zelf een onderzoek met "qsort init")',
  participantEmpty: 'Vul een naam of code in.',
  participantTaken: (p) => `Van “${p}” is al een sortering bewaard. Kies een andere naam of code.`,
  participantInUse: (p) => `Iemand anders sorteert nu onder de naam “${p}”. Kies een andere naam of code (voeg bijvoorbeeld een initiaal toe).`,
  resumeQuestion: (p, where) => `Er is een onderbroken sortering van “${p}” (${where}).\n  Wat wilt u doen?`,
  resumeYes: 'Verdergaan waar ik gebleven was',
  resumeNo: 'Opnieuw beginnen (de onderbroken sortering vervalt)',
  stepName: { welcome: 'welkom', presort: 'voorsorteren', grid: 'raster', review: 'controleren', questions: 'vragen' },
  progressPlaced: (placed, total) => `${placed} van ${total} geplaatst`,

  welcome: 'Welkom, en dank u wel voor het meedoen.',
  welcomeBody: (count) => `U gaat ${count} stellingen ordenen aan de hand van deze vraag:`,
  scaleMost: 'waar u het meest mee eens bent, wat u het belangrijkst vindt',
  scaleLeast: 'waar u het minst mee eens bent, wat u het minst belangrijk vindt',
  scaleMiddle: 'neutraal, of u twijfelt',
  stepsHeading: 'Zo gaat het:',
  steps: [
    'Voorsorteren: lees elke stelling en kies oneens, neutraal of eens.',
    'Raster: leg ze in de kolommen, van oneens (links) tot eens (rechts).',
    'Controleren: bekijk uw ordening en verander wat u wilt.',
    'Een paar korte vragen over uw keuzes.',
  ],
  safety: 'Elke stap wordt meteen bewaard. U kunt stoppen en later verdergaan.',

  presortHeading: 'Voorsorteren',
  presortStatement: (n) => `Stelling ${n}`,
  presortDone: (s) => `Alle stellingen liggen op een stapel: ${s.agree} eens, ${s.neutral} neutraal, ${s.disagree} oneens.`,
  presortDoneHint: 'Druk op Enter om ze in het raster te leggen, of op ⌫ om de laatste keuze terug te nemen.',

  gridStep: 'Raster',
  pileHeading: (pile, name, left) =>
    `Stapel ${name}, nog ${left}: ${pile === 'agree' ? 'kies waar u het meest mee eens bent' : pile === 'disagree' ? 'kies waar u het minst mee eens bent' : 'leg ze rond het midden'}`,
  otherPiles: (list) => `Tab: ${list}`,
  moreCards: (above, below) => [above ? `↑ nog ${above}` : '', below ? `↓ nog ${below}` : ''].filter(Boolean).join(' · '),
  stillToPlace: (list) => `Nog te leggen: ${list}. Esc of Tab: terug naar de stapel.`,
  carrying: (n, score) => `Kaart ${n} opgepakt (uit kolom ${score}). Kies met de pijltjes waar hij heen moet.`,
  dropSwap: (n, other, score) => `Enter: kaart ${n} ruilt met kaart ${other} in kolom ${score}.`,
  dropFree: (n, score) => `Enter: kaart ${n} naar de vrije plek in kolom ${score}.`,
  dropBack: 'Enter of Esc: de kaart terugleggen waar hij lag.',
  nothingPlaced: 'Er ligt nog geen kaart in het raster: leg eerst een kaart van de stapel.',
  moved: (n, score) => `Kaart ${n} ligt nu in kolom ${score}.`,
  focused: (score) => `Gekozen kaart in kolom ${score}:`,
  inColumn: (score) => `Kolom ${score}:`,
  columnEmpty: 'nog leeg',
  allPlaced: (count) => `Alle ${count} stellingen liggen. Kijk het raster na en ruil wat u wilt (spatie pakt een kaart op); Enter: controleren.`,
  previous: (n, pile) => `Stelling ${n} ligt op stapel ${pile}.`,
  columnFull: (score) => `Kolom ${score} is vol: kies een andere kolom, of haal er met spatie een kaart uit.`,
  nothingToUndo: 'Er is nog niets om terug te nemen.',
  pickedUp: (n) => `Kaart ${n} opgepakt: pijltjes kiezen de plek, Enter legt hem neer, Esc legt hem terug.`,
  swapped: (moved, other) => `Kaart ${moved} en kaart ${other} zijn van plaats geruild.`,
  full: 'vol',
  gridHelpTitle: 'Zo werkt het raster',
  gridHelp: [
    'Lees eerst de hele stapel onder het raster. Kies met ↑/↓ de kaart waar u het meest mee eens bent en leg hem met Enter in de gemarkeerde kolom (▸ ◂), helemaal rechts. Dan de volgende sterkste, enzovoort.',
    'Daarna de oneens-stapel: de kaart waar u het minst mee eens bent gaat helemaal links. De neutrale stapel komt in het midden. Met Tab kiest u zelf een andere stapel.',
    'De markering staat steeds op de beste vrije kolom voor de stapel; met ←/→ kiest u een andere kolom.',
    'Verplaatsen: druk op spatie om in het raster te komen, kies een kaart met de pijltjes, pak hem op met spatie, breng hem met de pijltjes naar zijn nieuwe plek en leg hem neer met Enter. Op een kaart in een volle kolom ruilen de twee van plaats. Esc legt hem terug.',
    'Kijk aan het eind het hele raster nog eens na en ruil wat u wilt. ⌫ neemt de laatst gelegde kaart terug op de stapel.',
    'Alles wordt meteen bewaard. Met Ctrl-C stopt u; met dezelfde opdracht gaat u later verder waar u was.',
  ],
  gridHelpClose: 'Druk op een toets om terug te gaan naar het raster.',
  tooSmall: (c, r) => `Het venster is te klein voor het raster. Maak het minstens ${c} tekens breed en ${r} regels hoog.`,
  leftEnd: 'oneens',
  rightEnd: 'eens',

  reviewHeading: 'Controleren',
  reviewIntro: 'Zo hebt u de stellingen geordend, van meest eens naar minst eens.',
  column: (score) => `Kolom ${score}`,
  more: (above, below) => [above ? `↑ nog ${above} regels` : '', below ? `↓ nog ${below} regels` : ''].filter(Boolean).join(' · '),

  questionOf: (n, total) => `Vraag ${n} van ${total}`,
  requiredAnswer: 'Deze vraag heeft een antwoord nodig.',
  optional: '(mag leeg blijven: druk op Enter)',
  answerLabel: 'Uw antwoord:',

  savedTitle: 'Dank u wel! Uw sortering is bewaard.',
  savedWhere: (location) => `Bewaard in: ${location}`,
  savedNext: 'De begeleider verzamelt alle sorteringen en bespreekt de uitkomsten met de groep.',
  savedClose: 'U kunt dit venster nu sluiten.',
  thanks: (p) => `Deelnemer: ${p}`,

  stoppedDraft: (location) => `Gestopt. Uw sortering tot nu toe is bewaard in ${location}.`,
  stoppedResume: (command) => `Verdergaan: ${command}`,
  draftNotSaved: (why, location, command) =>
    `De sortering is gestopt: de tussenstand kon niet worden bewaard (${why}). Alles tot en met de vorige toets staat in ${location}. Maak ruimte vrij en ga verder met: ${command}`,
  alreadySorted: (p, location) => `van deelnemer “${p}” is al een sortering bewaard (${location}); kies een andere naam of code`,

  keys: {
    choose: '1/2/3 of ←/→ + Enter kiezen',
    undo: '⌫ terugnemen',
    next: 'Enter verder',
    card: '↑/↓ kaart',
    column: '←/→ kolom',
    place: 'Enter leggen',
    pileTab: 'Tab stapel',
    moveCards: 'spatie verplaatsen',
    cards: 'pijltjes kaart',
    pickUp: 'spatie oppakken',
    toPile: 'Esc stapel',
    where: 'pijltjes plek',
    drop: 'Enter neerleggen',
    putBack: 'Esc terugleggen',
    review: 'Enter controleren',
    scroll: '↑/↓ scrollen',
    confirm: 'Enter akkoord',
    back: '⌫ terug naar het raster',
    begin: 'Enter beginnen',
    stop: 'Ctrl-C stoppen',
    select: '↑/↓ kiezen · Enter bevestigen',
    help: '? uitleg',
    previousQuestion: '↑ vorige vraag',
    answer: 'Enter antwoorden',
  },
};

const en: SortTexts = {
  pile: { disagree: 'disagree', neutral: 'neutral', agree: 'agree' },
  pileHint: { disagree: 'less important', neutral: 'unsure', agree: 'important' },
  askParticipant: 'Your name or participant code?',
  nameStep: 'Name',
  nameIntro: 'Your name or code goes with your sort; the facilitator sees it on the dashboard.',
  nameLabel: 'Name or code:',
  askTeam: 'Which team are you in?',
  otherTeam: 'Another team (type its name)',
  teamLabel: 'Team:',
  teamEmpty: 'Please type the name of your team.',
  noStudy: (dir) => `There is no study in ${dir} yet (no study.json).\n  What would you like to do?`,
  createDefaultStudy: 'Create a study with the 24 built-in customer-focus statements',
  dontCreateStudy: 'Stop (create a study yourself with "qsort init")',
  participantEmpty: 'Please type a name or code.',
  participantTaken: (p) => `A sort of “${p}” has already been saved. Please choose another name or code.`,
  participantInUse: (p) => `Someone else is sorting under the name “${p}” right now. Please choose another name or code (add an initial, for example).`,
  resumeQuestion: (p, where) => `There is an unfinished sort of “${p}” (${where}).\n  What would you like to do?`,
  resumeYes: 'Continue where I stopped',
  resumeNo: 'Start again (the unfinished sort is dropped)',
  stepName: { welcome: 'welcome', presort: 'pre-sort', grid: 'grid', review: 'review', questions: 'questions' },
  progressPlaced: (placed, total) => `${placed} of ${total} placed`,

  welcome: 'Welcome, and thank you for taking part.',
  welcomeBody: (count) => `You will sort ${count} statements by this question:`,
  scaleMost: 'what you agree with most, what you find most important',
  scaleLeast: 'what you agree with least, what you find least important',
  scaleMiddle: 'neutral, or unsure',
  stepsHeading: 'How it works:',
  steps: [
    'Pre-sort: read each statement and choose disagree, neutral or agree.',
    'Grid: place them in the columns, from disagree (left) to agree (right).',
    'Review: look at your sort and change whatever you like.',
    'A few short questions about your choices.',
  ],
  safety: 'Every step is saved at once. You can stop and continue later.',

  presortHeading: 'Pre-sort',
  presortStatement: (n) => `Statement ${n}`,
  presortDone: (s) => `Every statement is on a pile: ${s.agree} agree, ${s.neutral} neutral, ${s.disagree} disagree.`,
  presortDoneHint: 'Press Enter to place them in the grid, or ⌫ to take back the last choice.',

  gridStep: 'Grid',
  pileHeading: (pile, name, left) =>
    `The ${name} pile, ${left} left: ${pile === 'agree' ? 'pick the card you agree with most' : pile === 'disagree' ? 'pick the card you disagree with most' : 'place them around the middle'}`,
  otherPiles: (list) => `Tab: ${list}`,
  moreCards: (above, below) => [above ? `↑ ${above} more` : '', below ? `↓ ${below} more` : ''].filter(Boolean).join(' · '),
  stillToPlace: (list) => `Still to place: ${list}. Esc or Tab: back to the pile.`,
  carrying: (n, score) => `Card ${n} picked up (from column ${score}). Choose with the arrows where it goes.`,
  dropSwap: (n, other, score) => `Enter: card ${n} changes places with card ${other} in column ${score}.`,
  dropFree: (n, score) => `Enter: card ${n} to the free place in column ${score}.`,
  dropBack: 'Enter or Esc: put the card back where it was.',
  nothingPlaced: 'No card is in the grid yet: place one from the pile first.',
  moved: (n, score) => `Card ${n} is now in column ${score}.`,
  focused: (score) => `Selected card in column ${score}:`,
  inColumn: (score) => `Column ${score}:`,
  columnEmpty: 'empty so far',
  allPlaced: (count) => `All ${count} statements are placed. Look the grid over and swap what you like (Space picks a card up); Enter: review.`,
  previous: (n, pile) => `Statement ${n} is on the ${pile} pile.`,
  columnFull: (score) => `Column ${score} is full: choose another column, or Space to move a card out.`,
  nothingToUndo: 'Nothing to take back yet.',
  pickedUp: (n) => `Card ${n} picked up: the arrows choose where, Enter drops it, Esc puts it back.`,
  swapped: (moved, other) => `Cards ${moved} and ${other} changed places.`,
  full: 'full',
  gridHelpTitle: 'How the grid works',
  gridHelp: [
    'First read the whole pile under the grid. Choose with ↑/↓ the card you agree with most and place it with Enter in the highlighted column (▸ ◂), on the far right. Then the next strongest, and so on.',
    'Then the disagree pile: the card you agree with least goes on the far left. The neutral pile goes in the middle. Tab chooses another pile yourself.',
    'The highlight is always on the best free column for the pile; ←/→ choose another column.',
    'Moving: press Space to go into the grid, choose a card with the arrows, pick it up with Space, carry it with the arrows to its new place and drop it with Enter. On a card in a full column the two change places. Esc puts it back.',
    'At the end, look over the whole grid once more and swap whatever you like. ⌫ takes the card placed last back onto its pile.',
    'Everything is saved at once. Ctrl-C stops; the same command later continues where you were.',
  ],
  gridHelpClose: 'Press any key to go back to the grid.',
  tooSmall: (c, r) => `The window is too small for the grid. Make it at least ${c} characters wide and ${r} lines high.`,
  leftEnd: 'disagree',
  rightEnd: 'agree',

  reviewHeading: 'Review',
  reviewIntro: 'This is how you sorted the statements, from most agree to least agree.',
  column: (score) => `Column ${score}`,
  more: (above, below) => [above ? `↑ ${above} more lines` : '', below ? `↓ ${below} more lines` : ''].filter(Boolean).join(' · '),

  questionOf: (n, total) => `Question ${n} of ${total}`,
  requiredAnswer: 'This question needs an answer.',
  optional: '(may stay empty: press Enter)',
  answerLabel: 'Your answer:',

  savedTitle: 'Thank you! Your sort has been saved.',
  savedWhere: (location) => `Saved in: ${location}`,
  savedNext: 'The facilitator collects all sorts and discusses the results with the group.',
  savedClose: 'You can close this window now.',
  thanks: (p) => `Participant: ${p}`,

  stoppedDraft: (location) => `Stopped. Your sort so far is saved in ${location}.`,
  stoppedResume: (command) => `To continue: ${command}`,
  draftNotSaved: (why, location, command) =>
    `The sort stopped: its draft could not be saved (${why}). Everything up to the key before is saved in ${location}. Make room, then continue with: ${command}`,
  alreadySorted: (p, location) => `participant "${p}" already has a saved sort (${location}); choose another name or code`,

  keys: {
    choose: '1/2/3 or ←/→ + Enter choose',
    undo: '⌫ take back',
    next: 'Enter continue',
    card: '↑/↓ card',
    column: '←/→ column',
    place: 'Enter place',
    pileTab: 'Tab pile',
    moveCards: 'Space move',
    cards: 'arrows card',
    pickUp: 'Space pick up',
    toPile: 'Esc pile',
    where: 'arrows where',
    drop: 'Enter drop',
    putBack: 'Esc put back',
    review: 'Enter review',
    scroll: '↑/↓ scroll',
    confirm: 'Enter confirm',
    back: '⌫ back to the grid',
    begin: 'Enter start',
    stop: 'Ctrl-C stop',
    select: '↑/↓ move · Enter choose',
    help: '? help',
    previousQuestion: '↑ previous question',
    answer: 'Enter answer',
  },
};

export function sortTexts(lang: Lang): SortTexts {
  return lang === 'nl' ? nl : en;
}

/** A score as shown on screen: −4, 0, +4 (a real minus sign). */
export function formatScore(score: number): string {
  return score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0';
}
