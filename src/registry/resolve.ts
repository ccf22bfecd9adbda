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
import type { Platform, ResolvedProfile } from './model';
import { findPlatformByName, getPlatform, type HostMatch, handleRegExp, matchHost } from './platforms';

const MAX_RAW = 10_000;
const MAX_URL = 2048;

/** What a platform's URL parser sees. Path segments are percent-decoded and trimmed. */
interface Ctx {
  host: string;
  base: string;
  /** Sub-domain left of the platform host, without a leading `www.`/`m.` when more follows. */
  sub: string;
  segs: string[];
  query: URLSearchParams;
  /** The decoded path, for rules that search inside it (Google Maps data). */
  path: string;
}

interface Rule {
  /** Sub-domain labels accepted besides www, m, mobile and language codes; `own` when the rule reads them. */
  subs?: readonly string[] | 'own';
  fromUrl(c: Ctx): string | null | undefined;
  /** A handle typed by a person with this platform as hint; defaults to `@` stripped, paths parsed as URLs. */
  fromHandle?(text: string): string | null | undefined;
  /** The canonical handle; defaults to lower-case unless the platform is case-sensitive. */
  canon?(handle: string): string;
  /** The canonical URL; defaults to the catalogue's profileUrl. */
  link?(canon: string): string;
}

// ---------------------------------------------------------------------------------------------------
// Entry points

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

function platformOrThrow(id: string): Platform {
  const p = getPlatform(id);
  if (!p) throw new Error(`unknown platform: ${id}`);
  return p;
}

function canonFromText(p: Platform, handle: string): string {
  const text = tidy(handle);
  return canonOf(p, handleFrom(p, text) ?? text);
}

// ---------------------------------------------------------------------------------------------------
// Input

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

/** Removes what copy-paste drags along: invisible and control characters, wrapping quotes, brackets. */
function tidy(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (isInvisible(c)) continue;
    out += /\s/u.test(ch) ? ' ' : ch;
  }
  out = out.trim();
  for (let i = 0; i < 3; i++) {
    const pair = WRAPPERS.get(out[0] ?? '');
    if (!pair || !out.endsWith(pair) || out.length < 2) break;
    out = out.slice(1, -1).trim();
  }
  // A leading apostrophe is how spreadsheets (and our CSV export) neutralise formulas.
  if (out.startsWith("'") && !out.endsWith("'")) out = out.slice(1).trim();
  return out.replace(/[.,;!?]+$/, '').trim();
}

const WRAPPERS = new Map([
  ['<', '>'],
  ['"', '"'],
  ["'", "'"],
  ['«', '»'],
  ['“', '”'],
  ['‘', '’'],
  ['(', ')'],
  ['[', ']'],
  ['`', '`'],
]);

function isInvisible(c: number): boolean {
  return (
    c < 0x20 || // controls, tab and newlines included: browsers drop them from URLs too
    (c >= 0x7f && c < 0xa0) ||
    c === 0xad ||
    c === 0x61c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    c === 0xfeff ||
    (c >= 0xfff9 && c <= 0xfffb)
  );
}

function hintOf(text?: string): Platform | undefined {
  if (!text) return undefined;
  return getPlatform(text) ?? getPlatform(text.trim().toLowerCase()) ?? findPlatformByName(text)?.platform;
}

const isPseudo = (p: Platform) => p.id === 'website' || p.id === 'other';

// ---------------------------------------------------------------------------------------------------
// Handles

function fromHandle(text: string, hint?: Platform): ResolvedProfile | null {
  if (hint && !isPseudo(hint)) {
    const r = build(hint, handleFrom(hint, text));
    if (r) return r;
  }
  return universalHandle(text.replace(/\s+/g, ''));
}

