import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, formatScore, formatSigned, MINUS, MISSING } from './format.ts';

describe('number formatting', () => {
  it('uses a decimal point in English and a comma in Dutch, and a real minus sign', () => {
    expect(formatNumber(1.254, 2, 'en')).toBe('1.25');
    expect(formatNumber(1.254, 2, 'nl')).toBe('1,25');
    expect(formatNumber(-0.5, 2, 'nl')).toBe(`${MINUS}0,50`);
    expect(formatNumber(1234.5, 1, 'en')).toBe('1234.5');
  });

  it('never shows a negative zero or NaN', () => {
    expect(formatNumber(-0.001, 2, 'en')).toBe('0.00');
    expect(formatSigned(-0.001, 2, 'en')).toBe('0.00');
    expect(formatNumber(null, 2, 'en')).toBe(MISSING);
    expect(formatNumber(Number.NaN, 2, 'en')).toBe(MISSING);
    expect(formatPercent(null, 'en')).toBe(MISSING);
  });

  it('signs, percentages, scores and dates', () => {
    expect(formatSigned(1.5, 2, 'en')).toBe('+1.50');
    expect(formatSigned(-1.5, 1, 'nl')).toBe(`${MINUS}1,5`);
    expect(formatPercent(1 / 3, 'en')).toBe('33%');
    expect(formatScore(4)).toBe('+4');
    expect(formatScore(0)).toBe('0');
    expect(formatScore(-3)).toBe(`${MINUS}3`);
    expect(formatDate('2026-11-22T23:30:00Z', 'nl')).toBe('22 november 2026');
    expect(formatDate('2026-11-22T23:30:00Z', 'en')).toBe('22 November 2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});
