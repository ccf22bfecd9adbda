// The messages a closure publishes (steps f and g): the redirect left on an abandoned account, the
// community poll, the new bio and the posts of a progressive redirect. Built-in texts in French and
// English, the platforms' character limits, and the rendering that fits a text into them. Pure.
//
// Template syntax: `{placeholder}` is filled from the values; `[[ … ]]` marks an optional part, which
// is left out when one of its values is empty, or when the text is too long for the platform (the
// last optional part goes first). Values are filled after the syntax is read, so a name holding `[[`
// or `{…}` is published as written.
import { getPlatform } from '../registry/urls/platforms';
import type { MessageLanguage, Template, TemplateInput, TemplateKind } from './model';

// ---------------------------------------------------------------------------------------------------
// Platform limits

export interface PlatformLimits {
  /** Longest post (caption, status, community post), as the platform counts it. */
  post: number;
  /** Longest profile bio (description, about, intro). */
  bio: number;
  /** When set, every URL counts as this many characters whatever its length (link shortener). */
  urlLength?: number;
}

/** Limits per platform id; `*` is the default for platforms not listed (kept modest on purpose). */
export const PLATFORM_LIMITS: Record<string, PlatformLimits> = {
  x: { post: 280, bio: 160, urlLength: 23 },
  // Bluesky counts graphemes; links are counted as written (clients may shorten them, we do not rely on it).
  bluesky: { post: 300, bio: 256 },
  // Mastodon's default; an instance may allow more. Every URL counts 23 in a status.
  mastodon: { post: 500, bio: 500, urlLength: 23 },
  threads: { post: 500, bio: 150 },
  instagram: { post: 2200, bio: 150 },
  // Pages' "intro" in the current Pages experience is 101 characters (the former "about" allowed 255):
  // the smaller figure, so that the bio fits either.
  facebook: { post: 63206, bio: 101 },
  // Company page "about" (overview).
  linkedin: { post: 3000, bio: 2000 },
  // Community posts: the limit is not documented clearly (uncertain); the channel description is 1000.
  youtube: { post: 5000, bio: 1000 },
  // Captions were raised to 4000 in 2024 for some accounts (uncertain): 2200 fits everywhere.
  tiktok: { post: 2200, bio: 80 },
  // Pin description / profile "about".
  pinterest: { post: 500, bio: 500 },
  // Text post body / profile "about".
  reddit: { post: 40000, bio: 200 },
  // Channel message / channel description.
  telegram: { post: 4096, bio: 255 },
  // Business Profile update / business description.
  'google-business': { post: 1500, bio: 750 },
  '*': { post: 500, bio: 160 },
};

export function limitsFor(platform: string): PlatformLimits {
  return PLATFORM_LIMITS[platform] ?? PLATFORM_LIMITS['*']!;
}

/** The limit a message of this kind must fit on this platform: the bio's for a bio, else a post's. */
export function limitFor(kind: TemplateKind, platform: string): number {
  const l = limitsFor(platform);
  return kind === 'bio' ? l.bio : l.post;
}

// ---------------------------------------------------------------------------------------------------
// Counting as the platforms count

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"«»]+/giu;
/** Punctuation that ends a sentence after a link is not part of it (as the platforms autolink). */
const URL_TRAILING = /[.,;:!?'’")\]}…]+$/u;

interface Span {
  start: number;
  end: number;
}

/** Where the URLs are in a text (UTF-16 offsets), trailing punctuation left out. */
export function urlSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const url = m[0].replace(URL_TRAILING, '');
    if (url.length > 0 && !/^www\.?$/i.test(url)) spans.push({ start: m.index, end: m.index + url.length });
  }
  return spans;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** X weighs each code point: 1 in these ranges (Latin, punctuation…), 2 elsewhere (CJK, emoji). */
const X_LIGHT: [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];

function xWeight(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // An emoji sequence counts 2 on X as a whole; counting 2 per code point errs on the safe side.
    n += X_LIGHT.some(([lo, hi]) => cp >= lo && cp <= hi) ? 1 : 2;
  }
  return n;
}

function countPlain(text: string, platform: string): number {
  if (platform === 'x') return xWeight(text);
  if (platform === 'bluesky') return [...graphemes.segment(text)].length;
  return [...text].length;
}

