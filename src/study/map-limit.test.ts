import { describe, expect, it } from 'vitest';
import { mapLimit } from './map-limit.ts';

describe('mapLimit', () => {
  it('keeps the order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0, 6], 3, async (n, i) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, n));
      running--;
      return n * 10 + i;
    });
    expect(out).toEqual([50, 11, 42, 23, 34, 5, 66]);
    expect(most).toBe(3);
  });

  it('starts nothing new after a failure, lets running calls finish, then throws the first error', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    await expect(
      mapLimit([0, 1, 2, 3, 4, 5], 2, async (n) => {
        started.push(n);
        await new Promise((r) => setTimeout(r, n === 1 ? 20 : 1));
        if (n === 0 || n === 2) throw new Error(`bad ${n}`);
        finished.push(n);
      }),
    ).rejects.toThrow('bad 0');
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([1]);
  });

  it('handles no items', async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
  });
});
