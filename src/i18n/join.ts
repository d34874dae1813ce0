import type { Lang } from '../core/types.ts';

/**
 * What a participant reads around a sort for a workshop server
 * (`qsort sort --join`): sending, waiting, where the sort is safe. The sort's
 * own screens are in sort.ts.
 */
export interface JoinTexts {
  /** The language of these texts: errors built from them are shown in it (QError's `lang`). */
  readonly lang: Lang;
  /** Where the sort went, on the "saved" screen: the facilitator's computer. */
  readonly onServer: (url: string) => string;
  /** Where the sort is, on the "saved" screen, when the server could not be reached. */
  readonly onThisComputer: (path: string) => string;
  readonly sending: (url: string) => string;
  readonly retrying: (reason: string, seconds: number) => string;
  /** The last line when the sort waits in the outbox (exit code 4). */
  readonly notSent: (participant: string, path: string, reason: string) => string;
  /** The server refuses the name before the sort starts. */
  readonly nameTaken: (participant: string, url: string) => string;
  /** The server refused the finished sort. */
  readonly refused: (participant: string, reason: string, kept: string, draft: string) => string;
  /** The code was refused when sending the finished sort (e.g. the session was restarted with another code). */
  readonly codeRefused: (reason: string, path: string) => string;
}

const nl: JoinTexts = {
  lang: 'nl',
  onServer: (url) => `de computer van de begeleider (${url})`,
  onThisComputer: (path) => `deze computer (${path}). Nog niet verstuurd: de computer van de begeleider is niet bereikbaar. "qsort sync" verstuurt de sortering zodra het netwerk er weer is.`,
  sending: (url) => `Uw sortering is bewaard op deze computer en gaat nu naar de begeleider (${url}) …`,
  retrying: (reason, seconds) => `Nog niet verstuurd: ${reason}. Over ${seconds} s opnieuw; uw sortering is veilig bewaard.`,
  notSent: (p, path, reason) =>
    `de sortering van “${p}” is veilig bewaard in ${path}, maar niet verstuurd (${reason}); "qsort sync" verstuurt haar als de server weer bereikbaar is`,
  nameTaken: (p, url) => `de naam “${p}” is al in gebruik in de sessie op ${url}; kies een andere naam met --participant (voeg bijvoorbeeld een initiaal toe)`,
  refused: (p, reason, kept, draft) => `de server weigerde de sortering van “${p}”: ${reason}; de sortering is bewaard in ${kept} en de tussenstand in ${draft}; vraag de begeleider om hulp`,
  codeRefused: (reason, path) => `${reason}; de sortering is veilig bewaard in ${path}; verstuur haar met "qsort sync --code CODE"`,
};

const en: JoinTexts = {
  lang: 'en',
  onServer: (url) => `the facilitator's computer (${url})`,
  onThisComputer: (path) => `this computer (${path}). Not sent yet: the facilitator's computer cannot be reached. "qsort sync" sends the sort as soon as the network is back.`,
  sending: (url) => `Your sort is saved on this computer and is now being sent to the facilitator (${url}) …`,
  retrying: (reason, seconds) => `Not sent yet: ${reason}. Trying again in ${seconds} s; your sort is safe.`,
  notSent: (p, path, reason) =>
    `the sort of "${p}" is safe in ${path} but was not sent (${reason}); "qsort sync" sends it when the server can be reached again`,
  nameTaken: (p, url) => `the name "${p}" is already used in the session at ${url}; choose another name with --participant (add an initial, for example)`,
  refused: (p, reason, kept, draft) => `the server refused the sort of "${p}": ${reason}; the sort is kept in ${kept} and the draft in ${draft}; ask the facilitator for help`,
  codeRefused: (reason, path) => `${reason}; the sort is safe in ${path}; send it with "qsort sync --code CODE"`,
};

export function joinTexts(lang: Lang): JoinTexts {
  return lang === 'nl' ? nl : en;
}
