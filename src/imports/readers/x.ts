// The X (Twitter) archive, as "Download an archive of your data" ships it since 2019:
//
//   data/manifest.js   window.__THAR_CONFIG = { userInfo: {accountId, userName, displayName},
//                      archiveInfo: {generationDate, …}, dataTypes: { tweets: { files: [
//                      { fileName: "data/tweets.js", globalName: "YTD.tweets.part0", count: "1234" } ] }, … } }
//   data/account.js    window.YTD.account.part0 = [ { "account": { accountId, username, accountDisplayName, createdAt } } ]
//   data/profile.js    window.YTD.profile.part0 = [ { "profile": { "description": { bio, website, location },
//                      avatarMediaUrl, headerMediaUrl } } ]
//   data/follower.js   window.YTD.follower.part0 = [ { "follower": { accountId, userLink } }, … ]
//   data/tweets.js     window.YTD.tweets.part0 = [ { "tweet": { id_str, created_at, full_text, … } }, … ]
//                      (`tweet.js` in 2019-2020 archives, whose items may be the tweet itself;
//                      `tweets-part1.js`, `tweets-part2.js`… when the archive is large)
//   data/tweets_media/<tweet id>-<media file name>
//
// Decisions:
// - The `.js` files are JSON behind an assignment: the prefix up to the first `[` (or `{`) is checked
//   to be a plain assignment and skipped; nothing is ever evaluated. Records are streamed one by one.
// - The manifest, when there is one, says which files hold the tweets; a file it lists that the
//   archive lacks is an error (a partial download), not a silent gap.
// - Counts come as strings ("12") and become numbers; ids stay strings (they exceed 2^53).
// - Kind: a text starting `RT @user:` is a share (of that user); a reply (in_reply_to_…) a reply;
//   a link to a status (or a `quoted_status_permalink`) a quote; anything else an original.
// - Interactions: the share, the reply or the quote with its account, then each mention not
//   already counted (the replied-to account, the retweeted one); never the archive's own account.
//   A retweet's mentions belong to the retweeted text and are not counted as ours.
// - `full_text` keeps the archive's text, with the HTML escapes X writes (`&amp;`, `&lt;`, `&gt;`)
//   undone. Media refer to the file in `tweets_media/` when the archive has it, else to the URL.
// - Fields not known here are counted per dotted path and reported at the end, never fatal.
import type {
  ExportAccount,
  ExportInteraction,
  ExportPost,
  ExportReader,
  ExportRecord,
  ExportSource,
  InteractionKind,
  MediaRef,
  PostKind,
  ReadContext,
} from '../model';
import { importsInvalid, JsonItems, readJson } from '../source';
import { baseName, dirName, findEntry, isObject, peekText, UnknownFields } from './support';

const TWEETS_FILE = /^tweets?(?:-part(\d+))?\.js$/;
const FOLLOWER_FILE = /^follower(?:-part(\d+))?\.js$/;
const SMALL = 16 * 1024 ** 2;

export const xReader: ExportReader = {
  platform: 'x',
  detect: detectX,
  read: readX,
};

// ---------------------------------------------------------------------------------------------------
// Layout

interface Layout {
  /** Folder of the data files (`data/`, `twitter-2021/data/`, or `` for a lone file). */
  dir: string;
  /** What `fileName`s in the manifest are relative to. */
  root: string;
  manifest?: string;
}

function layoutOf(entries: readonly string[]): Layout | null {
  const manifest = findEntry(entries, 'data/manifest.js');
  if (manifest) {
    const dir = dirName(manifest);
    return { dir, root: dir.slice(0, -'data/'.length), manifest };
  }
  let best: string | undefined;
  for (const e of entries) {
    const b = baseName(e);
    if (!TWEETS_FILE.test(b) && b !== 'account.js') continue;
    if (best === undefined || e.length < best.length) best = e;
  }
  if (best === undefined) return null;
  const dir = dirName(best);
  return { dir, root: dir.endsWith('data/') ? dir.slice(0, -'data/'.length) : dir };
}

