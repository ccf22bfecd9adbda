// URL understanding: whatever a person pastes for a presence (a profile URL in any of its forms, a
// post URL, a handle) becomes one platform, one handle, one canonical URL and one key, so that the
// same presence written two ways is recognised as one. Pure functions over Node's URL; never throws.
//
// Decisions worth knowing:
// - The key is the canonical handle: lower-cased on case-insensitive platforms, with its kind when
//   the platform has several name spaces (`company/acme`, `u/name`, `channel/UC…`). The returned
//   `handle` keeps the case the person typed; `url` and `key` are the normalised forms.
// - A post URL resolves to its author when the URL names the author (x.com/acme/status/1 → acme,
//   a subreddit's thread → the subreddit). When it does not (youtube.com/watch?v=…, instagram.com/p/…,
//   youtu.be, lnkd.in and other shorteners), nothing can be known offline: the result is
//   `platform: 'other'`, with the cleaned URL kept so the row is never lost.
// - A URL on a known platform that names no profile (its home page, /home, /explore, help pages on
//   other sub-domains) is `platform: 'other'` too. A URL on an unknown host is `website`.
// - A bare handle needs a platform hint, except `@user@host` (Mastodon), `name.bsky.social` and
//   `did:…` (Bluesky). Where a hint leaves the name space open, the organisation's usual case wins:
//   LinkedIn and Viadeo → company page, Reddit → user, YouTube → @handle, Bluesky → name.bsky.social,
//   Medium and Substack → publication (a person is written `@name`), Scoop.it → topic.
// - Google Business Profiles are keyed by their CID (maps `?cid=`, or decoded from the feature id in
//   a place URL's data), else by g.page name; share links (maps.app.goo.gl) stay opaque offline.
// - Facebook pages without a username are keyed by their numeric id, whatever the URL form
//   (/pages/Name/id, /Name-id, /people/Name/id, profile.php?id=), canonical profile.php?id=.
// - Mastodon servers are countless: a few are known by host, the others by URL shape (`/@user`,
//   `/users/user`), which other fediverse software shares; those are filed as Mastodon too.
//
// The files of this folder, by role: resolve.ts (here: the entry points), input.ts (copy-paste
// debris), handles.ts (bare handles, `@user@host`), links.ts (URLs), wrappers.ts (outbound-link
// wrappers, short links), clean.ts (URLs that are not profiles), rules.ts with one file per kind of
// platform (social.ts, professional.ts, media.ts, blogs.ts, messaging.ts, places.ts, mastodon.ts),
// context.ts (what a rule reads), and the catalogue (catalogue.ts, looked up through platforms.ts).

import type { Platform, ResolvedProfile } from '../model';
import { normaliseGivenUrl, urlKey } from './clean';
import { isPseudo, platformOrThrow } from './context';
import { canonFromText, fromHandle } from './handles';
import { tidy } from './input';
import { fromUrl } from './links';
import { findPlatformByName, getPlatform, matchHost } from './platforms';
import { linkOf } from './rules';

const MAX_RAW = 10_000;
const MAX_URL = 2048;

/** Resolves a pasted URL or handle; null for empty, garbage or dangerous (`javascript:`) input. */
export function resolveProfile(input: string, platformHint?: string): ResolvedProfile | null {
  try {
    return resolve(input, platformHint);
  } catch {
    // Defensive: a parser bug must cost one row, not an import.
    return null;
  }
}

/**
 * The canonical URL of a handle on a platform. The handle may be written as a person would (`@Acme`,
 * a profile URL); for website/other it is the URL itself. Throws on an unknown platform id.
 */
export function canonicalUrl(platformId: string, handle: string): string {
  const p = platformOrThrow(platformId);
  const r = resolveProfile(handle, p.id);
  if (r?.platform === p.id) return r.url;
  if (isPseudo(p)) return normaliseGivenUrl(handle) ?? handle.trim();
  return linkOf(p, canonFromText(p, handle)); // not a valid handle there: the best guess
}

/** The identity of a handle on a platform: equal keys on one platform are one presence. Throws on an unknown platform id. */
export function profileKey(platformId: string, handle: string): string {
  const p = platformOrThrow(platformId);
  const r = resolveProfile(handle, p.id);
  if (r?.platform === p.id) return r.key;
  if (isPseudo(p)) return urlKey(normaliseGivenUrl(handle) ?? handle.trim());
  return canonFromText(p, handle);
}

function resolve(input: string, hintText?: string): ResolvedProfile | null {
  if (typeof input !== 'string' || input.length > MAX_RAW) return null;
  const text = tidy(input);
  if (!text || text.length > MAX_URL) return null;
  const hint = hintOf(hintText);
  const compact = text.replace(/\s+/g, '');

  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return fromUrl(compact, hint);
  // javascript:, data:, mailto:, file:… are never presences. `did:` is a Bluesky identity.
  if (scheme && scheme !== 'did' && !scheme.includes('.')) return null;
  if (compact.startsWith('//')) return fromUrl(`https:${compact}`, hint);

  const domain = DOMAIN.exec(compact);
  const host = domain?.[1];
  if (domain && host) {
    const rest = compact.slice(domain[0].length);
    // With a hint, `acme.paris` may be an Instagram name; a path, www. or a platform host says URL.
    const surelyUrl = !hint || rest !== '' || /^www\./i.test(host) || matchHost(host) !== undefined;
    if (surelyUrl) return fromUrl(`https://${compact}`, hint);
  }
  return fromHandle(text, hint) ?? (host ? fromUrl(`https://${compact}`, hint) : null);
}

/** A host at the start of scheme-less input: labels, then a TLD of letters (or punycode). */
const DOMAIN =
  /^((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62})?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59}))(?::\d{1,5})?(?=[/?#]|$)/iu;

function hintOf(text?: string): Platform | undefined {
  if (!text) return undefined;
  return getPlatform(text) ?? getPlatform(text.trim().toLowerCase()) ?? findPlatformByName(text)?.platform;
}
