import type { Lang } from '../core/types.ts';

/**
 * What the facilitator's commands say in the terminal — init, add, list,
 * import, export, sync, statements — in English and Dutch. The sort screens
 * are in sort.ts, rank and analyze in terminal.ts, errors carry their own
 * Dutch twin (QError's `nl`).
 */

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en = {
  // qsort init
  created: (title: string, dir: string) => `Created study "${title}" in ${dir}`,
  createdFrom: (title: string, dir: string, from: string, format: string) => `Created study "${title}" in ${dir} from ${from} (${format})`,
  studyShape: (statements: number, statementsFile: string | undefined, distribution: string) =>
    `  ${plural(statements, 'statement', 'statements')}${statementsFile ? ` from ${statementsFile}` : ''}, distribution ${distribution}`,
  imported: (n: number) => `  ${plural(n, 'sort', 'sorts')} imported`,
  nextSort: (dir: string) => `Next: qsort sort --study ${dir}   (a participant sorts)`,
  nextList: (dir: string) => `Next: qsort list --study ${dir}   (the sorts)`,
  // qsort add
  saved: (who: string, path: string) => `Saved the sort of ${who}: ${path}`,
  replaced: (who: string, path: string, backup: string) => `Replaced the sort of ${who}: ${path}\n  the old sort is kept as ${backup}`,
  // qsort list
  noSorts: (dir: string) => `No sorts yet in ${dir}. Add one with "qsort sort" (interactive) or "qsort add" (a paper sort).`,
  listHeaders: { participant: 'participant', team: 'team', date: 'date', lang: 'lang', source: 'source', status: 'status' },
  status: { valid: 'valid', invalid: 'INVALID', draft: 'draft, not finished' },
  tally: (sorts: number, valid: number, invalid: number) => `${plural(sorts, 'sort', 'sorts')}: ${valid} valid${invalid ? `, ${invalid} invalid` : ''}`,
  draftsInProgress: (n: number) => `${plural(n, 'draft', 'drafts')} in progress`,
  // qsort import / export
  importedFile: (n: number) => plural(n, 'sort', 'sorts'),
  importedAll: (n: number, dir: string) => `Imported ${plural(n, 'sort', 'sorts')} into ${dir}`,
  exported: (n: number, paths: readonly string[]) => `Exported ${plural(n, 'sort', 'sorts')} to ${paths.join(' and ')}`,
  renamedInDat: (participant: string, name: string) => `note: "${participant}" is named "${name}" in the .DAT (PQMethod names have at most 8 characters)`,
  staUtf8: 'note: the .STA is UTF-8: some statements have characters that Windows-1252 (PQMethod) cannot hold',
  // qsort statements
  statementCount: (n: number) => plural(n, 'statement', 'statements'),
  // qsort sync, qsort add --to
  retrying: (reason: string, seconds: number) => `${reason}; trying again in ${seconds} s`,
  outboxEmpty: 'the outbox is empty: every sort was delivered',
  syncSent: 'sent',
  syncWaiting: 'waiting',
  syncRefused: 'refused',
  syncUnreadable: 'unreadable',
  keptIn: (path: string) => `kept in ${path}`,
  sent: (who: string, url: string, status: string) => `Sent the sort of ${who} to ${url}: ${status}`,
  sentStatus: { stored: 'stored', 'already stored': 'already stored' } as Record<string, string>,
  addQueued: (reason: string, who: string, path: string) => `${reason}; the sort of ${who} is kept in ${path}; send it later with "qsort sync"`,
  addCodeRefused: (reason: string, path: string) => `${reason}; the sort is kept in ${path}; resend it with "qsort sync --code CODE"`,
  addRefused: (who: string, reason: string, path: string) => `the server refused the sort of ${who}: ${reason} (kept in ${path})`,
  syncWaitingError: (n: number) => `${n} ${n === 1 ? 'sort is' : 'sorts are'} still waiting in the outbox; run "qsort sync" again when the server is reachable`,
  syncRefusedError: (n: number) => `${n} ${n === 1 ? 'sort was' : 'sorts were'} refused; see the lines above`,
};

export type CommandTexts = typeof en;

