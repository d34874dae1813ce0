import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { lipsetStudy } from '../../../test/helpers/report-inputs.ts';
import { teamStudy } from '../../../test/helpers/team-study.ts';
import { buildRankView } from '../../study-analysis/rank-view.ts';
import { renderRank, TOP_MARK } from './render-rank.ts';

const plain = (width = 80) => ({ chalk: new Chalk({ level: 0 }), width });
const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));

describe('renderRank', () => {
  const { study, sorts } = lipsetStudy();
  const view = buildRankView(study, sorts, { lang: 'en', top: 5 });

  it('renders the lipset ranking at 80 columns without colour', async () => {
    const text = renderRank(view, plain());
    await expect(text).toMatchFileSnapshot('__snapshots__/rank-lipset-en.txt');
    expect(text).not.toMatch(/\x1b\[/);
    expect(widest(text)).toBeLessThanOrEqual(80);
  });

  it('marks exactly the top N (ties at the edge included) with ★, so it survives without colour', () => {
    const marked = (top: number) =>
      renderRank(buildRankView(study, sorts, { lang: 'en', top }), plain())
        .split('\n')
        .filter((l) => l.startsWith(TOP_MARK)).length;
    expect(marked(5)).toBe(5);
    expect(marked(1)).toBe(1);
    expect(marked(7)).toBe(8); // statements 11 and 27 tie for 7th
    expect(marked(33)).toBe(33);
  });

  it('shows ties as ties ("7=") and keeps every statement once', () => {
    const text = renderRank(view, plain());
    const rows = text.split('\n').filter((l) => /^[★ ] +\d+=? +\d+ /.test(l));
    expect(rows).toHaveLength(33);
    expect(rows.filter((l) => /^ +7= /.test(l))).toHaveLength(2);
    expect(new Set(rows.map((l) => l.split(/ +/)[2])).size).toBe(33);
  });

  it('colours the top rows at level 1 (bold and colour), and only then uses ANSI codes', () => {
    const text = renderRank(view, { chalk: new Chalk({ level: 1 }), width: 80 });
    expect(text).toMatch(/\x1b\[1m/);
    expect(text).toMatch(/\x1b\[36m★/);
    expect(text.replace(/\x1b\[[0-9;]*m/g, '')).toBe(renderRank(view, plain()));
  });

  it('fits narrow and wide terminals', () => {
    for (const width of [50, 60, 100, 140]) expect(widest(renderRank(view, plain(width)))).toBeLessThanOrEqual(width);
  });

  it('speaks Dutch with a decimal comma', () => {
    const nl = renderRank(buildRankView(study, sorts, { lang: 'nl', top: 5 }), plain());
    expect(nl).toContain('Alle 33 stellingen gerangschikt op gemiddelde score over 9 sorteringen');
    expect(nl).toMatch(/^Plaats +Nr\. +Stelling +Gem\. +SD +Top 2 +Bodem 2$/m);
    expect(nl).toContain('+1,67');
  });

  it('puts the teams side by side within the width, with each team’s top five marked', async () => {
    const team = await teamStudy({ language: 'en' });
    const byTeam = buildRankView(team.study, team.sorts, { lang: 'en', top: 5, by: 'team' });
    expect(byTeam.groups.map((g) => g.name)).toEqual(['Sales', 'Customer service', 'Back office']);
    const text = renderRank(byTeam, plain());
    await expect(text).toMatchFileSnapshot('__snapshots__/rank-teams-en.txt');
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text).toMatch(/^Rank +No\. +Statement +Mean +Sales +T2 +T3$/m);
    expect(text).toContain('T2 = Customer service (5 sorts)');
    // each team column: as many ★ as the team has statements ranked ≤ 5
    for (const g of byTeam.groups) expect(g.ranking!.filter((p) => p.top).length).toBe(g.ranking!.filter((p) => p.rank <= 5).length);
    const rows = text.split('\n').filter((l) => /^[★ ] +\d+=? +\d+ /.test(l));
    expect(rows).toHaveLength(24);
    const stars = rows.reduce((n, l) => n + (l.match(/★/g)?.length ?? 0), 0);
    const expected = byTeam.ranking.filter((r) => r.top).length + byTeam.groups.reduce((n, g) => n + g.ranking!.filter((p) => p.top).length, 0);
    expect(stars).toBe(expected);
  });

  it('splits many teams over several tables rather than overflowing', async () => {
    const team = await teamStudy({ language: 'en' });
    const many = team.sorts.map((s, i) => ({ ...s, team: `Team number ${i + 1}` }));
    const text = renderRank(buildRankView(team.study, many, { lang: 'en', top: 5, by: 'team' }), plain());
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text.match(/^Rank /gm)!.length).toBeGreaterThan(1);
    const flat = text.replace(/\s+/g, ' ');
    for (let i = 1; i <= many.length; i++) expect(flat).toContain(`T${i} = Team number ${i} (1 sort)`);
  });
});
