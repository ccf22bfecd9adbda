// The platforms ranked by how many presences each holds: the first ones named, the rest added up.

export interface PlatformCount {
  platform: string;
  count: number;
}

export interface Ranking<T extends PlatformCount> {
  /** The platforms shown, most presences first (same count: by name). */
  shown: T[];
  /** The platforms not shown, and their presences. */
  rest: { platforms: number; presences: number };
  /** The largest count, the full length of a bar. */
  max: number;
}

/**
 * The `top` platforms with most presences, by count then name (`name` gives the name a reader sees).
 * One platform left over is shown rather than summed up: "and 1 more" takes the same line.
 */
export function rankPlatforms<T extends PlatformCount>(
  list: readonly T[],
  top: number,
  name: (id: string) => string,
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): Ranking<T> {
  const sorted = list
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count || compare(name(a.platform), name(b.platform)));
  const cut = sorted.length > top + 1 ? top : sorted.length;
  const shown = sorted.slice(0, cut);
  const hidden = sorted.slice(cut);
  return {
    shown,
    rest: { platforms: hidden.length, presences: hidden.reduce((s, p) => s + p.count, 0) },
    max: sorted[0]?.count ?? 0,
  };
}