/**
 * The length of a text as the platform counts it: code points in general, graphemes on Bluesky,
 * weighted code points on X; where the platform shortens links (X, Mastodon), each URL counts its
 * fixed length.
 */
export function messageLength(text: string, platform: string): number {
  const t = platform === 'x' ? text.normalize('NFC') : text;
  const urlLength = limitsFor(platform).urlLength;
  let n = 0;
  let at = 0;
  for (const s of urlSpans(t)) {
    n += countPlain(t.slice(at, s.start), platform);
    n += urlLength ?? countPlain(t.slice(s.start, s.end), platform);
    at = s.end;
  }
  return n + countPlain(t.slice(at), platform);
}

// ---------------------------------------------------------------------------------------------------
// Placeholders

/** Every placeholder a template may use. */
export const PLACEHOLDERS = [
  'organisation',
  'name',
  'target_name',
  'target_platform',
  'target_url',
  'n',
  'count',
  'weeks',
  'date',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const COMMON: readonly Placeholder[] = [
  'organisation',
  'name',
  'target_name',
  'target_platform',
  'target_url',
  'date',
];

/**
 * The placeholders the action plan fills for each kind. `{date}` is the day the account closes, except
 * in the poll, where it is the day the poll ends; `{weeks}` is the length of the progressive redirect.
 */
export const TEMPLATE_PLACEHOLDERS: Record<TemplateKind, readonly Placeholder[]> = {
  redirect: COMMON,
  bio: COMMON,
  poll: [...COMMON, 'weeks'],
  redirect_post: [...COMMON, 'n', 'count', 'weeks'],
};

/** Kinds whose text must say where the audience goes. */
const NEEDS_URL: readonly TemplateKind[] = ['redirect', 'bio', 'redirect_post'];

const PLACEHOLDER_RE = /\{(\w+)\}/g;

export type MessageValues = Partial<Record<Placeholder, string | number>>;

// ---------------------------------------------------------------------------------------------------
// Built-in texts

const ALL = ['*'];
/** Where a post is short (X counts links 23, Bluesky counts them whole). */
const SHORT_POST = ['x', 'bluesky'];
/** Bios of 101–160 characters. */
const SHORT_BIO = ['x', 'instagram', 'threads', 'facebook'];

const BUILT_IN: [TemplateKind, MessageLanguage, string[], string][] = [
  [
    'redirect',
    'fr',
    ALL,
    'Ce compte n’est plus animé. {organisation} vous donne désormais rendez-vous sur {target_platform}[[ ({target_name})]] : {target_url}[[ Ce compte sera fermé le {date}.]][[ Merci de votre fidélité !]]',
  ],
  [
    'redirect',
    'en',
    ALL,
    'This account is no longer active. For all the latest from {organisation}, join us on {target_platform}[[ ({target_name})]]: {target_url}[[ This account will be closed on {date}.]][[ Thank you for following us!]]',
  ],
  [
    'redirect',
    'fr',
    SHORT_POST,
    'Ce compte n’est plus animé. Retrouvez {organisation} sur {target_platform} : {target_url}[[ Fermeture du compte le {date}.]][[ Merci !]]',
  ],
  [
    'redirect',
    'en',
    SHORT_POST,
    'This account is no longer active. Follow {organisation} on {target_platform}: {target_url}[[ This account closes on {date}.]][[ Thank you!]]',
  ],
  [
    'bio',
    'fr',
    ALL,
    'Ce compte n’est plus animé. Retrouvez {organisation} sur {target_platform}[[ ({target_name})]] : {target_url}',
  ],
  [
    'bio',
    'en',
    ALL,
    'This account is no longer active. Follow {organisation} on {target_platform}[[ ({target_name})]]: {target_url}',
  ],
  ['bio', 'fr', SHORT_BIO, 'Compte inactif. Suivez {organisation} sur {target_platform} : {target_url}'],
  ['bio', 'en', SHORT_BIO, 'Inactive account. Follow {organisation} on {target_platform}: {target_url}'],
  ['bio', 'fr', ['tiktok'], '[[Compte inactif. ]]Suivez-nous sur {target_platform} : {target_url}'],
  ['bio', 'en', ['tiktok'], '[[Inactive account. ]]Follow us on {target_platform}: {target_url}'],
  [
    'poll',
    'fr',
    ALL,
    'Votre avis compte ! Nous regroupons nos comptes sur les réseaux sociaux : où préférez-vous désormais suivre {organisation} ? Ici ou sur {target_platform} ? Dites-le-nous en commentaire[[ d’ici le {date}]].[[ Notre compte {target_platform} : {target_url}]]',
  ],
  [
    'poll',
    'en',
    ALL,
    'Your opinion matters! We are bringing our social media accounts together: where would you rather follow {organisation}? Here or on {target_platform}? Tell us in the comments[[ by {date}]].[[ Our {target_platform} account: {target_url}]]',
  ],
  [
    'poll',
    'fr',
    SHORT_POST,
    'Votre avis compte ! Où préférez-vous suivre {organisation} : ici ou sur {target_platform} ? Répondez-nous[[ d’ici le {date}]] ![[ {target_url}]]',
  ],
  [
    'poll',
    'en',
    SHORT_POST,
    'Your opinion matters! Where would you rather follow {organisation}: here or on {target_platform}? Reply and let us know[[ by {date}]]![[ {target_url}]]',
  ],
  [
    'redirect_post',
    'fr',
    ALL,
    '({n}/{count}) Nous déménageons ! Ce compte sera bientôt fermé[[, le {date}]]. Pour continuer à suivre {organisation}, rejoignez-nous sur {target_platform}[[ ({target_name})]] : {target_url}[[ Merci et à très vite !]]',
  ],
  [
    'redirect_post',
    'en',
    ALL,
    '({n}/{count}) We’re moving! This account will close soon[[, on {date}]]. To keep following {organisation}, join us on {target_platform}[[ ({target_name})]]: {target_url}[[ Thank you, and see you there!]]',
  ],
  [
    'redirect_post',
    'fr',
    SHORT_POST,
    '({n}/{count}) Nous déménageons ! Suivez {organisation} sur {target_platform} : {target_url}[[ Ce compte fermera le {date}.]]',
  ],
  [
    'redirect_post',
    'en',
    SHORT_POST,
    '({n}/{count}) We’re moving! Follow {organisation} on {target_platform}: {target_url}[[ This account closes on {date}.]]',
  ],
];

export const BUILT_IN_TEMPLATES: Template[] = BUILT_IN.flatMap(([kind, language, platforms, body]) =>
  platforms.map((platform) => ({ kind, language, platform, body, builtIn: true })),
);

// ---------------------------------------------------------------------------------------------------
// Parsing

interface Segment {
  text: string;
  optional: boolean;
}

interface Parsed {
  segments: Segment[];
  problems: { code: string; params: Record<string, string | number> }[];
}

/**
 * Splits a body into required and optional parts. Unbalanced or nested brackets are reported and read
 * leniently (a stray `]]` is kept as text, an unclosed `[[` runs to the end), so that rendering never
 * fails on an organisation's text.
 */
function parse(body: string): Parsed {
  const segments: Segment[] = [];
  const problems: Parsed['problems'] = [];
  let buf = '';
  let open = -1;
  for (let i = 0; i < body.length; i++) {
    if (body.startsWith('[[', i)) {
      if (open >= 0) {
        problems.push({ code: 'audit.template.nested_optional', params: { position: i + 1 } });
      } else {
        if (buf) segments.push({ text: buf, optional: false });
        buf = '';
        open = i;
      }
      i++;
    } else if (body.startsWith(']]', i)) {
      if (open < 0) {
        problems.push({ code: 'audit.template.unbalanced_close', params: { position: i + 1 } });
        buf += ']]';
      } else {
        if (buf) segments.push({ text: buf, optional: true });
        buf = '';
        open = -1;
      }
      i++;
    } else {
      buf += body.charAt(i);
    }
  }
  if (open >= 0) problems.push({ code: 'audit.template.unbalanced_open', params: { position: open + 1 } });
  if (buf) segments.push({ text: buf, optional: open >= 0 });
  return { segments, problems };
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1]!);
}

