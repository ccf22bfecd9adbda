import { describe, expect, it } from 'vitest';
import { rankPlatforms } from './ranking';

const NAMES: Record<string, string> = { x: 'X', facebook: 'Facebook', vine: 'Vine', tiktok: 'TikTok' };
const name = (id: string) => NAMES[id] ?? id;

describe('rankPlatforms', () => {
  it('ranks by presences, then by the name a reader sees, and adds up the rest', () => {
    const r = rankPlatforms(
      [
        { platform: 'vine', count: 2 },
        { platform: 'x', count: 38 },
        { platform: 'tiktok', count: 2 },
        { platform: 'facebook', count: 24 },
        { platform: 'a', count: 1 },
        { platform: 'b', count: 1 },
      ],
      3,
      name,
    );
    expect(r.shown.map((p) => p.platform)).toEqual(['x', 'facebook', 'tiktok']);
    expect(r.rest).toEqual({ platforms: 3, presences: 4 });
    expect(r.max).toBe(38);
  });

  it('shows one platform left over instead of "and 1 more"', () => {
    const list = [
      { platform: 'x', count: 3 },
      { platform: 'vine', count: 2 },
      { platform: 'tiktok', count: 1 },
    ];
    expect(rankPlatforms(list, 2, name).shown).toHaveLength(3);
    expect(rankPlatforms(list, 2, name).rest).toEqual({ platforms: 0, presences: 0 });
    expect(rankPlatforms(list, 1, name).rest).toEqual({ platforms: 2, presences: 3 });
  });

  it('leaves out platforms without presences, and does not reorder its input', () => {
    const list = [
      { platform: 'vine', count: 0 },
      { platform: 'x', count: 1 },
    ];
    const r = rankPlatforms(list, 10, name);
    expect(r.shown.map((p) => p.platform)).toEqual(['x']);
    expect(list[0]?.platform).toBe('vine');
    expect(rankPlatforms([], 10, name)).toEqual({ shown: [], rest: { platforms: 0, presences: 0 }, max: 0 });
  });
});
