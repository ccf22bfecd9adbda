// Durations as people say them, in both languages, with the exact number of days for the tooltip.
import { describe, expect, it } from 'vitest';
import { formatters } from './format';

const en = formatters('en');
const fr = formatters('fr');
/** French puts no-break spaces in numbers and before units: compared here as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('duration', () => {
  it('says days below two months, then months, then years and months (English)', () => {
    expect([0, 1, 45, 400, 4909].map(en.duration)).toEqual([
      '0 days',
      '1 day',
      '45 days',
      '1 year 1 month',
      '13 years 5 months',
    ]);
    expect(en.duration(59)).toBe('59 days');
    expect(en.duration(60)).toBe('2 months');
    expect(en.duration(90)).toBe('3 months');
    expect(en.duration(365)).toBe('1 year');
    expect(en.duration(3 * 365 + 1)).toBe('3 years');
  });

  it('says the same in French', () => {
    expect([0, 1, 45, 400, 4909].map((d) => plain(fr.duration(d)))).toEqual([
      '0 jour',
      '1 jour',
      '45 jours',
      '1 an et 1 mois',
      '13 ans et 5 mois',
    ]);
    expect(plain(fr.duration(90))).toBe('3 mois');
    expect(plain(fr.duration(730))).toBe('2 ans');
  });

  it('gives the exact number of days for the tooltip', () => {
    expect(en.days(4909)).toBe('4,909 days');
    expect(en.days(1)).toBe('1 day');
    expect(plain(fr.days(4909))).toBe('4 909 jours');
    expect(plain(fr.days(0))).toBe('0 jour');
  });

  it('reads a span back the same way and leaves nothing for no value', () => {
    expect(en.duration(-12)).toBe('12 days');
    expect(en.duration(null)).toBe('');
    expect(fr.duration(undefined)).toBe('');
    expect(en.days(null)).toBe('');
  });
});
