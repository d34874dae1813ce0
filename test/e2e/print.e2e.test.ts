/**
 * `qsort print cards` and `qsort print sheet`, read back as a person sees them:
 * the words on each page with their boxes (pdftotext) and the sheet's grid as
 * a picture (pdftoppm).
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardCells, type CardsPerPage } from '../../src/render/pdf/cards.ts';
import { runInProcess } from '../helpers/cli.ts';
import { fontSizeOf, pdfPages, renderGray, type PdfPage, type PdfWord } from '../helpers/pdf.ts';
import { useTempDir } from '../helpers/temp-dir.ts';

const tmp = useTempDir('qsort-print-');
const qsort = (...argv: string[]) => runInProcess(argv, { cwd: tmp.path });
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The words of each card on a page: [label, text words…], footer dropped. */
function cardsOn(page: PdfPage, paper: 'a4' | 'letter', perPage: CardsPerPage): { label: PdfWord; words: PdfWord[] }[] {
  const { cells } = cardCells(paper, perPage);
  const out: { label: PdfWord; words: PdfWord[] }[] = [];
  for (const cell of cells) {
    const inside = page.words.filter((w) => w.xMin >= cell.x && w.xMax <= cell.x + cell.width + 1 && w.yMin >= cell.y - 1 && w.yMax <= cell.y + cell.height + 1);
    if (inside.length === 0) continue;
    const body = inside.filter((w) => fontSizeOf(w) > 10);
    const [label, ...words] = body;
    out.push({ label: label!, words });
  }
  return out;
}

async function statementsOf(dir: string): Promise<{ id: string; text: { nl?: string; en?: string } }[]> {
  return (JSON.parse(await readFile(join(dir, 'study.json'), 'utf8')) as { statements: { id: string; text: { nl?: string; en?: string } }[] }).statements;
}

/** The boxes under each column label on page 1 of a sheet: dark edges met going down the column's middle, halved. */
async function boxesPerColumn(file: string, page: PdfPage, labels: readonly string[], hintWord: string): Promise<number[]> {
  const heads = labels.map((l) => page.words.find((w) => w.text === l));
  expect(heads.every((h) => h !== undefined), 'every column label').toBe(true);
  const hint = page.words.find((w) => w.text === hintWord)!;
  const dpi = 100;
  const image = await renderGray(file, 1, dpi);
  const px = (pt: number) => (pt * dpi) / 72;
  return heads.map((h) => {
    const x = px((h!.xMin + h!.xMax) / 2);
    let edges = 0;
    let dark = false;
    for (let y = px(h!.yMax + 14); y < px(hint.yMin - 2); y++) {
      const isDark = image.at(x, y) < 140;
      if (isDark && !dark) edges++;
      dark = isDark;
    }
    return edges / 2;
  });
}

describe('qsort print cards', () => {
  it.each([
    { paper: 'a4', perPage: 8, duplex: false, pages: 3 },
    { paper: 'letter', perPage: 12, duplex: false, pages: 2 },
    { paper: 'a4', perPage: 8, duplex: true, pages: 6 },
  ] as const)('$paper, $perPage a page, duplex $duplex: every statement whole on exactly one card, readable', async ({ paper, perPage, duplex, pages }) => {
    expect((await qsort('init', 'ws', '--lang', 'nl')).code).toBe(0);
    const args = ['print', 'cards', '--study', 'ws', '--paper', paper, '--per-page', String(perPage), ...(duplex ? ['--duplex'] : [])];
    const result = await qsort(...args);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`24 kaarten op ${pages} pagina’s geschreven: ws/cards.pdf`);
    const pdf = await pdfPages(join(tmp.path, 'ws', 'cards.pdf'));
    expect(pdf).toHaveLength(pages);
    const statements = await statementsOf(join(tmp.path, 'ws'));
    for (const side of duplex ? (['nl', 'en'] as const) : (['nl'] as const)) {
      const sidePages = pdf.filter((_, i) => !duplex || (i % 2 === 0) === (side === 'nl'));
      const cards = sidePages.flatMap((p) => cardsOn(p, paper, perPage));
      expect(cards).toHaveLength(24);
      for (const [i, s] of statements.entries()) {
        const text = oneLine(s.text[side] ?? '');
        const matching = cards.filter((c) => oneLine(c.words.map((w) => w.text).join(' ')) === text);
        expect(matching, `statement ${s.id} (${side})`).toHaveLength(1);
        expect(matching[0]!.label.text).toBe(String(i + 1));
        expect(fontSizeOf(matching[0]!.label)).toBeGreaterThanOrEqual(24);
        for (const w of matching[0]!.words) expect(fontSizeOf(w)).toBeGreaterThanOrEqual(13.99);
      }
    }
    if (duplex) {
      // long-edge duplex: the back of the top-left card is the top-right card of the back page
      const back = cardsOn(pdf[1]!, paper, perPage);
      expect(back[0]!.label.text).toBe('2');
      expect(back[1]!.label.text).toBe('1');
    }
  });

  it('keeps accents and typographic punctuation; refuses a text too long for a card, and an existing file without --force', async () => {
    const statements = join(tmp.path, 'st.csv');
    const long = 'Dit is een stelling die veel te lang is voor één kaart: ' + 'woorden die maar doorgaan, '.repeat(12) + 'tot het einde.';
    await writeFile(statements, `id,text\n1,"Café‘s “reünie” – één idee…"\n2,"Naïef, maar ‘écht’"\n3,Kort\n4,"${long}"\n`);
    expect((await qsort('init', 'ws', '--lang', 'nl', '--statements', statements, '--distribution', '-1..1:1,2,1')).code).toBe(0);
    const tooLong = await qsort('print', 'cards', '--study', 'ws');
    expect(tooLong).toMatchObject({ code: 3, stdout: '' });
    expect(tooLong.stderr).toBe('fout: stelling 4 (kaart 4) past niet op een kaart in 14 pt; maak haar korter\n');
    await expect(stat(join(tmp.path, 'ws', 'cards.pdf'))).rejects.toThrow();
    await writeFile(statements, `id,text\n1,"Café‘s “reünie” – één idee…"\n2,"Naïef, maar ‘écht’"\n3,Kort\n4,Ook kort\n`);
    expect((await qsort('init', 'ws2', '--lang', 'nl', '--statements', statements, '--distribution', '-1..1:1,2,1')).code).toBe(0);
    expect((await qsort('print', 'cards', '--study', 'ws2', '--out', 'k.pdf')).code).toBe(0);
    const words = (await pdfPages(join(tmp.path, 'k.pdf')))[0]!.words.map((w) => w.text).join(' ');
    expect(words).toContain('Café‘s “reünie” – één idee…');
    expect(words).toContain('Naïef, maar ‘écht’');
    const again = await qsort('print', 'cards', '--study', 'ws2', '--out', 'k.pdf', '--lang', 'en');
    expect(again).toMatchObject({ code: 2, stderr: 'error: k.pdf already exists; give --force to overwrite it, or --out for another file\n' });
    const duplex = await qsort('print', 'cards', '--study', 'ws2', '--duplex', '--force', '--out', 'k.pdf');
    expect(duplex).toMatchObject({ code: 3, stderr: 'fout: --duplex drukt de andere taal op de achterkant, maar stelling 1 heeft geen Engelse tekst\n' });
  });
});