async function detectX(source: ExportSource): Promise<number> {
  const entries = source.entries();
  const layout = layoutOf(entries);
  if (!layout) return 0;
  if (layout.manifest) {
    const head = await peekText(source, layout.manifest, 256);
    return /^\s*window\.__THAR_CONFIG\s*=/.test(head) ? 1 : 0.6;
  }
  const probe =
    entries.find((e) => dirName(e) === layout.dir && TWEETS_FILE.test(baseName(e))) ??
    `${layout.dir}account.js`;
  const head = await peekText(source, probe, 256);
  if (/^\s*window\.YTD\.\w+\.part\d+\s*=/.test(head)) return layout.dir.endsWith('data/') ? 0.95 : 0.9;
  return 0.1;
}

/** Part files in order: `tweets.js` (or `tweet.js`), then `-part1`, `-part2`… */
function partsOf(entries: readonly string[], dir: string, pattern: RegExp): string[] {
  const found: [number, string][] = [];
  for (const e of entries) {
    if (dirName(e) !== dir) continue;
    const m = pattern.exec(baseName(e));
    if (m) found.push([m[1] === undefined ? 0 : Number(m[1]), e]);
  }
  return found.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)).map((f) => f[1]);
}

interface ManifestFile {
  fileName?: unknown;
  count?: unknown;
}

/** The files the manifest lists for a data type; null when it does not speak of that type. */
function manifestFiles(
  source: ExportSource,
  layout: Layout,
  manifest: Manifest | null,
  types: string[],
): string[] | null {
  const dataTypes = manifest?.dataTypes;
  if (!dataTypes || typeof dataTypes !== 'object') return null;
  let listed: ManifestFile[] | null = null;
  for (const t of types) {
    const files = (dataTypes as Record<string, { files?: unknown }>)[t]?.files;
    if (Array.isArray(files)) {
      listed = files as ManifestFile[];
      break;
    }
  }
  if (!listed) return null;
  const entries = new Set(source.entries());
  const out: string[] = [];
  for (const f of listed) {
    if (typeof f?.fileName !== 'string') continue;
    const entry = `${layout.root}${f.fileName}`;
    if (entries.has(entry)) out.push(entry);
    // A partial archive (X's own flag) may lack files; a full one may not.
    else if (String(f.count ?? '') !== '0' && manifest?.archiveInfo?.isPartialArchive !== true)
      throw importsInvalid('imports.x.missing_part', source.name, {}, { entry });
  }
  return out;
}

interface Manifest {
  userInfo?: { accountId?: unknown; userName?: unknown; displayName?: unknown };
  archiveInfo?: { generationDate?: unknown; isPartialArchive?: unknown };
  dataTypes?: unknown;
}

// ---------------------------------------------------------------------------------------------------
// Reading

