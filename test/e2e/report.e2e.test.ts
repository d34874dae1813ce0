/**
 * The HTML report in a real browser: `qsort report` (the built CLI) on the
 * lipset study and on a 24-statement study with teams and answers, opened in
 * headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core).
 * Checks: no console errors, no network requests, every chart present and
 * labelled, A4 page breaks in print, the numbers equal to those of
 * `qsort analyze --json` with the same options; saves PNG screenshots in
 * test-output/.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/analysis/index.ts';
import { createStudy, saveSort } from '../../src/study/study-folder.ts';
import { runInProcess as runBuilt } from '../helpers/cli.ts';
import { bipolarStudy } from '../helpers/bipolar-study.ts';
import { teamStudy } from '../helpers/team-study.ts';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = fileURLToPath(new URL('../../test-output', import.meta.url));
const GOLDEN = fileURLToPath(new URL('../golden/lipset', import.meta.url));

let work: string;
let context: BrowserContext;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with "apt-get install -y chromium" (.ci/run does)`);
  work = await mkdtemp(join(tmpdir(), 'qsort-report-'));
  await mkdir(OUTPUT, { recursive: true });
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1200, height: 900 },
  });
});

afterAll(async () => {
  await context?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

interface Opened {
  readonly page: Page;
  readonly errors: string[];
  /** Every request the page made besides loading the report itself. */
  readonly requests: string[];
}

async function open(file: string): Promise<Opened> {
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const url = pathToFileURL(file).href;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/*', async (route) => {
    const requested = route.request().url();
    if (requested === url) return route.continue();
    requests.push(requested);
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, requests };
}

/** Names, descriptions and sizes of every chart, as the browser exposes them. */
function charts(page: Page): Promise<{ id: string; title: string; desc: string; width: number; height: number }[]> {
  return page.$$eval('svg[role="img"]', (svgs) =>
    svgs.map((svg) => {
      const [t, d] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
      const box = svg.getBoundingClientRect();
      return {
        id: svg.id,
        title: svg.ownerDocument.getElementById(t ?? '')?.textContent ?? '',
        desc: svg.ownerDocument.getElementById(d ?? '')?.textContent ?? '',
        width: box.width,
        height: box.height,
      };
    }),
  );
}

/** The numbers of the report, read from the page (data-value attributes hold the exact values). */
async function shownNumbers(page: Page) {
  const values = (selector: string) =>
    page.$$eval(selector, (rows) =>
      rows.map((r) => [...r.querySelectorAll('[data-value]')].map((c) => (c.getAttribute('data-value') === 'null' ? null : Number(c.getAttribute('data-value'))))),
    );
  return {
    loadings: await values('#loadings table.loadings tbody tr'),
    flags: await page.$$eval('#loadings table.loadings tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td[data-value]')].map((c) => c.classList.contains('flagged')))),
    sorts: await page.$$eval('#loadings table.loadings tbody tr th', (cells) => cells.map((c) => c.textContent)),
    ranking: await values('#ranking > figure table.ranking tbody tr'),
    teams: await page.$$eval('#ranking .team', (teams) =>
      teams.map((t) => [...t.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('[data-value]')].map((c) => Number(c.getAttribute('data-value'))))),
    ),
    eigenvalues: (await values('#factors tbody tr')).map((r) => r[0]),
    factors: (await values('section.factor dl.factor-facts')).map((r) => r),
    topFive: (await values('#top .top-list li')).map((r) => r[0]),
    factorCorrelations: await values('#loadings table.factor-correlations tbody tr'),
  };
}

/** `qsort analyze --json` (the built CLI) on the same study with the same options. */
async function analyzeJson(dir: string, options: readonly string[]): Promise<AnalysisResult> {
  const run = await runBuilt(['analyze', '--study', dir, '--json', ...options], { cwd: work });
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as AnalysisResult;
}

