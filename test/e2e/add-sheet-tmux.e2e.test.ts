import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuilt } from '../helpers/cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';
import { keys, startCommand, waitFor } from '../helpers/tmux.ts';

const tmp = useTempDir('qsort-sheet-');

/** `qsort add` typing a paper sheet in, in a real terminal (tmux at 80×24). */

describe('qsort add: a paper sheet typed in, in a real terminal', () => {
  it('asks whose sheet, refuses a wrong number at once, saves the sheet and stops on an empty name', { timeout: 60_000 }, async () => {
    const dir = tmp.path;
    expect((await runBuilt(['init', 'ws', '--lang', 'en'], { cwd: dir })).code).toBe(0);
    const name = startCommand(['add', '--study', 'ws'], dir);
    await waitFor(name, 'Participant (name or code; Enter alone to stop)');
    keys(name, 'anne', 'Enter');
    await waitFor(name, 'Team (Enter if none)');
    keys(name, 'sales', 'Enter');
    await waitFor(name, 'The sheet of "anne" (team sales)');
    const columns = ['21', '6 19', '7 13 22', '8 10 11 16', '3 9 15 18', '2 5 17 20', '12 23 24', '4 14'];
    for (const [k, column] of columns.entries()) {
      if (k === 4) {
        keys(name, '3 9 16');
        expect(await waitFor(name, '✗ card 16 is already in column −1')).toContain('Left: 1 2 4 5 12 14 15 17 18 20 23 24');
        keys(name, 'BSpace', 'BSpace', 'BSpace', 'BSpace', 'BSpace', 'BSpace');
      }
      keys(name, column, 'Enter');
      await waitFor(name, new RegExp(`\\(\\d\\)  ${column}\\n`));
    }
    expect(await waitFor(name, 'Enter alone takes the cards that are left.')).toContain('Left: 1');
    keys(name, 'Enter');
    await waitFor(name, 'Saved the sort of "anne" (team sales): ws/sorts/anne.json');
    keys(name, 'Enter');
    expect(await waitFor(name, 'EXIT=0')).toContain('1 sheet typed in');
    const sort = JSON.parse(readFileSync(join(dir, 'ws', 'sorts', 'anne.json'), 'utf8')) as { team: string; source: string; scores: Record<string, number> };
    expect(sort).toMatchObject({ team: 'sales', source: 'add' });
    expect(sort.scores).toMatchObject({ S21: -4, S06: -3, S19: -3, S16: -1, S01: 4, S04: 3, S14: 3 });
  });
});
