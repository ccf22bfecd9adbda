import { describe, expect, it } from 'vitest';
import { trendOf } from './trend';

describe('trendOf', () => {
  it('calls fewer presences at risk better, and more worse', () => {
    expect(trendOf(30, 32, 'lower')).toEqual({ was: 32, delta: -2, direction: 'down', tone: 'better' });
    expect(trendOf(35, 32, 'lower')).toEqual({ was: 32, delta: 3, direction: 'up', tone: 'worse' });
  });

  it('calls a larger audience better', () => {
    expect(trendOf(1200, 1000, 'higher').tone).toBe('better');
    expect(trendOf(900, 1000, 'higher').tone).toBe('worse');
  });

  it('gives no verdict on a neutral figure, nor on no change', () => {
    expect(trendOf(180, 173, 'neutral')).toMatchObject({ direction: 'up', tone: 'neutral' });
    expect(trendOf(32, 32, 'lower')).toEqual({ was: 32, delta: 0, direction: 'same', tone: 'neutral' });
  });
});
