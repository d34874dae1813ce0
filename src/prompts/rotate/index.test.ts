import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { loadStudy } from '../../../test/golden/load.ts';
import { analyzeStudy } from '../../analysis/analyze-study.ts';
import { flagSorts } from '../../analysis/flag.ts';
import { applyRotationSteps, type RotationStep } from '../../analysis/judgmental-rotation.ts';
import { rotateTexts } from '../../i18n/rotate.ts';
import rotate from './index.ts';
import { initRotate } from './state.ts';

const lipset = loadStudy('lipset');
const result = analyzeStudy(lipset, { factorCount: 3 });
const model = { sortIds: result.sorts, base: result.loadings };

function config(saves: (readonly RotationStep[])[], lang: 'en' | 'nl' = 'en') {
  return {
    model,
    title: 'Lipset',
    base: 'varimax' as const,
    statementCount: 33,
    flagsOf: (l: typeof result.loadings) => flagSorts(l, 33),
    texts: rotateTexts(lang),
    lang,
    initial: initRotate(model),
    size: { columns: 80, rows: 24 },
    save: async (steps: readonly RotationStep[]) => {
      saves.push(steps);
    },
  };
}

describe('qsort rotate screen', () => {
  it('turns F1/F2 by ten 1° steps, saves with s and leaves with q', async () => {
    const saves: (readonly RotationStep[])[] = [];
    const { answer, events, getScreen } = await render(rotate, config(saves));
    expect(getScreen()).toContain('from varimax · 0 steps\n');
    for (let i = 0; i < 10; i++) events.keypress('right');
    expect(getScreen()).toContain('1. F1 × F2  +10°');
    expect(getScreen()).toContain('not saved');
    events.keypress('s');
    await new Promise((r) => setImmediate(r));
    expect(saves).toEqual([[{ pair: ['F1', 'F2'], degrees: 10 }]]);
    expect(getScreen()).toContain('1 step · saved');
    events.keypress('q');
    await expect(answer).resolves.toEqual({ saved: true, steps: [{ pair: ['F1', 'F2'], degrees: 10 }] });
  });

  it('asks before leaving unsaved; Esc stays, n leaves without saving', async () => {
    const saves: (readonly RotationStep[])[] = [];
    const { answer, events, getScreen } = await render(rotate, config(saves));
    events.keypress('left');
    events.keypress('q');
    expect(getScreen()).toContain('The rotation is not saved. Save it before leaving?');
    events.keypress('escape');
    expect(getScreen()).not.toContain('Save it before leaving?');
    events.keypress('q');
    events.keypress('n');
    await expect(answer).resolves.toEqual({ saved: false, steps: [{ pair: ['F1', 'F2'], degrees: -1 }] });
    expect(saves).toEqual([]);
  });

  it('Tab chooses a sort and a turns it onto F1; the screen shows the loadings of the steps', async () => {
    const saves: (readonly RotationStep[])[] = [];
    const { events, getScreen, answer } = await render(rotate, config(saves));
    answer.catch(() => undefined); // left open: its rejection when the test process exits is expected
    events.keypress('tab');
    expect(getScreen()).toContain('Sort US1 — defines F2');
    events.keypress('a');
    const screen = getScreen();
    expect(screen).toContain('Sort US1 — defines F1');
    const row = applyRotationSteps(result.loadings, [{ pair: ['F1', 'F2'], degrees: Math.atan2(result.loadings[0]![1]!, result.loadings[0]![0]!) * (180 / Math.PI) }])[0]!;
    expect(row[1]).toBeCloseTo(0, 12);
    expect(screen).toContain(`F1  ${row[0]!.toFixed(2)}  F2  0.00`);
  });

  it('speaks Dutch', async () => {
    const { events, getScreen, answer } = await render(rotate, config([], 'nl'));
    answer.catch(() => undefined);
    events.keypress('+');
    events.keypress('right');
    expect(getScreen()).toContain('1. F1 × F2  +5°');
    expect(getScreen()).toContain('Met de hand roteren');
    events.keypress('q');
    expect(getScreen()).toContain('De rotatie is niet bewaard.');
  });
});
