import { describe, expect, it } from 'vitest';
import { FailedLogins } from './failed-logins.ts';

describe('FailedLogins', () => {
  it('lets an address fail max times per window, then makes it wait until the window ends; others are not affected', () => {
    let now = 1_000_000;
    const f = new FailedLogins({ max: 3, windowMs: 60_000 }, () => now);
    expect([f.fail('a'), f.fail('a'), f.fail('a')]).toEqual([false, false, false]);
    expect(f.waitSeconds('a')).toBe(0);
    expect(f.fail('a')).toBe(true); // the one that crosses the limit is reported once
    expect(f.fail('a')).toBe(false);
    expect(f.waitSeconds('a')).toBe(60);
    expect(f.waitSeconds('b')).toBe(0);
    now += 59_500;
    expect(f.waitSeconds('a')).toBe(1);
    now += 500;
    expect(f.waitSeconds('a')).toBe(0);
    expect(f.fail('a')).toBe(false);
  });
});
