import type { IoDoing, IoReason } from '../errors.ts';
import type { ErrorTable, WarningTable } from './error-table.ts';

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
