import type { Lang } from '../core/types.ts';

/**
 * What a participant who joins over SSH reads outside the sort's own screens
 * (those are in sort.ts), and the SSH lines of the facilitator's `serve`, in
 * the study's language. `command` is always the exact ssh command to type.
 */
export interface SshTexts {
  readonly lang: Lang;
  /** The login name was not the session code (shown by the participant's ssh client before "Permission denied"; ASCII only). */
  readonly wrongCode: (given: string, command: string) => string;
  /** Too many wrong codes from one address (ASCII only). */
  readonly tooManyFailures: (seconds: number) => string;
  /** `ssh … CODE@host ls`: a command instead of the sort. */
  readonly onlyTheSort: (command: string) => string;
  /** All sessions in use. */
  readonly full: (max: number) => string;
  /** Where the sort is kept, on the "saved" and "stopped" lines. */
  readonly facilitatorsComputer: string;
  /** How to continue a stopped sort: the same command, the same name. */
  readonly resume: (command: string, participant: string) => string;
  /** No key for a long time: the session was closed. */
  readonly idleClosed: (minutes: number) => string;
  /** The facilitator closed the workshop. */
  readonly serverClosing: string;
  /** Something went wrong on the facilitator's side. */
  readonly internalError: string;
  /** The last line of a finished sort's session. */
  readonly goodbye: string;
  /** Facilitator: the host key's fingerprint, for participants to compare. */
  readonly fingerprint: string;
}

const nl: SshTexts = {
  lang: 'nl',
  wrongCode: (given, command) => `qsort: "${given}" is niet de code van deze sessie. Typ het commando van het scherm, met de code voor de @: ${command}`,
  tooManyFailures: (seconds) => `qsort: te veel verkeerde codes vanaf dit adres; probeer het over ${seconds} seconden opnieuw.`,
  onlyTheSort: (command) => `qsort: hier draait alleen de Q-sort, geen commando's. Verbind zonder commando: ${command}`,
  full: (max) => `qsort: de sessie is vol (${max} deelnemers tegelijk). Probeer het straks opnieuw of vraag de begeleider.`,
  facilitatorsComputer: 'de studiemap op de computer van de begeleider',
  resume: (command, p) => `${command}  (en typ dan weer “${p}”)`,
  idleClosed: (minutes) => `Gesloten na ${minutes} minuten zonder toetsaanslag.`,
  serverClosing: 'De begeleider heeft de sessie gesloten.',
  internalError: 'Er ging iets mis bij de begeleider. Uw sortering tot nu toe is bewaard; meld het de begeleider.',
  goodbye: 'Tot ziens!',
  fingerprint: 'Sleutel',
};

const en: SshTexts = {
  lang: 'en',
  wrongCode: (given, command) => `qsort: "${given}" is not the code of this session. Type the command on the screen, with the code before the @: ${command}`,
  tooManyFailures: (seconds) => `qsort: too many wrong codes from this address; try again in ${seconds} seconds.`,
  onlyTheSort: (command) => `qsort: only the Q-sort runs here, no commands. Connect without a command: ${command}`,
  full: (max) => `qsort: the session is full (${max} participants at once). Try again in a moment or ask the facilitator.`,
  facilitatorsComputer: "the study folder on the facilitator's computer",
  resume: (command, p) => `${command}  (then type “${p}” again)`,
  idleClosed: (minutes) => `Closed after ${minutes} minutes without a key press.`,
  serverClosing: 'The facilitator has closed the session.',
  internalError: "Something went wrong on the facilitator's side. Your sort so far is kept; please tell the facilitator.",
  goodbye: 'Goodbye!',
  fingerprint: 'Key',
};

export function sshTexts(lang: Lang): SshTexts {
  return lang === 'nl' ? nl : en;
}
