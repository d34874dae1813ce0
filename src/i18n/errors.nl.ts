import type { DistributionSource, ErrorParams, IoDoing, IoReason } from '../errors.ts';
import type { ErrorTable, WarningTable } from './error-table.ts';
import { shortIdList, signed, sortProblemsText, type SortProblemWords } from './sort-problems.ts';

/** The Dutch verb of "kan PAD niet …" (the path already names what the file is). */
const DOING: Readonly<Record<IoDoing, string>> = { read: 'lezen', write: 'schrijven', create: 'aanmaken', remove: 'verwijderen', open: 'openen', 'back-up': 'veiligstellen', use: 'gebruiken' };
const REASON: Readonly<Record<Exclude<IoReason, 'other'>, string>> = {
  ENOENT: 'dat bestand of die map bestaat niet',
  EACCES: 'geen toestemming',
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'het schijfquotum is op',
  EROFS: 'de schijf is alleen-lezen',
  ENAMETOOLONG: 'de bestandsnaam is te lang',
  EISDIR: 'dat is een map, geen bestand',
  ENOTDIR: 'een deel van het pad is geen map',
};

const SORT_WORDS: SortProblemWords = {
  unknownOne: (id) => `onbekende stelling-id "${id}"`,
  unknownMany: (list) => `onbekende stelling-ids ${list}`,
  missingOne: (id) => `stelling ${id} heeft geen score`,
  missingMany: (list) => `stellingen ${list} hebben geen score`,
  badScore: (id, value, lo, hi) => `stelling ${id} heeft score ${value}, buiten ${lo}..${hi}`,
  count: (score, got, want) => `score ${score} is ${got} keer gebruikt, de verdeling vraagt ${want} keer`,
  more: (n) => `en nog ${n}`,
  inAll: (n) => `${n} in totaal`,
};

/** "verdeling", "verdeling "1,2,3"", "study.json: verdeling". */
const dist = (s: DistributionSource): string => `${s.file === undefined ? '' : `${s.file}: `}verdeling${s.spec === undefined ? '' : ` "${s.spec}"`}`;

const PURPOSE: Readonly<Record<ErrorParams['sorts.too-few']['purpose'], string>> = {
  analysis: 'een analyse',
  report: 'een rapport',
  ranking: 'een rangorde',
  'ranking-by-factor': 'een rangorde per factor',
  'factor-count': 'het kiezen van het aantal factoren',
  rotation: 'met de hand roteren',
};

const REPLACE_HINT = ' (--replace vervangt bestaande sorteringen en bewaart de oude als reservekopie)';

