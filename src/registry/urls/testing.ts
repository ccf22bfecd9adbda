// How the tests of the rule files (social.test.ts, media.test.ts…) check their examples: every input
// of a group is the same presence written another way, and what it resolves to resolves again to
// itself, by URL, by handle, and through canonicalUrl and profileKey.
import { describe, expect, it } from 'vitest';
import type { ResolvedProfile } from '../model';
import type { Rule } from './context';
import { canonicalUrl, profileKey, resolveProfile } from './resolve';

/** A URL or a handle, alone or with its platform hint. */
export type Input = string | [string, string];

/**
 * Every input of a group is the same presence written another way: all must resolve to exactly
 * this platform, key and URL.
 */
export interface Group {
  platform: string;
  key: string;
  url: string;
  inputs: Input[];
}

const resolveInput = (input: Input) =>
  typeof input === 'string' ? resolveProfile(input) : resolveProfile(...input);
const label = (input: Input) => (typeof input === 'string' ? input : `${input[0]} [${input[1]}]`);

/** The checks over one file's examples; `rules`: that file's rules, each of which must have some. */
export function checkGroups(groups: Group[], rules?: [string, Rule][]): void {
  describe('resolveProfile: one presence, whatever way it is written', () => {
    const cases = groups.flatMap((g) => g.inputs.map((input) => [label(input), input, g] as const));

    if (rules)
      it('has examples for every platform it has a rule for', () => {
        expect(new Set(groups.map((g) => g.platform))).toEqual(new Set(rules.map(([id]) => id)));
      });

    it.each(cases)('%s', (_, input, g) => {
      expect(resolveInput(input)).toMatchObject({
        platform: g.platform,
        key: g.key,
        url: g.url,
        kind: 'profile',
      });
    });

    it.each(groups.map((g) => [g.url, g] as const))(
      'every way of writing %s gives one identical result',
      (_, g) => {
        const results = g.inputs
          .map(resolveInput)
          .map((r) => r && { platform: r.platform, key: r.key, url: r.url });
        for (const r of results) expect(r).toEqual(results[0]);
      },
    );
  });

  checkRoundTrips(
    groups.flatMap((g) => g.inputs.map(resolveInput)).filter((r): r is ResolvedProfile => r !== null),
  );
}

/**
 * What an input resolved to resolves again to itself: by its URL, by its handle (profiles), and
 * through canonicalUrl and profileKey (given the handle, or the URL of what is not a profile).
 */
export function checkRoundTrips(results: ResolvedProfile[]): void {
  describe('round trips', () => {
    it('resolving a canonical URL again changes nothing', () => {
      for (const r of results) {
        expect(resolveProfile(r.url, r.platform), r.url).toMatchObject({
          platform: r.platform,
          key: r.key,
          url: r.url,
          kind: r.kind,
        });
      }
    });

    it('a resolved handle with its platform gives the same presence', () => {
      for (const r of results.filter((x) => x.handle !== null)) {
        const again = resolveProfile(r.handle ?? '', r.platform);
        expect(again, `${r.platform}: ${r.handle}`).toMatchObject({
          platform: r.platform,
          key: r.key,
          url: r.url,
        });
      }
    });

    it('canonicalUrl and profileKey agree with resolveProfile', () => {
      for (const r of results) {
        expect(canonicalUrl(r.platform, r.handle ?? r.url), r.url).toBe(r.url);
        expect(profileKey(r.platform, r.handle ?? r.url), r.url).toBe(r.key);
      }
    });
  });
}
