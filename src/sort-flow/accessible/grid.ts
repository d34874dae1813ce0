import type { AccessibleTexts } from '../../i18n/accessible.ts';
import { formatScore } from '../../i18n/sort.ts';
import { cardOf } from '../../prompts/cards.ts';
import type { QsortConfig } from '../../prompts/qsort-grid/index.ts';
import type { GridAction, GridState } from '../../prompts/qsort-grid/state.ts';
import { bestColumn, chosenCard, isComplete, PILE_ORDER, pileCards, placedCount, reduceGrid } from '../../prompts/qsort-grid/state.ts';
import { PILE_SYMBOL } from '../../prompts/theme.ts';
import type { LineIo } from './lines.ts';

/**
 * The grid step as lines: the pile in view and its cards, "which card", then
 * "which column" (the free columns named, Enter takes the suggested one), and
 * the commands list, grid, pile, move <number> <column>, back and help. Every
 * change goes through the same reducer and onChange as the full-screen grid,
 * so drafts, resume and the saved record are the same.
 */

/** "+4", "4", "-4", "−4" → the column index, or -1. */
export function parseColumn(input: string, scores: readonly number[]): number {
  const m = /^([+−-]?)\s*(\d+)$/.exec(input.replace(/^(kolom|column)\s+/i, ''));
  if (!m) return -1;
  const value = (m[1] === '-' || m[1] === '−' ? -1 : 1) * Number(m[2]);
  return scores.indexOf(value);
}

const WORDS = {
  list: ['list', 'lijst'],
  grid: ['grid', 'raster'],
  move: ['move', 'verplaats'],
  back: ['back', 'terug'],
  help: ['help', '?'],
  pile: ['pile', 'stapel', 'tab'],
} as const;
const is = (word: string, kind: keyof typeof WORDS): boolean => (WORDS[kind] as readonly string[]).includes(word.toLowerCase());

class LineGrid {
  state: GridState;
  readonly #io: LineIo;
  readonly #config: QsortConfig;
  readonly #t: AccessibleTexts;

  constructor(io: LineIo, config: QsortConfig, t: AccessibleTexts) {
    this.#io = io;
    this.#config = config;
    this.#t = t;
    this.state = config.initial;
  }