async function* readX(source: ExportSource, ctx?: ReadContext): AsyncGenerator<ExportRecord> {
  const entries = source.entries();
  const layout = layoutOf(entries) ?? { dir: 'data/', root: '' };
  const unknown = new UnknownFields();

  // The account first: manifest, account.js, the followers counted.
  const manifest = layout.manifest
    ? ((await readJson(source, layout.manifest, { assignment: true, maxBytes: SMALL })) as Manifest)
    : null;
  const account: ExportAccount = { platform: 'x' };
  const info = manifest?.userInfo;
  if (info) {
    setString(account, 'externalId', info.accountId);
    setString(account, 'handle', info.userName);
    setString(account, 'name', info.displayName);
  }
  const accountFile =
    manifestFiles(source, layout, manifest, ['account'])?.[0] ?? findIn(entries, layout.dir, 'account.js');
  if (accountFile) {
    const items = new JsonItems(source, accountFile, { assignment: true, maxBytes: SMALL });
    for await (const item of items) {
      const a = (isObject(item) && isObject(item.account) ? item.account : item) as Record<string, unknown>;
      if (!isObject(a)) continue;
      setString(account, 'externalId', a.accountId);
      setString(account, 'handle', a.username);
      setString(account, 'name', a.accountDisplayName);
      if (typeof a.createdAt === 'string' && /^\d{4}-\d{2}-\d{2}/.test(a.createdAt))
        account.createdOn = a.createdAt.slice(0, 10);
      unknown.keys(accountFile, 'account', a, ACCOUNT_KEYS);
      break;
    }
  }
  // The bio lives in profile.js (account.js has none). Its `website` is a t.co link in archives: it
  // names no destination, so only the description's text is kept.
  const profileFile =
    manifestFiles(source, layout, manifest, ['profile'])?.[0] ?? findIn(entries, layout.dir, 'profile.js');
  if (profileFile) {
    const items = new JsonItems(source, profileFile, { assignment: true, maxBytes: SMALL });
    for await (const item of items) {
      const p = (isObject(item) && isObject(item.profile) ? item.profile : item) as Record<string, unknown>;
      if (!isObject(p)) continue;
      const description = isObject(p.description) ? p.description : undefined;
      const bio = typeof description?.bio === 'string' ? description.bio.trim() : '';
      if (bio) account.bio = bio.includes('&') ? unescapeHtml(bio) : bio;
      unknown.keys(profileFile, 'profile', p, PROFILE_KEYS);
      if (description) unknown.keys(profileFile, 'profile.description', description, DESCRIPTION_KEYS);
      break;
    }
  }
  if (account.handle) account.url = `https://x.com/${account.handle}`;
  const followerFiles =
    manifestFiles(source, layout, manifest, ['follower']) ?? partsOf(entries, layout.dir, FOLLOWER_FILE);
  if (followerFiles.length) {
    let audience = 0;
    for (const f of followerFiles)
      audience += await new JsonItems(source, f, { assignment: true, parse: false, ctx }).count();
    account.audience = audience;
    const generated = manifest?.archiveInfo?.generationDate;
    if (typeof generated === 'string' && /^\d{4}-\d{2}-\d{2}/.test(generated))
      account.audienceOn = generated.slice(0, 10);
  }
  yield { type: 'account', account };

  // Then the tweets, file by file, record by record.
  const tweetFiles =
    manifestFiles(source, layout, manifest, ['tweets', 'tweet']) ?? partsOf(entries, layout.dir, TWEETS_FILE);
  const media = new MediaFiles(entries, `${layout.dir}tweets_media/`);
  const self = new Self(account);
  const out: ExportRecord[] = [];
  for (const file of tweetFiles) {
    const items = new JsonItems(source, file, { assignment: true, ctx });
    for await (const item of items) {
      if (!isObject(item)) throw items.invalid('imports.record.not_object', 'tweet');
      let t: Record<string, unknown>;
      if (isObject(item.tweet)) {
        t = item.tweet;
        for (const k in item) if (k !== 'tweet') unknown.note(file, k);
      } else t = item; // 2019 archives: the tweet itself
      tweetRecords(t, items, file, account, self, media, unknown, out);
      for (const r of out) yield r;
      out.length = 0;
    }
  }
  yield* unknown.records();
}

function findIn(entries: readonly string[], dir: string, name: string): string | undefined {
  const want = `${dir}${name}`;
  return entries.includes(want) ? want : undefined;
}

// ---------------------------------------------------------------------------------------------------
// One tweet

const ACCOUNT_KEYS = new Set([
  'accountId',
  'username',
  'accountDisplayName',
  'createdAt',
  'createdVia',
  'email',
  'phoneNumber',
  'timezone',
]);

const PROFILE_KEYS = new Set(['description', 'avatarMediaUrl', 'headerMediaUrl']);
const DESCRIPTION_KEYS = new Set(['bio', 'website', 'location']);

const TWEET_KEYS = new Set([
  'id_str',
  'id',
  'created_at',
  'full_text',
  'text',
  'lang',
  'favorite_count',
  'retweet_count',
  'reply_count',
  'quote_count',
  'favorited',
  'retweeted',
  'truncated',
  'possibly_sensitive',
  'source',
  'display_text_range',
  'entities',
  'extended_entities',
  'edit_info',
  'in_reply_to_status_id_str',
  'in_reply_to_status_id',
  'in_reply_to_user_id_str',
  'in_reply_to_user_id',
  'in_reply_to_screen_name',
  'quoted_status_permalink',
  'quoted_status_id_str',
  'quoted_status_id',
  'coordinates',
  'geo',
  'place',
  'contributors',
  'scopes',
  'self_thread',
  'withheld_copyright',
  'withheld_in_countries',
  'withheld_scope',
]);
const ENTITY_KEYS = new Set(['hashtags', 'symbols', 'user_mentions', 'urls', 'media', 'timestamps']);
const EDIT_KEYS = new Set(['initial', 'edit']);

