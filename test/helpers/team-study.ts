/**
 * A deterministic 24-statement study for report tests: the built-in
 * customer-focus statements (nl/en, with labels), 15 participants in three
 * teams sorting from three underlying viewpoints plus noise, with answers to
 * the post-sort questions and a few comments. `nasty` puts markup and quotes
 * in names, teams, answers and one statement, to test escaping.
 */
import { distributionValues } from '../../src/core/distribution.ts';
import { DEFAULT_DISTRIBUTION, newStudy } from '../../src/core/study-defaults.ts';
import type { SortRecord, Statement, Study } from '../../src/core/types.ts';
import { builtinStatements } from '../../src/study/statements-file.ts';

/** mulberry32: a small seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const NASTY = {
  statement: '<script>alert("s")</script> & "quotes" \'single\' </style><!--',
  participant: '"><img src=x onerror=alert(1)>',
  team: '<b>Team & Co</b>',
  answer: '</blockquote><script>alert(2)</script>\nline two & <i>three</i>',
} as const;

const NAMES = ['Anne', 'Bram', 'Chantal', 'Dirk', 'Eva', 'Frank', 'Greet', 'Hamza', 'Ilse', 'Joost', 'Karim', 'Lotte', 'Maarten', 'Nadia', 'Omar'];
const TEAMS = ['Verkoop', 'Klantendienst', 'Backoffice'];
const ANSWERS_MOST = [
  'Zonder tijd om te luisteren helpt niets anders.',
  'Als de leiding het niet voordoet, doet niemand het.',
  'Klanten merken meteen of we ruimte krijgen om te helpen.',
  'Hier begint het: bij wie je aanneemt.',
  'Boze klanten zijn het moeilijkst; dan wil je weten dat je gesteund wordt.',
  'Wie blijft leren, blijft goed helpen.',
  'Dat zie ik elke dag aan de balie.',
];
const ANSWERS_LEAST = ['Beloningen werken maar even.', 'Dat regelen we zelf wel.', 'Procedures zijn hier niet het probleem.', 'Een stopwatch maakt niemand klantgerichter.', 'Dat hebben we al lang.'];
const ANSWERS_FREE = ['Goede systemen die niet vastlopen.', 'Samenwerking tussen afdelingen.', '', 'Genoeg collega’s op drukke dagen.', ''];

export interface TeamStudy {
  readonly study: Study;
  readonly sorts: SortRecord[];
}

export async function teamStudy(options: { nasty?: boolean; seed?: number } = {}): Promise<TeamStudy> {
  const rnd = random(options.seed ?? 7);
  const builtin = await builtinStatements();
  const statements: Statement[] = options.nasty
    ? builtin.map((s, i) => (i === 0 ? { ...s, text: { nl: NASTY.statement, en: NASTY.statement }, label: { nl: NASTY.statement, en: NASTY.statement } } : s))
    : builtin;
  const study = newStudy({ statements, distribution: DEFAULT_DISTRIBUTION, language: 'nl', title: options.nasty ? `Klant <focus> & "co"` : 'Klantgerichtheid van medewerkers', createdAt: '2026-11-20T09:00:00.000Z' });
  const values = distributionValues(study.distribution);
  const n = statements.length;
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const prototypes = [0, 1, 2].map(() => Array.from({ length: n }, () => gauss()));
  const sorts = NAMES.map((name, p): SortRecord => {
    const view = prototypes[p % 3]!;
    const latent = view.map((x) => x + 0.6 * gauss());
    const order = latent.map((_, i) => i).sort((a, b) => latent[a]! - latent[b]! || a - b);
    const scores: Record<string, number> = {};
    order.forEach((i, rank) => (scores[statements[i]!.id] = values[rank]!));
    const team = options.nasty && p === 0 ? NASTY.team : TEAMS[Math.floor(p / 5)]!;
    const answers: Record<string, string> = {
      most: options.nasty && p === 0 ? NASTY.answer : ANSWERS_MOST[p % ANSWERS_MOST.length]!,
      least: p % 4 === 3 ? '' : ANSWERS_LEAST[p % ANSWERS_LEAST.length]!,
      missing: ANSWERS_FREE[p % ANSWERS_FREE.length]!,
    };
    return {
      schemaVersion: 1,
      sortId: `00000000-0000-4000-8000-${String(p).padStart(12, '0')}`,
      participant: options.nasty && p === 0 ? NASTY.participant : name,
      team,
      language: 'nl',
      source: 'interactive',
      startedAt: '2026-11-20T10:00:00.000Z',
      finishedAt: '2026-11-20T10:12:00.000Z',
      scores,
      answers,
      ...(p % 5 === 1 ? { comment: 'Mooie oefening, we moeten dit vaker doen.' } : {}),
    };
  });
  return { study, sorts };
}
