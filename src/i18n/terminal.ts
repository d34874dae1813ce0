import type { Lang } from '../core/types.ts';

/**
 * The words of `qsort rank` and `qsort analyze` in the terminal, in English and
 * Dutch. Column headings and section names shared with the HTML report come
 * from ./report.ts; only what the terminal says differently lives here.
 */

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en = {
  sorts: (n: number) => plural(n, 'sort', 'sorts'),
  rankIntro: (statements: number, sorts: number, top: number) =>
    `All ${statements} statements ranked by mean score over ${plural(sorts, 'sort', 'sorts')} (n = ${sorts}). ★ marks the top ${top}.`,
  rankLegend: (top: string, bottom: string) =>
    `Top 2 / Bottom 2: the share of sorts with the statement in the two highest (${top}) or the two lowest (${bottom}) columns. Statements with the same mean share a rank (=).`,
  fewSorts: (sorts: number) => `note: only ${plural(sorts, 'sort', 'sorts')}; a ranking over so few sorts says little.`,
  byTeamIntro: (top: number) =>
    `Each team's ranks side by side (★ = the team's top ${top}), in the order of the overall ranking (rank and mean over all sorts).`,
  byFactorIntro: (top: number) =>
    `Each factor's ranks by z-score side by side (★ = the factor's top ${top}), in the order of the overall ranking (rank and mean over all sorts).`,
  groupLegend: (short: string, name: string, sorts: number) => `${short} = ${name} (${plural(sorts, 'sort', 'sorts')})`,
  factorLegend: (short: string, sorts: number) => `${short}: ${plural(sorts, 'defining sort', 'defining sorts')}`,
  noFactorScores: 'no sort defines it, so it has no ranks',
  noTeams: 'note: no sort has a team, so there are no per-team ranks; below is the ranking over all sorts ("qsort list" shows the teams).',
  leftOutOfTeams: (n: number) => `note: ${plural(n, 'sort has', 'sorts have')} no team and ${n === 1 ? 'is' : 'are'} left out of the per-team ranks.`,
  th: { rank: 'Rank', number: 'No.', statement: 'Statement', mean: 'Mean', sd: 'SD', topTwo: 'Top 2', bottomTwo: 'Bottom 2' },
};

export type TerminalText = typeof en;

const nl: TerminalText = {
  sorts: (n) => plural(n, 'sortering', 'sorteringen'),
  rankIntro: (statements, sorts, top) =>
    `Alle ${statements} stellingen gerangschikt op gemiddelde score over ${plural(sorts, 'sortering', 'sorteringen')} (n = ${sorts}). ★ markeert de top ${top}.`,
  rankLegend: (top, bottom) =>
    `Top 2 / Bodem 2: het aandeel sorteringen met de stelling in de twee hoogste (${top}) of de twee laagste (${bottom}) kolommen. Stellingen met hetzelfde gemiddelde delen een plaats (=).`,
  fewSorts: (sorts) => `let op: slechts ${plural(sorts, 'sortering', 'sorteringen')}; een rangschikking over zo weinig sorteringen zegt weinig.`,
  byTeamIntro: (top) =>
    `De plaatsen per team naast elkaar (★ = de top ${top} van het team), in de volgorde van de totale rangschikking (plaats en gemiddelde over alle sorteringen).`,
  byFactorIntro: (top) =>
    `De plaatsen per factor op z-score naast elkaar (★ = de top ${top} van de factor), in de volgorde van de totale rangschikking (plaats en gemiddelde over alle sorteringen).`,
  groupLegend: (short, name, sorts) => `${short} = ${name} (${plural(sorts, 'sortering', 'sorteringen')})`,
  factorLegend: (short, sorts) => `${short}: ${plural(sorts, 'bepalende sortering', 'bepalende sorteringen')}`,
  noFactorScores: 'geen enkele sortering bepaalt deze factor, dus hij heeft geen plaatsen',
  noTeams: 'let op: geen enkele sortering heeft een team, dus er zijn geen plaatsen per team; hieronder staat de rangschikking over alle sorteringen ("qsort list" toont de teams).',
  leftOutOfTeams: (n) => `let op: ${plural(n, 'sortering heeft', 'sorteringen hebben')} geen team en ${n === 1 ? 'telt' : 'tellen'} niet mee in de plaatsen per team.`,
  th: { rank: 'Plaats', number: 'Nr.', statement: 'Stelling', mean: 'Gem.', sd: 'SD', topTwo: 'Top 2', bottomTwo: 'Bodem 2' },
};

/** The terminal texts in `lang`. */
export function terminalText(lang: Lang): TerminalText {
  return lang === 'nl' ? nl : en;
}
