import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DISTRIBUTION, newStudy } from '../core/study-defaults.ts';
import type { Question, Study } from '../core/types.ts';
import { sortProblems } from '../core/validate-sort.ts';
import { DataError } from '../errors.ts';
import type { PresortState } from '../prompts/presort/state.ts';
import { PILES, reducePresort } from '../prompts/presort/state.ts';
import type { GridState } from '../prompts/qsort-grid/state.ts';
import { reduceGrid } from '../prompts/qsort-grid/state.ts';
import { PLAIN_STYLE } from '../prompts/theme.ts';
import { createStudy, draftPath, readDraft, sortPath } from '../study/study-folder.ts';
import type { SortDraft } from './draft.ts';
import { AlreadySortedError, runSort, type RunSortOptions } from './run-sort.ts';
import type { SortSink } from './sink.ts';
import { studyFolderSink } from './sink.ts';
import type { PromptControl, SortUi } from './ui.ts';

const questions: Question[] = [
  { id: 'most', kind: 'most', text: { en: 'Why these on the right?' } },
  { id: 'least', kind: 'least', text: { en: 'Why these on the left?' }, required: true },
  { id: 'missing', kind: 'free', text: { en: 'What is missing?' } },
];

function makeStudy(): Study {
  const statements = Array.from({ length: 24 }, (_, i) => ({ id: `S${String(i + 1).padStart(2, '0')}`, text: { en: `Statement ${i + 1}`, nl: `Stelling ${i + 1}` } }));
  return newStudy({ statements, distribution: DEFAULT_DISTRIBUTION, language: 'en', questions, createdAt: '2026-01-01T00:00:00Z' });
}

class Exit extends Error {
  override name = 'ExitPromptError';
}

class Aborted extends Error {
  override name = 'AbortPromptError';
}

/** As a prompt does: an aborted signal (a draft that could not be saved) stops it before the next key. */
async function nextKey(control: PromptControl | undefined): Promise<void> {
  await Promise.resolve();
  if (control?.signal?.aborted) throw new Aborted('aborted', { cause: control.signal.reason });
}

interface Script {
  participant?: string[];
  resume?: 'resume' | 'restart';
  /** Stop (as Ctrl-C) in the grid after this many Enter presses. */
  stopInGridAfter?: number | undefined;
  reviewAnswers?: ('confirm' | 'back')[];
  answers?: Record<string, string>;
  /** Called after every grid key (after its onChange). */
  onKey?: () => void;
  /** Question ids where ↑ goes back once, after typing the answer. */
  backAt?: string[];
  /** The team chosen from the study's list (default: the first). */
  team?: string;
}