/** The report shows exactly the numbers `analyze --json` gives. */
async function expectSameNumbers(page: Page, json: AnalysisResult, top = 5): Promise<void> {
  const shown = await shownNumbers(page);
  expect(shown.sorts).toEqual(json.sorts);
  expect(shown.loadings).toEqual(json.loadings);
  expect(shown.flags).toEqual(json.flags);
  expect(shown.ranking).toEqual(json.ranking.map((r) => [r.rank, r.mean, r.sd, r.topTwoShare, r.bottomTwoShare, r.n]));
  expect(shown.teams).toEqual(json.rankingByGroup.map((g) => g.ranking.map((r) => [r.rank, r.mean])));
  expect(shown.topFive).toEqual(json.ranking.filter((r) => r.rank <= top).map((r) => r.mean));
  expect(shown.eigenvalues).toEqual(json.eigenvalues);
  expect(shown.factorCorrelations).toEqual(json.factors.length > 1 ? json.factorCorrelations : []);
  expect(shown.factors).toEqual(json.factors.map((f) => [f.definingSorts, f.explainedVariance, f.eigenvalue, f.reliability, f.se]));
}

/** Mirrored Q-grids: one per factor with an array that some sorts hold reversed. */
const reversedGrids = (json: AnalysisResult): number => json.viewpoints.filter((v) => v.pole === -1 && v.mostAgree.length > 0).length;

/**
 * The viewpoints as the page shows them: every pole counts only its own
 * people (pole 1 the sorts flagged on a positive loading, pole −1 those on a
 * negative one, computed here from the loadings and flags), lists the
 * analysis' most/least agree statements, and never puts a lower column above
 * a higher one (most agree) or a higher above a lower (least agree); the crib
 * sheets' lists keep their column order too.
 */
async function expectViewpoints(page: Page, json: AnalysisResult): Promise<void> {
  const shown = await page.$$eval('#viewpoints ul.viewpoints > li', (items) =>
    items.map((li) => ({
      factor: li.getAttribute('data-factor'),
      pole: Number(li.getAttribute('data-pole')),
      people: Number(li.getAttribute('data-people')),
      heading: li.querySelector('strong')?.textContent ?? '',
      most: [...li.querySelectorAll('dd.most li')].map((x) => ({ score: Number(x.getAttribute('data-score')), number: x.querySelector('.num')?.textContent ?? '' })),
      least: [...li.querySelectorAll('dd.least li')].map((x) => ({ score: Number(x.getAttribute('data-score')), number: x.querySelector('.num')?.textContent ?? '' })),
    })),
  );
  const holders = (f: number, sign: 1 | -1) => json.sorts.filter((_, j) => json.flags[j]![f] && (sign === 1 ? json.loadings[j]![f]! >= 0 : json.loadings[j]![f]! < 0)).length;
  const expected = json.factors.flatMap((factor, f) => {
    const reversed = holders(f, -1);
    return [{ factor: factor.id, pole: 1, people: holders(f, 1) }, ...(reversed > 0 ? [{ factor: factor.id, pole: -1, people: reversed }] : [])];
  });
  expect(shown.map(({ factor, pole, people }) => ({ factor, pole, people }))).toEqual(expected);
  const number = (id: string) => String(json.statements.findIndex((s) => s.id === id) + 1);
  shown.forEach((v, k) => {
    expect(v.heading).toMatch(v.pole === -1 ? /, (reversed|omgekeerd) — / : /^Factor \S+ — /);
    expect(v.most.map((x) => x.number)).toEqual(json.viewpoints[k]!.mostAgree.map(number));
    expect(v.least.map((x) => x.number)).toEqual(json.viewpoints[k]!.leastAgree.map(number));
    for (let i = 1; i < v.most.length; i++) expect(v.most[i]!.score).toBeLessThanOrEqual(v.most[i - 1]!.score);
    for (let i = 1; i < v.least.length; i++) expect(v.least[i]!.score).toBeGreaterThanOrEqual(v.least[i - 1]!.score);
    if (v.most.length > 0) expect(Math.min(...v.most.map((x) => x.score))).toBeGreaterThan(Math.max(...v.least.map((x) => x.score)));
  });
  const crib = await page.$$eval('.crib-part', (parts) =>
    parts.map((p) => ({ part: p.getAttribute('data-part'), scores: [...p.querySelectorAll('li')].map((x) => Number(x.getAttribute('data-score'))) })),
  );
  expect(crib.length).toBeGreaterThan(0);
  for (const { part, scores } of crib) {
    const sign = part === 'highest' || part === 'higher' ? -1 : 1;
    for (let i = 1; i < scores.length; i++) expect(sign * (scores[i]! - scores[i - 1]!)).toBeGreaterThanOrEqual(0);
  }
}

