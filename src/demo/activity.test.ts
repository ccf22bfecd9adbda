import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveProfile } from '../registry/urls/resolve';
import {
  DEMO_DATA_IMPORTS,
  DEMO_EXPORT_PLATFORMS,
  DEMO_METRICS,
  DEMO_POSTS,
  type DemoActivity,
  demoActivity,
} from './activity';
import type { DemoPresence } from './model';
import { DEMO_DUPLICATE_PAIRS, DEMO_TODAY, demoOrganisation } from './organisation';

const DAY = 86_400_000;
const TODAY = Date.parse(`${DEMO_TODAY}T00:00:00Z`);
const daysBefore = (n: number) => new Date(TODAY - n * DAY).toISOString().slice(0, 10);

/** Every presence of the registry (repeated rows merged) with its activity, as the loader sees it. */
function all(): { p: DemoPresence; platform: string; a: DemoActivity | null }[] {
  const repeats = new Set(DEMO_DUPLICATE_PAIRS.map(([, second]) => second));
  return demoOrganisation()
    .presences.filter((p) => !repeats.has(p.url))
    .map((p) => {
      const platform = resolveProfile(p.url, p.platform)!.platform;
      return { p, platform, a: demoActivity(p, platform) };
    });
}

/** The figures the audit computes, over the 90 days before the demo's today. */
function facts(a: DemoActivity) {
  const from = `${daysBefore(90)}T00:00:00.000Z`;
  const recent = a.posts.filter((x) => x.publishedAt >= from);
  const scope = recent.length ? recent : a.posts;
  const engagement = scope.reduce((n, x) => n + x.likes + x.shares + x.replies, 0) / scope.length;
  const last = a.metrics.at(-1);
  const cutoff = last && new Date(Date.parse(last.day) - 90 * DAY).toISOString().slice(0, 10);
  const before = cutoff && a.metrics.find((m) => m.day >= cutoff);
  return {
    posts90: recent.length,
    engagement,
    replies: a.posts.filter((x) => x.kind === 'reply').length,
    replyRate: recent.length ? recent.filter((x) => x.kind === 'reply').length / recent.length : 0,
    trend: last && before ? (last.audience - before.audience) / before.audience : null,
  };
}

describe('demo activity', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is deterministic, without randomness or the clock, and its figures are the pinned ones', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    const first = all();
    expect(all()).toEqual(first);
    const exported = first.filter((x) => x.a);
    expect(exported.length).toBe(DEMO_DATA_IMPORTS);
    expect(exported.reduce((n, x) => n + x.a!.posts.length, 0)).toBe(DEMO_POSTS);
    expect(exported.reduce((n, x) => n + x.a!.metrics.length, 0)).toBe(DEMO_METRICS);
    // Enough to compute facts from, little enough for `npm start` to stay quick.
    expect(DEMO_POSTS).toBeGreaterThan(5_000);
    expect(DEMO_POSTS).toBeLessThanOrEqual(60_000);
  });

  it('gives posts to every active presence on a platform with exports, and old ones to some silent ones', () => {
    const rows = all();
    for (const { p, platform, a } of rows) {
      if (p.status === 'active' && DEMO_EXPORT_PLATFORMS.includes(platform)) expect(a, p.url).not.toBeNull();
      if (['discovered', 'closed', 'archived'].includes(p.status)) expect(a, p.url).toBeNull();
    }
    const silent = rows.filter((x) => x.a && (x.p.status === 'dormant' || x.p.status === 'abandoned'));
    expect(silent.filter((x) => x.p.status === 'dormant').length).toBeGreaterThanOrEqual(10);
    expect(silent.filter((x) => x.p.status === 'abandoned').length).toBeGreaterThanOrEqual(5);
    // Silent accounts have old posts only.
    for (const { p, a } of silent) expect(facts(a!).posts90, p.url).toBe(0);
  });

  it('ends each presence’s posts on its last activity, within its life, in order, with unique ids', () => {
    for (const { p, platform, a } of all()) {
      if (!a) continue;
      const posts = a.posts;
      expect(posts.length, p.url).toBeGreaterThanOrEqual(1);
      expect(posts.at(-1)!.publishedAt.slice(0, 10), p.url).toBe(p.lastActivityOn);
      expect(posts[0]!.publishedAt.slice(0, 10) > p.createdOn!, p.url).toBe(true);
      if (p.status === 'active')
        expect(posts[0]!.publishedAt.slice(0, 10) >= daysBefore(730), p.url).toBe(true);
      expect(new Set(posts.map((x) => x.externalId)).size, p.url).toBe(posts.length);
      // One check over every post (an expect per post would take seconds).
      const bad = posts.filter(
        (x, i) =>
          (i > 0 && x.publishedAt < posts[i - 1]!.publishedAt) ||
          !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/.test(x.publishedAt) ||
          !['original', 'reply', 'share'].includes(x.kind) ||
          !p.languages.includes(x.language) ||
          ![x.likes, x.shares, x.replies].every((n) => Number.isInteger(n) && n >= 0) ||
          (x.text === '' && !(x.kind === 'share' && ['mastodon', 'bluesky'].includes(platform))),
      );
      expect(bad, p.url).toEqual([]);
    }
  });

  it('plants what the audit looks for: busy and answered accounts, rare ones, silent ones, falling audiences', () => {
    const live = all().filter((x) => x.a && x.p.status === 'active');
    const f = live.map((x) => ({ url: x.p.url, ...facts(x.a!) }));
    // Several posts a week, with engagement worth investing in.
    expect(f.filter((x) => x.posts90 >= 24 && x.engagement >= 10).length).toBeGreaterThanOrEqual(8);
    // Barely once a month.
    expect(f.filter((x) => x.posts90 <= 3).length).toBeGreaterThanOrEqual(8);
    // Accounts that answer their public, and accounts that never answer anyone.
    expect(f.filter((x) => x.replyRate >= 0.4).length).toBeGreaterThanOrEqual(3);
    expect(f.filter((x) => x.replies === 0).length).toBeGreaterThanOrEqual(15);
    // Engagement that is not worth the effort.
    expect(f.filter((x) => x.engagement < 2).length).toBeGreaterThanOrEqual(3);
    // Audiences that fell by more than a tenth over 90 days, and audiences that grew.
    expect(f.filter((x) => x.trend !== null && x.trend < -0.1).length).toBeGreaterThanOrEqual(4);
    expect(f.filter((x) => x.trend !== null && x.trend > 0).length).toBeGreaterThanOrEqual(20);
  });

  it('counts each audience every week, ending on the registry’s figure', () => {
    for (const { p, a } of all()) {
      if (!a?.metrics.length) continue;
      const last = a.metrics.at(-1)!;
      expect(last, p.url).toEqual({ day: p.audienceOn, audience: p.audience });
      expect(a.metrics[0]!.day >= daysBefore(730) && a.metrics[0]!.day >= p.createdOn!, p.url).toBe(true);
      for (let i = 1; i < a.metrics.length; i++) {
        expect(Date.parse(a.metrics[i]!.day) - Date.parse(a.metrics[i - 1]!.day)).toBe(7 * DAY);
      }
      for (const m of a.metrics) expect(Number.isInteger(m.audience) && m.audience >= 0).toBe(true);
    }
  });
});