describe('qsort print sheet', () => {
  it('has the nine columns −4 … +4 with the right number of boxes, the question, the fields and the post-sort questions; --copies', async () => {
    expect((await qsort('init', 'ws', '--lang', 'en')).code).toBe(0);
    const result = await qsort('print', 'sheet', '--study', 'ws', '--copies', '2', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ copies: 2, pages: 4, paper: 'a4' });
    const file = join(tmp.path, 'ws', 'sheet.pdf');
    const pdf = await pdfPages(file);
    expect(pdf).toHaveLength(4);
    const text = (p: PdfPage) => p.words.map((w) => w.text).join(' ');
    expect(text(pdf[0]!)).toContain('Which aspects have the greatest influence on how customer-focused employees are?');
    expect(text(pdf[0]!)).toMatch(/Name: .*Team: .*Date:/);
    expect(text(pdf[1]!)).toContain('Why did you place these statements in the rightmost column?');
    expect(text(pdf[1]!)).toContain('Which aspect that influences customer focus is missing?');
    expect(text(pdf[2]!)).toBe(text(pdf[0]!));
    expect(await boxesPerColumn(file, pdf[0]!, ['−4', '−3', '−2', '−1', '0', '+1', '+2', '+3', '+4'], 'Write')).toEqual([1, 2, 3, 4, 4, 4, 3, 2, 1]);
  });

  it('a tall distribution (60 cards, 14 in the middle column) still has one box per card, all on the page', async () => {
    const statements = join(tmp.path, 'st.csv');
    await writeFile(statements, `id,text\n${Array.from({ length: 60 }, (_, i) => `${i + 1},Stelling ${i + 1}`).join('\n')}\n`);
    expect((await qsort('init', 'big', '--lang', 'nl', '--statements', statements, '--distribution', '-5..5:2,3,4,6,8,14,8,6,4,3,2')).code).toBe(0);
    expect((await qsort('print', 'sheet', '--study', 'big')).code).toBe(0);
    const file = join(tmp.path, 'big', 'sheet.pdf');
    const labels = ['−5', '−4', '−3', '−2', '−1', '0', '+1', '+2', '+3', '+4', '+5'];
    expect(await boxesPerColumn(file, (await pdfPages(file))[0]!, labels, 'Schrijf')).toEqual([2, 3, 4, 6, 8, 14, 8, 6, 4, 3, 2]);
  });
});

describe('qsort add for paper sheets', () => {
  it('without --scores/--columns needs a terminal; --scores and --columns still need -p', async () => {
    expect((await qsort('init', 'ws', '--lang', 'en')).code).toBe(0);
    expect(await qsort('add', '--study', 'ws')).toMatchObject({
      code: 2,
      stderr: 'error: give the sort as --scores or --columns, or run "qsort add" in a terminal to type a paper sheet in column by column\n',
    });
    expect(await qsort('add', '--study', 'ws', '--columns', '-4:S01')).toMatchObject({ code: 2, stderr: 'error: --columns needs --participant (-p): whose sort it is\n' });
  });
});