function handleFrom(p: Platform, text: string): string | null {
  const rule = ruleOf(p);
  if (rule.fromHandle) return rule.fromHandle(text) ?? null;
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

/** A profile result, or null when the handle is not valid on the platform. */
function build(p: Platform, raw: string | null | undefined): ResolvedProfile | null {
  if (!raw) return null;
  const handle = raw.normalize('NFC');
  const canon = canonOf(p, handle);
  if (!handleRegExp(p).test(canon)) return null;
  return { platform: p.id, handle, url: linkOf(p, canon), key: canon, kind: 'profile' };
}

function canonOf(p: Platform, handle: string): string {
  const h = handle.normalize('NFC');
  const rule = ruleOf(p);
  if (rule.canon) return rule.canon(h);
  return p.caseSensitive ? h : h.toLowerCase();
}

function linkOf(p: Platform, canon: string): string {
  const rule = ruleOf(p);
  if (rule.link) return rule.link(canon);
  return p.profileUrl.replace('{handle}', encodePath(canon));
}

/** Percent-encodes each path segment, keeping the characters handles are made of readable. */
function encodePath(h: string): string {
  return h
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/%40/g, '@').replace(/%3A/gi, ':').replace(/%2B/gi, '+'))
    .join('/');
}

// ---------------------------------------------------------------------------------------------------
// URLs

