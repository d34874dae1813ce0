/**
 * `qsort rotate` and the analysis plan through the CLI (in-process, but one
 * tmux case on the built binary): the lipset study made with `qsort init
 * --from`; a rotation by hand in a real terminal that `qsort analyze
 * --rotation judgmental` then applies; steps from a script; the plan saved,
 * used and overridden; and a replay of `analyze --out`'s analysis.json on a
 * fresh copy of the study that gives byte-identical results.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeStudy, applyRotationSteps } from '../../src/analysis/index.ts';
import type { AnalysisJson } from '../../src/render/analysis-files.ts';
import { loadStudy } from '../golden/load.ts';
import { runInProcess } from '../helpers/cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { keys, startCommand, waitFor } from '../helpers/tmux.ts';

const GOLDEN = fileURLToPath(new URL('../golden/lipset', import.meta.url));
const tmp = useTempDir('qsort-rotate-');

/** `qsort init NAME --from` the lipset CSVs in the temp folder; returns the study folder. */
async function initLipset(name = 'lip'): Promise<string> {
  const init = await runInProcess(['init', name, '--from', join(GOLDEN, 'sorts.csv'), '--statements', join(GOLDEN, 'statements.csv'), '--lang', 'en', '--title', 'Lipset'], { cwd: tmp.path });
  expect(init.code, init.stderr).toBe(0);
  return join(tmp.path, name);
}

const run = (study: string, ...args: string[]) => runInProcess([...args, '--study', study], { cwd: tmp.path });

async function analyzeJson(study: string, ...args: string[]): Promise<{ json: AnalysisJson; stderr: string; stdout: string }> {
  const r = await run(study, 'analyze', '--json', ...args);
  expect(r.code, r.stderr).toBe(0);
  return { json: JSON.parse(r.stdout) as AnalysisJson, stderr: r.stderr, stdout: r.stdout };
}

/** The varimax loadings of lipset in the study's sort order (the folder lists sorts by file name). */
async function varimaxLoadings(study: string, factors: string): Promise<AnalysisJson['loadings']> {
  return (await analyzeJson(study, '--factors', factors, '--no-plan')).json.loadings;
}

describe('qsort rotate in a real terminal (tmux, 80×24)', () => {
  it('F1/F2 by 10°, save, leave: qsort analyze --rotation judgmental gives the loadings of that rotation', { timeout: 30_000 }, async () => {
    const study = await initLipset();
    const name = startCommand(['rotate', '--study', study, '--factors', '3'], tmp.path);
    await waitFor(name, 'F1 × F2 · step 1°');
    keys(name, '+', '+');
    await waitFor(name, 'F1 × F2 · step 10°');
    keys(name, 'Right');
    await waitFor(name, '1. F1 × F2  +10°');
    keys(name, 's');
    await waitFor(name, '1 step · saved');
    keys(name, 'q');
    const end = await waitFor(name, 'EXIT=0');
    expect(end).toContain('The rotation by hand is saved in');
    const { json, stderr } = await analyzeJson(study, '--rotation', 'judgmental');
    expect(stderr).toContain('rotated by hand from varimax (1 step)');
    expect(json.options).toMatchObject({ rotation: 'judgmental', judgmental: { base: 'varimax', steps: [{ pair: ['F1', 'F2'], degrees: 10 }] } });
    expect(json.loadings).toEqual(applyRotationSteps(await varimaxLoadings(study, '3'), [{ pair: ['F1', 'F2'], degrees: 10 }]));
  });
});

