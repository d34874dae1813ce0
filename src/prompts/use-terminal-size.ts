import { useEffect, useState } from '@inquirer/core';
import type { ScreenSize } from './layout.ts';

const clearScreen = '\x1B[2J\x1B[H';

function currentSize(): ScreenSize {
  return { columns: process.stdout.columns || 80, rows: process.stdout.rows || 24 };
}

/**
 * The terminal size, re-rendering the prompt when the terminal is resized. A
 * fixed size (tests, benchmarks) turns the listener off. On a resize the screen
 * is cleared first: the old frame was laid out for the old width, so the
 * terminal's own reflow of it cannot be erased line by line.
 */
export function useTerminalSize(fixed: ScreenSize | undefined): ScreenSize {
  const [size, setSize] = useState<ScreenSize>(() => fixed ?? currentSize());
  useEffect(() => {
    if (fixed) return undefined;
    const onResize = () => {
      process.stdout.write(clearScreen);
      setSize(currentSize());
    };
    process.stdout.on('resize', onResize);
    return () => {
      process.stdout.off('resize', onResize);
    };
  }, []);
  return fixed ?? size;
}
