import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

/** End-to-end regressions found by trying the built CLI as a new user would. */

const tmp = useTempDir('qsort-qa-');
const run = (args: readonly string[]) => runInProcess(args, { cwd: tmp.path });

describe('init: the printed next command can be copied as it is', () => {
  it('quotes a folder name with a space', async () => {
    const r = await run(['init', 'my study']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Next: qsort sort --study 'my study'   (a participant sorts)`);
  });

  it('says "." for the current folder, also when the folder is given as ""', async () => {
    const r = await run(['init', '']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Next: qsort sort --study .   (a participant sorts)');
  });
});

describe('a closed output pipe', () => {
  it('(`qsort statements --json | head -c 0`) ends quietly: exit 0, no stack trace', async () => {
    const { spawn } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const bin = fileURLToPath(new URL('../../bin/qsort.js', import.meta.url));
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [bin, 'statements', '--json'], { cwd: tmp.path, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy(); // the reader is gone before anything is written
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('factors', () => {
  it('fits its output to 80 columns (the header and the per-rule and recommendation lines are wrapped)', async () => {
    const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/lipset/${name}`, import.meta.url));
    const init = await run(['init', 'lip', '--from', fixture('sorts.csv'), '--statements', fixture('statements.csv')]);
    expect(init.code, init.stderr).toBe(0);
    const r = await run(['factors', '--study', 'lip']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Recommended: 2 factors');
    expect(r.stdout.split('\n').filter((line) => [...line].length > 80)).toEqual([]);
  });
});

describe('a broken sort file', () => {
  it('is left out with one warning that names the file once', async () => {
    const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/lipset/${name}`, import.meta.url));
    expect((await run(['init', 'lip', '--from', fixture('sorts.csv'), '--statements', fixture('statements.csv')])).code).toBe(0);
    const bad = join(tmp.path, 'lip', 'sorts', 'bad.json');
    await writeFile(bad, '{bad');
    const r = await run(['rank', '--study', 'lip']);
    expect(r.code, r.stderr).toBe(0);
    const warning = r.stderr.split('\n').find((line) => line.includes('bad.json')) ?? '';
    expect(warning).toMatch(/^warning: left out .*bad\.json:1: not valid JSON/);
    expect(warning.split('bad.json')).toHaveLength(2);
  });
});

describe('import --bulk', () => {
  it('refusing participants who already have a sort does not suggest --replace (which --bulk refuses)', async () => {
    const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/lipset/${name}`, import.meta.url));
    expect((await run(['init', 'lip', '--from', fixture('sorts.csv'), '--statements', fixture('statements.csv')])).code).toBe(0);
    const r = await run(['import', fixture('sorts.csv'), '--study', 'lip', '--bulk']);
    expect(r.code).toBe(3);
    const last = r.stderr.trimEnd().split('\n').at(-1) ?? '';
    expect(last).toMatch(/^error: 9 problems in the import \(listed above\); nothing was imported$/);
  });

  it('--bulk --replace is a usage error before any file is read', async () => {
    const r = await run(['import', 'missing.csv', '--study', 'nowhere', '--bulk', '--replace']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --bulk never replaces sorts/);
  });
});
