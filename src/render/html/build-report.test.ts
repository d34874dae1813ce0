import { describe, expect, it } from 'vitest';
import { analyzeStudy, type AnalysisResult } from '../../analysis/index.ts';
import { analysisInput } from '../../study-analysis/analysis-input.ts';
import { BIPOLAR_PEOPLE, bipolarStudy, commentOf } from '../../../test/helpers/bipolar-study.ts';
import { GENERATED_AT, lipsetReportInput, teamReportInput } from '../../../test/helpers/report-inputs.ts';
import { NASTY } from '../../../test/helpers/team-study.ts';
import { buildReportHtml } from './build-report.ts';
import { escapeHtml } from './html.ts';
import { formatNumber, formatSigned } from './format.ts';

/** The inner HTML of `<section id="…">`. */
/** Mirrored grids: one per factor with an array that some sorts hold reversed. */
const reversedPoles = (result: AnalysisResult): number => result.viewpoints.filter((v) => v.pole === -1 && v.mostAgree.length > 0).length;

function sectionOf(doc: string, id: string): string {
  const m = new RegExp(`<section id="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(doc);
  if (!m) throw new Error(`no section ${id}`);
  return m[1]!;
}

/** Per table row: the data-value numbers in it. */
function rowValues(fragment: string): number[][] {
  return fragment
    .split('<tr')
    .slice(1)
    .map((row) => [...row.matchAll(/data-value="([^"]*)"/g)].map((m) => (m[1] === 'null' ? Number.NaN : Number(m[1]))))
    .filter((r) => r.length > 0);
}

const text = (fragment: string): string =>
  fragment
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const ALL_SECTIONS = ['top', 'viewpoints', 'ranking', 'factors', 'factor-1', 'factor-2', 'factor-3', 'consensus', 'loadings', 'comments', 'methods'];

describe('buildReportHtml on lipset', () => {
  const input = lipsetReportInput('en');
  const doc = buildReportHtml(input);
  const { result } = input;

  it('is one self-contained document: no scripts, nothing fetched', () => {
    expect(doc.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(doc).toContain('<title>Lipset: values of four nations — Q-sort report</title>');
    expect(doc).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(doc).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=/i);
    expect(doc).not.toMatch(/href="(?!#)/);
  });

  it('has every section, each with a heading, and a real heading hierarchy', () => {
    for (const id of ALL_SECTIONS) expect(sectionOf(doc, id)).toMatch(new RegExp(`^<h2 id="${id}-h">`));
    const levels = [...doc.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((l, i) => {
      if (i > 0) expect(l).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
  });

  it('has unique ids, and every label and link points to one', () => {
    const ids = [...doc.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = [...doc.matchAll(/aria-labelledby="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
    refs.push(...[...doc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!));
    for (const ref of refs) expect(ids).toContain(ref);
  });

  it('draws every chart as an accessible image: ranking, scree, one grid per factor', () => {
    const charts = [...doc.matchAll(/<svg [^>]*role="img"[^>]*>/g)];
    // and a mirrored grid for each factor some sorts hold reversed
    expect(charts).toHaveLength(1 + 1 + result.factors.length + reversedPoles(result));
    for (const id of ['chart-ranking', 'chart-scree', 'chart-grid-1', 'chart-grid-2', 'chart-grid-3']) {
      expect(doc).toContain(`<svg class="chart" id="${id}" role="img" aria-labelledby="${id}-title ${id}-desc"`);
    }
    // each grid has a text alternative listing every statement
    const grid = sectionOf(doc, 'factor-1');
    expect(grid).toContain('class="table-wrap sr-only"');
  });

  it('shows the loadings and flags of the analysis', () => {
    const table = /<table class="loadings compact">[\s\S]*?<\/table>/.exec(sectionOf(doc, 'loadings'))![0];
    expect(rowValues(table)).toEqual(result.loadings.map((r) => [...r]));
    const cells = [...table.matchAll(/<td class="n( flagged)?" data-value="([^"]+)">([\s\S]*?)<\/td>/g)];
    expect(cells).toHaveLength(result.sorts.length * result.factors.length);
    cells.forEach((m, k) => {
      const j = Math.floor(k / result.factors.length);
      const f = k % result.factors.length;
      expect(Boolean(m[1])).toBe(result.flags[j]![f]);
      expect(text(m[3]!).replace('✓', '').replace('(defining)', '').trim()).toBe(formatNumber(result.loadings[j]![f]!, 2, 'en'));
    });
  });

  it('shows the correlations between the factors', () => {
    const section = sectionOf(doc, 'loadings');
    const table = /<table class="factor-correlations compact">[\s\S]*?<\/table>/.exec(section)![0];
    expect(rowValues(table)).toEqual(result.factorCorrelations.map((r) => [...r]));
  });

  it('ranks the statements as the analysis does (mean, SD, top/bottom shares, n)', () => {
    const table = /<table class="ranking">[\s\S]*?<\/table>/.exec(sectionOf(doc, 'ranking'))![0];
    expect(rowValues(table)).toEqual(result.ranking.map((r) => [r.rank, r.mean, r.sd, r.topTwoShare, r.bottomTwoShare, r.n]));
    const top = sectionOf(doc, 'top');
    const shown = [...top.matchAll(/class="top-mean" data-value="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(shown).toEqual(result.ranking.filter((r) => r.rank <= 5).map((r) => r.mean));
    expect(top).toContain(formatSigned(result.ranking[0]!.mean, 2, 'en'));
  });

  it('gives every factor its characteristics, and the eigenvalues', () => {
    result.factors.forEach((factor, f) => {
      const facts = [...sectionOf(doc, `factor-${f + 1}`).matchAll(/<dd data-value="([^"]+)"/g)].map((m) => Number(m[1]));
      expect(facts).toEqual([factor.definingSorts, factor.explainedVariance, factor.eigenvalue, factor.reliability, factor.se]);
    });
    expect(rowValues(sectionOf(doc, 'factors')).map((r) => r[0])).toEqual([...result.eigenvalues]);
  });

  it('lists the distinguishing statements of each factor with their z-scores, and the consensus statements', () => {
    result.factors.forEach((_, f) => {
      const fid = `F${f + 1}`;
      const expected = result.statementTable
        .map((row, i) => ({ row, i }))
        .filter(({ row }) => row.distinguishes.includes(fid))
        .sort((a, b) => result.zScores[b.i]![f]! - result.zScores[a.i]![f]!)
        .map(({ i }) => result.zScores[i]!.map((z) => z));
      const section = sectionOf(doc, `factor-${f + 1}`);
      const table = /<table class="by-factor">[\s\S]*?<\/table>/.exec(section)?.[0] ?? '';
      expect(rowValues(table)).toEqual(expected);
    });
    const consensus = result.statementTable.filter((r) => r.consensus).map((r) => r.id);
    const rows = sectionOf(doc, 'consensus').split('<tr').slice(2);
    expect(rows).toHaveLength(consensus.length);
    consensus.forEach((id, k) => expect(rows[k]).toContain(escapeHtml(result.statements.find((s) => s.id === id)!.text)));
  });

  it('writes a methods paragraph with the options and the version, and the warnings', () => {
    const methods = text(sectionOf(doc, 'methods'));
    expect(methods).toContain("correlated with Pearson's r");
    expect(methods).toContain('Principal component analysis extracted 3 factors, rotated by varimax');
    expect(methods).toContain('qsort 9.9.9 on 22 November 2026');
    expect(result.warnings.length).toBeGreaterThan(0);
    for (const w of result.warnings) expect(methods).toContain(w.message);
    expect(GENERATED_AT.startsWith('2026-11-22')).toBe(true);
  });

  it('follows the options: centroid, no rotation, Spearman', () => {
    const otherInput = lipsetReportInput('en', { extraction: 'centroid', rotation: 'none', correlation: 'spearman', factorCount: 2 });
    const other = buildReportHtml(otherInput);
    const methods = text(sectionOf(other, 'methods'));
    expect(methods).toContain("Brown's centroid method extracted 2 factors, not rotated");
    expect(methods).toContain("Spearman's rank correlation");
    expect([...other.matchAll(/role="img"/g)]).toHaveLength(4 + reversedPoles(otherInput.result));
  });

  it('shows the number-of-factors aids, the parallel-analysis line and the recommendation', () => {
    const withAids = lipsetReportInput('en', {}, true);
    const aids = withAids.factorAids!;
    expect(withAids.result.factors).toHaveLength(aids.recommended);
    const scree = sectionOf(buildReportHtml(withAids), 'factors');
    expect(scree).toContain('class="parallel"');
    expect(text(scree)).toContain(`The aids recommend ${aids.recommended} factor`);
    expect(text(scree)).toContain('as recommended.');
    expect(text(scree)).toContain('20 random studies');
    expect(text(sectionOf(buildReportHtml(withAids), 'methods'))).toContain('parallel analysis (20 random studies, seed 1) allow.');
    const expected = withAids.result.eigenvalues.map((ev, i) => {
      const row = aids.rows[i];
      return row ? [ev, row.humphreyProduct, row.fewestDefiningSorts ?? Number.NaN, row.randomEigenvalue ?? Number.NaN] : [ev];
    });
    expect(rowValues(scree)).toEqual(expected);
    const chosen = sectionOf(buildReportHtml(lipsetReportInput('nl', { factorCount: 2 }, true)), 'factors');
    expect(text(chosen)).toContain('zoals gekozen met --factors');
    expect(text(sectionOf(buildReportHtml(lipsetReportInput('nl', { factorCount: 2 }, true)), 'methods'))).toContain('door de analist gekozen');
    expect(sectionOf(doc, 'factors')).not.toContain('class="parallel"');
  });

  it('still renders a factor that no sort defines', () => {
    const input2 = lipsetReportInput('en', { flags: { F3: [] } });
    expect(input2.result.zScores[0]![2]).toBeNull();
    const doc2 = buildReportHtml(input2);
    expect(sectionOf(doc2, 'factor-3')).toContain('no z-scores and no array');
    expect([...doc2.matchAll(/role="img"/g)]).toHaveLength(4 + reversedPoles(input2.result));
    expect(doc2).not.toContain('NaN');
  });
});

describe('buildReportHtml on a 24-statement study with teams and answers', async () => {
  const nl = await teamReportInput('nl');
  const docNl = buildReportHtml(nl);
  const docEn = buildReportHtml(await teamReportInput('en'));

  it('is Dutch or English throughout, statements included', () => {
    expect(docNl).toContain('<html lang="nl">');
    expect(docEn).toContain('<html lang="en">');
    expect(docNl).toContain('Hoeveel factoren?');
    expect(docEn).toContain('How many factors?');
    const s01 = nl.study.statements[0]!;
    expect(docNl).toContain(escapeHtml(s01.text.nl!));
    expect(docNl).not.toContain(escapeHtml(s01.text.en!));
    expect(docEn).toContain(escapeHtml(s01.text.en!));
    expect(docNl).toContain(escapeHtml(s01.label!.nl!));
    expect(docNl).toMatch(/\d,\d\d/); // decimal commas
  });

  it('ranks per team, with a chart and a text alternative for each', () => {
    expect(nl.result.rankingByGroup).toHaveLength(3);
    const ranking = sectionOf(docNl, 'ranking');
    for (const [i, g] of nl.result.rankingByGroup.entries()) {
      expect(ranking).toContain(`id="chart-team-${i + 1}"`);
      expect(ranking).toContain(`${g.group} (${g.sortCount} sorteringen)`);
    }
    expect([...docNl.matchAll(/role="img"/g)]).toHaveLength(1 + 3 + 1 + 3);
  });

  it('groups answers and comments by the factor each participant defines', () => {
    const comments = sectionOf(docNl, 'comments');
    const question = nl.study.questions.find((q) => q.kind === 'most')!;
    expect(comments).toContain(escapeHtml(question.text.nl!));
    nl.result.flags.forEach((row, j) => {
      const sort = nl.sorts[j]!;
      const answer = sort.answers?.['most'] ?? '';
      if (answer === '') return;
      const f = row.indexOf(true);
      const heading = f < 0 ? 'comments-none' : `comments-${f + 1}`;
      const start = comments.indexOf(`id="${heading}"`);
      const next = comments.indexOf('<h3', start + 1);
      const group = comments.slice(start, next < 0 ? undefined : next);
      expect(group).toContain(`<span class="who-name">${escapeHtml(sort.participant)}</span>`);
    });
    expect(comments).toContain('Mooie oefening, we moeten dit vaker doen.');
    expect(comments).toContain('Gelegd op +4');
  });
});

describe('escaping', async () => {
  const input = await teamReportInput('nl', { nasty: true });
  const doc = buildReportHtml(input);

  it('escapes statement texts, names, teams, answers and the title', () => {
    expect(doc).not.toMatch(/<script|<img|<b>Team|<i>three|<!--|<\/style><!--/);
    expect(doc.match(/<\/style>/g)).toHaveLength(1);
    for (const s of [NASTY.statement, NASTY.participant, NASTY.team]) expect(doc).toContain(escapeHtml(s));
    expect(doc).toContain(escapeHtml('</blockquote><script>alert(2)</script>'));
    expect(doc).toContain('<title>Klant &lt;focus&gt; &amp; &quot;co&quot; — Q-sortrapport</title>');
  });

  it('keeps the document structure intact', () => {
    expect(doc.match(/<section /g)).toHaveLength(ALL_SECTIONS.length);
    expect(doc.match(/<\/section>/g)).toHaveLength(ALL_SECTIONS.length);
    expect(doc.match(/<blockquote>/g)?.length).toBe(doc.match(/<\/blockquote>/g)?.length);
  });
});

describe('buildReportHtml on a planted bipolar study (Hana and Henk sort the mirror image of F1)', async () => {
  const { study, sorts } = await bipolarStudy();
  const result = analyzeStudy(analysisInput(study, sorts, 'en'), { factorCount: 2 });
  const doc = buildReportHtml({ lang: 'en', study, sorts, result, generatedAt: GENERATED_AT, version: '9.9.9' });

  it('shows F1 and "F1, reversed" as two viewpoints, each with its own people, nobody in both', () => {
    const items = [...sectionOf(doc, 'viewpoints').matchAll(/<li data-factor="(F\d)" data-pole="(-?1)" data-people="(\d+)"><a href="[^"]+"><strong>([^<]+)<\/strong>/g)].map((m) => m.slice(1, 5));
    expect(items).toEqual([
      ['F1', '1', '3', 'Factor 1 — 3 people'],
      ['F1', '-1', '2', 'Factor 1, reversed — 2 people'],
      ['F2', '1', '2', 'Factor 2 — 2 people'],
    ]);
  });

  it('puts each comment under the viewpoint its author holds', () => {
    const comments = sectionOf(doc, 'comments');
    const group = (id: string) => comments.split(`<h3 id="${id}">`)[1]!.split('<h3 ')[0]!;
    const authors = (id: string) => [...group(id).matchAll(/<span class="who-name">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(authors('comments-1')).toEqual(['Anne', 'Bram', 'Chantal']);
    expect(authors('comments-1-reversed')).toEqual(['Hana', 'Henk']);
    expect(authors('comments-2')).toEqual(['Dirk', 'Eva']);
    for (const [name, view] of BIPOLAR_PEOPLE) {
      const id = view === 'A' ? 'comments-1' : view === '-A' ? 'comments-1-reversed' : 'comments-2';
      expect(group(id)).toContain(escapeHtml(commentOf(name, view)));
    }
  });

  it('draws the reversed pole as the mirrored grid, with its own people, next to the crib sheet of each factor', () => {
    const f1 = sectionOf(doc, 'factor-1');
    expect(text(f1)).toContain('Held by 3 people; 2 people hold it the other way round');
    expect(f1).toContain('id="chart-grid-1-reversed"');
    const reversed = f1.split('id="factor-1-reversed"')[1]!;
    expect([...reversed.matchAll(/<th scope="row"[^>]*>([^<]+)<\/th>/g)].map((m) => m[1]).filter((x) => /^[A-Z][a-z]+$/.test(x!))).toEqual(['Henk', 'Hana']);
    for (const f of [1, 2]) {
      const parts = [...sectionOf(doc, `factor-${f}`).matchAll(/<div class="crib-part" data-part="(\w+)">/g)].map((m) => m[1]);
      expect(parts).toEqual(['highest', 'higher', 'lower', 'lowest']);
    }
    expect(text(sectionOf(doc, 'methods'))).toContain('A sort flagged on a negative loading holds its factor reversed');
  });

  it('says in the methods which adjustment was used', () => {
    const holm = buildReportHtml({ lang: 'en', study, sorts, result: analyzeStudy(analysisInput(study, sorts, 'en'), { factorCount: 2, adjust: 'holm' }), generatedAt: GENERATED_AT, version: '9.9.9' });
    expect(text(sectionOf(holm, 'methods'))).toContain('below .05 after Holm’s adjustment within each pair of factors over all 24 statements');
    expect(text(sectionOf(doc, 'methods'))).toContain('not adjusted for multiple comparisons');
  });
});