function fromUrl(text: string, hint?: Platform): ResolvedProfile | null {
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

/** Hosts whose URLs are opaque short links or media files: they never name a profile offline. */
const SHORT_HOSTS = new Set(
  words(
    't.co youtu.be lnkd.in fb.watch pin.it redd.it dai.ly flic.kr spotify.link 4sq.com vm.tiktok.com vt.tiktok.com on.soundcloud.com',
  ),
);

function onPlatform(u: URL, m: HostMatch): ResolvedProfile | null {
  const host = u.hostname.replace(/\.$/, '').replace(/^www\./, '');
  if (SHORT_HOSTS.has(host)) return null;
  const rule = ruleOf(m.platform);
  if (rule.subs !== 'own' && !neutralSub(m.sub, rule.subs ?? [])) return null;
  return build(m.platform, rule.fromUrl(ctxOf(u, m)));
}

const NEUTRAL_LABEL = /^(?:www|m|mobile|[a-z]{2}(?:[-_][a-z]{2,4})?)$/;

/** `www`, `m`, `fr`, `fr-fr` say nothing about the profile; `help`, `developers`, `clips` do. */
function neutralSub(sub: string, extra: readonly string[]): boolean {
  return sub === '' || sub.split('.').every((l) => NEUTRAL_LABEL.test(l) || extra.includes(l));
}

function ctxOf(u: URL, m: Pick<HostMatch, 'base' | 'sub'> & { platform?: Platform }): Ctx {
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

/** Google's, Facebook's, YouTube's and LinkedIn's outbound-link wrappers, as pasted from a browser. */
function unwrapRedirect(u: URL): URL | null {
  const h = u.hostname.replace(/^www\./, '');
  let target: string | null = null;
  if (GOOGLE_HOST.test(h) && u.pathname === '/url')
    target = u.searchParams.get('q') ?? u.searchParams.get('url');
  else if (/^(?:l|lm)\.(?:facebook|instagram)\.com$/.test(h)) target = u.searchParams.get('u');
  else if (h === 'youtube.com' && u.pathname === '/redirect') target = u.searchParams.get('q');
  else if (h === 'linkedin.com' && u.pathname.startsWith('/redir/redirect'))
    target = u.searchParams.get('url');
  if (!target || !/^https?:\/\//i.test(target)) return null;
  try {
    return new URL(target);
  } catch {
    return null;
  }
}

const GOOGLE_HOST = /^google\.(?:com|[a-z]{2}|com?\.[a-z]{2})$/;

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

const MASTODON_TABS = new Set(words('with_replies media followers following featured tagged'));

function mastodonFromPath(host: string, segs: string[], strict: boolean): string | null {
  const s = segs[0] === 'web' ? segs.slice(1) : segs;
  const [a, b, c, d] = s;
  if (!a) return null;
  if (a.startsWith('@')) {
    const tailOk = b === undefined || (c === undefined && (/^\d+$/.test(b) || MASTODON_TABS.has(b)));
    if (strict && !tailOk) return null;
    const name = a.slice(1);
    return name.includes('@') ? name : `${name}@${host}`;
  }
  if (a === 'users' && b) {
    const tailOk =
      c === undefined || (c === 'statuses' && d !== undefined && /^\d+$/.test(d) && s.length === 4);
    if (strict && !tailOk) return null;
    return `${b}@${host}`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Cleaning URLs that are not profiles

/** Query parameters that only say where a click came from. */
const TRACKING =
  /^(?:utm_.*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|igsh|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ref|ref_src|ref_url|fref|hc_ref|mibextid)$/i;
/** On a platform's own pages, these only set language, share or player state. */
const PLATFORM_NOISE =
  /^(?:hl|lang|locale|si|s|t|feature|app|ab_channel|pp|originalsubdomain|trk|trkinfo|sk|__tn__|__cft__.*|rdid|share_url|sfnsn|is_from_webapp|sender_device|lipi|refsrc|_rdr)$/i;

function elsewhere(u: URL, platform: 'website' | 'other', onPlatformHost: boolean): ResolvedProfile {
  const url = normaliseUrl(u, onPlatformHost);
  return { platform, handle: null, url, key: urlKey(url), kind: platform };
}

/** Scheme kept, host lower-cased, credentials, fragment, tracking and trailing slash removed. */
function normaliseUrl(u: URL, onPlatformHost: boolean): string {
  const params = new URLSearchParams(u.search);
  let changed = false;
  for (const k of new Set(params.keys())) {
    if (TRACKING.test(k) || (onPlatformHost && PLATFORM_NOISE.test(k))) {
      params.delete(k);
      changed = true;
    }
  }
  const rest = params.toString();
  const search = changed ? (rest ? `?${rest}` : '') : u.search;
  return `${u.protocol}//${u.host.replace(/\.$/, '')}${u.pathname.replace(/\/+$/, '')}${search}`;
}

/** A website's key: its URL without scheme and `www.`, so http/https and www/bare are one. */
function urlKey(url: string): string {
  return url.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '');
}

function normaliseGivenUrl(text: string): string | null {
  const t = tidy(text);
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return normaliseUrl(u, matchHost(u.hostname) !== undefined);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// Platform rules

/** `'a b c'` → `['a', 'b', 'c']`: keeps the long reserved-word lists readable. */
function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Paths that are features of almost every platform, never accounts. */
const COMMON_RESERVED = words(
  'about account accounts ads api apps assets business careers contact cookies developer developers directory discover download embed explore favicon.ico features feed hashtag hashtags help home i index.html index.php intent jobs join legal login logout messages notifications oauth policies policy premium press pricing privacy register robots.txt search security settings share sharer signin signup sitemap.xml static support tag tags terms tos trending upload watch',
);

/** The first path segment, `@` stripped, unless it is a reserved path. */
function firstSegment(extra: readonly string[] = []): (c: Ctx) => string | null {
  const skip = new Set([...COMMON_RESERVED, ...extra]);
  return ({ segs: [a] }) => {
    if (!a) return null;
    const name = a.replace(/^@/, '');
    return skip.has(name.toLowerCase()) ? null : name;
  };
}

/** `/@name` only (TikTok, Threads). */
const atSegment = ({ segs: [a] }: Ctx) => (a?.startsWith('@') ? a.slice(1) : null);

/** Name-space platforms: `kind/name` from the first two segments, kinds mapped to their canonical word. */
function kinds(map: Record<string, string>): (c: Ctx) => string | null {
  const known = new Map(Object.entries(map));
  return ({ segs: [a, b] }) => {
    const kind = a ? known.get(a.toLowerCase()) : undefined;
    return kind && b ? `${kind}/${b}` : null;
  };
}

/** A handle given with a hint: a path is parsed as a URL path, a bare name gets the default kind. */
function withDefault(p: () => Platform, bare: (name: string) => string): (t: string) => string | null {
  return (t) => (t.includes('/') ? fromPath(p(), t) : bare(t.replace(/^@/, '')));
}

/** Facebook ids hide at the end of page slugs: `Acme-France-123456789012345`. */
function trailingId(s: string): string | null {
  return /^(?:.*[-.])?(\d{8,})$/.exec(s)?.[1] ?? null;
}

const FB_RESERVED = new Set([
  ...COMMON_RESERVED,
  ...words(
    'bookmarks checkpoint dialog event events friends fundraisers gaming home.php l.php live login.php marketplace media memories messenger notes photo photo.php photos places plugins public r.php recover reel reels reg saved share.php sharer.php stories story tr video.php videos',
  ),
]);

const YT_RESERVED = new Set([
  ...COMMON_RESERVED,
  ...words(
    'attribution_link channels creators e gaming howyoutubeworks iframe_api kids live music new oembed playlist post redirect results shorts s source subscription_manager t tv v yt',
  ),
]);

const MEDIUM_SUBS = new Set(words('help policy blog api cdn miro link developers status'));

function mapsHandle(c: Ctx): string | null {
  const cid = c.query.get('cid') ?? c.query.get('ludocid');
  if (cid && /^\d{1,25}$/.test(cid)) return `cid/${cid}`;
  // A place URL's data holds the feature id `0x…:0x…`, whose second half is the CID in hex.
  const ftid = /0x[0-9a-f]{1,16}:0x([0-9a-f]{1,16})/i.exec(`${c.path} ${c.query.get('ftid') ?? ''}`);
  if (ftid?.[1]) return `cid/${BigInt(`0x${ftid[1]}`).toString()}`;
  const i = c.segs.indexOf('place');
  const name = i >= 0 ? c.segs[i + 1] : undefined;
  return name ? `place/${name.replace(/\+/g, ' ').trim()}` : null;
}

const RULES = new Map<string, Rule>([
  [
    'x',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (a === 'intent' && (b === 'user' || b === 'follow')) return c.query.get('screen_name');
        return xFirst(c);
      },
    },
  ],
  [
    'facebook',
    {
      subs: ['web', 'touch', 'mbasic', 'business', 'free'],
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (!a) return null;
        const al = a.toLowerCase();
        if (al === 'profile.php' || al === 'permalink.php' || al === 'story.php') {
          const id = c.query.get('id');
          return id && /^\d+$/.test(id) ? id : null;
        }
        if (al === 'pages' || al === 'people' || al === 'p') {
          for (const s of c.segs.slice(1).reverse()) {
            const id = trailingId(s);
            if (id) return id;
          }
          return null;
        }
        if (al === 'groups') return b ? `groups/${b}` : null;
        if (al === 'pg') return b;
        if (FB_RESERVED.has(al)) return null;
        return trailingId(a) ?? a;
      },
      // Numeric ids have no vanity URL: profile.php?id= is the one form that always works.
      link: (h) =>
        /^\d+$/.test(h)
          ? `https://www.facebook.com/profile.php?id=${h}`
          : `https://www.facebook.com/${encodePath(h)}`,
    },
  ],
  [
    'instagram',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        const al = a?.toLowerCase();
        if (al === 'stories' || al === '_u') return b && b !== 'highlights' ? b : null;
        return igFirst(c);
      },
    },
  ],
  [
    'linkedin',
    {
      fromUrl: (c) => {
        const segs = c.segs[0] === 'organization-guest' ? c.segs.slice(1) : c.segs;
        // Pre-2015 group links: /groups?gid=123.
        if (segs[0] === 'groups' && !segs[1] && c.query.get('gid')) return `groups/${c.query.get('gid')}`;
        return linkedinKinds({ ...c, segs });
      },
      fromHandle: withDefault(
        () => platformOrThrow('linkedin'),
        (n) => `company/${n}`,
      ),
    },
  ],
  [
    'youtube',
    {
      subs: ['music', 'gaming', 'studio'],
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (!a) return null;
        if (a.startsWith('@')) return a;
        const al = a.toLowerCase();
        if (al === 'channel') return b ? `channel/${b}` : null;
        if (al === 'c' || al === 'user') return b ? `${al}/${b}` : null;
        // youtube.com/Name is the legacy custom URL, the same name space as /c/Name.
        return YT_RESERVED.has(al) ? null : `c/${a}`;
      },
      fromHandle: (t) => {
        if (/^UC[A-Za-z0-9_-]{22}$/.test(t)) return `channel/${t}`;
        if (t.includes('/')) return fromPath(platformOrThrow('youtube'), t);
        return t.startsWith('@') ? t : `@${t}`;
      },
      // Channel ids are base-64 and case-sensitive; handles and custom names are not.
      canon: (h) => (h.startsWith('channel/') ? h : h.toLowerCase()),
    },
  ],
  ['tiktok', { fromUrl: atSegment, fromHandle: (t) => (t.includes('/') ? null : t.replace(/^@/, '')) }],
  ['threads', { fromUrl: atSegment, fromHandle: (t) => (t.includes('/') ? null : t.replace(/^@/, '')) }],
  [
    'snapchat',
    {
      subs: ['story'],
      fromUrl: ({ segs: [a, b] }) => {
        if (a?.startsWith('@')) return a.slice(1);
        return a?.toLowerCase() === 'add' ? b : null;
      },
    },
  ],
  [
    'pinterest',
    {
      fromUrl: firstSegment(
        words('pin ideas today categories topics news_hub videos resource password secure _'),
      ),
    },
  ],
  [
    'mastodon',
    {
      fromUrl: (c) => mastodonFromPath(c.host, c.segs, false),
      fromHandle: (t) => (t.includes('/') ? null : t.replace(/^@/, '')),
      canon: (h) => {
        const at = h.lastIndexOf('@');
        return at < 0 ? h.toLowerCase() : `${h.slice(0, at).toLowerCase()}@${asciiHost(h.slice(at + 1))}`;
      },
      link: (h) => {
        const at = h.lastIndexOf('@');
        return `https://${h.slice(at + 1)}/@${h.slice(0, at)}`;
      },
    },
  ],
  [
    'bluesky',
    {
      subs: 'own',
      fromUrl: (c) => {
        // name.bsky.social is both the handle and a host that answers for it.
        if (c.base === 'bsky.social') return c.sub && !c.sub.includes('.') ? `${c.sub}.bsky.social` : null;
        if (!neutralSub(c.sub, [])) return null;
        return c.segs[0] === 'profile' ? c.segs[1] : null;
      },
      fromHandle: (t) => {
        const s = t.replace(/^@/, '');
        if (/^did:/i.test(s)) return s;
        if (s.includes('/')) return fromPath(platformOrThrow('bluesky'), s);
        return s.includes('.') ? s : `${s}.bsky.social`;
      },
    },
  ],
  [
    'reddit',
    {
      subs: ['old', 'new', 'np'],
      fromUrl: kinds({ r: 'r', u: 'u', user: 'u' }),
      fromHandle: withDefault(
        () => platformOrThrow('reddit'),
        (n) => `u/${n}`,
      ),
      link: (h) => `https://www.reddit.com/${encodePath(h.replace(/^u\//, 'user/'))}`,
    },
  ],
  [
    'tumblr',
    {
      subs: 'own',
      fromUrl: (c) => {
        if (c.sub && c.sub !== 'www' && c.sub !== 'm')
          return c.sub.includes('.') || TUMBLR_SUBS.has(c.sub) ? null : c.sub;
        const [a, b, d] = c.segs;
        if (a === 'blog') return b === 'view' ? d : b;
        if (a === 'dashboard' && b === 'blog') return d;
        return tumblrFirst(c);
      },
    },
  ],
  [
    'wordpress',
    {
      subs: 'own',
      fromUrl: ({ sub }) => {
        // Language sites (fr.wordpress.com) and service hosts are not blogs.
        if (!sub || sub.includes('.') || /^[a-z]{2}(?:-[a-z]{2})?$/.test(sub) || WP_SUBS.has(sub))
          return null;
        return sub;
      },
    },
  ],
  [
    'blogger',
    {
      subs: 'own',
      fromUrl: (c) => {
        if (c.base === 'blogger.com')
          return c.segs[0] === 'profile' && c.segs[1] ? `profile/${c.segs[1]}` : null;
        return c.sub && c.sub !== 'www' && !c.sub.includes('.') ? c.sub : null;
      },
      link: (h) => (h.startsWith('profile/') ? `https://www.blogger.com/${h}` : `https://${h}.blogspot.com`),
    },
  ],
  [
    'medium',
    {
      subs: 'own',
      fromUrl: (c) => {
        // name.medium.com is the same account as medium.com/@name.
        if (c.sub && c.sub !== 'www')
          return c.sub.includes('.') || MEDIUM_SUBS.has(c.sub) ? null : `@${c.sub}`;
        const [a] = c.segs;
        if (a?.startsWith('@')) return a;
        return mediumFirst(c);
      },
      // `@name` is a person, a bare name a publication, as in Medium's own URLs.
      fromHandle: (t) => (t.includes('/') ? fromPath(platformOrThrow('medium'), t) : t),
    },
  ],
  [
    'github',
    {
      subs: ['gist'],
      fromUrl: (c) => {
        const [a, b] = c.segs;
        const al = a?.toLowerCase();
        if (al === 'orgs' || al === 'sponsors' || al === 'users') return b;
        return githubFirst(c);
      },
    },
  ],
  [
    'twitch',
    {
      fromUrl: firstSegment(
        words(
          'directory videos p downloads turbo subscriptions wallet inventory drops friends prime moderator popout team store broadcast',
        ),
      ),
    },
  ],
  [
    'discord',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (a?.toLowerCase() === 'invite') return b;
        return c.base === 'discord.gg' ? a : null;
      },
    },
  ],
  [
    'telegram',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (!a) return null;
        const al = a.toLowerCase();
        if (al === 's') return b;
        if (al === 'joinchat') return b ? `+${b}` : null;
        // t.me/+33612345678 opens a chat with a phone number: a person, not a presence.
        if (a.startsWith('+')) return /^\+\d+$/.test(a) ? null : a;
        return telegramFirst(c);
      },
      fromHandle: (t) =>
        t.includes('/')
          ? fromPath(platformOrThrow('telegram'), t)
          : t.startsWith('+')
            ? t
            : t.replace(/^@/, ''),
      canon: (h) => (h.startsWith('+') ? h : h.toLowerCase()),
    },
  ],
  [
    'whatsapp',
    {
      subs: ['api', 'web'],
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (c.base === 'wa.me') return a && /^\+?\d[\d-]*$/.test(a) ? phone(a) : null;
        if (a === 'channel') return b ? `channel/${b}` : null;
        const number = c.query.get('phone');
        return (a === 'send' || a === undefined) && number ? phone(number) : null;
      },
      fromHandle: (t) => (/^channel\//i.test(t) ? `channel/${t.slice(8)}` : phone(t)),
      link: (h) => (h.startsWith('channel/') ? `https://www.whatsapp.com/${h}` : `https://wa.me/${h}`),
    },
  ],
  [
    'viadeo',
    {
      fromUrl: (c) => {
        // Viadeo prefixed paths with the interface language: /fr/profile/jean.dupont.
        const segs = /^[a-z]{2}$/.test(c.segs[0] ?? '') ? c.segs.slice(1) : c.segs;
        return viadeoKinds({ ...c, segs });
      },
      fromHandle: withDefault(
        () => platformOrThrow('viadeo'),
        (n) => `company/${n}`,
      ),
    },
  ],
  [
    'google-business',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (c.base === 'g.page') return a === 'r' ? (b ? `r/${b}` : null) : a;
        // Share links are opaque until followed: kept as written, they cannot match a CID offline.
        if (c.base === 'maps.app.goo.gl') return a ? `maps.app.goo.gl/${a}` : null;
        return mapsHandle(c);
      },
      fromHandle: (t) => {
        if (/^\d+$/.test(t)) return `cid/${t}`;
        if (/^(?:cid|r|place)\//.test(t) || /^(?:maps\.app\.goo\.gl|goo\.gl\/maps)\//.test(t)) return t;
        return t.includes('/') ? null : t;
      },
      canon: (h) => (/^(?:place\/|[^/]+$)/.test(h) ? h.toLowerCase() : h),
      link: (h) => {
        if (h.startsWith('cid/')) return `https://maps.google.com/?cid=${h.slice(4)}`;
        if (h.startsWith('place/')) {
          return `https://www.google.com/maps/place/${encodeURIComponent(h.slice(6)).replace(/%20/g, '+')}`;
        }
        if (h.startsWith('maps.app.goo.gl/') || h.startsWith('goo.gl/maps/')) return `https://${h}`;
        return `https://g.page/${encodePath(h)}`;
      },
    },
  ],
  [
    'googleplus',
    {
      fromUrl: (c) => {
        let segs = c.segs;
        // /u/0/… and /b/<page id>/… only say which signed-in identity was browsing.
        while (segs[0] === 'u' || segs[0] === 'b') segs = segs.slice(2);
        const [a, b] = segs;
        if (!a) return null;
        if (a.startsWith('+') || /^\d{15,25}$/.test(a)) return a;
        return a === 'communities' && b ? `communities/${b}` : null;
      },
      fromHandle: (t) => {
        if (t.includes('/')) return fromPath(platformOrThrow('googleplus'), t);
        return /^\d+$/.test(t) || t.startsWith('+') ? t : `+${t}`;
      },
    },
  ],
  [
    'foursquare',
    {
      fromUrl: (c) => {
        const [a, b, d] = c.segs;
        const al = a?.toLowerCase();
        if (al === 'v') {
          const id = [d, b].find((s) => s && /^[0-9a-f]{24}$/i.test(s));
          return id ? `v/${id}` : null;
        }
        if (al === 'venue' || al === 'user') return b ? `${al}/${b}` : null;
        return foursquareFirst(c);
      },
    },
  ],
  [
    'scoopit',
    {
      fromUrl: kinds({ t: 't', topic: 't', u: 'u' }),
      fromHandle: withDefault(
        () => platformOrThrow('scoopit'),
        (n) => `t/${n}`,
      ),
    },
  ],
  [
    'vine',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        if (a === 'u') return b ? `u/${b}` : null;
        return a === 'v' ? null : firstSegment(['popular-now', 'channels'])(c);
      },
    },
  ],
  [
    'flickr',
    {
      fromUrl: ({ segs: [a, b] }) => {
        const al = a?.toLowerCase();
        if ((al === 'photos' || al === 'people') && b && !['tags', 'search'].includes(b.toLowerCase()))
          return b;
        return al === 'groups' && b ? `groups/${b}` : null;
      },
      // NSIDs (12345678@N02) keep their capital N; path aliases are case-insensitive.
      canon: (h) => h.toLowerCase().replace(/^((?:groups\/)?\d+@)n(\d{2})$/, '$1N$2'),
      link: (h) =>
        h.startsWith('groups/')
          ? `https://www.flickr.com/${encodePath(h)}`
          : `https://www.flickr.com/photos/${encodePath(h)}`,
    },
  ],
  [
    'vimeo',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        const al = a?.toLowerCase();
        if ((al === 'channels' || al === 'groups') && b) return `${al}/${b}`;
        return vimeoFirst(c);
      },
    },
  ],
  [
    'dailymotion',
    {
      // Two-letter paths are language or country pages (dailymotion.com/fr).
      fromUrl: (c) => (/^[a-z]{2}$/i.test(c.segs[0] ?? '') ? null : dailymotionFirst(c)),
    },
  ],
  [
    'slideshare',
    {
      fromUrl: firstSegment(words('slideshow category featured popular mobile news pro w newsfeed upload')),
    },
  ],
  [
    'soundcloud',
    {
      fromUrl: firstSegment(
        words(
          'stream you charts pages imprint terms-of-use mobile pro people stations for-artists popular connect',
        ),
      ),
    },
  ],
  [
    'spotify',
    {
      subs: ['open', 'play'],
      fromUrl: (c) => {
        const segs = /^intl-/i.test(c.segs[0] ?? '') ? c.segs.slice(1) : c.segs;
        return spotifyKinds({ ...c, segs });
      },
    },
  ],
  [
    'weibo',
    {
      fromUrl: (c) => {
        const [a, b] = c.segs;
        const al = a?.toLowerCase();
        if ((al === 'u' || al === 'profile') && b && /^\d+$/.test(b)) return `u/${b}`;
        if (a && /^\d{5,15}$/.test(a)) return `u/${a}`;
        return weiboFirst(c);
      },
    },
  ],
  [
    'xing',
    {
      fromUrl: kinds({ profile: 'profile', pages: 'pages', companies: 'companies' }),
      fromHandle: withDefault(
        () => platformOrThrow('xing'),
        (n) => `pages/${n}`,
      ),
    },
  ],
  [
    'behance',
    {
      fromUrl: firstSegment(words('gallery galleries joblist hire live blog for_you onboarding')),
    },
  ],
  [
    'dribbble',
    {
      fromUrl: firstSegment(
        words('shots designers stories session pro resources learn hiring following colors'),
      ),
    },
  ],
  [
    'quora',
    {
      fromUrl: kinds({ profile: 'profile', q: 'q' }),
      fromHandle: withDefault(
        () => platformOrThrow('quora'),
        (n) => `profile/${n}`,
      ),
    },
  ],
  [
    'vk',
    {
      fromUrl: (c) => {
        const wall = /^wall(-?)(\d+)_\d+$/.exec(c.segs[0] ?? '');
        if (wall) return wall[1] ? `club${wall[2]}` : `id${wall[2]}`;
        return vkFirst(c);
      },
      // vk.com/public123 and vk.com/club123 are the same community.
      canon: (h) => h.toLowerCase().replace(/^public(\d+)$/, 'club$1'),
    },
  ],
  [
    'substack',
    {
      subs: 'own',
      fromUrl: (c) => {
        if (c.sub && c.sub !== 'www') return c.sub.includes('.') || SUBSTACK_SUBS.has(c.sub) ? null : c.sub;
        const [a] = c.segs;
        return a?.startsWith('@') ? a : null;
      },
      fromHandle: (t) => (t.includes('/') ? null : t),
      link: (h) => (h.startsWith('@') ? `https://substack.com/${h}` : `https://${h}.substack.com`),
    },
  ],
  [
    'posterous',
    {
      subs: 'own',
      fromUrl: ({ sub }) => (sub && sub !== 'www' && !sub.includes('.') ? sub : null),
    },
  ],
  ['yelp', { fromUrl: ({ segs: [a, b] }) => (a === 'biz' && b ? `biz/${b}` : null) }],
]);