describe('qsort rotate without the screen, and the analysis plan', () => {
  it('takes steps from a script, shows and resets them; analyze uses the plan and says so', async () => {
    const study = await initLipset();
    const first = await run(study, 'rotate', '--factors', '3', '--pair', 'F1,F2', '--degrees', '10');
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain('3 factors, principal components, rotated by hand from varimax (1 step), Pearson, automatic flags:\n   1. F1 × F2  +10°  (10)');
    await run(study, 'rotate', '--pair', '2,3', '--degrees', '-2.5');
    const shown = await run(study, 'rotate', '--show', '--json');
    const steps = [
      { pair: ['F1', 'F2'], degrees: 10 },
      { pair: ['F2', 'F3'], degrees: -2.5 },
    ] as const;
    expect(JSON.parse(shown.stdout)).toMatchObject({ factorCount: 3, extraction: 'pca', base: 'varimax', steps });
    const planned = await analyzeJson(study);
    expect(planned.stderr).toContain('note: using the analysis plan in lip/analysis-plan.json (3 factors, principal components, rotated by hand from varimax (2 steps), Pearson, automatic flags).');
    const base = await varimaxLoadings(study, '3');
    expect(planned.json.loadings).toEqual(applyRotationSteps(base, steps));
    expect(planned.json.plan.options).toEqual({ factorCount: 3, extraction: 'pca', rotation: 'judgmental', judgmental: { base: 'varimax', steps }, correlation: 'pearson' });
    expect((await run(study, 'analyze')).stdout).toContain('Rotated by hand from varimax (2 steps): F1 × F2 +10°, F2 × F3 −2.5°.');
    const rank = await run(study, 'rank', '--by', 'factor');
    expect(rank.stderr).toContain('note: using the analysis plan in lip/analysis-plan.json (3 factors, principal components, rotated by hand from varimax (2 steps)');
    // a command-line choice wins for that call; one that changes the factors leaves the rotation by hand for its base
    const other = await analyzeJson(study, '--factors', '2');
    expect(other.stderr).toContain('; --factors from the command line; its rotation by hand does not fit these factors, so varimax is used.');
    expect(other.json.options).toMatchObject({ factorCount: 2, rotation: 'varimax' });
    expect((await run(study, 'analyze', '--rotation', 'judgmental', '--factors', '2'))).toMatchObject({ code: 3 });
    // the frame of a saved rotation is fixed until --reset
    const clash = await run(study, 'rotate', '--factors', '4', '--pair', 'F1,F2', '--degrees', '5');
    expect(clash).toMatchObject({ code: 3 });
    expect(clash.stderr).toContain('is on 3 factors (pca, pearson, from varimax); "qsort rotate --reset" with the new options starts another');
    const reset = await run(study, 'rotate', '--reset');
    expect(reset.stderr).toContain('Cleared the rotation by hand; lip/analysis-plan.json uses varimax again.');
    expect((await analyzeJson(study)).json.loadings).toEqual(base);
    expect(await run(study, 'analyze', '--rotation', 'judgmental')).toMatchObject({ code: 3, stderr: expect.stringContaining('holds no rotation by hand; make one with "qsort rotate"') });
  });

  it('refuses what it cannot do, with a clear message and exit code', async () => {
    const study = await initLipset();
    const cases: [string[], number, string][] = [
      [['rotate'], 2, 'rotating by hand needs an interactive terminal; in a script use --pair A,B --degrees D, --show or --reset'],
      [['rotate', '--pair', 'F1,F2'], 2, '--pair and --degrees go together'],
      [['rotate', '--pair', 'F1,F1', '--degrees', '5'], 2, 'give two different factors'],
      [['rotate', '--pair', 'F1,F2', '--degrees', 'ten'], 2, 'give an angle in degrees'],
      [['rotate', '--factors', '3', '--pair', 'F1,F4', '--degrees', '5'], 3, 'a rotation step names factor "F4", but the factors are F1..F3'],
      [['rotate', '--factors', '1', '--pair', 'F1,F2', '--degrees', '5'], 2, 'needs at least 2'],
      [['analyze', '--plan', 'missing.json'], 4, 'cannot read the analysis plan missing.json: no such file or folder'],
    ];
    for (const [args, code, message] of cases) {
      const r = await run(study, ...args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(code);
      expect(r.stderr).toContain(message);
    }
    await writeFile(join(tmp.path, 'bad.json'), '{\n  "schemaVersion": 1,\n  "options": {\n    "factorCount": 3,\n    "extraction": "pcaa"\n  }\n}\n');
    const bad = await run(study, 'analyze', '--plan', 'bad.json');
    expect(bad).toMatchObject({ code: 3 });
    expect(bad.stderr).toContain('bad.json:5: "extraction" must be one of "pca", "centroid", not "pcaa"');
    const nl = await runInProcess(['analyze', '--plan', 'bad.json', '--study', study, '--lang', 'nl'], { cwd: tmp.path });
    expect(nl.stderr).toContain('bad.json:5: "extraction" moet een van "pca", "centroid" zijn, niet "pcaa"');
  });

  it('replays analyze --out\'s analysis.json on a fresh copy of the study: byte-identical results', async () => {
    const a = await initLipset('a');
    const b = await initLipset('b');
    await run(a, 'rotate', '--factors', '3', '--extraction', 'centroid', '--pair', 'F1,F3', '--degrees', '33.3');
    const out = await run(a, 'analyze', '--flag', 'US1=2,FR9=3', '--out', 'a-out', '--save');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toContain('Saved the analysis plan in a/analysis-plan.json.');
    const original = await readFile(join(tmp.path, 'a-out', 'analysis.json'), 'utf8');
    const replay = await run(b, 'analyze', '--plan', 'a-out/analysis.json', '--out', 'b-out');
    expect(replay.code, replay.stderr).toBe(0);
    expect(replay.stderr).toContain('note: replaying the plan of a-out/analysis.json (3 factors, centroid, rotated by hand from varimax (1 step), Pearson, flags by hand).');
    expect(await readFile(join(tmp.path, 'b-out', 'analysis.json'), 'utf8')).toBe(original);
    expect((await analyzeJson(b, '--plan', 'a/analysis-plan.json')).stdout).toBe(original);
    // the report follows the saved plan too, names the rotation by hand in its methods and shows the plan
    const report = await run(a, 'report', '--out', 'a.html');
    expect(report.code, report.stderr).toBe(0);
    expect(report.stderr).toContain('note: using the analysis plan in a/analysis-plan.json');
    const html = await readFile(join(tmp.path, 'a.html'), 'utf8');
    expect(html).toContain('rotated by hand (judgmental rotation) after varimax (with Kaiser normalisation), in pairwise steps: F1 × F3 +33.3°');
    expect(html).toContain('&quot;degrees&quot;: 33.3');
    // the plan is the analysis' own: the same numbers as analyzeStudy with those options
    const json = JSON.parse(original) as AnalysisJson;
    expect(json.plan.options).toMatchObject({ extraction: 'centroid', rotation: 'judgmental', flags: { F2: ['US1'], F3: ['FR9'] } });
    const lipset = loadStudy('lipset');
    const direct = analyzeStudy(lipset, json.plan.options);
    const index = new Map(json.sorts.map((id, i) => [id, i]));
    const ours = lipset.sorts.map((s) => json.loadings[index.get(s.id)!]!);
    expect(Math.max(...ours.flatMap((row, i) => row.map((x, j) => Math.abs(x - direct.loadings[i]![j]!))))).toBeLessThan(1e-12);
  });
});
