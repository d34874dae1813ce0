import { describe, expect, it } from 'vitest';
import { loadStudy } from '../../../test/golden/load.ts';
import { analyzeStudy } from '../../analysis/analyze-study.ts';
import { flagSorts } from '../../analysis/flag.ts';
import { rotateTexts } from '../../i18n/rotate.ts';
import { makeSortStyle, PLAIN_STYLE } from '../theme.ts';
import { cellOf, plotText } from './plot.ts';
import { plotSize, renderRotate, rotateFigures, type RotateContext } from './render.ts';
import { initRotate, reduceRotate } from './state.ts';

const result = analyzeStudy(loadStudy('lipset'), { factorCount: 3 });
const model = { sortIds: result.sorts, base: result.loadings };
const context = (size = { columns: 80, rows: 24 }, lang: 'en' | 'nl' = 'en'): RotateContext => ({
  model,
  title: 'Lipset',
  base: 'varimax',
  statementCount: 33,
  flagsOf: (l) => flagSorts(l, 33),
  texts: rotateTexts(lang),
  lang,
  style: PLAIN_STYLE,
  size,
});

describe('rotate screen renderer', () => {
  it('draws lipset F1 × F2 turned by 10° at 80×24: plot, figures, steps, the chosen sort, the keys', () => {
    let s = initRotate(model);
    s = reduceRotate(s, { type: 'stepSize', direction: 1 }, model);
    s = reduceRotate(s, { type: 'stepSize', direction: 1 }, model);
    s = reduceRotate(s, { type: 'turn', direction: 1 }, model);
    s = reduceRotate(s, { type: 'select', direction: 1 }, model);
    const screen = renderRotate(s, context());
    expect(screen.split('\n').length).toBeLessThanOrEqual(23);
    expect(Math.max(...screen.split('\n').map((l) => l.length))).toBeLessThanOrEqual(79);
    expect(screen).toMatchInlineSnapshot(`
      " Rotating by hand · Lipset                    from varimax · 1 step · not saved
                    ┊     │ F2  ┊               F1 × F2 · step 10°
                    ┊     │     ┊
                    ┊     │▲US2 ┊               Factor    Var. %  Defining
                    ┊     │▲US8 ▲[US1]          F1 ●        23.0    3
                    ┊     │     ┊               F2 ▲        22.1    3
                    ┊     │     ┊               F3          18.7    3
       ┈┈┈┈●JP5┈┈┈┈┈┼┈┈┈┈┈│┈┈┈┈┈┼┈┈┈┈┈┈┈┈┈┈┈┈┈  Total       63.8
                    ┊     │     ┊               ● defines F1  ▲ defines F2  ◆ other
                    ┊     │     ┊     US4●  F1  ○ defines none  ┊ significance ±0.34
       ───────────────────┼───────────────────
       −1           ┊     │     ┊     US3●  +1  1 step from varimax:
                    ┊    CA6◆◆FR9                 1. F1 × F2  +10°
       ┈┈┈┈┈┈┈┈┈┈┈┈┈┼┈┈┈┈┈│◆UK7┈┼┈┈┈┈┈┈┈┈┈┈┈┈┈
                    ┊     │     ┊
                    ┊     │     ┊               Sort US1 — defines F2
                    ┊     │     ┊                F1  0.32  F2  0.72  F3 −0.17
                    ┊     │     ┊                h² 0.65
                    ┊     │     ┊                a  onto F1 (+66°)
                    ┊     │     ┊                b  onto F2 (−24°)
       ←/→ turn · +/− step · ↑/↓ pair · Tab sort · u undo · r redo · 0 start · s save
       q leave · ? help"
    `);
  });

  it('shows the same figures as the analysis of the steps', () => {
    const s = reduceRotate(initRotate(model), { type: 'turn', direction: 1 }, model);
    const fig = rotateFigures(s, context());
    const analysis = analyzeStudy(loadStudy('lipset'), { factorCount: 3, rotation: 'judgmental', judgmental: { base: 'varimax', steps: s.steps } });
    expect(fig.variance).toEqual(analysis.factors.map((f) => f.explainedVariance));
    expect(fig.defining).toEqual(analysis.factors.map((f) => f.definingSorts));
    expect(fig.flags).toEqual(analysis.flags);
  });

  it('grows the plot with the terminal and keeps 0 on a cell', () => {
    expect(plotSize({ columns: 80, rows: 24 }, 2)).toEqual({ width: 39, height: 19 });
    const big = plotSize({ columns: 160, rows: 50 }, 1);
    expect(big.height).toBeGreaterThan(40);
    expect(big.width % 2).toBe(1);
    expect(cellOf(0, 0, 39, 19)).toEqual([19, 9]);
    expect(cellOf(1, 1, 39, 19)).toEqual([38, 0]);
    expect(cellOf(-2, -2, 39, 19)).toEqual([0, 18]);
  });

  it('leaves out a label that does not fit and never writes over a point', () => {
    const lines = plotText(
      [
        { x: 0.5, y: 0.5, label: 'AAAA', mark: 'a' },
        { x: 0.55, y: 0.5, label: 'BBBB', mark: 'b' },
        { x: 0.4, y: 0.5, label: 'C', mark: 'none' },
      ],
      { width: 21, height: 11, bound: 0.3, xName: 'F1', yName: 'F2', selected: null },
    );
    const row = lines.find((l) => l.includes('●'))!;
    expect(row).toContain('○●▲BBBB');
    expect(row).not.toContain('AAAA');
    expect(row).toContain('C○');
  });

  it('asks before leaving, in Dutch too, and marks the chosen sort with colour and brackets', () => {
    let s = reduceRotate(initRotate(model), { type: 'turn', direction: 1 }, model);
    s = reduceRotate(s, { type: 'mode', mode: 'leave' }, model);
    expect(renderRotate(s, context({ columns: 80, rows: 24 }, 'nl'))).toContain('De rotatie is niet bewaard. Eerst bewaren?\n j bewaar en stop · n stop zonder bewaren · Esc blijf');
    s = reduceRotate(reduceRotate(s, { type: 'mode', mode: 'plot' }, model), { type: 'select', direction: 1 }, model);
    expect(renderRotate(s, context())).toContain(`[${result.sorts[0]}]`);
    expect(renderRotate(s, { ...context(), style: makeSortStyle(1) })).toContain('\x1b[7m');
  });
});