const xFirst = firstSegment(
  words(
    'compose communities lists topics who_to_follow following followers rules twitter x tweet widgets widgets.js',
  ),
);
const igFirst = firstSegment(
  words('p reel reels tv direct web challenge emails graphql session ar lite invites nametag create qr _n'),
);
const linkedinKinds = kinds({
  in: 'in',
  company: 'company',
  'company-beta': 'company',
  showcase: 'showcase',
  school: 'school',
  groups: 'groups',
});
const viadeoKinds = kinds({ profile: 'profile', company: 'company' });
const spotifyKinds = kinds({ artist: 'artist', show: 'show', user: 'user' });
const TUMBLR_SUBS = new Set(words('api assets media static secure embed help status px platform'));
const tumblrFirst = firstSegment(words('dashboard tagged likes following inbox new docs buttons logo blog'));
const WP_SUBS = new Set(
  words('wordpress public-api developer subscribe dashboard jetpack apps make support learn themes stats'),
);
const mediumFirst = firstSegment(
  words('m me p topic topics plans membership creators jobs-at-medium new-story subscribe'),
);
const githubFirst = firstSegment(
  words(
    'orgs sponsors marketplace topics collections enterprise organizations new site customer-stories readme team events codespaces issues pulls stars gist copilot',
  ),
);
const telegramFirst = firstSegment(
  words('iv addstickers addemoji addtheme proxy socks setlanguage confirmphone bg invoice c contact'),
);
const foursquareFirst = firstSegment(words('v venue user cities city-guide products pages'));
const vimeoFirst = (c: Ctx) => (/^\d+$/.test(c.segs[0] ?? '') ? null : vimeoReserved(c));
const vimeoReserved = firstSegment(
  words(
    'blog upload categories ondemand stock enterprise solutions create live manage showcase album video videos staffpicks log_in',
  ),
);
const dailymotionFirst = firstSegment(words('video playlist library following player partner live channel'));
const weiboFirst = firstSegment(words('p hot u profile n'));
const vkFirst = firstSegment(words('feed im wall video audio photo friends groups away.php'));
const SUBSTACK_SUBS = new Set(words('on open cdn api support substackcdn'));

const DEFAULT_RULE: Rule = { fromUrl: firstSegment() };

function ruleOf(p: Platform): Rule {
  return RULES.get(p.id) ?? DEFAULT_RULE;
}

/** International phone digits for wa.me: `+33 6 12 34 56 78` and `0033…` → `33612345678`. */
function phone(text: string): string | null {
  if (!/^[+\d\s().-]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '').replace(/^00/, '');
  return digits || null;
}

function asciiHost(host: string): string {
  try {
    return new URL(`https://${host}`).hostname;
  } catch {
    return host.toLowerCase();
  }
}
