import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../test/helpers/cli.ts';
import { DataError, ioError, localMessage } from './errors.ts';
import { errorLang, errorLine } from './main.ts';

describe('errorLang', () => {
  const at = (env: Record<string, string>) => ({ env, cwd: '/nonexistent-qsort' });
  it('takes --lang first, then LC_ALL / LC_MESSAGES / LANG', () => {
    expect(errorLang(['list', '--lang', 'nl'], at({ LANG: 'en_US.UTF-8' }))).toBe('nl');
    expect(errorLang(['list', '--lang=en'], at({ LANG: 'nl_NL.UTF-8' }))).toBe('en');
    expect(errorLang(['list'], at({ LANG: 'nl_NL.UTF-8' }))).toBe('nl');
    expect(errorLang(['list'], at({ LC_ALL: 'nl_BE.UTF-8', LANG: 'en_GB' }))).toBe('nl');
    expect(errorLang(['list'], at({}))).toBe('en');
    expect(errorLang(['list', '--lang', 'fr'], at({ LANG: 'nl_NL' }))).toBe('nl');
  });
});

describe('localMessage and ioError', () => {
  it('gives the Dutch twin for nl and the English message otherwise', () => {
    const e = new DataError('the sort is wrong', { nl: 'de sortering klopt niet' });
    expect(localMessage(e, 'nl')).toBe('de sortering klopt niet');
    expect(localMessage(e, 'en')).toBe('the sort is wrong');
    expect(localMessage(new DataError('only English'), 'nl')).toBe('only English');
  });

  it('shows a message with a fixed language as it is, "fout:" for Dutch even when $LANG is English', () => {
    const fixed = new DataError('de naam is al in gebruik', { lang: 'nl' });
    expect(localMessage(fixed, 'en')).toBe('de naam is al in gebruik');
    expect(errorLine(fixed, 'en')).toBe('fout: de naam is al in gebruik');
    expect(errorLine(new DataError('bad', { nl: 'fout gegaan' }), 'nl')).toBe('fout: fout gegaan');
    expect(errorLine(new DataError('bad', { nl: 'fout gegaan' }), 'en')).toBe('error: bad');
  });

  it('says a missing file and a refused permission in both languages', () => {
    const missing = ioError(Object.assign(new Error('x'), { code: 'ENOENT' }), 'a.csv', 'read');
    expect(missing.message).toBe('cannot read a.csv: no such file or folder');
    expect(missing.nl).toBe('kan a.csv niet lezen: dat bestand of die map bestaat niet');
    const denied = ioError(Object.assign(new Error('x'), { code: 'EACCES' }), 'out.csv', 'write');
    expect(denied.message).toBe('cannot write out.csv: permission denied');
    expect(denied.nl).toBe('kan out.csv niet schrijven: geen toestemming');
  });
});

describe('main prints errors in the chosen language', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qsort-main-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("takes the study's language before $LANG, and --lang before both", async () => {
    await writeFile(join(dir, 'study.json'), JSON.stringify({ language: 'nl' }));
    expect(errorLang(['list', '--study', dir], { env: { LANG: 'en_US.UTF-8' }, cwd: '/' })).toBe('nl');
    expect(errorLang(['list'], { env: { LANG: 'en_US.UTF-8', QSORT_STUDY: dir }, cwd: '/' })).toBe('nl');
    expect(errorLang(['list', '--study', dir, '--lang', 'en'], { env: { LANG: 'nl_NL.UTF-8' }, cwd: '/' })).toBe('en');
    // an error without a Dutch twin keeps its English prefix: never "fout: <English>"
    expect(errorLine(new DataError('only English'), 'nl')).toBe('error: only English');
  });

  it('"fout:" and Dutch text with LANG=nl_NL, "error:" and English otherwise', async () => {
    const nl = await runInProcess(['list', '--study', dir], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } });
    expect(nl.code).toBe(4);
    expect(nl.stderr).toBe(`fout: geen studie in ${dir} (geen study.json); maak er een met "qsort init ${dir}" of wijs er een aan met --study MAP\n`);
    const en = await runInProcess(['list', '--study', dir], { cwd: dir });
    expect(en.stderr).toBe(`error: no study in ${dir} (no study.json); create one with "qsort init ${dir}" or point to one with --study DIR\n`);
  });
});