const nl: CommandTexts = {
  created: (title, dir) => `Studie "${title}" gemaakt in ${dir}`,
  createdFrom: (title, dir, from, format) => `Studie "${title}" gemaakt in ${dir} uit ${from} (${format})`,
  studyShape: (statements, statementsFile, distribution) =>
    `  ${plural(statements, 'stelling', 'stellingen')}${statementsFile ? ` uit ${statementsFile}` : ''}, verdeling ${distribution}`,
  imported: (n) => `  ${plural(n, 'sortering', 'sorteringen')} geïmporteerd`,
  nextSort: (dir) => `Verder: qsort sort --study ${dir}   (een deelnemer sorteert)`,
  nextList: (dir) => `Verder: qsort list --study ${dir}   (de sorteringen)`,
  saved: (who, path) => `De sortering van ${who} is bewaard: ${path}`,
  replaced: (who, path, backup) => `De sortering van ${who} is vervangen: ${path}\n  de oude sortering is bewaard als ${backup}`,
  noSorts: (dir) => `Nog geen sorteringen in ${dir}. Voeg er een toe met "qsort sort" (op het scherm) of "qsort add" (een sortering op papier).`,
  listHeaders: { participant: 'deelnemer', team: 'team', date: 'datum', lang: 'taal', source: 'bron', status: 'status' },
  status: { valid: 'geldig', invalid: 'ONGELDIG', draft: 'tussenstand, niet af' },
  tally: (sorts, valid, invalid) => `${plural(sorts, 'sortering', 'sorteringen')}: ${valid} geldig${invalid ? `, ${invalid} ongeldig` : ''}`,
  draftsInProgress: (n) => `${plural(n, 'sortering', 'sorteringen')} nog bezig`,
  importedFile: (n) => plural(n, 'sortering', 'sorteringen'),
  importedAll: (n, dir) => `${plural(n, 'sortering', 'sorteringen')} geïmporteerd in ${dir}`,
  exported: (n, paths) => `${plural(n, 'sortering', 'sorteringen')} geëxporteerd naar ${paths.join(' en ')}`,
  renamedInDat: (participant, name) => `let op: "${participant}" heet "${name}" in het .DAT-bestand (PQMethod-namen hebben hooguit 8 tekens)`,
  staUtf8: 'let op: het .STA-bestand is UTF-8: sommige stellingen hebben tekens die Windows-1252 (PQMethod) niet kent',
  statementCount: (n) => plural(n, 'stelling', 'stellingen'),
  retrying: (reason, seconds) => `${reason}; over ${seconds} s opnieuw`,
  outboxEmpty: 'het postvak UIT is leeg: elke sortering is afgeleverd',
  syncSent: 'verstuurd',
  syncWaiting: 'wacht',
  syncRefused: 'geweigerd',
  syncUnreadable: 'onleesbaar',
  keptIn: (path) => `bewaard in ${path}`,
  sent: (who, url, status) => `De sortering van ${who} is verstuurd naar ${url}: ${status}`,
  sentStatus: { stored: 'opgeslagen', 'already stored': 'was al opgeslagen' },
  addQueued: (reason, who, path) => `${reason}; de sortering van ${who} is bewaard in ${path}; verstuur haar later met "qsort sync"`,
  addCodeRefused: (reason, path) => `${reason}; de sortering is bewaard in ${path}; verstuur haar opnieuw met "qsort sync --code CODE"`,
  addRefused: (who, reason, path) => `de server weigerde de sortering van ${who}: ${reason} (bewaard in ${path})`,
  syncWaitingError: (n) => `${plural(n, 'sortering wacht', 'sorteringen wachten')} nog in het postvak UIT; voer "qsort sync" opnieuw uit als de server bereikbaar is`,
  syncRefusedError: (n) => `${plural(n, 'sortering is', 'sorteringen zijn')} geweigerd; zie de regels hierboven`,
};

export function commandTexts(lang: Lang): CommandTexts {
  return lang === 'nl' ? nl : en;
}

/** The built-in statements' categories (Dutch in the data) as an English reader sees them. */
const CATEGORY_EN: Readonly<Record<string, string>> = { willen: 'willing', kunnen: 'able', mogen: 'allowed' };

/** A statement's category in a language: the built-in willen/kunnen/mogen read willing/able/allowed in English; others as they are. */
export function categoryText(category: string, lang: Lang): string {
  return lang === 'en' ? (CATEGORY_EN[category] ?? category) : category;
}
