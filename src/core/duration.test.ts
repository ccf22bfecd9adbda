// Durations as people say them (issue 12: "4,909 d"), the same wording for the web app and the server.
import { describe, expect, it } from 'vitest';
import { formatDuration, withDuration } from './duration';

/** French puts no-break spaces before units: compared here as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const DAYS = [0, 1, 59, 60, 365, 486, 4909];

describe('formatDuration', () => {
  it('says days below two months, then months, then years and months (English)', () => {
    expect(DAYS.map((d) => formatDuration('en', d))).toEqual([
      '0 days',
      '1 day',
      '59 days',
      '2 months',
      '1 year',
      '1 year 4 months',
      '13 years 5 months',
    ]);
  });

  it('says the same in French, singular at 0 and 1', () => {
    expect(DAYS.map((d) => plain(formatDuration('fr', d)))).toEqual([
      '0 jour',
      '1 jour',
      '59 jours',
      '2 mois',
      '1 an',
      '1 an et 4 mois',
      '13 ans et 5 mois',
    ]);
  });

  it('takes a BCP-47 tag as well as a language, anything not French being English', () => {
    expect(plain(formatDuration('fr-CA', 4909))).toBe('13 ans et 5 mois');
    expect(formatDuration('en-US', 4909)).toBe('13 years 5 months');
    expect(formatDuration('de', 90)).toBe('3 months');
  });

  it('reads a span back the same way, rounded to the day', () => {
    expect(formatDuration('en', -12)).toBe('12 days');
    expect(formatDuration('en', -4909)).toBe('13 years 5 months');
    expect(formatDuration('en', 1.4)).toBe('1 day');
  });
});

describe('withDuration', () => {
  it('adds the days said as a duration, in the locale, and keeps the exact days', () => {
    expect(withDuration('en', { days: 486, audience: 3 })).toEqual({
      days: 486,
      audience: 3,
      duration: '1 year 4 months',
    });
    expect(plain(String(withDuration('fr', { days: 486 }).duration))).toBe('1 an et 4 mois');
  });

  it('leaves params without a number of days, or with their own duration, as they are', () => {
    const none = { posts: 3 };
    expect(withDuration('en', none)).toBe(none);
    expect(withDuration('en', { days: '486' })).toEqual({ days: '486' });
    expect(withDuration('en', { days: 486, duration: 'long' }).duration).toBe('long');
  });
});
