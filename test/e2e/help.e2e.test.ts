import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBuilt, runInProcess } from '../helpers/cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

/** End-to-end: `--help` of the program and of every command, `--version`, and what `--help` loads. */

const pkg = JSON.parse(await readFile(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string };

const tmp = useTempDir('qsort-help-');

const COMMANDS = ['init', 'sort', 'statements', 'add', 'list', 'import', 'export', 'serve', 'sync', 'rank', 'analyze', 'rotate', 'factors', 'report'];

/** A module-resolve hook that appends every resolved URL to $QSORT_MODULE_LOG (runs in the loader thread). */
const HOOKS = `import { appendFileSync } from 'node:fs';
let log = '';
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(log, result.url + '\\n');
  return result;
}
`;
const REGISTER = `import { register } from 'node:module';
register('./hooks.mjs', import.meta.url, { data: { log: process.env.QSORT_MODULE_LOG } });
`;

describe('help', () => {
  it.each([[''], ...COMMANDS.map((c) => [c])])('qsort %s --help: examples, every line within 80 columns', async (command) => {
    const r = await runInProcess(command === '' ? ['--help'] : [command, '--help'], { cwd: tmp.path });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain(command === '' ? '$ qsort ' : `$ qsort ${command}`);
    const wide = r.stdout.split('\n').filter((line) => [...line].length > 80);
    expect(wide).toEqual([]);
  });

  it('qsort --version prints the package version', async () => {
    const r = await runBuilt(['--version'], { cwd: tmp.path });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('qsort --help loads no analysis, prompt, server, report or screen code', async () => {
    await writeFile(join(tmp.path, 'hooks.mjs'), HOOKS);
    await writeFile(join(tmp.path, 'register.mjs'), REGISTER);
    const log = join(tmp.path, 'modules.txt');
    const r = await runBuilt(['--help'], {
      cwd: tmp.path,
      env: { NODE_OPTIONS: `--import=${join(tmp.path, 'register.mjs')}`, QSORT_MODULE_LOG: log },
    });
    expect(r.code, r.stderr).toBe(0);
    const loaded = (await readFile(log, 'utf8')).split('\n').filter((url) => url !== '');
    // the hook works: the commands' registration modules are seen
    expect(loaded.some((url) => url.endsWith('/dist/commands/analyze.js'))).toBe(true);
    const heavy = loaded.filter((url) =>
      /\/dist\/(analysis|server|report|sort-flow|ui|formats\/(?!types\.js))|\/node_modules\/(@inquirer|fastify|@fastify|ml-matrix|simple-statistics|qrcode|cli-progress|chalk|csv-parse|csv-stringify)\//.test(url),
    );
    expect(heavy).toEqual([]);
  });
});
