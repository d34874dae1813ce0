/**
 * Writes a seeded synthetic study (planted viewpoints, forced quasi-normal
 * distribution) into a folder, as `qsort` keeps it: study.json plus one file per
 * sort in sorts/, or all sorts in one sorts.jsonl (`bulk`). Uses the built
 * modules in dist/ (run `npm run build` first).
 *
 *   node bench/make-study.mjs DIR STATEMENTS SORTS [--seed S] [--bulk]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
const { syntheticStudy } = await import(new URL('analysis/synthetic.js', dist).href);
const { quasiNormalDistribution, distributionValues } = await import(new URL('core/distribution.js', dist).href);
const { newStudy } = await import(new URL('core/study-defaults.js', dist).href);

/**
 * @param {string} dir
 * @param {{ statements: number, sorts: number, seed?: number, bulk?: boolean, viewpoints?: number }} options
 */
export async function makeStudy(dir, options) {
  const distribution = quasiNormalDistribution(options.statements);
  const values = distributionValues(distribution);
  const statements = values.map((_, i) => ({ id: `S${String(i + 1).padStart(2, '0')}`, text: { en: `Statement ${i + 1}` } }));
  const study = newStudy({ statements, distribution, language: 'en', title: `Synthetic ${options.statements}×${options.sorts}`, createdAt: '2026-01-01T00:00:00.000Z' });
  const { data } = syntheticStudy({ values, sortCount: options.sorts, seed: options.seed ?? 1, viewpoints: options.viewpoints ?? 3 });
  await mkdir(join(dir, 'sorts'), { recursive: true });
  await writeFile(join(dir, 'study.json'), `${JSON.stringify(study, null, 2)}\n`);
  const record = (j) => {
    const scores = {};
    statements.forEach((s, i) => (scores[s.id] = data[i][j]));
    const participant = `P${String(j + 1).padStart(6, '0')}`;
    return { schemaVersion: 1, sortId: `sort-${j + 1}`, participant, team: `T${(j % 7) + 1}`, source: 'import', scores };
  };
  if (options.bulk) {
    const lines = [];
    for (let j = 0; j < options.sorts; j++) lines.push(JSON.stringify(record(j)));
    await writeFile(join(dir, 'sorts.jsonl'), `${lines.join('\n')}\n`);
    return;
  }
  const batch = 256;
  for (let start = 0; start < options.sorts; start += batch) {
    const jobs = [];
    for (let j = start; j < Math.min(options.sorts, start + batch); j++) {
      const r = record(j);
      jobs.push(writeFile(join(dir, 'sorts', `${r.participant}.json`), `${JSON.stringify(r, null, 2)}\n`));
    }
    await Promise.all(jobs);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, m, n, ...rest] = process.argv.slice(2);
  if (!dir || !m || !n) {
    process.stderr.write('usage: node bench/make-study.mjs DIR STATEMENTS SORTS [--seed S] [--bulk]\n');
    process.exit(2);
  }
  const seedAt = rest.indexOf('--seed');
  await makeStudy(dir, { statements: Number(m), sorts: Number(n), seed: seedAt >= 0 ? Number(rest[seedAt + 1]) : 1, bulk: rest.includes('--bulk') });
}
