import { describe, expect, it } from 'vitest';
import { runBuilt } from '../helpers/cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

/** End-to-end regressions found by trying the built CLI as a new user would. */

const tmp = useTempDir('qsort-qa-');
const run = (args: readonly string[]) => runBuilt(args, { cwd: tmp.path });

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