/** The post and the interactions one tweet gives, pushed to `out`. */
function tweetRecords(
  t: Record<string, unknown>,
  items: JsonItems,
  file: string,
  account: ExportAccount,
  self: Self,
  mediaFiles: MediaFiles,
  unknown: UnknownFields,
  out: ExportRecord[],
): void {
  for (const k in t) {
    if (!TWEET_KEYS.has(k)) unknown.note(file, `tweet.${k}`);
  }
  const id = t.id_str ?? (typeof t.id === 'string' ? t.id : undefined);
  if (typeof id !== 'string' || !/^\d{1,25}$/.test(id)) {
    if (id === undefined) throw items.invalid('imports.record.missing', 'tweet.id_str');
    throw items.invalid('imports.record.invalid', 'tweet.id_str', id);
  }
  if (t.created_at === undefined) throw items.invalid('imports.record.missing', 'tweet.created_at');
  const at = typeof t.created_at === 'string' ? twitterDate(t.created_at) : null;
  if (!at) throw items.invalid('imports.record.invalid', 'tweet.created_at', t.created_at);
  const raw = typeof t.full_text === 'string' ? t.full_text : typeof t.text === 'string' ? t.text : '';
  const text = raw.includes('&') ? unescapeHtml(raw) : raw;

  const entities = isObject(t.entities) ? t.entities : undefined;
  if (entities) for (const k in entities) if (!ENTITY_KEYS.has(k)) unknown.note(file, `tweet.entities.${k}`);
  if (isObject(t.edit_info))
    for (const k in t.edit_info) if (!EDIT_KEYS.has(k)) unknown.note(file, `tweet.edit_info.${k}`);

  // Links, and the status a link quotes.
  const links: string[] = [];
  let quoted: { handle: string; id: string } | null = null;
  const urls = entities?.urls;
  if (Array.isArray(urls)) {
    for (const u of urls) {
      const href = isObject(u) ? (u.expanded_url ?? u.url) : undefined;
      if (typeof href !== 'string' || !href) continue;
      links.push(href);
      if (!quoted && href.includes('/status')) quoted = statusOf(href);
    }
  }
  if (isObject(t.quoted_status_permalink)) {
    const q = t.quoted_status_permalink.expanded ?? t.quoted_status_permalink.url;
    if (typeof q === 'string') quoted = statusOf(q) ?? quoted;
  }

  // Kind.
  let kind: PostKind = 'original';
  let sharedHandle: string | null = null;
  const replyTo =
    typeof t.in_reply_to_screen_name === 'string' && t.in_reply_to_screen_name
      ? t.in_reply_to_screen_name
      : null;
  const replyToId =
    typeof t.in_reply_to_user_id_str === 'string' && t.in_reply_to_user_id_str
      ? t.in_reply_to_user_id_str
      : null;
  if (text.startsWith('RT @')) {
    kind = 'share';
    sharedHandle = handleAt(text, 4);
  } else if (
    replyTo ||
    replyToId ||
    (typeof t.in_reply_to_status_id_str === 'string' && t.in_reply_to_status_id_str)
  ) {
    kind = 'reply';
  } else if (quoted) {
    kind = 'quote';
  }

  const post: ExportPost = {
    externalId: id,
    publishedAt: at,
    text,
    kind,
    url: account.handle ? `https://x.com/${account.handle}/status/${id}` : `https://x.com/i/web/status/${id}`,
    links,
    media: mediaOf(t, id, mediaFiles),
    counts: {},
  };
  const lang = t.lang;
  if (
    typeof lang === 'string' &&
    lang &&
    lang !== 'und' &&
    lang !== 'zxx' &&
    !(lang.length === 3 && lang[0] === 'q')
  )
    post.language = lang;
  const likes = count(t.favorite_count, 'tweet.favorite_count', items);
  if (likes !== undefined) post.counts.likes = likes;
  const shares = count(t.retweet_count, 'tweet.retweet_count', items);
  if (shares !== undefined) post.counts.shares = shares;
  const replies = count(t.reply_count, 'tweet.reply_count', items);
  if (replies !== undefined) post.counts.replies = replies;
  const quotes = count(t.quote_count, 'tweet.quote_count', items);
  if (quotes !== undefined) post.counts.quotes = quotes;
  out.push({ type: 'post', post });

  // Interactions.
  const mentions = entities?.user_mentions;
  let counted: string | null = null;
  if (kind === 'share') {
    if (sharedHandle) {
      const m = mentionNamed(mentions, sharedHandle);
      const r = interaction(self, id, at, 'share', sharedHandle, m?.id ?? null, m?.name ?? null);
      if (r) out.push(r);
    }
    return; // a retweet's mentions are the retweeted author's
  }
  if (kind === 'reply') {
    const m = replyTo ? mentionNamed(mentions, replyTo) : null;
    const r = interaction(self, id, at, 'reply', replyTo, replyToId ?? m?.id ?? null, m?.name ?? null);
    if (r) out.push(r);
    counted = replyTo?.toLowerCase() ?? null;
  } else if (kind === 'quote' && quoted) {
    const m = mentionNamed(mentions, quoted.handle);
    const r = interaction(self, id, at, 'quote', quoted.handle, m?.id ?? null, m?.name ?? null);
    if (r) out.push(r);
  }
  if (Array.isArray(mentions)) {
    let seen: Set<string> | null = null;
    for (const m of mentions) {
      if (!isObject(m) || typeof m.screen_name !== 'string' || !m.screen_name) continue;
      const key = m.screen_name.toLowerCase();
      if (key === counted) continue;
      if (mentions.length > 1) {
        seen ??= new Set();
        if (seen.has(key)) continue;
        seen.add(key);
      }
      const mid = typeof m.id_str === 'string' && m.id_str !== '-1' ? m.id_str : null;
      const name = typeof m.name === 'string' ? m.name : null;
      const r = interaction(self, id, at, 'mention', m.screen_name, mid, name);
      if (r) out.push(r);
    }
  }
}

