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
    await expectWellFormed(opened, 1 + 1 + json.factors.length);
    await expectSameNumbers(opened.page, json);
    expect(await opened.page.locator('#factors .recommendation').textContent()).toContain(`The aids recommend ${json.factors.length} factor`);
    expect(await opened.page.locator('#chart-scree polyline.parallel').count()).toBe(1);
    await opened.page.screenshot({ path: join(OUTPUT, 'report-lipset.png'), fullPage: true });
    await opened.page.close();

    // the same with other options, given to both commands
    const options = ['--factors', '2', '--extraction', 'centroid', '--correlation', 'spearman', '--flag', 'US1=1'];
    const other = await runBuilt(['report', '--study', dir, '--out', join(work, 'lipset-centroid.html'), '--top', '3', ...options], { cwd: work });
    expect(other.code).toBe(0);
    const centroid = await open(join(work, 'lipset-centroid.html'));
    await expectWellFormed(centroid, 1 + 1 + 2);
    await expectSameNumbers(centroid.page, await analyzeJson(dir, options), 3);
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
    const charts = 1 + teams + 1 + result.factors.length;

    const dutch = await open(join(dir, 'results', 'report.html'));
    await expectWellFormed(dutch, charts);
    expect(await dutch.page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await dutch.page.locator('h2#factors-h').textContent()).toBe('Hoeveel factoren?');
    await expectSameNumbers(dutch.page, result);
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
});
