// The rule of each platform (how its profile URLs and handles read, its canonical handle and URL),
// gathered from the files that hold them by kind of platform, and what they make of a handle: one
// profile with its key and canonical URL, or nothing when the handle is not valid there.
import type { Platform, ResolvedProfile } from '../model';
import { BLOG_RULES } from './blogs';
import { encodePath, firstSegment, type Rule } from './context';
import { MASTODON_RULES } from './mastodon';
import { MEDIA_RULES } from './media';
import { MESSAGING_RULES } from './messaging';
import { PLACE_RULES } from './places';
import { handleRegExp } from './platforms';
import { PROFESSIONAL_RULES } from './professional';
import { SOCIAL_RULES } from './social';

const RULES = new Map<string, Rule>([
  ...SOCIAL_RULES,
  ...PROFESSIONAL_RULES,
  ...MEDIA_RULES,
  ...BLOG_RULES,
  ...MESSAGING_RULES,
  ...PLACE_RULES,
  ...MASTODON_RULES,
]);

/** A platform without a rule of its own: its profile is the first path segment. */
const DEFAULT_RULE: Rule = { fromUrl: firstSegment() };

export function ruleOf(p: Platform): Rule {
  return RULES.get(p.id) ?? DEFAULT_RULE;
}

/** A profile result, or null when the handle is not valid on the platform. */
export function build(p: Platform, raw: string | null | undefined): ResolvedProfile | null {
  if (!raw) return null;
  const handle = raw.normalize('NFC');
  const canon = canonOf(p, handle);
  if (!handleRegExp(p).test(canon)) return null;
  return { platform: p.id, handle, url: linkOf(p, canon), key: canon, kind: 'profile' };
}

export function canonOf(p: Platform, handle: string): string {
  const h = handle.normalize('NFC');
  const rule = ruleOf(p);
  if (rule.canon) return rule.canon(h);
  return p.caseSensitive ? h : h.toLowerCase();
}

export function linkOf(p: Platform, canon: string): string {
  const rule = ruleOf(p);
  if (rule.link) return rule.link(canon);
  return p.profileUrl.replace('{handle}', encodePath(canon));
}