function interaction(
  self: Self,
  postExternalId: string,
  at: string,
  kind: InteractionKind,
  handle: string | null,
  externalId: string | null,
  name: string | null,
): ExportRecord | null {
  if (self.is(handle, externalId)) return null;
  const other: ExportInteraction['other'] = { platform: 'x' };
  if (handle) other.handle = handle;
  if (externalId) other.externalId = externalId;
  if (name) other.name = name;
  return { type: 'interaction', interaction: { postExternalId, kind, at, other } };
}

/** The archive's own account, never an interaction with itself. */
class Self {
  private readonly handle: string | null;
  private readonly id: string | null;

  constructor(account: ExportAccount) {
    this.handle = account.handle?.toLowerCase() ?? null;
    this.id = account.externalId ?? null;
  }

  is(handle: string | null, id: string | null): boolean {
    return (
      (id !== null && id === this.id) ||
      (handle !== null && this.handle !== null && handle.toLowerCase() === this.handle)
    );
  }
}

function mentionNamed(mentions: unknown, handle: string): { id: string | null; name: string | null } | null {
  if (!Array.isArray(mentions)) return null;
  const want = handle.toLowerCase();
  for (const m of mentions) {
    if (isObject(m) && typeof m.screen_name === 'string' && m.screen_name.toLowerCase() === want) {
      return {
        id: typeof m.id_str === 'string' && m.id_str !== '-1' ? m.id_str : null,
        name: typeof m.name === 'string' ? m.name : null,
      };
    }
  }
  return null;
}

/** The handle written at `from` (after `RT @`): letters, digits and `_`. */
function handleAt(text: string, from: number): string | null {
  let end = from;
  while (end < text.length && end - from < 50) {
    const c = text.charCodeAt(end);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) break;
    end++;
  }
  return end > from ? text.slice(from, end) : null;
}

const STATUS_URL =
  /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,50})\/status(?:es)?\/(\d{1,25})/i;

function statusOf(url: string): { handle: string; id: string } | null {
  const m = STATUS_URL.exec(url);
  if (!m || m[1]!.toLowerCase() === 'i') return null;
  return { handle: m[1]!, id: m[2]! };
}

/** A count as the archive writes it ("12", sometimes 12); absent or empty → undefined. */
function count(v: unknown, field: string, items: JsonItems): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  if (!Number.isInteger(n) || n < 0) throw items.invalid('imports.record.invalid', field, v);
  return n;
}

