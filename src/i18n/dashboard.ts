/** One viewpoint (factor) of the live summary, as the dashboard texts need it. */
interface ViewpointLine {
  readonly factor: string;
  readonly pole: 1 | -1;
  readonly people: number;
  readonly mostAgree: readonly string[];
  readonly leastAgree: readonly string[];
}

/**
 * The words of the workshop session (`qsort serve`) in Dutch and English: the
 * facilitator's dashboard and projector screens, and the join page a browser
 * or phone gets from the server.
 */

export const DASHBOARD_TEXT = {
  nl: {
    done: (d: number, of: string) => `${d}${of} klaar`,
    of: (n: number) => ` van ${n}`,
    joined: (n: number) => `${n} meegedaan`,
    join: 'Meedoen:',
    joinHeading: 'Doe mee — typ in een terminal:',
    address: 'Adres',
    code: 'Code',
    key: 'Sleutel',
    keyHint: 'De eerste keer vraagt ssh of u deze sleutel vertrouwt: kijk of hij gelijk is en typ yes.',
    withQsort: 'Staat qsort op uw laptop? Dan kan het ook zo:',
    participant: 'Deelnemer',
    team: 'Team',
    step: 'Stap',
    cards: 'Kaarten',
    noTeam: 'zonder team',
    perTeam: 'Per team:',
    teamCount: (done: number, joined: number) => `${done}/${joined} klaar`,
    nobody: 'Nog niemand. Deelnemers verschijnen hier zodra ze meedoen.',
    more: (n: number) => `… en nog ${n}`,
    steps: { joined: 'binnen', presort: 'voorsorteren', sort: 'sorteren', questions: 'vragen', review: 'nakijken', done: '✓ klaar' },
    keys: { join: 'j meedoen', dashboard: 'd deelnemers', rank: 'r top vijf', analysis: 'a standpunten', quit: 'q sluiten' },
    topHeading: (n: number, sorts: number) => `De top ${n} — ${sorts} ${sorts === 1 ? 'sortering' : 'sorteringen'}`,
    noSorts: 'Nog geen sorteringen binnen. De top vijf verschijnt na de eerste sortering.',
    legend: 'Het getal rechts is de gemiddelde score van de stelling.',
    viewpointsHeading: (sorts: number, k: number) => `De standpunten — ${k} ${k === 1 ? 'factor' : 'factoren'}, ${sorts} sorteringen`,
    viewpoint: (v: ViewpointLine) =>
      `Factor ${v.factor}${v.pole === -1 ? ', omgekeerd' : ''} — ${v.people} ${v.people === 1 ? 'persoon' : 'personen'}` +
      (v.mostAgree.length > 0 ? ` — meest eens: ${v.mostAgree.join('; ')}` : '') +
      (v.leastAgree.length > 0 ? ` — minst eens: ${v.leastAgree.join('; ')}` : ''),
    fullAnalysis: 'Volledige analyse: qsort analyze en qsort report.',
    closeNotice: 'Nog eens q om de sessie te sluiten (alle sorteringen zijn bewaard).',
    tooFew: (n: number, needed: number) => `De standpunten verschijnen vanaf ${needed} sorteringen (nu ${n}).`,
    failed: (m: string) => `De analyse lukt nog niet: ${m}`,
  },
  en: {
    done: (d: number, of: string) => `${d}${of} done`,
    of: (n: number) => ` of ${n}`,
    joined: (n: number) => `${n} joined`,
    join: 'Join:',
    joinHeading: 'Join in — type in a terminal:',
    address: 'Address',
    code: 'Code',
    key: 'Key',
    keyHint: 'The first time, ssh asks whether you trust this key: check that it is the same, then type yes.',
    withQsort: 'Is qsort on your laptop? Then this works too:',
    participant: 'Participant',
    team: 'Team',
    step: 'Step',
    cards: 'Cards',
    noTeam: 'no team',
    perTeam: 'Per team:',
    teamCount: (done: number, joined: number) => `${done}/${joined} done`,
    nobody: 'Nobody yet. Participants appear here as soon as they join.',
    more: (n: number) => `… and ${n} more`,
    steps: { joined: 'joined', presort: 'pre-sorting', sort: 'sorting', questions: 'questions', review: 'reviewing', done: '✓ done' },
    keys: { join: 'j join', dashboard: 'd participants', rank: 'r top five', analysis: 'a viewpoints', quit: 'q close' },
    topHeading: (n: number, sorts: number) => `The top ${n} — ${sorts} ${sorts === 1 ? 'sort' : 'sorts'}`,
    noSorts: 'No sorts yet. The top five appears after the first sort.',
    legend: 'The number on the right is the mean score of the statement.',
    viewpointsHeading: (sorts: number, k: number) => `The viewpoints — ${k} ${k === 1 ? 'factor' : 'factors'}, ${sorts} sorts`,
    viewpoint: (v: ViewpointLine) =>
      `Factor ${v.factor}${v.pole === -1 ? ', reversed' : ''} — ${v.people} ${v.people === 1 ? 'person' : 'people'}` +
      (v.mostAgree.length > 0 ? ` — most agree: ${v.mostAgree.join('; ')}` : '') +
      (v.leastAgree.length > 0 ? ` — least agree: ${v.leastAgree.join('; ')}` : ''),
    fullAnalysis: 'The full analysis: qsort analyze and qsort report.',
    closeNotice: 'Press q again to close the session (all sorts are saved).',
    tooFew: (n: number, needed: number) => `The viewpoints appear from ${needed} sorts on (now ${n}).`,
    failed: (m: string) => `The analysis does not work yet: ${m}`,
  },
} as const;

/** The join page (GET /). */
export const JOIN_PAGE_TEXT = {
  nl: {
    heading: 'Meedoen aan de Q-sort',
    run: 'Open een terminal op je laptop en typ:',
    ask: 'De code staat op het scherm van de begeleider; vraag ernaar als je die niet ziet.',
    install: 'Nog geen qsort? Vraag de begeleider om hulp bij het installeren.',
    sshRun: 'Open een terminal op je laptop (macOS: Terminal; Windows: PowerShell) en typ, zonder iets te installeren:',
    sshKey: (fingerprint: string) => `De eerste keer vraagt ssh of je de sleutel vertrouwt. Staat er ${fingerprint}? Typ dan yes.`,
    sshOr: 'Staat qsort op je laptop? Dan kan het ook zo:',
  },
  en: {
    heading: 'Join the Q-sort',
    run: 'Open a terminal on your laptop and type:',
    ask: "The code is on the facilitator's screen; ask for it if you cannot see it.",
    install: 'No qsort yet? Ask the facilitator to help you install it.',
    sshRun: 'Open a terminal on your laptop (macOS: Terminal; Windows: PowerShell) and type — nothing to install:',
    sshKey: (fingerprint: string) => `The first time, ssh asks whether you trust the key. Does it say ${fingerprint}? Then type yes.`,
    sshOr: 'Is qsort on your laptop? Then this works too:',
  },
} as const;