  #apply(action: GridAction): GridState {
    const next = reduceGrid(this.state, action);
    if (next !== this.state) {
      this.state = next;
      this.#config.onChange?.(next);
    }
    return next;
  }

  #number = (id: string): string => cardOf(this.#config.cards, id).number;
  #score = (col: number): string => formatScore(this.state.scores[col] ?? 0);
  #idOf(input: string): string | undefined {
    return this.state.order.find((id) => this.#number(id) === input.replace(/^#/, ''));
  }
  #freeColumns(): string {
    return this.state.scores.flatMap((_, col) => ((this.state.columns[col]?.length ?? 0) < (this.state.capacities[col] ?? 0) ? [this.#score(col)] : [])).join(', ');
  }
  #cardsIn(col: number): string {
    const ids = this.state.columns[col] ?? [];
    return ids.length ? ids.map((id) => `${this.#number(id)} ${cardOf(this.#config.cards, id).label}`).join('; ') : this.#t.emptyColumn;
  }

  sayPile(): void {
    const s = this.state;
    const t = this.#t;
    const texts = this.#config.texts;
    const cards = pileCards(s, s.pile);
    this.#io.say(t.pileLine(`${PILE_SYMBOL[s.pile]} ${texts.pile[s.pile]}`, cards.length, t.pileHint[s.pile]));
    for (const id of cards) this.#io.say(`${this.#number(id)} ${cardOf(this.#config.cards, id).text}`);
    const others = PILE_ORDER.filter((p) => p !== s.pile && pileCards(s, p).length > 0).map((p) => `${texts.pile[p]} ${pileCards(s, p).length}`);
    if (others.length) this.#io.say(t.otherPiles(others.join(', ')));
  }

  sayGrid(): void {
    for (let col = this.state.scores.length - 1; col >= 0; col--) {
      const free = (this.state.capacities[col] ?? 0) - (this.state.columns[col]?.length ?? 0);
      this.#io.say(this.#t.gridLine(this.#score(col), this.#cardsIn(col), free));
    }
  }

  /** One command line; returns true when the grid is done (all placed and Enter). */
  async command(line: string): Promise<boolean> {
    const [word = '', ...rest] = line.split(/\s+/).filter(Boolean);
    if (word === '') {
      if (isComplete(this.state)) return true;
      const first = chosenCard(this.state);
      if (first !== undefined) await this.#placeCard(first);
      return false;
    }
    if (is(word, 'help')) this.#io.say(...this.#t.gridHelp);
    else if (is(word, 'list')) this.sayPile();
    else if (is(word, 'grid')) this.sayGrid();
    else if (is(word, 'pile')) {
      this.#apply({ type: 'tab', delta: 1 });
      this.sayPile();
    } else if (is(word, 'back')) this.#undo();
    else if (is(word, 'move')) await this.#move(rest);
    else {
      const id = this.#idOf(word);
      if (id === undefined) this.#io.say(this.#t.notACard(line));
      else if (!this.state.queue.includes(id)) this.#io.say(this.#t.notPending(this.#number(id)));
      else await this.#placeCard(id, rest[0]);
    }
    return false;
  }

  async #placeCard(id: string, columnInput?: string): Promise<void> {
    const pileBefore = this.state.pile;
    this.#apply({ type: 'choose', id });
    const pile = this.state.piles[id] ?? 'neutral';
    for (;;) {
      const suggested = bestColumn(this.state, pile);
      const input = columnInput ?? (await this.#io.ask(this.#t.askColumn(this.#number(id), this.#freeColumns(), this.#score(suggested))));
      columnInput = undefined;
      const col = input === '' ? suggested : parseColumn(input, this.state.scores);
      const full = col >= 0 && (this.state.columns[col]?.length ?? 0) >= (this.state.capacities[col] ?? 0);
      if (col < 0 || full) {
        this.#io.say(full ? this.#t.columnFull(this.#score(col), this.#cardsIn(col)) : this.#t.notAColumn(input, this.#freeColumns()));
        continue;
      }
      this.#apply({ type: 'place', id, col });
      this.#io.say(this.#t.placed(this.#number(id), this.#score(col), placedCount(this.state), this.state.order.length));
      break;
    }
    // A pile that ran out gives way to the next: name it and its cards.
    if (isComplete(this.state)) this.#io.say(this.#t.allPlaced(this.state.order.length));
    else if (this.state.pile !== pileBefore) this.sayPile();
  }

  #undo(): void {
    const last = this.state.history[this.state.history.length - 1];
    if (last === undefined) {
      this.#io.say(this.#config.texts.nothingToUndo);
      return;
    }
    this.#apply({ type: 'undo' });
    this.#io.say(this.#t.tookBack(this.#number(last)));
  }

  async #move(args: readonly string[]): Promise<void> {
    const id = args[0] === undefined ? undefined : this.#idOf(args[0]);
    const col = args[1] === undefined ? -1 : parseColumn(args.slice(1).join(' '), this.state.scores);
    if (id === undefined || col < 0) {
      this.#io.say(this.#t.moveUsage);
      return;
    }
    if (this.state.queue.includes(id)) {
      this.#io.say(this.#t.notPlaced(this.#number(id)));
      return;
    }
    const from = this.state.columns.findIndex((c) => c.includes(id));
    const full = from !== col && (this.state.columns[col]?.length ?? 0) >= (this.state.capacities[col] ?? 0);
    if (!full) {
      this.#apply({ type: 'relocate', id, col });
      this.#io.say(this.#t.moved(this.#number(id), this.#score(col)));
      return;
    }
    const others = this.state.columns[col] ?? [];
    for (;;) {
      const first = others[0] ?? '';
      const answer = await this.#io.ask(this.#t.askSwap(this.#score(col), this.#cardsIn(col), this.#number(first)));
      const other = answer === '' ? first : this.#idOf(answer);
      if (other === undefined || !others.includes(other)) {
        this.#io.say(this.#t.notACard(answer));
        continue;
      }
      this.#apply({ type: 'relocate', id, col, swapWith: other });
      this.#io.say(this.#t.swapped(this.#number(id), this.#number(other)));
      return;
    }
  }

  prompt(): string {
    if (isComplete(this.state)) return this.#t.askDone;
    return this.#t.askCard(this.#number(chosenCard(this.state) ?? pileCards(this.state, this.state.pile)[0] ?? ''));
  }
}

/** Runs the grid step as lines; resolves with the complete grid. */
export async function lineGrid(io: LineIo, config: QsortConfig, t: AccessibleTexts): Promise<GridState> {
  const grid = new LineGrid(io, config, t);
  // Commands work on the pile (move also in the grid): leave carry/grid mode as the full-screen grid would on Esc.
  if (grid.state.mode !== 'pile' && !isComplete(grid.state)) grid.state = reduceGrid(reduceGrid(grid.state, { type: 'escape' }), { type: 'escape' });
  const scores = grid.state.scores;
  io.say(t.gridIntro(scores.map(formatScore).join(' '), formatScore(scores[0] ?? 0), formatScore(scores[scores.length - 1] ?? 0)));
  if (isComplete(grid.state)) io.say(t.allPlaced(grid.state.order.length));
  else grid.sayPile();
  for (;;) {
    const line = await io.ask(grid.prompt());
    if (await grid.command(line)) return grid.state;
  }
}
