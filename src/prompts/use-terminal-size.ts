import { useEffect, useState } from '@inquirer/core';
import type { ScreenSize, TerminalSize } from './layout.ts';

const FALLBACK: ScreenSize = { columns: 80, rows: 24 };

/**
 * The terminal size, re-rendering the prompt when the terminal is resized. A
 * fixed size (tests, benchmarks) turns the listener off. The terminal comes
 * from the flow (its own output stream: a local terminal or an SSH session),
 * never from process.stdout, so one process can serve many terminals.
 */
export function useTerminalSize(fixed: ScreenSize | undefined, terminal: TerminalSize | undefined): ScreenSize {
  const [size, setSize] = useState<ScreenSize>(() => fixed ?? terminal?.size() ?? FALLBACK);
  useEffect(() => {
    if (fixed || !terminal) return undefined;
    return terminal.onResize(() => setSize(terminal.size()));
  }, []);
  return fixed ?? size;
}
