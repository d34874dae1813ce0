import type { Lang } from '../core/types.ts';

/**
 * Why a workshop server could not be reached, in English and Dutch. The client
 * (src/workshop/join/client.ts) builds its reasons from the English texts — they travel
 * as plain strings through retries, the outbox and its errors — and what the
 * participant or facilitator reads goes through localReason, which swaps every
 * known English phrase for its Dutch twin.
 */
export const NETWORK_REASONS = {
  timeout: { en: 'no answer in time', nl: 'geen antwoord op tijd' },
  refused: { en: 'connection refused (is the server running?)', nl: 'verbinding geweigerd (draait de server wel?)' },
  unreachable: { en: 'the network cannot reach it', nl: 'het netwerk kan de server niet bereiken' },
  reset: { en: 'the connection was cut', nl: 'de verbinding werd verbroken' },
  unknownHost: { en: 'unknown host name', nl: 'onbekende computernaam' },
  busy: { en: 'the server is busy', nl: 'de server heeft het druk' },
  fetchStudy: { en: 'cannot fetch the study from', nl: 'kan de studie niet ophalen van' },
  sendSort: { en: 'cannot send the sort to', nl: 'kan de sortering niet versturen naar' },
  serverAt: { en: 'the server at', nl: 'de server op' },
  codeNotAccepted: { en: 'did not accept the session code', nl: 'accepteerde de sessiecode niet' },
  checkCode: { en: "check the code on the facilitator's screen", nl: 'controleer de code op het scherm van de begeleider' },
} as const satisfies Record<string, { readonly en: string; readonly nl: string }>;

/** A reason built from NETWORK_REASONS, in the language asked; text it does not know (e.g. the server's own words) stays as it is. */
export function localReason(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  let out = reason;
  for (const { en, nl } of Object.values(NETWORK_REASONS)) out = out.split(en).join(nl);
  return out;
}