/** Every error in Dutch. */
export const nl: ErrorTable = {
  participant: 'deelnemer',
  statement: 'stelling',
  error: 'fout',
  warning: 'waarschuwing',
  aborted: 'afgebroken',
  internal: (detail) => `interne fout (meld dit alstublieft): ${detail}`,
  codes: {
    'legacy.text': (p) => p.nl ?? p.en,
    'raw': (p) => p.text,
    'io.failed': (p) => `kan ${p.path} niet ${DOING[p.doing]}: ${p.reason === 'other' ? (p.detail ?? '') : REASON[p.reason]}`,
    'io.reason': (p) => (p.reason === 'other' ? (p.detail ?? '') : REASON[p.reason]),
    'study.exists': (p) => `${p.path} bestaat al; kies een andere map of verwijder eerst de oude studie`,
    'study.missing': (p) => `geen studie in ${p.dir} (geen ${p.file}); maak er een met "qsort init ${p.dir}" of wijs er een aan met --study MAP`,
    'study.is-a-file': (p) => `${p.dir} is een bestand, geen studiemap (een map met ${p.file})${p.folder === undefined ? '' : `; de studie is de map: --study ${p.folder}`}`,
    'export.pqmethod-needs-out': () => '--format pqmethod schrijft twee bestanden (.DAT en .STA): geef --out PAD',
    'ssh.bad-host-key': (p) => `${p.path}: geen ed25519-SSH-sleutel; verwijder het bestand, dan wordt een nieuwe gemaakt (wie eerder meedeed krijgt dan één keer een waarschuwing dat de sleutel veranderd is)`,
    'ssh.port-in-use': (p) => `SSH-poort ${p.port} is al in gebruik; kies een andere met --ssh-port, bv. --ssh-port ${p.port + 1}, of zet SSH uit met --no-ssh`,
    'ssh.port-denied': (p) => `geen toestemming om SSH-poort ${p.port} te gebruiken; kies een poort boven 1023 met --ssh-port`,
    'ssh.listen-failed': (p) => `kan de SSH-server op poort ${p.port} niet starten: ${p.detail}`,
    'sort.invalid': (p) => `sortering van "${p.participant}": ${sortProblemsText(p.problems, SORT_WORDS)}`,
    'sort.participant-twice': (p) => `deelnemer "${p.participant}" heeft al een sortering (${p.before}); een deelnemer heeft één sortering`,
    'import.participant-twice': (p, r) => `de deelnemer staat twee keer in de import (ook ${r.place(p.before)})`,
    'import.participant-has-sort': () => 'de deelnemer heeft al een sortering in de studie',
    'import.nothing-imported': (p, r) => `${r.problem(p.problem)}; er is niets geïmporteerd${p.replaceHint ? REPLACE_HINT : ''}`,
    'import.problems': (p) => `${p.count} problemen in de import (hierboven); er is niets geïmporteerd${p.replaceHint ? REPLACE_HINT : ''}`,
    'import.more-problems': (p) => `… en nog ${p.count}`,
    'import.unknown-format': () => 'kan het formaat niet herkennen; geef --format (csv-wide, csv-long, pqmethod, kade, htmlq, eqws, json of xlsx)',
    'json.invalid': (p) => `geen geldige JSON (${p.detail})`,
    'bulk.has-sort': (p) => `deelnemer "${p.participant}" heeft al een sortering (${p.place}); in bulk geïmporteerde sorteringen worden nooit vervangen`,
    'bulk.locked': (p) => `${p.lock} bestaat: een andere import schrijft ${p.file}; probeer het opnieuw als die klaar is (verwijder het slotbestand als er geen import loopt)`,
    'bulk.invalid-sort': (p) => `sortering van "${p.participant}": ${sortProblemsText(p.problems, SORT_WORDS)}; er is niets geïmporteerd`,
    'bulk.exists': (p) => `deelnemer "${p.participant}" heeft al een sortering (${p.twice === true ? 'twee keer in deze import' : (p.place ?? '')}); er is niets geïmporteerd`,
    'sorts.left-out': (p, r) => `weggelaten: ${p.problem.at?.file === p.file ? r.problem(p.problem) : `${p.file}: ${r.problem(p.problem)}`}`,
    'sorts.too-few': (p) => `de studie in ${p.dir} heeft ${p.count} geldige ${p.count === 1 ? 'sortering' : 'sorteringen'}; ${PURPOSE[p.purpose]} heeft er minstens ${p.min} nodig ("qsort list" toont ze)`,
    'sort.problems': (p) => sortProblemsText(p.problems, SORT_WORDS),
    'sort.does-not-fit': (p) =>
      `de sortering van "${p.participant}" past niet bij de studie: ${sortProblemsText(p.problems, SORT_WORDS)}${p.statements !== undefined ? ` (de stellingen van de studie zijn ${shortIdList(p.statements)})` : p.distribution !== undefined ? ` (de verdeling is ${p.distribution})` : ''}`,
    'participant.empty': (p) => `${p.option ?? 'de deelnemer-id'} mag niet leeg zijn`,
    'participant.control-characters': (p) => `${p.option ?? 'de deelnemer-id'} moet één regel tekst zijn, zonder stuurtekens`,
    'participant.too-long': (p) => `${p.option ?? 'de deelnemer-id'} is ${p.length} tekens lang; gebruik er hooguit 100`,
    'add.scores-or-columns': () => 'geef de sortering als --scores "S01=4,S02=-3,…" of als --columns "-4:S05 / -3:S12,S07 / …" (een van de twee)',
    'notation.no-scores': () => 'geen scores; schrijf ze als "S01=4,S02=-3,…"',
    'notation.bad-item': (p) => `${p.item} moet eruitzien als S01=4 (een stelling-id, "=", een score)`,
    'notation.bad-score': (p) => `${p.item}: de score ${p.score} is geen geheel getal`,
    'notation.no-columns': () => 'geen kolommen; schrijf ze als "-4:S05 / -3:S12,S07 / …"',
    'notation.column-without-score': (p) => `de kolom ${p.column} begint met haar score, zoals "-4:S05" of "+1:S03,S08"`,
    'notation.column-bad-score': (p) => `de kolom ${p.column} begint met ${p.start}, geen score als geheel getal`,
    'notation.column-twice': (p) => `de kolom voor score ${signed(p.score)} staat er twee keer; zet al haar stellingen in één kolom`,
    'notation.statement-twice': (p) =>
      `stelling ${p.statement} staat er twee keer${p.typed === undefined ? '' : ` (als "${p.earlierTyped ?? ''}" en "${p.typed}")`}, met scores ${signed(p.earlierScore)} en ${signed(p.score)}`,
    'distribution.counts-and-scores': (p) => `${dist(p.source)}: heeft evenveel aantallen als scores nodig (${p.scores} scores, ${p.counts} aantallen)`,
    'distribution.score-not-whole': (p) => `${dist(p.source)}: score ${p.score} is geen geheel getal`,
    'distribution.not-consecutive': (p) => `${dist(p.source)}: de scores moeten op elkaar volgen (na ${p.before} komt ${p.after})`,
    'distribution.bad-count': (p) => `${dist(p.source)}: aantal ${p.count} voor score ${p.score} is geen geheel getal ≥ 0`,
    'distribution.empty': (p) => `${dist(p.source)}: bevat geen stellingen`,
    'distribution.does-not-fit': (p) => {
      const diff = p.size - p.statements;
      const fix = diff > 0 ? `${diff} te veel (haal er ${diff} af)` : `${-diff} te weinig (tel er ${-diff} bij op)`;
      return `${dist(p.source)}: de aantallen ${p.counts.join(',')} tellen op tot ${p.size}, maar er zijn ${p.statements} stellingen: ${fix}`;
    },
    'distribution.no-statements': (p) => `kan geen verdeling maken voor ${p.statements} stellingen`,
    'distribution.empty-range': (p) => `het scorebereik ${p.lo}..${p.hi} is leeg`,
    'distribution.range-too-wide': (p) => `het scorebereik ${p.lo}..${p.hi} heeft ${p.columns} kolommen, meer dan de ${p.statements} stellingen`,
    'distribution.not-whole': (p) => `${dist(p.source)}: ${p.what === 'score' ? 'score' : 'aantal'} "${p.text}" is geen geheel getal`,
    'distribution.bad-range': (p) => `${dist(p.source)}: het bereik "${p.range}" moet eruitzien als -4..4`,
    'distribution.backwards': (p) => `${dist(p.source)}: het bereik ${p.lo}..${p.hi} loopt achteruit`,
    'distribution.no-counts': (p) => `${dist(p.source)}: geen aantallen gegeven`,
    'distribution.range-needs-statements': (p) => `${dist(p.source)}: voor een bereik zonder aantallen is het aantal stellingen nodig`,
    'distribution.even-counts': (p) => `${dist(p.source)}: ${p.counts} aantallen kunnen niet rond 0 liggen; geef een bereik, bijvoorbeeld "${p.example}"`,
    'distribution.range-and-counts': (p) => `${dist(p.source)}: het bereik ${p.lo}..${p.hi} heeft ${p.hi - p.lo + 1} scores, maar er zijn ${p.counts} aantallen gegeven`,
    'distribution.blank': () => 'verdeling: leeg',
    'distribution.no-sorts': () => 'geen sorteringen om de verdeling van over te nemen',
    'distribution.sorts-differ': (p) => `sortering "${p.sort}" heeft niet dezelfde verdeling als sortering "${p.first}"; zeg met --distribution welke bedoeld is`,
  },
};

