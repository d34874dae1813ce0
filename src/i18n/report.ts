import type { FactorRule } from '../analysis/index.ts';
import type { Lang } from '../core/types.ts';

/**
 * Every word of the HTML report, in English and Dutch. Functions take the
 * numbers and names they need; formatting of numbers happens before they are
 * passed in, so the text decides only the words around them.
 */

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
/** "a, b and c" / "a, b en c". */
const list = (items: readonly string[], and: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

const en = {
  htmlTitle: (title: string) => `${title} — Q-sort report`,
  kicker: 'Q-sort report',
  contents: 'Contents',
  questionLabel: 'The question',
  facts: {
    statements: 'Statements',
    sorts: 'Sorts',
    distribution: 'Distribution',
    teams: 'Teams',
    factors: 'Factors',
  },
  distributionValue: (range: string, counts: string) => `${range} · ${counts}`,
  topHeading: (n: number) => `The top ${n}`,
  topIntro: (sorts: number) => `The statements with the highest mean score over ${sorts === 1 ? 'the one sort' : `all ${sorts} sorts`}.`,
  tieNote: 'Statements with the same mean share a rank (marked =).',
  fewSorts: (sorts: number) => `Only ${plural(sorts, 'sort', 'sorts')}: a ranking over so few sorts says little.`,
  viewpointsHeading: 'The viewpoints at a glance',
  viewpointLine: (factor: string, people: string) => `${factor} — ${people}`,
  people: (n: number) => plural(n, 'person', 'people'),
  mostAgree: 'most agree',
  leastAgree: 'least agree',
  noArray: 'no sort defines this factor, so it has no array',
  factorName: (n: number | string) => `Factor ${n}`,
  reversedName: (factor: string) => `${factor}, reversed`,
  viewpointsIntro:
    'Each viewpoint with the people who hold it and the statements they agree and disagree with most (the two outermost columns of its factor array). A factor some people hold the other way round appears twice: as itself, and “reversed”, read from its mirrored array. Nobody is counted in both.',
  tieMark: '† placed in its column by statement order among equal z-scores.',

  rankingHeading: 'All statements ranked',
  rankingIntro: (sorts: number, top: number) =>
    `Every statement by its mean score over ${plural(sorts, 'sort', 'sorts')}, from most agree to most disagree. The top ${top} are marked ★ and drawn in blue. “Top two” and “bottom two” are the shares of sorts that put the statement in the two highest or the two lowest columns.`,
  rankingChartTitle: 'Statements by mean score',
  rankingChartDesc: (count: number, top: number, first: string) =>
    `Horizontal bar chart of the mean score of ${count} statements, highest first. The top ${top} are highlighted; the highest is ${first}. The table below gives the same numbers.`,
  perTeamHeading: 'Per team',
  perTeamIntro: (top: number) => `The same ranking within each team; each team's top ${top} is marked ★.`,
  teamHeading: (team: string, sorts: number) => `${team} (${plural(sorts, 'sort', 'sorts')})`,
  teamChartTitle: (team: string) => `Statements by mean score in team ${team}`,
  th: {
    rank: 'Rank',
    number: 'No.',
    statement: 'Statement',
    mean: 'Mean',
    sd: 'SD',
    topTwo: 'Top two',
    bottomTwo: 'Bottom two',
    sorts: 'Sorts',
    factor: 'Factor',
    eigenvalue: 'Eigenvalue',
    variance: 'Variance',
    cumulative: 'Cumulative',
    parallel: (percentile: number) => `Random, ${percentile}th pct.`,
    humphrey: 'Humphrey',
    definingSorts: 'Defining sorts (min.)',
    sort: 'Sort',
    team: 'Team',
    loading: 'Loading',
    score: 'Score',
    zScore: 'z',
    column: 'Column',
  },

  screeHeading: 'How many factors?',
  screeIntro: (sorts: number, kept: number) =>
    `The eigenvalues of the correlations between the ${sorts} sorts, largest first. A factor above the dashed line (eigenvalue greater than 1, the Kaiser–Guttman rule) explains more than one sort's worth of variance. This analysis kept ${plural(kept, 'factor', 'factors')}.`,
  parallelIntro: (iterations: number, percentile: number, seed: string) =>
    `Parallel analysis keeps a factor while its eigenvalue is above the ${percentile}th percentile of the eigenvalues of ${iterations} random studies of the same size on the same distribution (seed ${seed}).`,
  aidsIntro: (threshold: string, statements: number) =>
    `Humphrey's rule keeps a factor while the product of its two highest unrotated loadings is above twice the standard error (2/√${statements} = ${threshold}). The defining-sorts rule keeps k factors while every factor of the k-factor solution has at least two defining sorts.`,
  aidsCaption: 'The number-of-factors aids: eigenvalues, Humphrey’s rule, defining sorts and parallel analysis',
  rules: { kaiser: 'eigenvalue > 1', humphrey: "Humphrey's rule", twoSorts: 'two defining sorts', parallel: 'parallel analysis' } as Record<FactorRule, string>,
  recommended: (k: number, agreeing: readonly string[], others: readonly string[]) =>
    `The aids recommend ${plural(k, 'factor', 'factors')}${
      agreeing.length === 0 ? ' (no single rule gives exactly this' : ` (${list(agreeing, 'and')} ${agreeing.length === 1 ? 'says so' : 'agree'}`
    }${others.length > 0 ? `; ${others.join(', ')}` : ''}).`,
  usesRecommended: (k: number) => `This report uses ${plural(k, 'factor', 'factors')}, as recommended.`,
  usesChosen: (k: number) => `This report uses ${plural(k, 'factor', 'factors')}, as chosen with --factors.`,
  keeps: 'kept by this rule',
  screeChartTitle: 'Scree plot',
  screeChartDesc: (count: number, above: number, kept: number, parallel: boolean) =>
    `Line chart of ${count} eigenvalues, from largest to smallest. ${plural(above, 'eigenvalue is', 'eigenvalues are')} greater than 1; ${plural(kept, 'factor was', 'factors were')} kept${parallel ? '. A second line shows the parallel-analysis threshold' : ''}. The table gives the same numbers.`,
  legendEigenvalue: 'Eigenvalue',
  legendKaiser: 'Eigenvalue 1',
  legendParallel: (percentile: number) => `Parallel analysis (${percentile}th percentile)`,
  legendKept: 'kept',
  axisFactor: 'Factor',

  factorIntro: (people: string, variance: string) => `Defined by ${people}; explains ${variance} of the variance.`,
  factorIntroPoles: (people: string, reversed: string, variance: string) =>
    `Held by ${people}; ${reversed} hold it the other way round (“reversed”, below). Explains ${variance} of the variance.`,
  reversedIntro: (people: string) =>
    `${people} load negatively on this factor: their viewpoint is its array mirrored (every score turned round). It is read here from the mirrored array.`,
  cribHeading: 'Crib sheet',
  cribIntro: 'After Watts & Stenner (2012): the statements to read first when interpreting this factor. “Elsewhere” gives the other factors’ array scores.',
  cribParts: {
    highest: 'In its two highest columns',
    higher: 'Ranked higher than in every other factor',
    lower: 'Ranked lower than in every other factor',
    lowest: 'In its two lowest columns',
  },
  cribNone: 'None.',
  elsewhere: 'Elsewhere',
  factorFacts: {
    defining: 'Defining sorts',
    eigenvalue: 'Eigenvalue',
    variance: 'Explained variance',
    reliability: 'Composite reliability',
    se: 'SE of z-scores',
  },
  gridHeading: 'The factor array',
  gridIntro: 'The statements as a typical member of this viewpoint would sort them. ◆ marks a distinguishing statement, ≈ a consensus statement.',
  gridChartTitle: (factor: string) => `${factor}: the factor array as a Q-grid`,
  gridChartDesc: (factor: string, columns: number, top: string, bottom: string) =>
    `Q-grid of ${factor} with ${columns} columns from most disagree to most agree. Most agree: ${top}. Most disagree: ${bottom}. The table lists every column.`,
  gridLeft: 'most disagree',
  gridRight: 'most agree',
  definingHeading: 'Defining sorts',
  definingNone: 'No sort is flagged on this factor.',
  distinguishingHeading: 'Distinguishing statements',
  distinguishingIntro: (factor: string) =>
    `Statements ${factor} places significantly differently from every other factor (p < .05). Marks: * p < .05, ** p < .01, *** p < .001, 6* p < .000001.`,
  distinguishingNone: 'No statement distinguishes this factor from all the others.',
  noScores: 'No sort defines this factor, so it has no z-scores and no array.',

  consensusHeading: 'Consensus statements',
  consensusIntro: 'Statements on which no two factors differ significantly (p < .05): common ground between the viewpoints.',
  consensusNone: 'No consensus statements: every statement separates at least two factors.',
  consensusOneFactor: 'With one factor there is nothing to compare.',

  loadingsHeading: 'Factor loadings',
  loadingsIntro: (statements: number) =>
    `The correlation of each sort with each factor. ✓ and bold mark the factor a sort defines (flagged automatically when its loading is significant, |a| > 1.96/√${statements}, and larger than its loadings on the other factors together), or as set by hand.`,
  flaggedLabel: 'defining',
  correlationsHeading: 'Correlations between the factors',
  correlationsIntro: "The correlations between the factors' z-scores: close to 1 means two viewpoints are much alike.",

  commentsHeading: 'What the participants wrote',
  commentsIntro: 'Answers to the questions after the sort, grouped by the viewpoint each participant holds: a factor, or a factor reversed.',
  commentsNone: 'No participant wrote answers or comments.',
  commentsUnflagged: 'Not defining any factor',
  placedAt: (score: string) => `Placed at ${score}`,
  commentLabel: 'Comment',

  methodsHeading: 'Methods',
  methods: (p: {
    sorts: number;
    statements: number;
    range: string;
    counts: string;
    correlation: string;
    extraction: string;
    factors: number;
    rotation: string;
    /** How the number of factors was chosen (may be empty). */
    choice: string;
    flagging: string;
    /** The significance sentence (unadjusted, or adjusted with Holm/Bonferroni). */
    significance: string;
    /** Two-sided factors and split ones (may be empty). */
    poles: string;
    version: string;
    date: string;
  }) =>
    `${p.sorts} Q-sorts of ${p.statements} statements (forced distribution from ${p.range}, ${p.counts} statements per column) were correlated with ${p.correlation}. ` +
    `${p.extraction} extracted ${plural(p.factors, 'factor', 'factors')}, ${p.rotation}. ${p.choice ? `${p.choice} ` : ''}${p.flagging} ` +
    `Factor scores are weighted averages of the defining sorts (weight a/(1 − a²)), standardised to z-scores; each factor array hands out the distribution's values in order of z-score. ` +
    `${p.significance} ` +
    `a statement is distinguishing when its factor differs from every other factor, and consensus when no two factors differ. ${p.poles ? `${p.poles} ` : ''}` +
    `Analysis and report by qsort ${p.version} on ${p.date}.`,
  significance: {
    none: 'Two factors differ significantly on a statement when the difference of their z-scores exceeds 1.96 times the standard error of the difference (p < .05, not adjusted for multiple comparisons, as PQMethod and qmethod);',
    holm: (statements: number) =>
      `Two factors differ significantly on a statement when the two-sided p-value of the difference of their z-scores (over its standard error) is below .05 after Holm’s adjustment within each pair of factors over all ${statements} statements;`,
    bonferroni: (statements: number) =>
      `Two factors differ significantly on a statement when the two-sided p-value of the difference of their z-scores (over its standard error) is below .05 after the Bonferroni adjustment within each pair of factors (p × ${statements});`,
  },
  polesMethod: 'A sort flagged on a negative loading holds its factor reversed and is counted with the reversed viewpoint only.',
  splitMethod: (factors: string) => `The negative pole of ${factors} was split off as a factor of its own (KADE’s “split bipolar factor”), with z-scores from its own sorts.`,
  correlation: { pearson: "Pearson's r", spearman: "Spearman's rank correlation", kendall: "Kendall's τb" },
  extraction: { pca: 'Principal component analysis', centroid: "Brown's centroid method" },
  rotation: { varimax: 'rotated by varimax (with Kaiser normalisation)', none: 'not rotated', judgmental: 'rotated by hand' },
  /** A judgmental rotation in the methods: its base and steps. */
  judgmentalRotation: (base: 'varimax' | 'none', steps: string) =>
    `rotated by hand (judgmental rotation) ${base === 'varimax' ? 'after varimax (with Kaiser normalisation)' : 'from the unrotated factors'}${steps ? `, in pairwise steps: ${steps}` : ', with no steps'}`,
  flaggingAuto: (statements: number) =>
    `A sort defines a factor when its squared loading exceeds the sum of its other squared loadings and the loading is significant (|a| > 1.96/√${statements}, p < .05); at most one factor per sort.`,
  flaggingManual: (factors: string) => `The defining sorts of ${factors} were chosen by hand; the others were flagged automatically (squared loading larger than the rest of the communality, |a| > 1.96/√N).`,
  choiceRecommended: (iterations: number, seed: string) =>
    `The number of factors is the smallest that Humphrey's rule, at least two defining sorts per factor and parallel analysis (${iterations} random studies, seed ${seed}) allow.`,
  choiceChosen: 'The number of factors was chosen by the analyst.',
  notesHeading: 'Notes from the analysis',
  planHeading: 'The analysis plan (qsort analyze --plan replays it)',
  footer: (version: string, date: string) => `Made with qsort ${version} on ${date}.`,
};

export type ReportText = typeof en;

const nl: ReportText = {
  htmlTitle: (title) => `${title} — Q-sortrapport`,
  kicker: 'Q-sortrapport',
  contents: 'Inhoud',
  questionLabel: 'De vraag',
  facts: {
    statements: 'Stellingen',
    sorts: 'Sorteringen',
    distribution: 'Verdeling',
    teams: 'Teams',
    factors: 'Factoren',
  },
  distributionValue: (range, counts) => `${range} · ${counts}`,
  topHeading: (n) => `De top ${n}`,
  topIntro: (sorts) => `De stellingen met de hoogste gemiddelde score over ${sorts === 1 ? '1 sortering' : `alle ${sorts} sorteringen`}.`,
  tieNote: 'Stellingen met hetzelfde gemiddelde delen een plaats (aangeduid met =).',
  fewSorts: (sorts) => `Slechts ${plural(sorts, 'sortering', 'sorteringen')}: een rangschikking over zo weinig sorteringen zegt weinig.`,
  viewpointsHeading: 'De gezichtspunten in één oogopslag',
  viewpointLine: (factor, people) => `${factor} — ${people}`,
  people: (n) => plural(n, 'persoon', 'personen'),
  mostAgree: 'meest eens',
  leastAgree: 'minst eens',
  noArray: 'geen enkele sortering bepaalt deze factor, dus er is geen factorsortering',
  factorName: (n) => `Factor ${n}`,
  reversedName: (factor) => `${factor}, omgekeerd`,
  viewpointsIntro:
    'Elk gezichtspunt met de mensen die het delen en de stellingen waarmee ze het meest eens en oneens zijn (de twee buitenste kolommen van de factorsortering). Een factor die sommigen andersom delen, staat er twee keer: zelf, en “omgekeerd”, gelezen uit de gespiegelde sortering. Niemand telt bij allebei.',
  tieMark: '† in deze kolom gelegd op stellingvolgorde, tussen gelijke z-scores.',

  rankingHeading: 'Alle stellingen gerangschikt',
  rankingIntro: (sorts, top) =>
    `Elke stelling volgens haar gemiddelde score over ${plural(sorts, 'sortering', 'sorteringen')}, van meest eens tot meest oneens. De top ${top} is gemarkeerd met ★ en blauw getekend. “Top twee” en “onderste twee” zijn de aandelen sorteringen die de stelling in de twee hoogste of de twee laagste kolommen legden.`,
  rankingChartTitle: 'Stellingen volgens gemiddelde score',
  rankingChartDesc: (count, top, first) =>
    `Horizontaal staafdiagram van de gemiddelde score van ${count} stellingen, de hoogste eerst. De top ${top} is gemarkeerd; de hoogste is ${first}. De tabel eronder geeft dezelfde getallen.`,
  perTeamHeading: 'Per team',
  perTeamIntro: (top) => `Dezelfde rangschikking binnen elk team; de top ${top} van elk team is gemarkeerd met ★.`,
  teamHeading: (team, sorts) => `${team} (${plural(sorts, 'sortering', 'sorteringen')})`,
  teamChartTitle: (team) => `Stellingen volgens gemiddelde score in team ${team}`,
  th: {
    rank: 'Plaats',
    number: 'Nr.',
    statement: 'Stelling',
    mean: 'Gemiddelde',
    sd: 'SD',
    topTwo: 'Top twee',
    bottomTwo: 'Onderste twee',
    sorts: 'Sorteringen',
    factor: 'Factor',
    eigenvalue: 'Eigenwaarde',
    variance: 'Variantie',
    cumulative: 'Cumulatief',
    parallel: (percentile) => `Willekeurig, ${percentile}e pct.`,
    humphrey: 'Humphrey',
    definingSorts: 'Bepalende sorteringen (min.)',
    sort: 'Sortering',
    team: 'Team',
    loading: 'Lading',
    score: 'Score',
    zScore: 'z',
    column: 'Kolom',
  },

  screeHeading: 'Hoeveel factoren?',
  screeIntro: (sorts, kept) =>
    `De eigenwaarden van de correlaties tussen de ${sorts} sorteringen, de grootste eerst. Een factor boven de stippellijn (eigenwaarde groter dan 1, de regel van Kaiser–Guttman) verklaart meer variantie dan één sortering. Deze analyse behield ${plural(kept, 'factor', 'factoren')}.`,
  parallelIntro: (iterations, percentile, seed) =>
    `Parallelle analyse behoudt een factor zolang zijn eigenwaarde boven het ${percentile}e percentiel ligt van de eigenwaarden van ${iterations} willekeurige studies van dezelfde omvang op dezelfde verdeling (seed ${seed}).`,
  aidsIntro: (threshold, statements) =>
    `De regel van Humphrey behoudt een factor zolang het product van zijn twee hoogste ongeroteerde ladingen groter is dan tweemaal de standaardfout (2/√${statements} = ${threshold}). De regel van de bepalende sorteringen behoudt k factoren zolang elke factor van de oplossing met k factoren minstens twee bepalende sorteringen heeft.`,
  aidsCaption: 'De hulpmiddelen voor het aantal factoren: eigenwaarden, regel van Humphrey, bepalende sorteringen en parallelle analyse',
  rules: { kaiser: 'eigenwaarde > 1', humphrey: 'regel van Humphrey', twoSorts: 'twee bepalende sorteringen', parallel: 'parallelle analyse' },
  recommended: (k, agreeing, others) =>
    `De hulpmiddelen raden ${plural(k, 'factor', 'factoren')} aan${
      agreeing.length === 0 ? ' (geen enkele regel geeft precies dit' : ` (${list(agreeing, 'en')} ${agreeing.length === 1 ? 'zegt dat' : 'komen overeen'}`
    }${others.length > 0 ? `; ${others.join(', ')}` : ''}).`,
  usesRecommended: (k) => `Dit rapport gebruikt ${plural(k, 'factor', 'factoren')}, zoals aanbevolen.`,
  usesChosen: (k) => `Dit rapport gebruikt ${plural(k, 'factor', 'factoren')}, zoals gekozen met --factors.`,
  keeps: 'behouden door deze regel',
  screeChartTitle: 'Screeplot',
  screeChartDesc: (count, above, kept, parallel) =>
    `Lijndiagram van ${count} eigenwaarden, van groot naar klein. ${above === 1 ? '1 eigenwaarde is' : `${above} eigenwaarden zijn`} groter dan 1; ${plural(kept, 'factor werd', 'factoren werden')} behouden${parallel ? '. Een tweede lijn toont de drempel van de parallelle analyse' : ''}. De tabel geeft dezelfde getallen.`,
  legendEigenvalue: 'Eigenwaarde',
  legendKaiser: 'Eigenwaarde 1',
  legendParallel: (percentile) => `Parallelle analyse (${percentile}e percentiel)`,
  legendKept: 'behouden',
  axisFactor: 'Factor',

  factorIntro: (people, variance) => `Bepaald door ${people}; verklaart ${variance} van de variantie.`,
  factorIntroPoles: (people, reversed, variance) =>
    `Gedeeld door ${people}; ${reversed} delen het andersom (“omgekeerd”, hieronder). Verklaart ${variance} van de variantie.`,
  reversedIntro: (people) =>
    `${people} laden negatief op deze factor: hun gezichtspunt is de gespiegelde factorsortering (elke score omgedraaid). Het wordt hier uit de gespiegelde sortering gelezen.`,
  cribHeading: 'Spiekbrief',
  cribIntro: 'Naar Watts & Stenner (2012): de stellingen die je eerst leest om deze factor te duiden. “Elders” geeft de scores in de andere factorsorteringen.',
  cribParts: {
    highest: 'In de twee hoogste kolommen',
    higher: 'Hoger geplaatst dan in elke andere factor',
    lower: 'Lager geplaatst dan in elke andere factor',
    lowest: 'In de twee laagste kolommen',
  },
  cribNone: 'Geen.',
  elsewhere: 'Elders',
  factorFacts: {
    defining: 'Bepalende sorteringen',
    eigenvalue: 'Eigenwaarde',
    variance: 'Verklaarde variantie',
    reliability: 'Samengestelde betrouwbaarheid',
    se: 'SE van de z-scores',
  },
  gridHeading: 'De factorsortering',
  gridIntro: 'De stellingen zoals een typische vertegenwoordiger van dit gezichtspunt ze zou leggen. ◆ markeert een onderscheidende stelling, ≈ een consensusstelling.',
  gridChartTitle: (factor) => `${factor}: de factorsortering als Q-rooster`,
  gridChartDesc: (factor, columns, top, bottom) =>
    `Q-rooster van ${factor} met ${columns} kolommen, van meest oneens tot meest eens. Meest eens: ${top}. Meest oneens: ${bottom}. De tabel geeft elke kolom.`,
  gridLeft: 'meest oneens',
  gridRight: 'meest eens',
  definingHeading: 'Bepalende sorteringen',
  definingNone: 'Geen enkele sortering is op deze factor gemarkeerd.',
  distinguishingHeading: 'Onderscheidende stellingen',
  distinguishingIntro: (factor) =>
    `Stellingen die ${factor} significant anders legt dan elke andere factor (p < 0,05). Tekens: * p < 0,05, ** p < 0,01, *** p < 0,001, 6* p < 0,000001.`,
  distinguishingNone: 'Geen enkele stelling onderscheidt deze factor van alle andere.',
  noScores: 'Geen enkele sortering bepaalt deze factor, dus er zijn geen z-scores en geen factorsortering.',

  consensusHeading: 'Consensusstellingen',
  consensusIntro: 'Stellingen waarop geen twee factoren significant verschillen (p < 0,05): gemeenschappelijke grond tussen de gezichtspunten.',
  consensusNone: 'Geen consensusstellingen: elke stelling scheidt minstens twee factoren.',
  consensusOneFactor: 'Met één factor valt er niets te vergelijken.',

  loadingsHeading: 'Factorladingen',
  loadingsIntro: (statements) =>
    `De correlatie van elke sortering met elke factor. ✓ en vet markeren de factor die een sortering bepaalt (automatisch gemarkeerd wanneer de lading significant is, |a| > 1,96/√${statements}, en groter dan haar ladingen op de andere factoren samen), of zoals met de hand gekozen.`,
  flaggedLabel: 'bepalend',
  correlationsHeading: 'Correlaties tussen de factoren',
  correlationsIntro: 'De correlaties tussen de z-scores van de factoren: dicht bij 1 betekent dat twee gezichtspunten sterk op elkaar lijken.',

  commentsHeading: 'Wat de deelnemers schreven',
  commentsIntro: 'Antwoorden op de vragen na het sorteren, gegroepeerd volgens het gezichtspunt van elke deelnemer: een factor, of een factor omgekeerd.',
  commentsNone: 'Geen enkele deelnemer schreef antwoorden of opmerkingen.',
  commentsUnflagged: 'Bepaalt geen factor',
  placedAt: (score) => `Gelegd op ${score}`,
  commentLabel: 'Opmerking',

  methodsHeading: 'Methode',
  methods: (p) =>
    `${p.sorts} Q-sorteringen van ${p.statements} stellingen (gedwongen verdeling van ${p.range}, ${p.counts} stellingen per kolom) werden gecorreleerd met ${p.correlation}. ` +
    `${p.extraction} leverde ${plural(p.factors, 'factor', 'factoren')} op, ${p.rotation}. ${p.choice ? `${p.choice} ` : ''}${p.flagging} ` +
    `Factorscores zijn gewogen gemiddelden van de bepalende sorteringen (gewicht a/(1 − a²)), gestandaardiseerd tot z-scores; elke factorsortering deelt de waarden van de verdeling uit in volgorde van z-score. ` +
    `${p.significance} ` +
    `een stelling is onderscheidend wanneer haar factor van elke andere factor verschilt, en een consensusstelling wanneer geen twee factoren verschillen. ${p.poles ? `${p.poles} ` : ''}` +
    `Analyse en rapport met qsort ${p.version} op ${p.date}.`,
  significance: {
    none: 'Twee factoren verschillen significant op een stelling wanneer het verschil van hun z-scores groter is dan 1,96 maal de standaardfout van het verschil (p < 0,05, niet gecorrigeerd voor meervoudige vergelijkingen, zoals PQMethod en qmethod);',
    holm: (statements) =>
      `Twee factoren verschillen significant op een stelling wanneer de tweezijdige p-waarde van het verschil van hun z-scores (gedeeld door de standaardfout) onder 0,05 ligt na de correctie van Holm per paar factoren over alle ${statements} stellingen;`,
    bonferroni: (statements) =>
      `Twee factoren verschillen significant op een stelling wanneer de tweezijdige p-waarde van het verschil van hun z-scores (gedeeld door de standaardfout) onder 0,05 ligt na de Bonferroni-correctie per paar factoren (p × ${statements});`,
  },
  polesMethod: 'Een sortering die gemarkeerd is op een negatieve lading deelt haar factor omgekeerd en telt alleen bij het omgekeerde gezichtspunt.',
  splitMethod: (factors) => `De negatieve pool van ${factors} werd als eigen factor afgesplitst (“split bipolar factor” van KADE), met z-scores uit de eigen sorteringen.`,
  correlation: { pearson: 'Pearsons r', spearman: 'Spearmans rangcorrelatie', kendall: 'Kendalls τb' },
  extraction: { pca: 'Hoofdcomponentenanalyse', centroid: 'De centroïdemethode van Brown' },
  rotation: { varimax: 'geroteerd met varimax (met Kaiser-normalisatie)', none: 'niet geroteerd', judgmental: 'met de hand geroteerd' },
  judgmentalRotation: (base, steps) =>
    `met de hand geroteerd (judgmentele rotatie) ${base === 'varimax' ? 'na varimax (met Kaiser-normalisatie)' : 'vanaf de ongeroteerde factoren'}${steps ? `, in stappen per paar: ${steps}` : ', zonder stappen'}`,
  flaggingAuto: (statements) =>
    `Een sortering bepaalt een factor wanneer haar gekwadrateerde lading groter is dan de som van haar andere gekwadrateerde ladingen en de lading significant is (|a| > 1,96/√${statements}, p < 0,05); hoogstens één factor per sortering.`,
  flaggingManual: (factors) =>
    `De bepalende sorteringen van ${factors} werden met de hand gekozen; de andere werden automatisch gemarkeerd (gekwadrateerde lading groter dan de rest van de communaliteit, |a| > 1,96/√N).`,
  choiceRecommended: (iterations, seed) =>
    `Het aantal factoren is het kleinste dat de regel van Humphrey, minstens twee bepalende sorteringen per factor en parallelle analyse (${iterations} willekeurige studies, seed ${seed}) toelaten.`,
  choiceChosen: 'Het aantal factoren werd door de analist gekozen.',
  notesHeading: 'Opmerkingen bij de analyse',
  planHeading: 'Het analyseplan (qsort analyze --plan herhaalt het)',
  footer: (version, date) => `Gemaakt met qsort ${version} op ${date}.`,
};

/** The report's texts in `lang`. */
export function reportText(lang: Lang): ReportText {
  return lang === 'nl' ? nl : en;
}
