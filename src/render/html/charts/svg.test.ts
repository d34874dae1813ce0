import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChart } from './bar-chart.ts';
import { qGrid, tint } from './q-grid.ts';
import { screePlot } from './scree.ts';
import { charWidth, fitText, wrapText } from './svg.ts';

describe('text fitting', () => {
  it('cuts with an ellipsis only when needed', () => {
    expect(fitText('short', 200, 10)).toBe('short');
    const cut = fitText('A rather long statement about customers', 60, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(Math.floor(60 / charWidth(10)));
    expect(fitText('A rather long statement', 60, 10)).toBe('A rather…');
    expect(fitText('Supercalifragilistic', 60, 10)).toBe('Supercali…');
  });

  it('wraps into at most maxLines lines that each fit (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 20, max: 200 }), fc.integer({ min: 1, max: 4 }), (text, width, lines) => {
        const out = wrapText(text, width, 10, lines);
        expect(out.length).toBeLessThanOrEqual(lines);
        const max = Math.max(1, Math.floor(width / charWidth(10)));
        for (const line of out) expect([...line].length).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('keeps every word when the text fits', () => {
    expect(wrapText('Tijd om te luisteren', 80, 10, 3).join(' ')).toBe('Tijd om te luisteren');
  });
});

describe('charts', () => {
  it('are accessible SVG images with a title and a description', () => {
    const charts = [
      barChart({ id: 'b', title: 'T<1>', desc: 'D&', rows: [{ rank: '1', number: '3', label: '<x>', value: 1.5, highlight: true }], min: -2, max: 2, lang: 'en' }),
      screePlot({
        id: 's',
        title: 'S',
        desc: 'D',
        eigenvalues: [2.5, 1.2, 0.3],
        parallel: [1.4, 1.1, null],
        extracted: 2,
        lang: 'en',
        labels: { eigenvalue: 'E', kaiser: 'K', parallel: 'P', extracted: 'kept', factor: 'F' },
      }),
      qGrid({ id: 'g', title: 'G', desc: 'D', columns: [{ score: -1, cells: [{ number: '1', label: 'a' }] }, { score: 1, cells: [{ number: '2', label: 'b', mark: 'distinguishing' }] }], leftCaption: 'l', rightCaption: 'r' }),
    ];
    for (const c of charts) {
      const id = /id="([^"]+)"/.exec(c.value)?.[1];
      expect(c.value).toMatch(new RegExp(`^<svg class="chart" id="${id}" role="img" aria-labelledby="${id}-title ${id}-desc"`));
      expect(c.value).toContain(`<title id="${id}-title">`);
      expect(c.value).toContain(`<desc id="${id}-desc">`);
    }
    expect(charts[0]!.value).toContain('T&lt;1&gt;');
    expect(charts[0]!.value).toContain('&lt;x&gt;');
    expect(charts[0]!.value).toContain('★ 1');
    expect(charts[1]!.value).toContain('class="parallel"');
    expect(charts[2]!.value).toContain('◆');
  });

  it('tints towards white', () => {
    expect(tint('#0072B2', 0)).toBe('#ffffff');
    expect(tint('#0072B2', 1)).toBe('#0072b2');
  });
});
