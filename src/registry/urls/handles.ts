// Handles, as people type them: with a platform hint (`@acme` on X, `company/acme` on LinkedIn, read
// by the platform's rule), or alone when they name their platform themselves: `@user@host`
// (Mastodon), `name.bsky.social` and `did:…` (Bluesky).
import type { Platform, ResolvedProfile } from '../model';
import { ctxOf, isPseudo, platformOrThrow } from './context';
import { tidy } from './input';
import { build, canonOf, ruleOf } from './rules';

export function fromHandle(text: string, hint?: Platform): ResolvedProfile | null {
  if (hint && !isPseudo(hint)) {
    const r = build(hint, handleFrom(hint, text));
    if (r) return r;
  }
  return universalHandle(text.replace(/\s+/g, ''));
}

/** The canonical handle of what a person wrote for this platform, valid there or not. */
export function canonFromText(p: Platform, handle: string): string {
  const text = tidy(handle);
  return canonOf(p, handleFrom(p, text) ?? text);
}

function handleFrom(p: Platform, text: string): string | null {
  const rule = ruleOf(p);
  if (rule.fromHandle) return rule.fromHandle(text, (path) => fromPath(p, path)) ?? null;
  return defaultHandle(p, text);
}

function defaultHandle(p: Platform, text: string): string | null {
  if (text.includes('/')) return fromPath(p, text);
  return text.replace(/^@/, '');
}

/** A handle written as a path (`company/acme`, `/r/acme`) is read as that path on the platform. */
function fromPath(p: Platform, path: string): string | null {
  const base = p.hosts[0];
  if (!base) return null;
  const u = new URL(`https://${base}/${path.replace(/^\/+/, '')}`);
  return ruleOf(p).fromUrl(ctxOf(u, { platform: p, base, sub: '' })) ?? null;
}

/** Handles that name their platform on their own. */
function universalHandle(s: string): ResolvedProfile | null {
  const bluesky = platformOrThrow('bluesky');
  const mastodon = platformOrThrow('mastodon');
  if (/^@?did:(?:plc|web):/i.test(s)) return build(bluesky, s.replace(/^@/, ''));
  const fedi = /^@([^@]+)@([^@]+)$/.exec(s);
  if (fedi) return build(mastodon, `${fedi[1]}@${fedi[2]}`);
  const known = /^([^@]+)@([^@]+)$/.exec(s);
  if (known?.[2] && mastodon.hosts.includes(known[2].toLowerCase())) return build(mastodon, s);
  if (/^@?[^@/]+\.bsky\.social$/i.test(s)) return build(bluesky, s.replace(/^@/, ''));
  return null;
}
