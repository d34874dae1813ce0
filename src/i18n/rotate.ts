import type { Lang } from '../core/types.ts';
import type { RotationStep } from '../analysis/judgmental-rotation.ts';

/** The words of `qsort rotate` (the screen and the lines it prints), in English and Dutch. */
export interface RotateTexts {
  readonly title: string;
  /** "from varimax", "from the unrotated factors". */
  readonly from: (base: 'varimax' | 'none') => string;
  readonly steps: (n: number) => string;
  readonly unsaved: string;
  readonly saved: string;
  readonly savedTo: (file: string) => string;
  readonly step: string;
  readonly turned: string;
  readonly factorHeading: readonly [factor: string, variance: string, defining: string];
  readonly total: string;
  readonly noSteps: string;
  readonly earlierSteps: (n: number) => string;
  readonly sort: (id: string) => string;
  readonly defines: (factor: string) => string;
  readonly definesNone: string;
  readonly onto: (key: string, factor: string, degrees: string) => string;
  readonly chooseSort: string;
  readonly legend: (a: string, b: string, bound: string) => readonly string[];
  readonly keys: readonly string[];
  readonly leaveQuestion: string;
  readonly leaveKeys: readonly string[];
  readonly helpTitle: string;
  readonly help: readonly (readonly [key: string, text: string])[];
  readonly helpClose: string;
  readonly done: (saved: boolean, file: string) => string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en: RotateTexts = {
  title: 'Rotating by hand',
  from: (base) => (base === 'varimax' ? 'from varimax' : 'from the unrotated factors'),
  steps: (n) => plural(n, 'step', 'steps'),
  unsaved: 'not saved',
  saved: 'saved',
  savedTo: (file) => `Saved in ${file}.`,
  step: 'step',
  turned: 'turned',
  factorHeading: ['Factor', 'Var. %', 'Defining'],
  total: 'Total',
  noSteps: 'No steps yet: ←/→ turns the pair.',
  earlierSteps: (n) => `… ${plural(n, 'earlier step', 'earlier steps')}`,
  sort: (id) => `Sort ${id}`,
  defines: (factor) => `defines ${factor}`,
  definesNone: 'defines no factor',
  onto: (key, factor, degrees) => `${key}  onto ${factor} (${degrees})`,
  chooseSort: 'Tab chooses a sort.',
  legend: (a, b, bound) => [`● defines ${a}  ▲ defines ${b}  ◆ other`, `○ defines none  ┊ significance ±${bound}`],
  keys: ['←/→ turn', '+/− step', '↑/↓ pair', 'Tab sort', 'u undo', 'r redo', '0 start', 's save', 'q leave', '? help'],
  leaveQuestion: 'The rotation is not saved. Save it before leaving?',
  leaveKeys: ['y save and leave', 'n leave without saving', 'Esc stay'],
  helpTitle: 'Rotating by hand — keys',
  help: [
    ['←/→', 'turn the pair by the step (→ turns the axes anticlockwise: the sorts move clockwise)'],
    ['+/−', 'the step: 0.5, 1, 5, 10, 45 or 90 degrees'],
    ['↑/↓', 'the next or previous pair of factors'],
    ['Tab', 'choose a sort (Shift+Tab back, Esc none); a and b turn it onto the first or second factor'],
    ['u / r', 'undo / redo a turn'],
    ['0', 'back to the start (the base, no steps; u brings them back)'],
    ['s', 'save the rotation in the analysis plan (qsort analyze then uses it)'],
    ['q', 'leave (asks first when the rotation is not saved)'],
  ],
  helpClose: 'Any key goes back to the plot.',
  done: (saved, file) => (saved ? `The rotation by hand is saved in ${file}; "qsort analyze" uses it.` : `Left without saving; ${file} is as it was.`),
};

const nl: RotateTexts = {
  title: 'Met de hand roteren',
  from: (base) => (base === 'varimax' ? 'vanaf varimax' : 'vanaf de ongeroteerde factoren'),
  steps: (n) => plural(n, 'stap', 'stappen'),
  unsaved: 'niet bewaard',
  saved: 'bewaard',
  savedTo: (file) => `Bewaard in ${file}.`,
  step: 'stap',
  turned: 'gedraaid',
  factorHeading: ['Factor', 'Var. %', 'Bepalend'],
  total: 'Totaal',
  noSteps: 'Nog geen stappen: ←/→ draait het paar.',
  earlierSteps: (n) => `… ${plural(n, 'eerdere stap', 'eerdere stappen')}`,
  sort: (id) => `Sortering ${id}`,
  defines: (factor) => `bepaalt ${factor}`,
  definesNone: 'bepaalt geen factor',
  onto: (key, factor, degrees) => `${key}  op ${factor} (${degrees})`,
  chooseSort: 'Tab kiest een sortering.',
  legend: (a, b, bound) => [`● bepaalt ${a}  ▲ bepaalt ${b}  ◆ andere`, `○ bepaalt geen  ┊ significantie ±${bound}`],
  keys: ['←/→ draai', '+/− stap', '↑/↓ paar', 'Tab sortering', 'u ongedaan', 'r opnieuw', '0 begin', 's bewaar', 'q stop', '? hulp'],
  leaveQuestion: 'De rotatie is niet bewaard. Eerst bewaren?',
  leaveKeys: ['j bewaar en stop', 'n stop zonder bewaren', 'Esc blijf'],
  helpTitle: 'Met de hand roteren — toetsen',
  help: [
    ['←/→', 'draai het paar met de stap (→ draait de assen linksom: de sorteringen gaan rechtsom)'],
    ['+/−', 'de stap: 0,5, 1, 5, 10, 45 of 90 graden'],
    ['↑/↓', 'het volgende of vorige paar factoren'],
    ['Tab', 'kies een sortering (Shift+Tab terug, Esc geen); a en b draaien haar op de eerste of tweede factor'],
    ['u / r', 'draai ongedaan maken / opnieuw doen'],
    ['0', 'terug naar het begin (de basis, geen stappen; u haalt ze terug)'],
    ['s', 'bewaar de rotatie in het analyseplan (qsort analyze gebruikt haar dan)'],
    ['q', 'stoppen (vraagt eerst als de rotatie niet bewaard is)'],
  ],
  helpClose: 'Elke toets gaat terug naar de grafiek.',
  done: (saved, file) => (saved ? `De rotatie met de hand is bewaard in ${file}; "qsort analyze" gebruikt haar.` : `Gestopt zonder bewaren; ${file} is niet veranderd.`),
};

export const rotateTexts = (lang: Lang): RotateTexts => (lang === 'nl' ? nl : en);

/** An angle for the screen: "+10°", "−4.5°" (nl: "−4,5°"), at most one decimal unless it needs more. */
export function formatDegrees(degrees: number, lang: Lang): string {
  const rounded = Math.round(degrees * 10) / 10;
  const body = Math.abs(rounded).toFixed(Number.isInteger(rounded) ? 0 : 1);
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${sign}${lang === 'nl' ? body.replace('.', ',') : body}°`;
}

/** Judgmental steps in one line: "F1 × F2 +10°, F2 × F3 −4.5°" (empty for none). */
export function rotationStepsText(steps: readonly RotationStep[], lang: Lang): string {
  return steps.map((s) => `${s.pair[0]} × ${s.pair[1]} ${formatDegrees(s.degrees, lang)}`).join(', ');
}

/** The options of a plan as one phrase: "3 factors, principal components, rotated by hand from varimax (2 steps), Pearson, automatic flags". */
export function planSummary(
  o: { readonly factorCount: number; readonly extraction?: string; readonly rotation?: string; readonly judgmental?: { readonly base: string; readonly steps: readonly RotationStep[] }; readonly correlation?: string; readonly flags?: object; readonly adjust?: string; readonly splitBipolar?: readonly string[] },
  lang: Lang,
): string {
  const nl = lang === 'nl';
  const factors = nl ? `${o.factorCount} ${o.factorCount === 1 ? 'factor' : 'factoren'}` : `${o.factorCount} ${o.factorCount === 1 ? 'factor' : 'factors'}`;
  const extraction = o.extraction === 'centroid' ? (nl ? 'centroïde' : 'centroid') : nl ? 'hoofdcomponenten' : 'principal components';
  const j = o.rotation === 'judgmental' ? o.judgmental : undefined;
  const rotation = j
    ? `${nl ? 'met de hand geroteerd' : 'rotated by hand'} ${rotateTexts(lang).from(j.base === 'none' ? 'none' : 'varimax')} (${rotateTexts(lang).steps(j.steps.length)})`
    : o.rotation === 'none' ? (nl ? 'niet geroteerd' : 'unrotated') : 'varimax';
  const correlation = o.correlation === 'spearman' ? 'Spearman' : o.correlation === 'kendall' ? 'Kendall' : 'Pearson';
  const flags = o.flags && Object.keys(o.flags).length > 0 ? (nl ? 'vlaggen met de hand' : 'flags by hand') : nl ? 'automatische vlaggen' : 'automatic flags';
  const adjust = o.adjust === 'holm' ? (nl ? 'p gecorrigeerd volgens Holm' : 'Holm-adjusted p') : o.adjust === 'bonferroni' ? (nl ? 'p gecorrigeerd volgens Bonferroni' : 'Bonferroni-adjusted p') : null;
  const split = o.splitBipolar && o.splitBipolar.length > 0 ? `${o.splitBipolar.join(', ')} ${nl ? 'gesplitst' : 'split'}` : null;
  return [factors, extraction, rotation, correlation, flags, ...(adjust ? [adjust] : []), ...(split ? [split] : [])].join(', ');
}

/** The one line `qsort analyze` prints when a plan decides the analysis. */
export function planNote(p: { readonly shown: string; readonly replay: boolean; readonly summary: string; readonly overridden: readonly string[]; readonly dropped: string | null }, lang: Lang): string {
  if (lang === 'nl') {
    const head = p.replay ? `let op: het plan van ${p.shown} wordt herhaald` : `let op: volgens het analyseplan in ${p.shown}`;
    const over = p.overridden.length > 0 ? `; ${p.overridden.join(', ')} van de opdrachtregel` : '';
    const dropped = p.dropped ? `; de rotatie met de hand past niet bij deze factoren, dus ${p.dropped}` : '';
    return `${head} (${p.summary})${over}${dropped}.`;
  }
  const head = p.replay ? `note: replaying the plan of ${p.shown}` : `note: using the analysis plan in ${p.shown}`;
  const over = p.overridden.length > 0 ? `; ${p.overridden.join(', ')} from the command line` : '';
  const dropped = p.dropped ? `; its rotation by hand does not fit these factors, so ${p.dropped} is used` : '';
  return `${head} (${p.summary})${over}${dropped}.`;
}

/** After `--save`. */
export const planSaved = (shown: string, lang: Lang): string => (lang === 'nl' ? `Het analyseplan is bewaard in ${shown}.` : `Saved the analysis plan in ${shown}.`);