function valueText(values: MessageValues, key: string): string {
  // Own keys only: `{constructor}` must not reach Object.prototype.
  const v = Object.hasOwn(values, key) ? values[key as Placeholder] : undefined;
  return v === undefined || v === null ? '' : String(v);
}

function fillSegment(text: string, values: MessageValues): string {
  return text.replace(PLACEHOLDER_RE, (_, k: string) => valueText(values, k));
}

/** Spaces left by empty values or removed parts: one space at most, none at the ends of lines. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------------
// Rendering

/**
 * The template to use: the organisation's for this platform, else its `*` one, else the built-in for
 * this platform, else the built-in `*`. Templates passed with `builtIn: true` count as built-ins.
 */
export function pickTemplate(
  kind: TemplateKind,
  language: MessageLanguage,
  platform: string,
  templates: readonly Template[],
): Template {
  const own = templates.filter((t) => !t.builtIn);
  const builtIns = [...templates.filter((t) => t.builtIn), ...BUILT_IN_TEMPLATES];
  const find = (list: readonly Template[], p: string) =>
    list.find((t) => t.kind === kind && t.language === language && t.platform === p);
  const found = find(own, platform) ?? find(own, '*') ?? find(builtIns, platform) ?? find(builtIns, '*');
  // Unreachable while BUILT_IN_TEMPLATES holds a `*` text for every kind and language (tested).
  if (!found) throw new Error(`no template for ${kind}/${language}`);
  return found;
}

