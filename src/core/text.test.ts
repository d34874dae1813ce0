import { describe, expect, it } from 'vitest';
import { cutAtWord, SHORT_LABEL_MAX, statementShort } from './text.ts';

describe('short labels', () => {
  it('uses short, else the label, else the first words, cut at a word boundary to 18 characters with …', () => {
    expect(statementShort({ id: 'a', text: { en: 'A long text about many things.' }, short: { en: 'Own short' }, label: { en: 'A label' } }, 'en')).toBe('Own short');
    expect(statementShort({ id: 'a', text: { en: 'A long text.' }, label: { en: 'Managers lead by example' } }, 'en')).toBe('Managers lead by…');
    expect(statementShort({ id: 'a', text: { en: 'Employees have the time to really listen.' } }, 'en')).toBe('Employees have…');
    expect(statementShort({ id: 'a', text: { nl: 'Kort.' } }, 'en')).toBe('Kort.');
  });

  it('never gives more than the maximum, and cuts a single long word inside', () => {
    expect(cutAtWord('Klantgerichtheidsbevorderingsprogramma', SHORT_LABEL_MAX)).toBe('Klantgerichtheids…');
    for (const text of ['a b c d e f g h i j k l m n o p', 'Tools, information, and more', 'x'.repeat(40)]) {
      expect(cutAtWord(text, SHORT_LABEL_MAX).length).toBeLessThanOrEqual(SHORT_LABEL_MAX);
    }
  });
});
