import { describe, expect, it } from 'vitest';
import { detectDateOrder, isoUtc, parseDate } from './dates';

const value = <T>(p: { value: T } | { error: string }) => ('value' in p ? p.value : `error:${p.error}`);

describe('parseDate', () => {
  it.each([
    ['2021-03-04', '2021-03-04'],
    ['2021-03-04T10:30:00Z', '2021-03-04'],
    ['2021-03-04 10:30', '2021-03-04'],
    ['2021/3/4', '2021-03-04'],
    ['2021-03', '2021-03-01'],
    ['2012', '2012-01-01'],
    ['04/03/2021', '2021-03-04'],
    ['4.3.2021', '2021-03-04'],
    ['04-03-21', '2021-03-04'],
    ['25/12/2019', '2019-12-25'],
    ['12/25/2019', '2019-12-25'],
    ['4 mars 2021', '2021-03-04'],
    ['1er mars 2021', '2021-03-01'],
    ['le mardi 4 mars 2021 à 10h30', '2021-03-04'],
    ['4 Mars. 2021', '2021-03-04'],
    ['March 4, 2021', '2021-03-04'],
    ['March 4th, 2021', '2021-03-04'],
    ['4 March 2021', '2021-03-04'],
    ['mars 2021', '2021-03-01'],
    ['janv. 2015', '2015-01-01'],
    ['août 2014', '2014-08-01'],
    ['03/2021', '2021-03-01'],
    ['44259', '2021-03-04'],
    ['44259.5', '2021-03-04'],
  ])('%s → %s', (text, iso) => {
    expect(value(parseDate(text))).toBe(iso);
  });

  it('reads ambiguous dates the way the file writes them', () => {
    expect(value(parseDate('03/04/2021'))).toBe('2021-04-03');
    expect(value(parseDate('03/04/2021', 'mdy'))).toBe('2021-03-04');
    // Only one reading is possible: taken whatever the order.
    expect(value(parseDate('13/04/2021', 'mdy'))).toBe('2021-04-13');
  });

  it.each(['31/02/2021', 'hier', '04/03', '12345', '2021-13-01', 'mars', '32 mars 2021', ''])(
    'refuses %s',
    (text) => {
      expect(value(parseDate(text))).toBe('error:inventory.date_invalid');
    },
  );

  it('refuses implausible years', () => {
    expect(value(parseDate('1850-01-01'))).toBe('error:inventory.date_out_of_range');
  });
});

describe('detectDateOrder', () => {
  it('defaults to day first, as in French', () => {
    expect(detectDateOrder(['03/04/2021', ''])).toEqual({ order: 'dmy', mixed: false });
  });
  it('switches to month first when the file proves it', () => {
    expect(detectDateOrder(['03/04/2021', '12/25/2019'])).toEqual({ order: 'mdy', mixed: false });
  });
  it('says when a file mixes both', () => {
    expect(detectDateOrder(['25/12/2019', '12/25/2019'])).toEqual({ order: 'dmy', mixed: true });
  });
});

describe('isoUtc', () => {
  it('normalises ISO timestamps to UTC with milliseconds', () => {
    expect(isoUtc('2021-03-04T10:20:30+01:00')).toBe('2021-03-04T09:20:30.000Z');
    expect(isoUtc('2021-03-04 10:20:30 UTC')).toBe('2021-03-04T10:20:30.000Z');
    expect(isoUtc('2021-03-04T10:20:30.5Z')).toBe('2021-03-04T10:20:30.500Z');
    expect(isoUtc('2021-03-04T10:20+0200')).toBe('2021-03-04T08:20:00.000Z');
    expect(isoUtc('2021-03-04')).toBe('2021-03-04T00:00:00.000Z');
    expect(isoUtc('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
    expect(isoUtc('2021-02-29')).toBeNull();
    expect(isoUtc('2021-13-01')).toBeNull();
    expect(isoUtc('04/03/2021')).toBeNull();
    expect(isoUtc('2021-03-04T25:00:00Z')).toBeNull();
  });
});
