import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParticipantStatus } from './progress.ts';
import type { RankedRow } from '../../study-analysis/session-ranking.ts';
import type { DashboardState } from './dashboard.ts';
import { formatEventLine, renderAnalysisSummary, renderDashboard, renderJoinScreen, renderRankView, teamCounts } from './dashboard.ts';

const person = (participant: string, team: string | undefined, step: ParticipantStatus['step'], placed: number): ParticipantStatus => ({
  participant,
  ...(team ? { team } : {}),
  step,
  placed,
  total: 24,
  done: step === 'done',
  updatedAt: '2026-11-22T09:00:00.000Z',
});

const state = (over: Partial<DashboardState> = {}): DashboardState => ({
  lang: 'en',
  title: 'Customer focus of employees',
  instruction: 'Which aspects have the greatest influence on how customer-focused employees are?',
  joinUrls: ['http://192.168.1.20:8080'],
  code: 'K7PM3Q',
  expect: 20,
  storedCount: 1,
  participants: [person('Anne', 'Sales', 'sort', 14), person('Bart', 'Sales', 'done', 24), person('Chris', 'Support', 'presort', 0), person('Dee', undefined, 'joined', 0)],
  ...over,
});

const withoutExpect = ({ expect: _unused, ...rest }: DashboardState): DashboardState => rest;

const row = (rank: number, id: string, mean: number, text: string): RankedRow => ({ rank, id, text, mean, sd: 1, topTwoShare: 0.5, bottomTwoShare: 0, n: 12 });

const ranking: RankedRow[] = [
  row(1, 'S18', 2.92, 'Managers set a good example of customer-focused behaviour.'),
  row(2, 'S03', 2.5, 'Employees have the time to really listen to customers and understand them.'),
  row(3, 'S07', 1.75, 'Employees know what the organisation promises its customers.'),
  row(4, 'S11', 1.25, 'Colleagues help each other when a customer needs it.'),
  row(4, 'S12', 1.25, 'Employees may bend a rule to help a customer.'),
  row(6, 'S01', 1, 'Customers are asked what they think.'),
];

describe('renderDashboard', () => {
  it('shows each participant with team, step and cards, the counts against --expect, and the join command (80 columns)', () => {
    expect(renderDashboard(state(), 80)).toMatchInlineSnapshot(`
      " Customer focus of employees                            1 of 20 done · 4 joined
       Join: qsort sort --join http://192.168.1.20:8080 --code K7PM3Q

       Participant                Team     Step         Cards
       Anne                       Sales    sorting      ██████████████·········· 14/24
       Bart                       Sales    ✓ done       ████████████████████████ 24/24
       Chris                      Support  pre-sorting  ························  0/24
       Dee                                 joined       ························  0/24

       Per team: Sales 1/2 done · Support 0/1 done · no team 0/1 done

       j join · r top five · a viewpoints · q close"
    `);
  });

  it('speaks Dutch and says when nobody has joined yet', () => {
    expect(renderDashboard(withoutExpect(state({ lang: 'nl', participants: [] })), 80)).toMatchInlineSnapshot(`
      " Customer focus of employees                              0 klaar · 0 meegedaan
       Meedoen: qsort sort --join http://192.168.1.20:8080 --code K7PM3Q

       Nog niemand. Deelnemers verschijnen hier zodra ze meedoen.

       j meedoen · r top vijf · a standpunten · q sluiten"
    `);
  });

  it('cuts the list to the terminal height and says how many more there are', () => {
    const many = Array.from({ length: 40 }, (_, i) => person(`P${i}`, 'A', 'sort', i % 24));
    const screen = renderDashboard(state({ participants: many }), 80, 24);
    expect(screen.split('\n').length).toBeLessThanOrEqual(24);
    expect(screen).toMatch(/… and \d+ more/);
  });

  it('never writes a line wider than the terminal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 40, max: 200 }),
        fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 60 }), team: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }), placed: fc.integer({ min: 0, max: 24 }) }), { maxLength: 30 }),
        (width, people) => {
          const participants = people.map((p) => person(p.name.replace(/\s/g, 'x'), p.team?.replace(/\s/g, 'x'), 'sort', p.placed));
          for (const line of renderDashboard(state({ participants }), width, 60).split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});