const MONTHS: Record<string, number> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};

function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    v = v * 10 + d;
  }
  return v;
}

/**
 * `Wed Mar 03 10:20:30 +0000 2021` (X's format) → ISO UTC; ISO 8601 is accepted too. Null when
 * it is neither.
 */
export function twitterDate(s: string): string | null {
  if (s.length === 30 && s.charCodeAt(3) === 32 && s.charCodeAt(19) === 32 && s.charCodeAt(25) === 32) {
    const month = MONTHS[s.slice(4, 7)];
    const day = digits(s, 8, 2);
    const h = digits(s, 11, 2);
    const mi = digits(s, 14, 2);
    const sec = digits(s, 17, 2);
    const sign = s[20] === '-' ? -1 : s[20] === '+' ? 1 : 0;
    const oh = digits(s, 21, 2);
    const om = digits(s, 23, 2);
    const year = digits(s, 26, 4);
    if (month === undefined || !sign || Number.isNaN(day + h + mi + sec + oh + om + year)) return null;
    if (day < 1 || day > 31 || h > 23 || mi > 59 || sec > 59) return null;
    // 31 February is no date: refused rather than rolled over into March.
    if (day > 28 && new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return null;
    // Archives write UTC (+0000): the ISO form is the same digits, reordered.
    if (oh === 0 && om === 0) {
      const mm = month < 9 ? `0${month + 1}` : String(month + 1);
      return `${s.slice(26, 30)}-${mm}-${s.slice(8, 10)}T${s.slice(11, 19)}.000Z`;
    }
    const d = new Date(Date.UTC(year, month, day, h, mi, sec) - sign * (oh * 60 + om) * 60_000);
    return d.toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  return null;
}

function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );
}

// ---------------------------------------------------------------------------------------------------
// Media

/** The files in `tweets_media/`, by name, to point media at the copy inside the archive. */
class MediaFiles {
  private names: Set<string> | null = null;

  constructor(
    private readonly entries: readonly string[],
    readonly dir: string,
  ) {}

  has(name: string): boolean {
    if (!this.names) {
      this.names = new Set();
      for (const e of this.entries) if (e.startsWith(this.dir)) this.names.add(e.slice(this.dir.length));
    }
    return this.names.has(name);
  }
}

const MEDIA_TYPES: Record<string, MediaRef['type']> = { photo: 'image', video: 'video', animated_gif: 'gif' };

function mediaOf(t: Record<string, unknown>, id: string, files: MediaFiles): MediaRef[] {
  const ext = isObject(t.extended_entities) ? t.extended_entities.media : undefined;
  const list = Array.isArray(ext) ? ext : isObject(t.entities) ? t.entities.media : undefined;
  if (!Array.isArray(list) || list.length === 0) return [];
  const out: MediaRef[] = [];
  for (const m of list) {
    if (!isObject(m)) continue;
    const type = (typeof m.type === 'string' && MEDIA_TYPES[m.type]) || 'other';
    let url =
      typeof m.media_url_https === 'string'
        ? m.media_url_https
        : typeof m.media_url === 'string'
          ? m.media_url
          : '';
    if (type !== 'image') url = bestVariant(m.video_info) ?? url;
    if (!url) continue;
    const q = url.indexOf('?');
    const local = `${id}-${baseName(q < 0 ? url : url.slice(0, q))}`;
    out.push({ type, ref: files.has(local) ? `${files.dir}${local}` : url });
  }
  return out;
}

function bestVariant(info: unknown): string | null {
  if (!isObject(info) || !Array.isArray(info.variants)) return null;
  let best: string | null = null;
  let rate = -1;
  for (const v of info.variants) {
    if (!isObject(v) || typeof v.url !== 'string') continue;
    const b = Number(v.bitrate ?? 0);
    if (v.content_type === 'application/x-mpegURL') continue;
    if (b > rate) {
      rate = b;
      best = v.url;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

function setString<K extends 'externalId' | 'handle' | 'name'>(a: ExportAccount, k: K, v: unknown): void {
  if (typeof v === 'string' && v.trim()) a[k] = v.trim();
}
