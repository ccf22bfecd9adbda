// Pure rules over imported activity: weekly buckets for the activity chart.

export interface DayActivity {
  day: string;
  posts: number;
  engagement: number;
}

export interface WeekActivity {
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: string;
  posts: number;
  engagement: number;
  /** Engagement per post that week (0 when nothing was posted). */
  perPost: number;
}

/** The Monday of the week a day falls in (weeks start on Monday, as in France and ISO 8601). */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const offset = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - offset);
  return d.toISOString().slice(0, 10);
}

/** Days grouped into weeks, with the empty weeks in between (a silence is information). */
export function weekly(days: DayActivity[]): WeekActivity[] {
  if (!days.length) return [];
  const byWeek = new Map<string, { posts: number; engagement: number }>();
  for (const d of days) {
    const w = mondayOf(d.day);
    const cur = byWeek.get(w) ?? { posts: 0, engagement: 0 };
    cur.posts += d.posts;
    cur.engagement += d.engagement;
    byWeek.set(w, cur);
  }
  const weeks = [...byWeek.keys()].sort();
  const out: WeekActivity[] = [];
  const cursor = new Date(`${weeks[0]}T00:00:00Z`);
  const last = weeks[weeks.length - 1]!;
  // At most ~20 years of weeks: a guard against a bogus date far in the past or future.
  for (let i = 0; i < 1100; i++) {
    const w = cursor.toISOString().slice(0, 10);
    const v = byWeek.get(w) ?? { posts: 0, engagement: 0 };
    out.push({
      week: w,
      posts: v.posts,
      engagement: v.engagement,
      perPost: v.posts ? v.engagement / v.posts : 0,
    });
    if (w >= last) break;
    cursor.setUTCDate(cursor.getUTCDate() + 7);
  }
  return out;
}
