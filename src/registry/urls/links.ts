// A URL → the profile it names: on a known platform's host, by that platform's rule; on Google
// (Maps, Google+'s short form) or a Mastodon server we do not know, by their URL shapes; anything
// else is a website, or `other` on a platform's own pages that name no profile.
import type { Platform, ResolvedProfile } from '../model';
import { elsewhere } from './clean';
import { ctxOf, neutralSub, platformOrThrow } from './context';
import { mastodonFromPath } from './mastodon';
import { GOOGLE_HOST, mapsHandle } from './places';
import { type HostMatch, matchHost } from './platforms';
import { build, ruleOf } from './rules';
import { isShortLink, unwrapRedirect } from './wrappers';

export function fromUrl(text: string, hint?: Platform): ResolvedProfile | null {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return null;
  }
  for (let i = 0; i < 3; i++) {
    const next = unwrapRedirect(u);
    if (!next) break;
    u = next;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.replace(/\.$/, '');
  // `https://acme` is no public address; IPv6 literals keep their colons.
  if (!host.includes('.') && !host.includes(':')) return null;
  const m = matchHost(host);
  if (m) return onPlatform(u, m) ?? elsewhere(u, 'other', true);
  return onGoogle(u) ?? onFediverse(u) ?? elsewhere(u, hint?.id === 'other' ? 'other' : 'website', false);
}

function onPlatform(u: URL, m: HostMatch): ResolvedProfile | null {
  const host = u.hostname.replace(/\.$/, '').replace(/^www\./, '');
  if (isShortLink(host)) return null;
  const rule = ruleOf(m.platform);
  if (rule.subs !== 'own' && !neutralSub(m.sub, rule.subs ?? [])) return null;
  return build(m.platform, rule.fromUrl(ctxOf(u, m)));
}

/** google.<tld>/maps… and ?cid= are Business Profiles; google.com/+Name was Google+'s short form. */
function onGoogle(u: URL): ResolvedProfile | null {
  const host = u.hostname.replace(/^www\./, '');
  const c = ctxOf(u, { base: host, sub: '' });
  if (host === 'goo.gl') {
    const [a, b] = c.segs;
    return a === 'maps' && b ? build(platformOrThrow('google-business'), `goo.gl/maps/${b}`) : null;
  }
  if (!GOOGLE_HOST.test(host)) return null;
  if (c.segs[0]?.startsWith('+')) return build(platformOrThrow('googleplus'), c.segs[0]);
  if (c.segs[0] === 'maps' || c.query.has('cid') || c.query.has('ludocid')) {
    return build(platformOrThrow('google-business'), mapsHandle(c));
  }
  return null;
}

/** Mastodon (and fediverse look-alikes) on a server we do not know: only the strict URL shapes. */
function onFediverse(u: URL): ResolvedProfile | null {
  const c = ctxOf(u, { base: '', sub: '' });
  const h = mastodonFromPath(c.host, c.segs, true);
  return h ? build(platformOrThrow('mastodon'), h) : null;
}