/** Every analysis warning in Dutch. */
export const nlWarnings: WarningTable = {
  MANUAL_FLAGS: (w) => {
    const list = (ids: readonly string[] | undefined): string => (ids && ids.length > 0 ? ids.join(', ') : 'geen');
    if (w.sort === undefined) return `${w.factor ?? ''} is met de hand gemarkeerd: ${list(w.sorts)} (de automatische markeringen waren: ${list(w.before)})`;
    const where = w.flaggedOn ? `met de hand gemarkeerd op ${w.flaggedOn}` : 'met de hand nergens gemarkeerd';
    return `sortering ${w.sort}: de automatische markering op ${w.factor ?? ''} is weggehaald (${where})`;
  },
  FACTOR_COUNT_REDUCED: () => 'Er konden minder factoren worden berekend dan gevraagd: de gegevens laten er niet meer toe.',
  NEGATIVE_FLAG: (w) => `Sortering ${w.sort ?? ''} is gemarkeerd op ${w.factor ?? ''} met een negatieve lading: die deelt ${w.factor ?? ''} omgekeerd (getoond als "${w.factor ?? ''}, omgekeerd"; --split-bipolar ${w.factor ?? ''} maakt er een eigen factor van).`,
  FACTOR_WITHOUT_FLAGS: (w) => `${w.factor ?? ''} heeft geen gemarkeerde sorteringen, dus geen z-scores en geen factorsortering.`,
  FACTOR_ARRAY_TIE: (w) => `${w.factor ?? ''}: de stellingen ${(w.statements ?? []).join(', ')} hebben dezelfde z-score; ze werden in stellingvolgorde gelegd.`,
  CENTROID_NOT_CONVERGED: (w) => `centroïdefactor ${w.factor ?? ''} is na ${w.iterations ?? '?'} iteraties niet geconvergeerd`,
  CENTROID_EMPTY_FACTOR: (w) => `centroïdefactor ${w.factor ?? ''} is leeg: er is geen gemeenschappelijke variantie meer over`,
  VARIMAX_NOT_CONVERGED: (w) => `varimax is na ${w.iterations ?? '?'} iteraties gestopt zonder te convergeren`,
  LOADING_AT_ONE: (w) => `${w.factor ?? ''} heeft gemarkeerde ladingen van ±1; alleen die sorteringen bepalen de factor`,
  CONSTANT_FACTOR_SCORES: (w) => `de gewogen scores van ${w.factor ?? ''} zijn allemaal gelijk, dus ${w.factor ?? ''} heeft geen z-scores`,
};
