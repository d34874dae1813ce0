/**
 * Scale and stability through the built CLI: `qsort factors` (text and --json,
 * seeded), `qsort analyze` without --factors (uses the recommendation),
 * `qsort analyze --bootstrap` (identical with 1 and 2 worker threads, seeded),
 * and `qsort import --bulk` (sorts.jsonl read by every command, never overwritten).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess as runBuilt } from '../helpers/cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const GOLDEN = fileURLToPath(new URL('../golden/lipset', import.meta.url));
const tmp = useTempDir('qsort-scale-');

async function initLipset(): Promise<void> {
  const init = await runBuilt(['init', 'lip', '--from', join(GOLDEN, 'sorts.csv'), '--statements', join(GOLDEN, 'statements.csv'), '--lang', 'en'], { cwd: tmp.path });
  expect(init.code, init.stderr).toBe(0);
}

describe('qsort factors', () => {
  it('prints the aids side by side with a recommendation, the same for the same seed', async () => {
    await initLipset();
    const text = await runBuilt(['factors', '--study', 'lip', '--seed', '3'], { cwd: tmp.path });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('9 sorts × 33 statements');
    expect(text.stdout).toMatch(/F1\s+2\.38\s+█+/);
    expect(text.stdout).toMatch(/^Recommended: \d factors? \(/m);
    const a = await runBuilt(['factors', '--study', 'lip', '--seed', '3', '--json'], { cwd: tmp.path });
    const b = await runBuilt(['factors', '--study', 'lip', '--seed', '3', '--json'], { cwd: tmp.path });
    expect(a.stdout).toBe(b.stdout);
    const json = JSON.parse(a.stdout) as { recommended: number; eigenvalues: number[]; rows: { parallel: boolean }[]; iterations: number };
    expect(json.iterations).toBe(100);
    expect(json.eigenvalues[0]).toBeCloseTo(2.383773189, 8);
    expect(text.stdout).toContain(`Recommended: ${json.recommended} factor`);
    const none = await runBuilt(['factors', '--study', 'lip', '--iterations', '0', '--max', '3', '--json'], { cwd: tmp.path });
    expect((JSON.parse(none.stdout) as { rows: unknown[] }).rows).toHaveLength(3);
  });

  it('analyze without --factors uses the recommendation and says which rules agree', async () => {
    await initLipset();
    const factors = JSON.parse((await runBuilt(['factors', '--study', 'lip', '--json'], { cwd: tmp.path })).stdout) as { recommended: number };
    const run = await runBuilt(['analyze', '--study', 'lip', '--json'], { cwd: tmp.path });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^note: \d factors? \(.*agree/m);
    const analysis = JSON.parse(run.stdout) as { options: { factorCount: number } };
    expect(analysis.options.factorCount).toBe(factors.recommended);
  });
});

describe('qsort analyze --bootstrap', () => {
  it('is reproducible with a seed and identical with 1 and 2 worker threads', async () => {
    await initLipset();
    const args = ['analyze', '--study', 'lip', '--factors', '3', '--bootstrap', '300', '--seed', '11', '--json'];
    const one = await runBuilt([...args, '--workers', '1'], { cwd: tmp.path });
    const two = await runBuilt([...args, '--workers', '2'], { cwd: tmp.path });
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const boot = (JSON.parse(one.stdout) as { bootstrap: { replicates: number; seed: string; zSe: number[][]; flagShare: number[][]; unstable: { statement: string }[] } }).bootstrap;
    expect(boot).toMatchObject({ replicates: 300, seed: '11' });
    expect(boot.zSe).toHaveLength(33);
    expect(boot.flagShare).toHaveLength(9);
    const other = await runBuilt([...args.slice(0, -3), '--seed', '12', '--json'], { cwd: tmp.path });
    expect(other.stdout).not.toBe(one.stdout);
    const text = await runBuilt(args.slice(0, -1), { cwd: tmp.path });
    expect(text.stdout).toContain('Bootstrap: 300 replicates');
    expect(text.stdout).toContain('How often each sort was flagged');
  });
});

describe('qsort import --bulk', () => {
  it('stores the sorts in sorts.jsonl, which every command reads, and never overwrites', async () => {
    await initLipset();
    const exported = await runBuilt(['export', '--study', 'lip', '--format', 'json', '--out', 'lip.json'], { cwd: tmp.path });
    expect(exported.code, exported.stderr).toBe(0);
    const init = await runBuilt(['init', 'bulk', '--statements', join(GOLDEN, 'statements.csv'), '--distribution', '-4..4:2,3,4,5,5,5,4,3,2', '--lang', 'en'], { cwd: tmp.path });
    expect(init.code, init.stderr).toBe(0);
    const imported = await runBuilt(['import', 'lip.json', '--study', 'bulk', '--bulk'], { cwd: tmp.path });
    expect(imported.code, imported.stderr).toBe(0);
    expect(await readdir(join(tmp.path, 'bulk', 'sorts'))).toEqual([]);
    expect((await readFile(join(tmp.path, 'bulk', 'sorts.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(9);
    const a = JSON.parse((await runBuilt(['analyze', '--study', 'lip', '--factors', '3', '--json'], { cwd: tmp.path })).stdout) as { loadings: number[][] };
    const b = JSON.parse((await runBuilt(['analyze', '--study', 'bulk', '--factors', '3', '--json'], { cwd: tmp.path })).stdout) as { loadings: number[][] };
    expect(b.loadings).toEqual(a.loadings);
    const again = await runBuilt(['import', 'lip.json', '--study', 'bulk', '--bulk'], { cwd: tmp.path });
    expect(again.code).toBe(3);
    expect(again.stderr).toMatch(/nothing was imported/);
    const replace = await runBuilt(['import', 'lip.json', '--study', 'bulk', '--bulk', '--replace'], { cwd: tmp.path });
    expect(replace.code).toBe(2);
    expect((await readFile(join(tmp.path, 'bulk', 'sorts.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(9);
  });
});
