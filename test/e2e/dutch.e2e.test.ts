import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, type CliResult } from '../helpers/cli.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

/** End-to-end: with LANG=nl_NL.UTF-8 the facilitator's commands and their errors are in Dutch; with en_US in English. */

const tmp = useTempDir('qsort-nl-e2e-');
const nl = (args: readonly string[]): Promise<CliResult> => runInProcess(args, { cwd: tmp.path, env: { LANG: 'nl_NL.UTF-8', TZ: 'UTC' } });
const en = (args: readonly string[]): Promise<CliResult> => runInProcess(args, { cwd: tmp.path, env: { LANG: 'en_US.UTF-8', TZ: 'UTC' } });

const COLUMN_SCORES = [-4, -3, -3, -2, -2, -2, -1, -1, -1, -1, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4];
const scores = (last = 4): string => COLUMN_SCORES.map((s, i) => `S${String(i + 1).padStart(2, '0')}=${i === 23 ? last : s}`).join(',');

/** A port on this computer where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** One `fout:` line on stderr, nothing on stdout, the exit code. */
function expectFout(r: CliResult, code: number, text: string | RegExp): void {
  expect(r.code, r.stderr).toBe(code);
  expect(r.stdout).toBe('');
  const last = r.stderr.trimEnd().split('\n').at(-1) ?? '';
  if (typeof text === 'string') expect(last).toBe(`fout: ${text}`);
  else expect(last.replace(/^fout: /, '')).toMatch(text);
  expect(last).toMatch(/^fout: /);
}

describe('qsort in Dutch (LANG=nl_NL.UTF-8)', () => {
  it('init, add, list, statements and export report in Dutch', async () => {
    const init = await nl(['init', 'ws']);
    expect(init).toMatchObject({ code: 0, stderr: '' });
    expect(init.stdout).toBe(
      `Studie "Klantgerichtheid van medewerkers" gemaakt in ${join(tmp.path, 'ws')}\n  24 stellingen, verdeling -4..4:1,2,3,4,4,4,3,2,1\nVerder: qsort sort --study ws   (een deelnemer sorteert)\n`,
    );
    expect((await nl(['add', '-p', 'anne', '-t', 'sales', '--study', 'ws', '--scores', scores()])).stdout).toBe(
      `De sortering van "anne" (team sales) is bewaard: ${join('ws', 'sorts', 'anne.json')}\n`,
    );
    const list = await nl(['list', '--study', 'ws']);
    expect(list.stdout.split('\n')[0]).toBe('deelnemer  team   datum             taal  bron  status');
    expect(list.stdout).toContain('1 sortering: 1 geldig');
    const statements = await nl(['statements', '--study', 'ws']);
    expect(statements.stdout).toContain('S01  mogen   ');
    expect(statements.stdout).toMatch(/\n24 stellingen\n$/);
    const exported = await nl(['export', '--study', 'ws', '--out', 'x.csv']);
    expect(exported.stderr).toBe(`1 sortering geëxporteerd naar ${join(tmp.path, 'x.csv')}\n`);
  });

  it('says in Dutch: no study, already has a sort, a sort that breaks the distribution, an unknown statement, a missing file, an import of a participant who has a sort', async () => {
    expectFout(await nl(['list', '--study', 'leeg']), 4, `geen studie in ${join(tmp.path, 'leeg')} (geen study.json); maak er een met "qsort init ${join(tmp.path, 'leeg')}" of wijs er een aan met --study MAP`);
    await nl(['init', 'ws']);
    await nl(['add', '-p', 'anne', '--study', 'ws', '--scores', scores()]);
    const again = await nl(['add', '-p', 'anne', '--study', 'ws', '--scores', scores()]);
    expectFout(again, 3, `deelnemer "anne" heeft al een sortering (${join(tmp.path, 'ws', 'sorts', 'anne.json')}); vervang die met --replace (de oude blijft bewaard als reservekopie)`);
    expectFout(
      await nl(['add', '-p', 'bram', '--study', 'ws', '--scores', scores(3)]),
      3,
      '--scores: de sortering van "bram" past niet bij de studie: score +3 is 3 keer gebruikt, de verdeling vraagt 2 keer; score +4 is 0 keer gebruikt, de verdeling vraagt 1 keer (de verdeling is -4..4:1,2,3,4,4,4,3,2,1)',
    );
    expectFout(
      await nl(['add', '-p', 'bram', '--study', 'ws', '--scores', scores().replace('S24=4', 'S99=4')]),
      3,
      '--scores: de sortering van "bram" past niet bij de studie: onbekende stelling-id "S99"; stelling S24 heeft geen score (de stellingen van de studie zijn S01, S02, S03 … S23, S24)',
    );
    expectFout(await nl(['init', 'ws']), 4, `${join(tmp.path, 'ws', 'study.json')} bestaat al; kies een andere map of verwijder eerst de oude studie`);
    expectFout(
      await nl(['init', 'other', '--distribution', '2,2,3,4,4,4,3,2,2']),
      3,
      'verdeling "2,2,3,4,4,4,3,2,2": de aantallen 2,2,3,4,4,4,3,2,2 tellen op tot 26, maar er zijn 24 stellingen: 2 te veel (haal er 2 af)',
    );
    expectFout(await nl(['export', '--study', 'ws', '--format', 'pqmethod']), 2, '--format pqmethod schrijft twee bestanden (.DAT en .STA): geef --out PAD');
    expectFout(await nl(['import', 'nope.csv', '--study', 'ws']), 4, `kan ${join(tmp.path, 'nope.csv')} niet lezen: dat bestand of die map bestaat niet`);
    // the study's own export, imported again: anne is there already
    await nl(['export', '--study', 'ws', '--out', 'again.csv']);
    const twice = await nl(['import', 'again.csv', '--study', 'ws']);
    expectFout(twice, 3, /^again\.csv:\d+(:\d+)?, deelnemer "anne": de deelnemer heeft al een sortering in de studie; er is niets geïmporteerd \(--replace vervangt/);
  });

  it('says why a workshop server cannot be reached, in Dutch', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const r = await nl(['add', '-p', 'carla', '--scores', scores(), '--to', url, '--code', 'K7PM3Q']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('verbinding geweigerd (draait de server wel?); over ');
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`fout: kan de studie niet ophalen van ${url}: verbinding geweigerd (draait de server wel?)`);
    expect((await nl(['sync'])).stderr).toBe('het postvak UIT is leeg: elke sortering is afgeleverd\n');
    expectFout(await nl(['add', '-p', 'carla', '--scores', scores(), '--to', url]), 2, '--to en --code horen bij elkaar: het adres van de workshopserver en de sessiecode');
  });
});

describe('the same in English (LANG=en_US.UTF-8, or --lang en)', () => {
  it('keeps the English texts and "error:"', async () => {
    expect((await en(['init', 'ws'])).stdout).toMatch(/^Created study ".+" in .+\n  24 statements, distribution /);
    const r = await en(['list', '--study', 'leeg']);
    expect(r.stderr).toBe(`error: no study in ${join(tmp.path, 'leeg')} (no study.json); create one with "qsort init ${join(tmp.path, 'leeg')}" or point to one with --study DIR\n`);
    const forced = await nl(['statements', '--lang', 'en']);
    expect(forced.stdout).toMatch(/\n24 statements\n$/);
    expect(forced.stdout).toContain('S01  allowed  ');
  });
});
