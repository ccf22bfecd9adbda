// What a platform's URL rule reads, and the small readers the rules are made of: path segments
// (percent-decoded), the sub-domain, the query; reserved paths that are features, never accounts.
import type { Platform } from '../model';
import { getPlatform, type HostMatch } from './platforms';

/** What a platform's URL parser sees. Path segments are percent-decoded and trimmed. */
export interface Ctx {
  host: string;
  base: string;
  /** Sub-domain left of the platform host, without a leading `www.`/`m.` when more follows. */
  sub: string;
  segs: string[];
  query: URLSearchParams;
  /** The decoded path, for rules that search inside it (Google Maps data). */
  path: string;
}

/** How one platform's profiles are read and written (rules.ts puts them together). */
export interface Rule {
  /** Sub-domain labels accepted besides www, m, mobile and language codes; `own` when the rule reads them. */
  subs?: readonly string[] | 'own';
  fromUrl(c: Ctx): string | null | undefined;
  /**
   * A handle typed by a person with this platform as hint; defaults to `@` stripped, paths parsed as
   * URLs. `asPath` reads a path (`company/acme`) as this platform's URL path.
   */
  fromHandle?(text: string, asPath: (path: string) => string | null): string | null | undefined;
  /** The canonical handle; defaults to lower-case unless the platform is case-sensitive. */
  canon?(handle: string): string;
  /** The canonical URL; defaults to the catalogue's profileUrl. */
  link?(canon: string): string;
}

export function platformOrThrow(id: string): Platform {
  const p = getPlatform(id);
  if (!p) throw new Error(`unknown platform: ${id}`);
  return p;
}

/** `website` and `other`: URLs that are not a profile on a known platform. */
export const isPseudo = (p: Platform) => p.id === 'website' || p.id === 'other';

export function ctxOf(u: URL, m: Pick<HostMatch, 'base' | 'sub'> & { platform?: Platform }): Ctx {
  let path = u.pathname;
  let query = u.searchParams;
  // 2011-era links: twitter.com/#!/acme, facebook.com/#!/profile.php?id=1.
  if ((path === '/' || path === '') && u.hash.startsWith('#!/')) {
    const inner = new URL(u.hash.slice(2), 'https://inner.invalid');
    path = inner.pathname;
    query = inner.searchParams;
  }
  const segs = path
    .split('/')
    .map((s) => decode(s).trim())
    .filter(Boolean);
  return {
    host: u.hostname.replace(/\.$/, '').replace(/^www\./, ''),
    base: m.base,
    sub: m.sub.replace(/^(?:www|m)\.(?=.)/, ''),
    segs,
    query,
    path: decode(path),
  };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const NEUTRAL_LABEL = /^(?:www|m|mobile|[a-z]{2}(?:[-_][a-z]{2,4})?)$/;

/** `www`, `m`, `fr`, `fr-fr` say nothing about the profile; `help`, `developers`, `clips` do. */
export function neutralSub(sub: string, extra: readonly string[]): boolean {
  return sub === '' || sub.split('.').every((l) => NEUTRAL_LABEL.test(l) || extra.includes(l));
}

/** Percent-encodes each path segment, keeping the characters handles are made of readable. */
export function encodePath(h: string): string {
  return h
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/%40/g, '@').replace(/%3A/gi, ':').replace(/%2B/gi, '+'))
    .join('/');
}

/** `'a b c'` → `['a', 'b', 'c']`: keeps the long reserved-word lists readable. */
export function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Paths that are features of almost every platform, never accounts. */
export const COMMON_RESERVED = words(
  'about account accounts ads api apps assets business careers contact cookies developer developers directory discover download embed explore favicon.ico features feed hashtag hashtags help home i index.html index.php intent jobs join legal login logout messages notifications oauth policies policy premium press pricing privacy register robots.txt search security settings share sharer signin signup sitemap.xml static support tag tags terms tos trending upload watch',
);

/** The first path segment, `@` stripped, unless it is a reserved path. */
export function firstSegment(extra: readonly string[] = []): (c: Ctx) => string | null {
  const skip = new Set([...COMMON_RESERVED, ...extra]);
  return ({ segs: [a] }) => {
    if (!a) return null;
    const name = a.replace(/^@/, '');
    return skip.has(name.toLowerCase()) ? null : name;
  };
}

/** `/@name` only (TikTok, Threads). */
export const atSegment = ({ segs: [a] }: Ctx) => (a?.startsWith('@') ? a.slice(1) : null);

/** Name-space platforms: `kind/name` from the first two segments, kinds mapped to their canonical word. */
export function kinds(map: Record<string, string>): (c: Ctx) => string | null {
  const known = new Map(Object.entries(map));
  return ({ segs: [a, b] }) => {
    const kind = a ? known.get(a.toLowerCase()) : undefined;
    return kind && b ? `${kind}/${b}` : null;
  };
}

/** A handle given with a hint: a path is parsed as a URL path, a bare name gets the default kind. */
export function withDefault(bare: (name: string) => string): NonNullable<Rule['fromHandle']> {
  return (t, asPath) => (t.includes('/') ? asPath(t) : bare(t.replace(/^@/, '')));
}
