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
  byFactorIntro: () =>
    `Each viewpoint's ranks by z-score side by side (★ its most agree, ▼ its least agree: the two outermost columns of its factor array; "F1 rev" is F1 held the other way round), in the order of the overall ranking (rank and mean over all sorts).`,
  groupLegend: (short: string, name: string, sorts: number) => `${short === name ? '' : `${short} = `}${name} (${plural(sorts, 'sort', 'sorts')})`,
  factorLegend: (short: string, sorts: number, reversed: boolean) =>
    reversed ? `${short}: ${short.split(' ')[0]} reversed, ${plural(sorts, 'sort', 'sorts')}` : `${short}: ${plural(sorts, 'defining sort', 'defining sorts')}`,
  noFactorScores: 'no sort defines it, so it has no ranks',
  noTeams: 'note: no sort has a team, so there are no per-team ranks; below is the ranking over all sorts ("qsort list" shows the teams).',
  leftOutOfTeams: (n: number) => `note: ${plural(n, 'sort has', 'sorts have')} no team and ${n === 1 ? 'is' : 'are'} left out of the per-team ranks.`,
  th: { rank: 'Rank', number: 'No.', statement: 'Statement', mean: 'Mean', sd: 'SD', topTwo: 'Top 2', bottomTwo: 'Bottom 2' },

  // qsort analyze
  summary: (p: { sorts: number; statements: number; factors: number; extraction: string; rotation: string; correlation: string; flagging: string }) =>
    `${plural(p.sorts, 'sort', 'sorts')} · ${plural(p.statements, 'statement', 'statements')} · ${plural(p.factors, 'factor', 'factors')} (${p.extraction}, ${p.rotation}) · ${p.correlation} · ${p.flagging}`,
  extraction: { pca: 'principal components', centroid: 'centroid' },
  rotation: { varimax: 'varimax', none: 'unrotated', judgmental: 'rotated by hand' },
  correlation: { pearson: 'Pearson correlations', spearman: 'Spearman correlations', kendall: 'Kendall correlations' },
  flagging: { automatic: 'automatic flags', manual: 'flags set by hand' },
  eigenHeading: 'Eigenvalues of the correlation matrix',
  eigenIntro:
    "How much of the variation between the sorts each unrotated factor could explain. Above 1 means more than one sort's worth (Kaiser–Guttman); the analysis kept the first rows marked ◂.",
  eigenMore: (n: number) => `… and ${n} more (all in --json and --out).`,
  factorsHeading: 'The factors after rotation',
  factorsIntro:
    'Eigenvalue: the sum of squared loadings; variance: its share of all sorts; defining: the sorts flagged on it; reliability and SE: how precise its z-scores are.',
  loadingsHeading: 'Loadings',
  loadingsIntro:
    'How much each sort resembles each factor (−1..+1). ✓ marks the factor a sort defines (its flag); h² is the share of the sort the factors explain.',
  unflagged: (n: number) => `${plural(n, 'sort defines', 'sorts define')} no factor.`,
  arraysHeading: 'Factor arrays',
  arraysIntro:
    'Each factor as the one sort its viewpoint would make: the statement numbers in the grid, from most disagree (left) to most agree (right). ◆ distinguishing statement of this factor, ≈ consensus statement.',
  factorTitle: (f: string, defining: number, variance: string) => `${f} — ${plural(defining, 'defining sort', 'defining sorts')}, ${variance} of the variance`,
  factorTitlePoles: (f: string, holding: number, reversed: number, variance: string) =>
    `${f} — ${plural(holding, 'sort holds', 'sorts hold')} it, ${reversed} reversed (below); ${variance} of the variance`,
  reversedTitle: (f: string, sorts: number, names: string) => `${f}, reversed — ${plural(sorts, 'sort', 'sorts')}: ${names}`,
  reversedIntro:
    'The same factor read the other way round: these sorts load negatively on it, so their view is its array mirrored. Scores below are from the mirrored array.',
  mostAgree: 'Most agree',
  leastAgree: 'Least agree',
  tieLegend: '† placed in its column by statement order among equal z-scores.',
  cribHeading: (f: string) => `Crib sheet of ${f}`,
  cribIntro: 'After Watts & Stenner (2012): what to read first when interpreting the factor. "Elsewhere": the other factors\' array scores.',
  cribParts: {
    highest: 'Its two highest columns',
    higher: 'Ranked higher than in every other factor',
    lower: 'Ranked lower than in every other factor',
    lowest: 'Its two lowest columns',
  },
  cribNone: '(none)',
  elsewhere: 'Elsewhere',
  noScores: 'No sort defines this factor, so it has no z-scores and no array.',
  distinguishingHeading: 'Distinguishing statements',
  distinguishingIntro:
    'Statements a factor places significantly differently from every other factor. Cells: array score and z-score; marks on the other factors: how significant the difference is (* p < .05, ** p < .01, *** p < .001, 6* p < .000001).',
  distinguishingNone: 'No statement distinguishes this factor from all the others.',
  distinguishingPair: (a: string, b: string) => `${a} and ${b}: with two factors every statement that distinguishes one distinguishes the other, so they are listed once.`,
  adjusted: { none: '', holm: 'Marks are from p-values adjusted with Holm’s method within each pair of factors.', bonferroni: 'Marks are from p-values adjusted with the Bonferroni method within each pair of factors.' },
  consensusHeading: 'Consensus statements',
  consensusIntro: 'Statements on which no two factors differ significantly (p < .05): common ground between the viewpoints.',
  consensusNone: 'No consensus statements: every statement separates at least two factors.',
  oneFactor: 'With one factor there is nothing to compare.',
  correlationsHeading: 'Correlations between the factors',
  correlationsIntro: "Correlations between the factors' z-scores: close to 1 means two viewpoints are much alike.",
  defaultFactors: (n: number) =>
    `note: ${plural(n, 'factor', 'factors')} (the default); "qsort factors" helps to choose the number, --factors N sets it.`,
  wrote: (n: number, dir: string) => `wrote ${plural(n, 'file', 'files')} to ${dir}`,
  correlationsLeftOut: (sorts: number, max: number) =>
    `note: correlations.csv is left out: ${sorts} sorts make a ${sorts}×${sorts} matrix (the limit is ${max} sorts).`,
  thA: { factor: 'Factor', eigenvalue: 'Eigenvalue', variance: 'Variance', cumulative: 'Cumulative', defining: 'Defining', reliability: 'Reliability', se: 'SE', sort: 'Sort', h2: 'h²', score: 'Score', z: 'z' },
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
  byFactorIntro: () =>
    `De plaatsen per gezichtspunt op z-score naast elkaar (★ meest eens, ▼ minst eens: de twee buitenste kolommen van de factorsortering; "F1 rev" is F1 andersom gedeeld), in de volgorde van de totale rangschikking (plaats en gemiddelde over alle sorteringen).`,
  groupLegend: (short, name, sorts) => `${short === name ? '' : `${short} = `}${name} (${plural(sorts, 'sortering', 'sorteringen')})`,
  factorLegend: (short, sorts, reversed) =>
    reversed ? `${short}: ${short.split(' ')[0]} omgekeerd, ${plural(sorts, 'sortering', 'sorteringen')}` : `${short}: ${plural(sorts, 'bepalende sortering', 'bepalende sorteringen')}`,
  noFactorScores: 'geen enkele sortering bepaalt deze factor, dus hij heeft geen plaatsen',
  noTeams: 'let op: geen enkele sortering heeft een team, dus er zijn geen plaatsen per team; hieronder staat de rangschikking over alle sorteringen ("qsort list" toont de teams).',
  leftOutOfTeams: (n) => `let op: ${plural(n, 'sortering heeft', 'sorteringen hebben')} geen team en ${n === 1 ? 'telt' : 'tellen'} niet mee in de plaatsen per team.`,
  th: { rank: 'Plaats', number: 'Nr.', statement: 'Stelling', mean: 'Gem.', sd: 'SD', topTwo: 'Top 2', bottomTwo: 'Bodem 2' },

  summary: (p) =>
    `${plural(p.sorts, 'sortering', 'sorteringen')} · ${plural(p.statements, 'stelling', 'stellingen')} · ${plural(p.factors, 'factor', 'factoren')} (${p.extraction}, ${p.rotation}) · ${p.correlation} · ${p.flagging}`,
  extraction: { pca: 'hoofdcomponenten', centroid: 'centroïde' },
  rotation: { varimax: 'varimax', none: 'niet geroteerd', judgmental: 'met de hand geroteerd' },
  correlation: { pearson: 'Pearson-correlaties', spearman: 'Spearman-correlaties', kendall: 'Kendall-correlaties' },
  flagging: { automatic: 'automatisch gemarkeerd', manual: 'met de hand gemarkeerd' },
  eigenHeading: 'Eigenwaarden van de correlatiematrix',
  eigenIntro:
    'Hoeveel van de verschillen tussen de sorteringen elke ongeroteerde factor zou kunnen verklaren. Boven 1 is meer dan één sortering waard (Kaiser–Guttman); de analyse hield de eerste rijen, gemarkeerd met ◂.',
  eigenMore: (n) => `… en nog ${n} (allemaal in --json en --out).`,
  factorsHeading: 'De factoren na rotatie',
  factorsIntro:
    'Eigenwaarde: de som van de gekwadrateerde ladingen; variantie: het aandeel van alle sorteringen; bepalend: de sorteringen die erop gemarkeerd zijn; betrouwbaarheid en SE: hoe nauwkeurig de z-scores zijn.',
  loadingsHeading: 'Ladingen',
  loadingsIntro:
    'Hoe sterk elke sortering op elke factor lijkt (−1..+1). ✓ markeert de factor die een sortering bepaalt; h² is het deel van de sortering dat de factoren verklaren.',
  unflagged: (n) => `${plural(n, 'sortering bepaalt', 'sorteringen bepalen')} geen factor.`,
  arraysHeading: 'Factorarrays',
  arraysIntro:
    'Elke factor als de ene sortering die bij het gezichtspunt hoort: de nummers van de stellingen in het rooster, van meest oneens (links) tot meest eens (rechts). ◆ onderscheidende stelling van deze factor, ≈ consensusstelling.',
  factorTitle: (f, defining, variance) => `${f} — ${plural(defining, 'bepalende sortering', 'bepalende sorteringen')}, ${variance} van de variantie`,
  factorTitlePoles: (f, holding, reversed, variance) =>
    `${f} — ${plural(holding, 'sortering deelt', 'sorteringen delen')} dit gezichtspunt, ${reversed} omgekeerd (hieronder); ${variance} van de variantie`,
  reversedTitle: (f, sorts, names) => `${f}, omgekeerd — ${plural(sorts, 'sortering', 'sorteringen')}: ${names}`,
  reversedIntro:
    'Dezelfde factor andersom gelezen: deze sorteringen laden er negatief op, dus hun gezichtspunt is de gespiegelde array. De scores hieronder komen uit de gespiegelde array.',
  mostAgree: 'Meest eens',
  leastAgree: 'Minst eens',
  tieLegend: '† in deze kolom gelegd op stellingvolgorde, tussen gelijke z-scores.',
  cribHeading: (f) => `Spiekbrief van ${f}`,
  cribIntro: 'Naar Watts & Stenner (2012): wat je eerst leest om de factor te duiden. "Elders": de arrayscores van de andere factoren.',
  cribParts: {
    highest: 'De twee hoogste kolommen',
    higher: 'Hoger geplaatst dan in elke andere factor',
    lower: 'Lager geplaatst dan in elke andere factor',
    lowest: 'De twee laagste kolommen',
  },
  cribNone: '(geen)',
  elsewhere: 'Elders',
  noScores: 'Geen enkele sortering bepaalt deze factor, dus hij heeft geen z-scores en geen array.',
  distinguishingHeading: 'Onderscheidende stellingen',
  distinguishingIntro:
    'Stellingen die een factor significant anders plaatst dan elke andere factor. Cellen: arrayscore en z-score; tekens bij de andere factoren: hoe significant het verschil is (* p < 0,05, ** p < 0,01, *** p < 0,001, 6* p < 0,000001).',
  distinguishingNone: 'Geen enkele stelling onderscheidt deze factor van alle andere.',
  distinguishingPair: (a, b) => `${a} en ${b}: met twee factoren onderscheidt elke stelling die de ene onderscheidt ook de andere, dus ze staan hier één keer.`,
  adjusted: { none: '', holm: 'De tekens komen uit p-waarden die per paar factoren gecorrigeerd zijn met de methode van Holm.', bonferroni: 'De tekens komen uit p-waarden die per paar factoren gecorrigeerd zijn met de methode van Bonferroni.' },
  consensusHeading: 'Consensusstellingen',
  consensusIntro: 'Stellingen waarop geen twee factoren significant verschillen (p < 0,05): gedeelde grond tussen de gezichtspunten.',
  consensusNone: 'Geen consensusstellingen: elke stelling scheidt minstens twee factoren.',
  oneFactor: 'Met één factor valt er niets te vergelijken.',
  correlationsHeading: 'Correlaties tussen de factoren',
  correlationsIntro: 'Correlaties tussen de z-scores van de factoren: dicht bij 1 betekent dat twee gezichtspunten sterk op elkaar lijken.',
  defaultFactors: (n) =>
    `let op: ${plural(n, 'factor', 'factoren')} (de standaard); "qsort factors" helpt het aantal kiezen, --factors N stelt het in.`,
  wrote: (n, dir) => `${plural(n, 'bestand', 'bestanden')} geschreven naar ${dir}`,
  correlationsLeftOut: (sorts, max) =>
    `let op: correlations.csv ontbreekt: ${sorts} sorteringen geven een matrix van ${sorts}×${sorts} (de grens is ${max} sorteringen).`,
  thA: { factor: 'Factor', eigenvalue: 'Eigenwaarde', variance: 'Variantie', cumulative: 'Cumulatief', defining: 'Bepalend', reliability: 'Betrouwb.', se: 'SE', sort: 'Sortering', h2: 'h²', score: 'Score', z: 'z' },
};

/** The terminal texts in `lang`. */
export function terminalText(lang: Lang): TerminalText {
  return lang === 'nl' ? nl : en;
}
