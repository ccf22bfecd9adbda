import { describe, expect, it } from 'vitest';
import { mondayOf, weekly } from './rules';

describe('weekly activity', () => {
  it('finds the Monday of any day', () => {
    expect(mondayOf('2026-11-22')).toBe('2026-11-16'); // a Sunday
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
    expect(mondayOf('2021-01-01')).toBe('2020-12-28');
  });

  it('groups days into weeks and keeps the silent weeks', () => {
    const w = weekly([
      { day: '2026-11-02', posts: 2, engagement: 10 },
      { day: '2026-11-04', posts: 1, engagement: 2 },
      { day: '2026-11-20', posts: 1, engagement: 0 },
    ]);
    expect(w).toEqual([
      { week: '2026-11-02', posts: 3, engagement: 12, perPost: 4 },
      { week: '2026-11-09', posts: 0, engagement: 0, perPost: 0 },
      { week: '2026-11-16', posts: 1, engagement: 0, perPost: 0 },
    ]);
    expect(weekly([])).toEqual([]);
  });
});
