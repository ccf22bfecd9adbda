import { describe, expect, it } from 'vitest';
import { parseCount, parseNumber } from './numbers';

const value = <T>(p: { value: T } | { error: string }) => ('value' in p ? p.value : `error:${p.error}`);

describe('parseCount and parseNumber', () => {
  it.each([
    ['12500', 12_500],
    ['12 500', 12_500],
    ['12\u00a0500', 12_500],
    ['12\u202f500', 12_500],
    ['12,5 k', 12_500],
    ['12.5K', 12_500],
    ['1.2M', 1_200_000],
    ['1,2 M', 1_200_000],
    ['2 millions', 2_000_000],
    ['12 500 abonnés', 12_500],
    ['3 400 followers', 3_400],
    ['~ 800 fans', 800],
    ['12,500', 12_500],
    ['1.234.567', 1_234_567],
    ['1,234.5', 1_235],
    ['1 234,5', 1_235],
    ["12'500", 12_500],
    ['10k+', 10_000],
    ['0', 0],
  ])('%s → %d', (text, n) => {
    expect(value(parseCount(text))).toBe(n);
  });

  it('keeps decimals when asked for a number', () => {
    expect(value(parseNumber('1 234,5'))).toBe(1234.5);
    expect(value(parseNumber('3,14'))).toBe(3.14);
  });

  it.each([
    ['beaucoup', 'error:inventory.number_invalid'],
    ['12 kg', 'error:inventory.number_invalid'],
    ['-5', 'error:inventory.number_negative'],
  ])('refuses %s', (text, error) => {
    expect(value(parseCount(text))).toBe(error);
  });
});
