/**
 * The glyphs of the grid. Every state of a cell differs by its glyphs, not only
 * by colour: the cursor is ▸ ◂ around the cell, a free place is empty, a full
 * column under the cursor says so in its bottom edge.
 */
export const GRID_GLYPHS = {
  topLeft: '┌',
  topRight: '┐',
  bottomLeft: '└',
  bottomRight: '┘',
  horizontal: '─',
  vertical: '│',
  cursorLeft: '▸',
  cursorRight: '◂',
  /** A free place in the compact grid (no top and bottom borders). */
  freeDot: '·',
  /** The sides of a card picked up and not yet dropped. */
  carried: '┆',
  /** Marks the chosen card of the pile. */
  hand: '▸',
} as const;

/** Widest cell used even on very wide terminals (wider only adds empty space). */
export const MAX_CELL_WIDTH = 30;

/** The narrowest cell in which a short label is worth showing next to the number. */
export const MIN_LABEL_INNER = 7;

/** From this terminal width on, the cells show the statements' short labels (below it: numbers only). */
export const LABELS_FROM_COLUMNS = 100;

/** A short label wraps over at most this many lines of a cell. */
export const MAX_CARD_LINES = 3;