describe('teamCounts', () => {
  it('counts done and joined per team, no team last', () => {
    expect(teamCounts(state().participants)).toEqual([
      { team: 'Sales', done: 1, joined: 2 },
      { team: 'Support', done: 0, joined: 1 },
      { team: undefined, done: 0, joined: 1 },
    ]);
  });
});

describe('renderJoinScreen', () => {
  const qr = '\x1b[47m\x1b[30m ▄▄▄ \x1b[0m\n\x1b[47m\x1b[30m █▄█ \x1b[0m\n';
  const ssh = { commands: ['ssh -p 2222 K7PM3Q@192.168.1.20'], fingerprint: 'SHA256:pIBeG0AHbyZyhCnFOiVrC3o21PAo1D51eQfRkdiGGRw' };
  it('with SSH: the ssh command first, the key to check, then the way for laptops with qsort (80×24, both languages)', () => {
    expect(renderJoinScreen(state({ ssh, participants: [] }), undefined, 80, 24)).toMatchInlineSnapshot(`
      " Customer focus of employees                            0 of 20 done · 0 joined

       Join in — type in a terminal:

           ssh -p 2222 K7PM3Q@192.168.1.20

       Key   SHA256:pIBeG0AHbyZyhCnFOiVrC3o21PAo1D51eQfRkdiGGRw
       The first time, ssh asks whether you trust this key: check that it is the
       same, then type yes.

       Is qsort on your laptop? Then this works too:
           qsort sort --join http://192.168.1.20:8080 --code K7PM3Q

       d participants · r top five · a viewpoints · q close"
    `);
    const nl = renderJoinScreen(state({ ssh, lang: 'nl' }), qr, 80, 40);
    expect(nl).toContain('Doe mee — typ in een terminal:');
    expect(nl).toContain('Sleutel   SHA256:pIBeG0AHbyZyhCnFOiVrC3o21PAo1D51eQfRkdiGGRw');
    expect(nl).toContain('▄▄▄'); // the QR code below, where there is room
    expect(renderDashboard(state({ ssh }), 80, 24)).toContain(' Join: ssh -p 2222 K7PM3Q@192.168.1.20');
  });

  it('shows the command, the address and the code spelled out, and the QR code when it fits', () => {
    const screen = renderJoinScreen(state(), qr, 80, 24);
    expect(screen).toContain('qsort sort --join http://192.168.1.20:8080 --code K7PM3Q');
    expect(screen).toContain('K 7 P M 3 Q');
    expect(screen).toContain('▄▄▄');
    expect(renderJoinScreen(state(), qr, 80, 3)).not.toContain('▄▄▄');
  });

  it('never breaks an address or the join command on a narrow screen (40 columns)', () => {
    const urls = ['http://192.168.1.20:8080', 'http://10.0.0.5:8080'];
    for (const lang of ['en', 'nl'] as const) {
      const lines = renderJoinScreen(state({ lang, joinUrls: urls }), undefined, 40, 24).split('\n');
      for (const l of lines) expect([...l].length).toBeLessThanOrEqual(40);
      for (const url of urls) {
        expect(lines).toContain(`       --join ${url}`);
        expect(lines.filter((l) => l.endsWith(`   ${url}`) && !l.includes('--join'))).toHaveLength(1);
      }
      expect(lines.filter((l) => l === '     qsort sort')).toHaveLength(2);
      expect(lines.filter((l) => l === '       --code K7PM3Q')).toHaveLength(2);
      expect(lines.filter((l) => l.endsWith('   K 7 P M 3 Q'))).toHaveLength(1);
    }
    // an address wider than the screen stays whole, on its own line
    const long = 'http://workshop-laptop-of-the-facilitator.example.org:8080';
    const lines = renderJoinScreen(state({ joinUrls: [long] }), undefined, 40, 24).split('\n');
    expect(lines).toContain(`   --join ${long}`);
    expect(lines).toContain(long);
    expect(lines).toContain(' Address');
  });

  it('puts a tall QR code beside the command on an 80×24 screen', () => {
    const tall = `${Array.from({ length: 17 }, () => `\x1b[47m\x1b[30m${'█▄'.repeat(15)}█\x1b[0m`).join('\n')}\n`;
    const screen = renderJoinScreen(state(), tall, 80, 24);
    const lines = screen.split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(lines.some((l) => l.includes('█▄█') && l.includes('--join http://192.168.1.20:8080'))).toBe(true);
    expect(screen).toContain('--code K7PM3Q');
    expect(screen).toContain('K 7 P M 3 Q');
    for (const l of lines) expect([...l.replace(/\x1b\[[0-9;]*m/g, '')].length).toBeLessThanOrEqual(80);
  });
});

describe('renderRankView', () => {
  it('shows the question and the top five (ties marked =) with their mean scores, for a projector', () => {
    expect(renderRankView(state(), ranking, 12, 80)).toMatchInlineSnapshot(`
      "
        Which aspects have the greatest influence on how customer-focused employees
        are?

        The top 5 — 12 sorts

          1   Managers set a good example of customer-focused behaviour.         +2.9

          2   Employees have the time to really listen to customers and          +2.5
              understand them.

          3   Employees know what the organisation promises its customers.       +1.8

         4=   Colleagues help each other when a customer needs it.               +1.3

         4=   Employees may bend a rule to help a customer.                      +1.3

        The number on the right is the mean score of the statement.

       j join · d participants · a viewpoints · q close"
    `);
  });

  it('drops the blank lines between statements when the screen is short', () => {
    const screen = renderRankView(state(), ranking, 12, 80, 18);
    expect(screen.split('\n').length).toBeLessThanOrEqual(18);
    expect(screen).toContain('Employees may bend a rule');
  });

  it('says when there are no sorts yet', () => {
    expect(renderRankView(state({ lang: 'nl', instruction: 'Welke aspecten?' }), [], 0, 80)).toContain('Nog geen sorteringen binnen.');
  });
});

describe('renderAnalysisSummary', () => {
  it('gives one entry per viewpoint; a factor held the other way round is a second one, "reversed"', () => {
    const summary = {
      kind: 'ok',
      sortCount: 12,
      factorCount: 2,
      viewpoints: [
        { factor: '1', pole: 1, people: 5, mostAgree: ['S18 Managers set a good example', 'S03 Time to listen'], leastAgree: ['S05 Customers are a nuisance'] },
        { factor: '1', pole: -1, people: 2, mostAgree: ['S05 Customers are a nuisance'], leastAgree: ['S18 Managers set a good example', 'S03 Time to listen'] },
        { factor: '2', pole: 1, people: 1, mostAgree: [], leastAgree: [] },
      ],
    } as const;
    expect(renderAnalysisSummary(state({ lang: 'nl' }), summary, 80)).toMatchInlineSnapshot(`
      "
        Which aspects have the greatest influence on how customer-focused employees
        are?

        De standpunten — 2 factoren, 12 sorteringen

        Factor 1 — 5 personen — meest eens: S18 Managers set a good example; S03
          Time to listen — minst eens: S05 Customers are a nuisance

        Factor 1, omgekeerd — 2 personen — meest eens: S05 Customers are a
          nuisance — minst eens: S18 Managers set a good example; S03 Time to listen

        Factor 2 — 1 persoon

        Volledige analyse: qsort analyze en qsort report.

       j meedoen · d deelnemers · r top vijf · q sluiten"
    `);
  });

  it('explains when there are too few sorts', () => {
    expect(renderAnalysisSummary(state(), { kind: 'too-few-sorts', sortCount: 2, needed: 3 }, 80)).toContain('The viewpoints appear from 3 sorts on (now 2).');
  });
});

describe('formatEventLine', () => {
  it('logs who and what, never sort content', () => {
    const at = new Date(2026, 10, 22, 9, 5, 7);
    expect(formatEventLine({ type: 'joined', participant: 'Anne', team: 'Sales' }, at)).toBe('09:05:07 joined    Anne (team Sales)');
    expect(formatEventLine({ type: 'progress', participant: 'Anne', step: 'sort', placed: 3, total: 24 }, at)).toBe('09:05:07 progress  Anne: sort, 3/24 placed');
    expect(formatEventLine({ type: 'submitted', participant: 'Anne', duplicate: true }, at)).toBe('09:05:07 submitted Anne: already stored (resent)');
    expect(formatEventLine({ type: 'joined', participant: 'evil\u001b[2J' }, at)).toBe('09:05:07 joined    evil?[2J');
    expect(formatEventLine({ type: 'refused', status: 401, reason: 'wrong session code', ip: '10.0.0.9' }, at)).toBe('09:05:07 refused   401 from 10.0.0.9: wrong session code');
  });
});