/** A UI that drives the real reducers with keys, calling onChange like the prompts do. */
function scriptedUi(script: Script, log: string[]): SortUi {
  const names = [...(script.participant ?? [])];
  const reviews = [...(script.reviewAnswers ?? ['confirm'])];
  return {
    clear: () => undefined,
    show: (text) => log.push(`show:${text}`),
    size: () => ({ columns: 80, rows: 24 }),
    async answer(config, control) {
      const message = config.screen({ columns: 80, rows: 24 }, PLAIN_STYLE);
      const q = { message, validate: config.validate ?? (() => true as const), ...(config.initial !== undefined ? { initial: config.initial } : {}), ...(config.onInput ? { onInput: config.onInput } : {}) };
      const id = questions.find((x) => message.includes(x.text.en ?? ''))?.id;
      const text = await this.text(q, control);
      const back = script.backAt ?? [];
      if (id !== undefined && back.includes(id) && config.allowBack) {
        back.splice(back.indexOf(id), 1);
        log.push(`back:${id}`);
        return { kind: 'back', text };
      }
      return { kind: 'answer', text };
    },
    async text(q, control) {
      if (q.message.includes('participant code')) {
        for (;;) {
          const name = names.shift();
          if (name === undefined) throw new Exit('no name');
          const ok = await q.validate(name);
          log.push(`name:${name}:${ok === true ? 'ok' : ok}`);
          if (ok === true) return name;
        }
      }
      const id = questions.find((x) => q.message.includes(x.text.en ?? ''))?.id ?? '?';
      const answer = script.answers?.[id] ?? '';
      if (q.initial !== undefined) log.push(`initial:${id}:${q.initial}`);
      // Typed one key at a time, as the terminal does (a resumed answer is continued).
      for (let i = (q.initial ?? '').length + 1; i <= answer.length; i++) {
        q.onInput?.(answer.slice(0, i));
        await nextKey(control);
      }
      const ok = await q.validate(answer);
      log.push(`question:${id}:${ok === true ? 'ok' : ok}`);
      if (ok !== true) return `${answer}filled in`;
      return answer;
    },
    async choose(q) {
      log.push(`choose:${q.message}`);
      if (q.message.includes('Which team')) return (script.team ?? q.choices[0]?.value) as never;
      return (script.resume ?? q.choices[0]?.value) as never;
    },
    async pager(config) {
      log.push(`pager:${config.right}`);
      return config.allowBack ? (reviews.shift() ?? 'confirm') : 'confirm';
    },
    async presort(config, control) {
      let s: PresortState = config.initial;
      let i = s.choices.length;
      while (s.choices.length < s.order.length) {
        s = reducePresort(s, { type: 'choose', pile: PILES[i++ % 3] ?? 'neutral' });
        config.onChange?.(s);
        await nextKey(control);
      }
      return s;
    },
    async grid(config, control) {
      let s: GridState = config.initial;
      let presses = 0;
      while (s.queue.length > 0) {
        if (script.stopInGridAfter !== undefined && presses === script.stopInGridAfter) {
          script.stopInGridAfter = undefined;
          throw new Exit('User force closed the prompt with SIGINT');
        }
        if (presses > 1000) throw new Error('Enter does not complete the grid (stuck on a full column?)');
        s = reduceGrid(s, { type: 'enter' });
        presses++;
        config.onChange?.(s);
        script.onKey?.();
        await nextKey(control);
      }
      return s;
    },
  };
}

const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function setup() {
  // tmpfs when there is one: every key is fsync'ed, and the test is about the flow, not the disk.
  const dir = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'qsort-flow-'));
  made.push(dir);
  const study = makeStudy();
  await createStudy(dir, study);
  return { dir, study };
}

function options(dir: string, study: Study, ui: SortUi, extra: Partial<RunSortOptions> = {}): RunSortOptions {
  let clock = Date.parse('2026-03-01T10:00:00Z');
  return {
    study,
    sink: studyFolderSink(dir, study),
    ui,
    lang: 'en',
    participant: 'P01',
    style: PLAIN_STYLE,
    resumeCommand: (p: string) => `qsort sort --study s --participant ${p}`,
    now: () => new Date((clock += 1000)),
    newSeed: () => 42,
    newSortId: () => 'sort-1',
    size: { columns: 80, rows: 24 },
    ...extra,
  };
}