export interface RenderedMessage {
  text: string;
  /** As the platform counts it (see messageLength). */
  length: number;
  limit: number;
  /** Whether optional parts were left out, or the text cut, to fit the limit. */
  shortened: boolean;
}

export function renderMessage(
  kind: TemplateKind,
  language: MessageLanguage,
  platform: string,
  values: MessageValues,
  templates: readonly Template[],
): RenderedMessage {
  const template = pickTemplate(kind, language, platform, templates);
  const limit = limitFor(kind, platform);
  const fits = (t: string) => messageLength(t, platform) <= limit;

  // An optional part that names an empty value has nothing to say: it goes before anything is measured.
  const parts = parse(template.body).segments.filter(
    (s) => !s.optional || placeholdersOf(s.text).every((k) => valueText(values, k).trim() !== ''),
  );
  const filled = parts.map((s) => ({ optional: s.optional, text: fillSegment(s.text, values) }));

  let text = tidy(filled.map((s) => s.text).join(''));
  let shortened = false;
  while (!fits(text)) {
    const last = filled.findLastIndex((s) => s.optional);
    if (last < 0) break;
    filled.splice(last, 1);
    text = tidy(filled.map((s) => s.text).join(''));
    shortened = true;
  }
  if (!fits(text)) {
    text = truncate(text, platform, limit);
    shortened = true;
  }
  return { text, length: messageLength(text, platform), limit, shortened };
}

type Token = { url: false; units: string[] } | { url: true; text: string };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const plain = (s: string) => {
    if (s) out.push({ url: false, units: [...graphemes.segment(s)].map((g) => g.segment) });
  };
  let at = 0;
  for (const s of urlSpans(text)) {
    plain(text.slice(at, s.start));
    out.push({ url: true, text: text.slice(s.start, s.end) });
    at = s.end;
  }
  plain(text.slice(at));
  return out;
}

/**
 * The text cut after `keep` units (graphemes) of its prose, with `…`: URLs before the cut stay where
 * they are, those after it are appended whole; with no prose left, the URLs alone.
 */
function cutAt(toks: Token[], keep: number, words: boolean): string {
  let out = '';
  let left = keep;
  const after: string[] = [];
  let cut = false;
  for (const t of toks) {
    if (t.url) {
      if (cut) after.push(t.text);
      else out += t.text;
    } else if (cut) {
      // prose after the cut is dropped
    } else if (t.units.length <= left) {
      out += t.units.join('');
      left -= t.units.length;
    } else {
      out += t.units.slice(0, left).join('');
      cut = true;
    }
  }
  if (!cut) return out;
  // Whole words, without the punctuation that led to what was cut ("…sur LinkedIn :" → "…sur LinkedIn…").
  const head = (words ? wordBoundary(out) : out).replace(/[\s,;:–—-]+$/u, '');
  // A cut right after a sentence needs no ellipsis.
  const prose = !head.trim() ? '' : /[.!?…]$/u.test(head) ? head : `${head}…`;
  return [prose, ...after].filter(Boolean).join(' ');
}

