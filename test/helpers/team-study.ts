/**
 * A deterministic 24-statement study for report tests: the built-in
 * customer-focus statements (nl/en, with labels), 15 participants in three
 * teams sorting from three underlying viewpoints plus noise, with answers to
 * the post-sort questions and a few comments. `nasty` puts markup and quotes
 * in names, teams, answers and one statement, to test escaping.
 */
import { distributionValues } from '../../src/core/distribution.ts';
import { seededRandom } from '../../src/core/shuffle.ts';
import { DEFAULT_DISTRIBUTION, newStudy } from '../../src/core/study-defaults.ts';
import type { Lang, SortRecord, Statement, Study } from '../../src/core/types.ts';
import { builtinStatements } from '../../src/formats/statements-file.ts';

export const NASTY = {
  statement: '<script>alert("s")</script> & "quotes" \'single\' </style><!--',
  participant: '"><img src=x onerror=alert(1)>',
  team: '<b>Team & Co</b>',
  answer: '</blockquote><script>alert(2)</script>\nline two & <i>three</i>',
} as const;

const NAMES = ['Anne', 'Bram', 'Chantal', 'Dirk', 'Eva', 'Frank', 'Greet', 'Hamza', 'Ilse', 'Joost', 'Karim', 'Lotte', 'Maarten', 'Nadia', 'Omar'];
const TEAMS: Record<Lang, readonly string[]> = { nl: ['Verkoop', 'Klantendienst', 'Backoffice'], en: ['Sales', 'Customer service', 'Back office'] };
const ANSWERS: Record<Lang, { most: readonly string[]; least: readonly string[]; free: readonly string[]; comment: string }> = {
  nl: {
    most: [
      'Zonder tijd om te luisteren helpt niets anders.',
      'Als de leiding het niet voordoet, doet niemand het.',
      'Klanten merken meteen of we ruimte krijgen om te helpen.',
      'Hier begint het: bij wie je aanneemt.',
      'Boze klanten zijn het moeilijkst; dan wil je weten dat je gesteund wordt.',
      'Wie blijft leren, blijft goed helpen.',
      'Dat zie ik elke dag aan de balie.',
    ],
    least: ['Beloningen werken maar even.', 'Dat regelen we zelf wel.', 'Procedures zijn hier niet het probleem.', 'Een stopwatch maakt niemand klantgerichter.', 'Dat hebben we al lang.'],
    free: ['Goede systemen die niet vastlopen.', 'Samenwerking tussen afdelingen.', '', 'Genoeg collega’s op drukke dagen.', ''],
    comment: 'Mooie oefening, we moeten dit vaker doen.',
  },
  en: {
    most: [
      'Without time to listen, nothing else helps.',
      'If management does not set the example, nobody follows.',
      'Customers notice at once whether we are free to help them.',
      'It starts with whom you hire.',
      'Angry customers are the hardest; then you want to know you are backed up.',
      'People who keep learning keep helping well.',
      'I see it every day at the front desk.',
    ],
    least: ['Rewards only work for a while.', 'We sort that out ourselves.', 'Procedures are not the problem here.', 'A stopwatch makes nobody more customer-focused.', 'We have had that for years.'],
    free: ['Systems that do not freeze.', 'Working together across departments.', '', 'Enough colleagues on busy days.', ''],
    comment: 'A good exercise; we should do this more often.',
  },
};

export interface TeamStudy {
  readonly study: Study;
  readonly sorts: SortRecord[];
}

export async function teamStudy(options: { nasty?: boolean; seed?: number; language?: Lang } = {}): Promise<TeamStudy> {
  const rnd = seededRandom(options.seed ?? 7);
  const builtin = await builtinStatements();
  const statements: Statement[] = options.nasty
    ? builtin.map((s, i) => (i === 0 ? { ...s, text: { nl: NASTY.statement, en: NASTY.statement }, label: { nl: NASTY.statement, en: NASTY.statement } } : s))
    : builtin;
  const language = options.language ?? 'nl';
  const study = newStudy({
    statements,
    distribution: DEFAULT_DISTRIBUTION,
    language,
    ...(options.nasty ? { title: `Klant <focus> & "co"` } : {}),
    createdAt: '2026-11-20T09:00:00.000Z',
  });
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
    const team = options.nasty && p === 0 ? NASTY.team : TEAMS[language][Math.floor(p / 5)]!;
    const text = ANSWERS[language];
    const answers: Record<string, string> = {
      most: options.nasty && p === 0 ? NASTY.answer : text.most[p % text.most.length]!,
      least: p % 4 === 3 ? '' : text.least[p % text.least.length]!,
      missing: text.free[p % text.free.length]!,
    };
    return {
      schemaVersion: 1,
      sortId: `00000000-0000-4000-8000-${String(p).padStart(12, '0')}`,
      participant: options.nasty && p === 0 ? NASTY.participant : name,
      team,
      language,
      source: 'interactive',
      startedAt: '2026-11-20T10:00:00.000Z',
      finishedAt: '2026-11-20T10:12:00.000Z',
      scores,
      answers,
      ...(p % 5 === 1 ? { comment: text.comment } : {}),
    };
  });
  return { study, sorts };
}