async function expectWellFormed(opened: Opened, chartCount: number): Promise<void> {
  const { page, errors, requests } = opened;
  expect(errors).toEqual([]);
  expect(requests).toEqual([]);
  const found = await charts(page);
  expect(found).toHaveLength(chartCount);
  for (const c of found) {
    expect(c.title.trim()).not.toBe('');
    expect(c.desc.trim()).not.toBe('');
    expect(c.width).toBeGreaterThan(100);
    expect(c.height).toBeGreaterThan(50);
  }
  expect(await page.locator('h1').count()).toBe(1);
  expect(await page.getByRole('img').count()).toBe(chartCount);
  expect(await page.locator('html').getAttribute('lang')).toMatch(/^(nl|en)$/);
  // print: A4, one section per page
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.$$eval('main > section', (sections) => sections.map((s) => s.ownerDocument.defaultView?.getComputedStyle(s).breakBefore));
  expect(breaks.length).toBeGreaterThan(5);
  expect(new Set(breaks)).toEqual(new Set(['page']));
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  const pages = [...pdf.matchAll(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(pages.length).toBeGreaterThan(breaks.length); // every section starts a page; some take more
  for (const [w, h] of pages) {
    expect(Math.abs(w! - 595.28)).toBeLessThan(2); // A4: 210 × 297 mm
    expect(Math.abs(h! - 841.89)).toBeLessThan(2);
  }
  await page.emulateMedia({ media: 'screen' });
}

describe('qsort report in Chromium', () => {
  it('renders the lipset study', async () => {
    const dir = join(work, 'lipset');
    const init = await runBuilt(['init', dir, '--from', join(GOLDEN, 'sorts.csv'), '--statements', join(GOLDEN, 'statements.csv'), '--lang', 'en', '--title', 'Lipset'], { cwd: work });
    expect(init.code).toBe(0);
    const made = await runBuilt(['report', '--study', dir], { cwd: work });
    expect(made.stderr).toMatch(/^note: \d factors? \(.*\); "qsort factors" shows the aids, --factors N sets the number\.\n(warning: .*\n)*$/);
    expect(made).toMatchObject({ code: 0, stdout: `${join(dir, 'results', 'report.html')}\n` });

    // without --factors both take the recommendation of the number-of-factors aids
    const json = await analyzeJson(dir, []);
    const opened = await open(join(dir, 'results', 'report.html'));
    await expectWellFormed(opened, 1 + 1 + json.factors.length + reversedGrids(json));
    await expectSameNumbers(opened.page, json);
    await expectViewpoints(opened.page, json);
    expect(await opened.page.locator('#factors .recommendation').textContent()).toContain(`The aids recommend ${json.factors.length} factor`);
    expect(await opened.page.locator('#chart-scree polyline.parallel').count()).toBe(1);
    await opened.page.screenshot({ path: join(OUTPUT, 'report-lipset.png'), fullPage: true });
    await opened.page.close();

    // the same with other options, given to both commands
    const options = ['--factors', '2', '--extraction', 'centroid', '--correlation', 'spearman', '--flag', 'US1=1'];
    const other = await runBuilt(['report', '--study', dir, '--out', join(work, 'lipset-centroid.html'), '--top', '3', ...options], { cwd: work });
    expect(other.code).toBe(0);
    const centroid = await open(join(work, 'lipset-centroid.html'));
    const centroidJson = await analyzeJson(dir, options);
    await expectWellFormed(centroid, 1 + 1 + 2 + reversedGrids(centroidJson));
    await expectSameNumbers(centroid.page, centroidJson, 3);
    await expectViewpoints(centroid.page, centroidJson);
    await centroid.page.close();
  }, 90_000);

  it('renders a 24-statement study with teams and answers, in Dutch and in English', async () => {
    const dir = join(work, 'klant');
    const { study, sorts } = await teamStudy();
    await createStudy(dir, study);
    for (const s of sorts) await saveSort(dir, study, s);

    const nl = await runBuilt(['report', '--study', dir], { cwd: work });
    expect(nl).toMatchObject({ code: 0, stdout: `${join(dir, 'results', 'report.html')}\n` });
    const en = await runBuilt(['report', '--study', dir, '--lang', 'en', '--out', join(work, 'out') + '/'], { cwd: work });
    expect(en).toMatchObject({ code: 0, stdout: `${join(work, 'out', 'report.html')}\n` });

    const result = await analyzeJson(dir, []);
    const teams = result.rankingByGroup.length;
    expect(teams).toBe(3);
    const charts = 1 + teams + 1 + result.factors.length + reversedGrids(result);

    const dutch = await open(join(dir, 'results', 'report.html'));
    await expectWellFormed(dutch, charts);
    expect(await dutch.page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await dutch.page.locator('h2#factors-h').textContent()).toBe('Hoeveel factoren?');
    await expectSameNumbers(dutch.page, result);
    await expectViewpoints(dutch.page, result);
    expect(await dutch.page.locator('#comments blockquote').count()).toBeGreaterThan(20);
    await dutch.page.screenshot({ path: join(OUTPUT, 'report-team-nl.png'), fullPage: true });
    await dutch.page.close();

    const english = await open(join(work, 'out', 'report.html'));
    await expectWellFormed(english, charts);
    expect(await english.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await english.page.getByText(study.statements[0]!.text.en!, { exact: true }).count()).toBeGreaterThan(0);
    await expectSameNumbers(english.page, result);
    await english.page.screenshot({ path: join(OUTPUT, 'report-team-en.png'), fullPage: true });
    await english.page.close();
  }, 90_000);

  it('a planted bipolar study: the reversed sorts are counted in "Factor 1, reversed" only, and their comments go with them', async () => {
    const dir = join(work, 'bipolar');
    const { study, sorts } = await bipolarStudy();
    await createStudy(dir, study);
    for (const s of sorts) await saveSort(dir, study, s);
    const made = await runBuilt(['report', '--study', dir, '--factors', '2'], { cwd: work });
    expect(made).toMatchObject({ code: 0 });
    const json = await analyzeJson(dir, ['--factors', '2']);
    const opened = await open(join(dir, 'results', 'report.html'));
    await expectWellFormed(opened, 1 + 1 + 2 + 1);
    await expectSameNumbers(opened.page, json);
    await expectViewpoints(opened.page, json);
    const headings = await opened.page.$$eval('#viewpoints ul.viewpoints > li strong', (s) => s.map((x) => x.textContent));
    expect(headings).toEqual(['Factor 1 — 3 people', 'Factor 1, reversed — 2 people', 'Factor 2 — 2 people']);
    const comments = await opened.page.$$eval('#comments h3', (hs) =>
      hs.map((h) => {
        const names: string[] = [];
        for (let el = h.nextElementSibling; el && el.tagName !== 'H3'; el = el.nextElementSibling) names.push(...[...el.querySelectorAll('.who-name')].map((n) => n.textContent ?? ''));
        return [h.textContent, names];
      }),
    );
    expect(comments).toEqual([
      ['Factor 1', ['Anne', 'Bram', 'Chantal']],
      ['Factor 1, reversed', ['Hana', 'Henk']],
      ['Factor 2', ['Dirk', 'Eva']],
    ]);
    await opened.page.locator('#viewpoints').screenshot({ path: join(OUTPUT, 'report-bipolar-viewpoints.png') });
    await opened.page.locator('#factor-1').screenshot({ path: join(OUTPUT, 'report-bipolar-factor-1.png') });
    await opened.page.close();
  }, 90_000);
});
