// Which way a figure moved since the last audit, and whether that is good news: fewer presences at
// risk is better, a larger audience is better, more or fewer presences is neither by itself.

export type Sense = 'lower' | 'higher' | 'neutral';
export type Direction = 'up' | 'down' | 'same';
export type Tone = 'better' | 'worse' | 'neutral';

export interface Trend {
  /** The figure at the audit. */
  was: number;
  delta: number;
  direction: Direction;
  tone: Tone;
}

/** `sense`: which way is better for this figure. */
export function trendOf(now: number, was: number, sense: Sense): Trend {
  const delta = now - was;
  const direction: Direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  let tone: Tone = 'neutral';
  if (direction !== 'same' && sense !== 'neutral') {
    tone = (direction === 'down') === (sense === 'lower') ? 'better' : 'worse';
  }
  return { was, delta, direction, tone };
}

/** The Mantine colour a trend is written in. */
export const TONE_COLOR: Record<Tone, string> = { better: 'teal.8', worse: 'red.8', neutral: 'dimmed' };