describe('runSort', () => {
  it('runs welcome → pre-sort → grid → review → questions and saves a complete record', async () => {
    const { dir, study } = await setup();
    const log: string[] = [];
    const drafts: SortDraft[] = [];
    const base = studyFolderSink(dir, study);
    const sink: SortSink = { ...base, saveDraft: (d) => { drafts.push(d); base.saveDraft(d); } };
    const o = options(dir, study, scriptedUi({ answers: { most: 'because', least: 'no time', missing: '' } }, log), { sink, team: 'ward 3' });
    const outcome = await runSort(o);
    expect(outcome.location).toBe(sortPath(dir, 'P01'));
    const saved = JSON.parse(await readFile(outcome.location, 'utf8'));
    expect(saved).toMatchObject({
      participant: 'P01',
      team: 'ward 3',
      source: 'interactive',
      language: 'en',
      shuffleSeed: 42,
      sortId: 'sort-1',
      answers: { most: 'because', least: 'no time', missing: '' },
    });
    expect(saved.presort.agree.length + saved.presort.neutral.length + saved.presort.disagree.length).toBe(24);
    expect(Object.keys(saved.scores)).toEqual(study.statements.map((s) => s.id));
    expect(sortProblems(saved.scores, study.statements, study.distribution)).toEqual([]);
    expect(Date.parse(saved.finishedAt)).toBeGreaterThan(Date.parse(saved.startedAt));
    expect(saved.durationSeconds).toBeGreaterThan(0);
    // Every pre-sort choice and every placement reached the sink, one draft per key, in order.
    const placed = drafts.filter((d) => d.step === 'grid' && d.grid).map((d) => 24 - (d.grid?.queue.length ?? 0));
    expect(placed).toEqual([0, ...Array.from({ length: 24 }, (_, i) => i + 1)]);
    // Typed text is saved as typed, a key at a time, and leaves the draft once answered.
    const typing = drafts.flatMap((d) => (d.typing ? [`${d.typing.question}:${d.typing.text}`] : []));
    expect(typing).toEqual(['most:b', 'most:be', 'most:bec', 'most:beca', 'most:becau', 'most:becaus', 'most:because', 'least:n', 'least:no', 'least:no ', 'least:no t', 'least:no ti', 'least:no tim', 'least:no time']);
    expect(drafts.at(-1)?.typing).toBeUndefined();
    expect(await readdir(join(dir, 'drafts'))).toEqual([]);
    expect(log.filter((l) => l.startsWith('pager:'))).toEqual(['pager:Welcome', 'pager:Review · 24 of 24 placed']);
    expect(log.find((l) => l.startsWith('show:'))).toContain('You can close this window now.');
  });

  it('Ctrl-C in the grid keeps the draft and says how to resume; the next run resumes every placement', async () => {
    const { dir, study } = await setup();
    const first = options(dir, study, scriptedUi({ stopInGridAfter: 9 }, []));
    await expect(runSort(first)).rejects.toMatchObject({
      name: 'AbortError',
      exitCode: 130,
      message: `Stopped. Your sort so far is saved in ${draftPath(dir, 'P01')}.\nTo continue: qsort sort --study s --participant P01`,
    });
    const draft = (await readDraft(dir, 'P01')) as SortDraft & { cursorWasMovedToFullColumn?: boolean };
    expect(draft.step).toBe('grid');
    expect(24 - (draft.grid?.queue.length ?? 0)).toBe(9);
    const placedBefore = draft.grid?.columns.map((c) => [...c]) ?? [];
    // Leave the stored cursor on the full +4 column, as a participant who moved there before the crash would.
    const { writeDraft } = await import('../study/study-folder.ts');
    await writeDraft(dir, 'P01', { ...draft, grid: { ...draft.grid, cursor: { col: 8, row: null } } });
    Object.assign(draft, { cursorWasMovedToFullColumn: (draft.grid?.columns[8]?.length ?? 0) === 1 });

    const log: string[] = [];
    let resumedFrom: GridState | undefined;
    const ui = scriptedUi({ resume: 'resume' }, log);
    const grid = ui.grid.bind(ui);
    ui.grid = (config) => {
      resumedFrom = config.initial;
      return grid(config);
    };
    const second = options(dir, study, ui);
    const { record } = await runSort(second);
    // The question under the study's title, like every screen of the sort.
    expect(log[0]).toMatch(/^choose: Customer focus of employees +Name\n/);
    expect(log[0]).toContain('\n There is an unfinished sort of “P01” (grid, 9 of 24 placed).\n What would you like to do?');
    expect(resumedFrom?.columns).toEqual(placedBefore);
    // The highlight starts on a free place, even though the draft's cursor was left on a full column.
    expect(draft.cursorWasMovedToFullColumn).toBe(true);
    expect(resumedFrom?.cursor.row).toBeNull();
    const col = resumedFrom?.cursor.col ?? -1;
    expect(resumedFrom?.columns[col]?.length).toBeLessThan(study.distribution.counts[col] ?? 0);
    placedBefore.forEach((column, col) => {
      for (const id of column) expect(record.scores[id]).toBe(study.distribution.scores[col]);
    });
    expect(record.shuffleSeed).toBe(draft.shuffleSeed);
    expect(log.some((l) => l.startsWith('pager:Welcome'))).toBe(false);
  });

  it('starting again drops the old draft and uses a new seed', async () => {
    const { dir, study } = await setup();
    await expect(runSort(options(dir, study, scriptedUi({ stopInGridAfter: 3 }, [])))).rejects.toThrow();
    const { record } = await runSort(options(dir, study, scriptedUi({ resume: 'restart' }, []), { newSeed: () => 7 }));
    expect(record.shuffleSeed).toBe(7);
  });

  it('refuses a participant who already has a sort, before anything is written', async () => {
    const { dir, study } = await setup();
    await runSort(options(dir, study, scriptedUi({}, [])));
    const again = runSort(options(dir, study, scriptedUi({}, [])));
    await expect(again).rejects.toBeInstanceOf(AlreadySortedError);
    await expect(again).rejects.toThrow(/participant "P01" already has a saved sort/);
    expect(await readdir(join(dir, 'drafts'))).toEqual([]);
  });

  it('asks for a name when none is given, refusing empty and taken ones', async () => {
    const { dir, study } = await setup();
    await runSort(options(dir, study, scriptedUi({}, [])));
    const log: string[] = [];
    const { record } = await runSort(options(dir, study, scriptedUi({ participant: ['  ', 'P01', 'Anne'] }, log), { participant: undefined }));
    expect(record.participant).toBe('Anne');
    expect(log.slice(0, 3)).toEqual([
      'name:  :Please type a name or code.',
      'name:P01:A sort of “P01” has already been saved. Please choose another name or code.',
      'name:Anne:ok',
    ]);
  });

  it('a name someone else is sorting under right now is refused as in use, not as already saved', async () => {
    const { dir, study } = await setup();
    const base = studyFolderSink(dir, study);
    const sink: SortSink = { ...base, nameInUse: async (name) => name === 'Bob' };
    const log: string[] = [];
    const { record } = await runSort(options(dir, study, scriptedUi({ participant: ['Bob', 'Anne'] }, log), { participant: undefined, sink }));
    expect(record.participant).toBe('Anne');
    expect(log.slice(0, 2)).toEqual([
      'name:Bob:Someone else is sorting under the name “Bob” right now. Please choose another name or code (add an initial, for example).',
      'name:Anne:ok',
    ]);
  });

  it('goes back from the review to the grid, and insists on required answers', async () => {
    const { dir, study } = await setup();
    const log: string[] = [];
    const { record } = await runSort(options(dir, study, scriptedUi({ reviewAnswers: ['back', 'confirm'] }, log)));
    expect(log.filter((l) => l.startsWith('pager:Review'))).toHaveLength(2);
    expect(log).toContain('question:least:This question needs an answer.');
    expect(log).toContain('question:most:ok');
    expect(record.answers?.['least']).toBe('filled in');
  });

  it('↑ on a question goes back to the previous one with its answer kept; from the first, back to the review', async () => {
    const { dir, study } = await setup();
    const log: string[] = [];
    const ui = scriptedUi({ answers: { most: 'because', least: 'no time', missing: 'fun' }, backAt: ['least', 'most'] }, log);
    const { record } = await runSort(options(dir, study, ui));
    // most (↑) → the review → most, its answer kept → least (↑) → most, kept → least, kept → missing
    expect(log.filter((l) => /^(back|initial|pager:Review)/.test(l))).toEqual(['pager:Review · 24 of 24 placed', 'back:most', 'pager:Review · 24 of 24 placed', 'initial:most:because', 'back:least', 'initial:most:because', 'initial:least:no time']);
    expect(record.answers).toEqual({ most: 'because', least: 'no time', missing: 'fun' });
  });

  it('asks for the team when the study lists teams (and not when --team gave one); the record has it', async () => {
    const { dir } = await setup();
    const study: Study = { ...makeStudy(), teams: ['Noord', 'Zuid'] };
    await rm(join(dir, 'study.json'));
    await createStudy(dir, study).catch(() => undefined);
    const log: string[] = [];
    const { record } = await runSort(options(dir, study, scriptedUi({ team: 'Zuid' }, log)));
    expect(record.team).toBe('Zuid');
    expect(log.some((l) => l.includes('Which team are you in?'))).toBe(true);
    const other: string[] = [];
    const given = await runSort(options(dir, study, scriptedUi({}, other), { participant: 'P02', team: 'Oost' }));
    expect(given.record.team).toBe('Oost');
    expect(other.some((l) => l.includes('Which team'))).toBe(false);
  });

  it('refuses a draft that does not fit the study, naming the file', async () => {
    const { dir, study } = await setup();
    const { writeDraft } = await import('../study/study-folder.ts');
    await writeDraft(dir, 'P01', { kind: 'qsort-draft', schemaVersion: 1, participant: 'P01', language: 'en', shuffleSeed: 1, activeSeconds: 0, startedAt: 'x', step: 'presort', presort: { order: ['X'], choices: [], highlight: 'neutral' }, answers: {} });
    const run = runSort(options(dir, study, scriptedUi({}, [])));
    await expect(run).rejects.toBeInstanceOf(DataError);
    await expect(run).rejects.toThrow(/drafts\/P01\.json: the pre-sort order does not hold the statements of this study/);
  });

  it('a draft that cannot be written stops the sort at that key, keeping every key before it (exit 4)', async () => {
    const { dir, study } = await setup();
    const base = studyFolderSink(dir, study);
    let keysAfterFailure = 0;
    let failed = false;
    let writes = 0;
    const sink: SortSink = {
      ...base,
      saveDraft: (d) => {
        // The disk fills up at the 6th placement.
        if (d.step === 'grid' && d.grid && 24 - d.grid.queue.length === 6) {
          failed = true;
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        }
        writes++;
        base.saveDraft(d);
      },
    };
    const ui = scriptedUi({ onKey: () => (failed ? keysAfterFailure++ : undefined) }, []);
    const run = runSort(options(dir, study, ui, { sink }));
    await expect(run).rejects.toMatchObject({ name: 'IoError', exitCode: 4 });
    await expect(run).rejects.toThrow(
      `The sort stopped: its draft could not be saved (the disk is full). Everything up to the key before is saved in ${draftPath(dir, 'P01')}. Make room, then continue with: qsort sort --study s --participant P01`,
    );
    // Stopped at once: no key was taken after the failing one, and nothing more was written.
    expect(keysAfterFailure).toBe(1);
    const draft = (await readDraft(dir, 'P01')) as SortDraft;
    expect(24 - (draft.grid?.queue.length ?? 0)).toBe(5);
    expect(writes).toBeGreaterThan(24);
  });

  it('a failing write between steps stops the sort before the next screen', async () => {
    const { dir, study } = await setup();
    const base = studyFolderSink(dir, study);
    const log: string[] = [];
    const sink: SortSink = {
      ...base,
      saveDraft: (d) => {
        if (d.step === 'review') throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
        base.saveDraft(d);
      },
    };
    await expect(runSort(options(dir, study, scriptedUi({}, log), { sink }))).rejects.toMatchObject({ exitCode: 4 });
    expect(log.some((l) => l.startsWith('pager:Review'))).toBe(false);
    expect((await readDraft(dir, 'P01')) as SortDraft).toMatchObject({ step: 'grid' });
  });

  it('an answer being typed survives a stop and is offered again, editable', async () => {
    const { dir, study } = await setup();
    const first = options(dir, study, scriptedUi({ answers: { most: 'because' } }, []));
    const base = first.sink;
    let stopAt = 'bec';
    const sink: SortSink = { ...base, saveDraft: (d) => { base.saveDraft(d); if (d.typing?.text === stopAt) { stopAt = '\u0000'; throw new Exit('killed'); } } };
    await expect(runSort({ ...first, sink })).rejects.toThrow();
    expect(((await readDraft(dir, 'P01')) as SortDraft).typing).toEqual({ question: 'most', text: 'bec' });
    const log: string[] = [];
    const { record } = await runSort(options(dir, study, scriptedUi({ resume: 'resume', answers: { most: 'because', least: 'x' } }, log)));
    expect(log).toContain('initial:most:bec');
    expect(record.answers?.['most']).toBe('because');
  });
});