/** Backs up to the last space when the cut falls inside a word, unless that loses too much. */
function wordBoundary(s: string): string {
  if (/[\s.!?…]$/u.test(s)) return s;
  const space = s.search(/\s\S*$/u);
  // A lone broken word ("Suiv…") says nothing: better the URL alone.
  if (space < 0) return '';
  return space > s.length * 0.6 ? s.slice(0, space) : s;
}

/**
 * Cuts the prose to fit, never a URL. URLs that cannot fit even with no prose at all are left out,
 * the last first: a message never exceeds the limit.
 */
function truncate(text: string, platform: string, limit: number): string {
  let toks = tokens(text);
  for (;;) {
    const prose = toks.reduce((n, t) => n + (t.url ? 0 : t.units.length), 0);
    const fits = (keep: number) => messageLength(cutAt(toks, keep, false), platform) <= limit;
    if (fits(0)) {
      // The length grows with what is kept: the longest prefix that fits, by bisection; then back to
      // a whole word, which only makes it shorter.
      let lo = 0;
      let hi = prose;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(mid)) lo = mid;
        else hi = mid - 1;
      }
      const words = cutAt(toks, lo, true);
      return messageLength(words, platform) <= limit ? words : cutAt(toks, lo, false);
    }
    const lastUrl = toks.findLastIndex((t) => t.url);
    if (lastUrl < 0) return '';
    toks = toks.filter((_, i) => i !== lastUrl);
    // What led to the dropped URL ("… sur LinkedIn :") goes with it.
    const before = toks[lastUrl - 1];
    if (before && !before.url && lastUrl - 1 === toks.length - 1) {
      const text = before.units.join('').replace(/[\s,;:–—-]+$/u, '');
      toks[lastUrl - 1] = { url: false, units: [...graphemes.segment(text)].map((g) => g.segment) };
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Checking an organisation's template

export interface TemplateProblem {
  code: string;
  params: Record<string, string | number>;
}

/** Every code templateProblems may return (each has a text in plan-messages.ts). */
export const TEMPLATE_PROBLEM_CODES = [
  'audit.template.unbalanced_open',
  'audit.template.unbalanced_close',
  'audit.template.nested_optional',
  'audit.template.unknown_placeholder',
  'audit.template.placeholder_not_for_kind',
  'audit.template.missing_target_url',
  'audit.template.target_url_optional',
  'audit.template.too_long',
  'audit.template.unknown_platform',
] as const;

export function templateProblems(input: TemplateInput): TemplateProblem[] {
  const { segments, problems } = parse(input.body);
  const out: TemplateProblem[] = [...problems];

  if (input.platform !== '*' && !getPlatform(input.platform))
    out.push({ code: 'audit.template.unknown_platform', params: { platform: input.platform } });

  const allowed = TEMPLATE_PLACEHOLDERS[input.kind];
  const seen = new Set<string>();
  for (const p of placeholdersOf(input.body)) {
    if (seen.has(p)) continue;
    seen.add(p);
    if (!(PLACEHOLDERS as readonly string[]).includes(p))
      out.push({
        code: 'audit.template.unknown_placeholder',
        params: { placeholder: `{${p}}`, known: PLACEHOLDERS.map((k) => `{${k}}`).join(', ') },
      });
    else if (!(allowed as readonly string[]).includes(p))
      out.push({
        code: 'audit.template.placeholder_not_for_kind',
        params: { placeholder: `{${p}}`, kind: input.kind },
      });
  }

  if (NEEDS_URL.includes(input.kind)) {
    const inRequired = segments.some((s) => !s.optional && placeholdersOf(s.text).includes('target_url'));
    const params = { kind: input.kind, placeholder: '{target_url}' };
    if (!seen.has('target_url')) out.push({ code: 'audit.template.missing_target_url', params });
    else if (!inRequired) out.push({ code: 'audit.template.target_url_optional', params });
  }

  // What is always published: the required parts, with every value empty.
  const minimal = tidy(
    segments
      .filter((s) => !s.optional)
      .map((s) => fillSegment(s.text, {}))
      .join(''),
  );
  const limit = limitFor(input.kind, input.platform);
  const length = messageLength(minimal, input.platform);
  if (length > limit)
    out.push({ code: 'audit.template.too_long', params: { length, limit, platform: input.platform } });
  return out;
}
