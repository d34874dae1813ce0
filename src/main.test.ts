import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../test/helpers/cli.ts';
import { DataError, IoError, ioError } from './errors.ts';
import { errorLine, errorText } from './i18n/errors.ts';
import { commandLang } from './main.ts';

describe('commandLang', () => {
  const at = (env: Record<string, string>) => ({ env, cwd: '/nonexistent-qsort' });
  it('takes --lang first, then LC_ALL / LC_MESSAGES / LANG', () => {
    expect(commandLang({ lang: 'nl' }, at({ LANG: 'en_US.UTF-8' }))).toBe('nl');
    expect(commandLang({ lang: 'en' }, at({ LANG: 'nl_NL.UTF-8' }))).toBe('en');
    expect(commandLang({}, at({ LANG: 'nl_NL.UTF-8' }))).toBe('nl');
    expect(commandLang({}, at({ LC_ALL: 'nl_BE.UTF-8', LANG: 'en_GB' }))).toBe('nl');
    expect(commandLang({}, at({}))).toBe('en');
    expect(commandLang({ lang: 'fr' }, at({ LANG: 'nl_NL' }))).toBe('nl');
  });
});

describe('errorText, errorLine and ioError', () => {
  it('shows a message with a fixed language as it is, "fout:" for Dutch even when $LANG is English', () => {
    const fixed = new DataError('legacy.text', { en: 'de naam is al in gebruik' }, { lang: 'nl' });
    expect(errorLine(fixed, 'en')).toBe('fout: de naam is al in gebruik');
    const coded = new IoError('study.exists', { path: 'x/study.json' });
    expect(errorLine(coded, 'nl')).toBe('fout: x/study.json bestaat al; kies een andere map of verwijder eerst de oude studie');
    expect(errorLine(coded, 'en')).toBe('error: x/study.json already exists; choose another folder or remove the old study first');
    expect(errorText(coded, 'en')).toBe(coded.message);
  });

  it('says a missing file and a refused permission in both languages', () => {
    const missing = ioError(Object.assign(new Error('x'), { code: 'ENOENT' }), 'a.csv', 'read');
    expect(missing.message).toBe('cannot read a.csv: no such file or folder');
    expect(errorText(missing, 'nl')).toBe('kan a.csv niet lezen: dat bestand of die map bestaat niet');
    const denied = ioError(Object.assign(new Error('x'), { code: 'EACCES' }), 'out.csv', 'write');
    expect(denied.message).toBe('cannot write out.csv: permission denied');
    expect(errorText(denied, 'nl')).toBe('kan out.csv niet schrijven: geen toestemming');
    const study = ioError(Object.assign(new Error('x'), { code: 'EACCES' }), 's/study.json', 'read', 'study');
    expect(study.message).toBe('cannot read the study s/study.json: permission denied');
    expect(errorText(study, 'nl')).toBe('kan s/study.json niet lezen: geen toestemming');
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
    expect(commandLang({ study: dir }, { env: { LANG: 'en_US.UTF-8' }, cwd: '/' })).toBe('nl');
    expect(commandLang({}, { env: { LANG: 'en_US.UTF-8', QSORT_STUDY: dir }, cwd: '/' })).toBe('nl');
    expect(commandLang({ study: dir, lang: 'en' }, { env: { LANG: 'nl_NL.UTF-8' }, cwd: '/' })).toBe('en');
    // the whole run: the study's language decides the error's, read once before the action
    const r = await runInProcess(['export', '--study', dir, '--format', 'pqmethod'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect(r.stderr).toBe('fout: --format pqmethod schrijft twee bestanden (.DAT en .STA): geef --out PAD\n');
  });

  it('"fout:" and Dutch text with LANG=nl_NL, "error:" and English otherwise', async () => {
    const nl = await runInProcess(['list', '--study', dir], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } });
    expect(nl.code).toBe(4);
    expect(nl.stderr).toBe(`fout: geen studie in ${dir} (geen study.json); maak er een met "qsort init ${dir}" of wijs er een aan met --study MAP\n`);
    const en = await runInProcess(['list', '--study', dir], { cwd: dir });
    expect(en.stderr).toBe(`error: no study in ${dir} (no study.json); create one with "qsort init ${dir}" or point to one with --study DIR\n`);
  });
});
