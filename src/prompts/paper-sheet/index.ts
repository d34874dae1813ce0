import { createPrompt, isBackspaceKey, isEnterKey, useKeypress, useState } from '@inquirer/core';
import type { Status } from '@inquirer/core';
import type { SortStyle } from '../theme.ts';
import { PLAIN_STYLE } from '../theme.ts';
import { renderPaperSheet, type PaperSheetTexts } from './render.ts';
import type { PaperSheetState, SheetCards, SheetColumn } from '../../core/paper-sheet.ts';
import { initPaperSheet, isDone, reducePaperSheet } from '../../core/paper-sheet.ts';

export interface PaperSheetConfig {
  readonly columns: readonly SheetColumn[];
  readonly cards: SheetCards;
  readonly texts: PaperSheetTexts;
  /** Said after the sheet is complete (the prompt's last line). */
  readonly doneText: string;
  readonly style?: SortStyle;
  readonly width?: number;
}

/** Typing one paper sheet in, column by column; resolves with the finished sheet. */
export default createPrompt<PaperSheetState, PaperSheetConfig>((config, done) => {
  const [state, setState] = useState<PaperSheetState>(() => initPaperSheet(config.columns));
  const [status, setStatus] = useState<Status>('idle');
  const style = config.style ?? PLAIN_STYLE;
  useKeypress((key, rl) => {
    if (status === 'done') return;
    if (isEnterKey(key)) {
      const next = reducePaperSheet(state, { type: 'enter' }, config.cards);
      if (isDone(next)) {
        setStatus('done');
        setState(next);
        done(next);
        return;
      }
      if (next.refused) rl.write(state.input);
      setState(next);
      return;
    }
    if (isBackspaceKey(key) && state.input === '' && rl.line === '') {
      const next = reducePaperSheet(state, { type: 'back' }, config.cards);
      if (next.input !== '') rl.write(next.input);
      setState(next);
      return;
    }
    setState(reducePaperSheet(state, { type: 'input', text: rl.line }, config.cards));
  });
  if (status === 'done') return `${style.success('✓')} ${config.doneText}`;
  const [top, bottom] = renderPaperSheet(state, config.cards, config.texts, style, config.width ?? 80);
  return [top, bottom];
});
