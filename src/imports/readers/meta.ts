// Facebook and Instagram "Download your information" exports, JSON format. Meta writes both the same
// way; the layouts (newer first, older after) read here are:
//
// Facebook
//   your_facebook_activity/posts/your_posts_1.json (also your_posts__check_ins__photos_and_videos_1.json)
//   posts/your_posts_1.json
//     [ { timestamp, data: [ {post}, {update_timestamp} ], title, tags: [ {name} ],
//         attachments: [ { data: [ {media: {uri, creation_timestamp, title, description}},
//                                  {external_context: {url}}, {place}, … ] } ] } ]
//   …/profile_information/profile_information.json  { profile_v2: { name: {full_name}, username,
//                                                      profile_uri, registration_timestamp, … } }
//   comments_and_reactions/comments.json (comments/comments.json)
//     { comments_v2: [ { timestamp, data: [ {comment: {timestamp, comment, author}} ], title } ] }
//   …/followers/people_who_follow_you.json, followers.json (counted when present)
// Instagram
//   your_instagram_activity/content/posts_1.json (…/media/posts_1.json; older content/posts_1.json)
//     [ { media: [ {uri, creation_timestamp, title, media_metadata, cross_post_source} ],
//         title?, creation_timestamp? } ]        (a single photo: the caption is the media's title)
//   …/content/stories.json  { ig_stories: [ {uri, creation_timestamp, title, …} ] }
//   …/content/reels.json    { ig_reels_media: [ { media: [ … ] } ] }
//   …/comments/post_comments_1.json  [ { string_map_data: { Comment: {value},
//                                        "Media Owner": {value}, Time: {timestamp} } } ]
//   personal_information/personal_information/personal_information.json
//     { profile_user: [ { string_map_data: { Username: {value}, Name: {value}, … } } ] }
//   connections/followers_and_following/followers_1.json  [ {string_list_data: [ {href, value, timestamp} ]} ]
//     (older: { relationships_followers: [ … ] })
//
// Decisions:
// - Mojibake: Meta writes text as UTF-8 bytes escaped one by one (`"caf\u00c3\u00a9"`). Every text
//   read is repaired: a string whose characters are all below U+0100, with some above U+007F, and
//   whose Latin-1 bytes are valid UTF-8, is re-decoded as UTF-8 (`café`, `😀`); anything else is
//   kept as it is (already right, or not repairable).
// - Ids: these exports have none. A post's id is the first 32 hex digits of the SHA-256 of
//   `platform|kind|unix timestamp|repaired text|base name of the first media file`, so that
//   re-importing the same (or a later) export finds the same posts. The media's base name, not its
//   path: folder names change between exports, file names do not. An edited text makes a new id.
// - Timestamps are Unix seconds → ISO UTC. Meta gives no engagement counts in these files.
// - Kind: comments are replies; a Facebook post whose title says it shares another's post
//   ("X shared Y's post.", "X a partagé la publication de Y.") is a share of Y; else original.
//   Interactions: shares and comments with the named account (names only: Meta gives no ids),
//   Facebook tags and Instagram @mentions as mentions.
// - Fields not known here are counted per entry and dotted path and reported, never fatal.

import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
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
import { JsonItems, readJson } from '../source';
import { baseName, dirName, findEntry, isObject, peekText, UnknownFields } from './support';

const SMALL = 16 * 1024 ** 2;

// ---------------------------------------------------------------------------------------------------
// Text

/** Undoes Meta's escaping of UTF-8 bytes as `\u00XX` characters, when (and only when) that is what it is. */
export function repairMojibake(s: string): string {
  let high = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return s;
    if (c >= 0x80) high = true;
  }
  if (!high) return s;
  const bytes = Buffer.from(s, 'latin1');
  return isUtf8(bytes) ? bytes.toString('utf8') : s;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? repairMojibake(v) : undefined);

/** The stable id of a post these exports give no id to (see the decisions above). */
export function derivedId(
  platform: string,
  kind: string,
  timestamp: number,
  body: string,
  firstMedia?: string,
): string {
  const h = createHash('sha256');
  h.update(`${platform}|${kind}|${timestamp}|${body}|${firstMedia ? baseName(firstMedia) : ''}`);
  return h.digest('hex').slice(0, 32);
}

function isoOf(seconds: unknown): string | null {
  const n =
    typeof seconds === 'number'
      ? seconds
      : typeof seconds === 'string' && seconds
        ? Number(seconds)
        : Number.NaN;
  if (!Number.isFinite(n) || n <= 0 || n > 1e11) return null;
  return new Date(Math.round(n * 1000)).toISOString();
}

const MEDIA_EXT: Record<string, MediaRef['type']> = {
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  webp: 'image',
  heic: 'image',
  bmp: 'image',
  gif: 'gif',
  mp4: 'video',
  mov: 'video',
  m4v: 'video',
  webm: 'video',
  srt: 'other',
  m4a: 'audio',
  mp3: 'audio',
  aac: 'audio',
};

function mediaRef(uri: string): MediaRef {
  const dot = uri.lastIndexOf('.');
  const q = uri.indexOf('?', dot);
  const ext = dot < 0 ? '' : uri.slice(dot + 1, q < 0 ? undefined : q).toLowerCase();
  return { type: MEDIA_EXT[ext] ?? 'other', ref: uri };
}

/** `@handle`s in a caption, in order, without repeats (Instagram names: letters, digits, `.` and `_`). */
export function mentionsIn(caption: string): string[] {
  const out: string[] = [];
  for (let at = caption.indexOf('@'); at >= 0; at = caption.indexOf('@', at + 1)) {
    const before = at > 0 ? caption.charCodeAt(at - 1) : 32;
    if (isHandleChar(before)) continue; // an e-mail address
    let end = at + 1;
    while (end < caption.length && end - at <= 30 && isHandleChar(caption.charCodeAt(end))) end++;
    while (end > at + 1 && caption.charCodeAt(end - 1) === 46) end--; // a full stop after the name
    if (end === at + 1) continue;
    const h = caption.slice(at + 1, end);
    if (!out.includes(h)) out.push(h);
  }
  return out;
}

function isHandleChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;
}

// ---------------------------------------------------------------------------------------------------
// Layouts

const FB_POSTS = /^your_posts(?:_[a-z_]*)?_(\d+)\.json$/;
const IG_POSTS = /^posts_(\d+)\.json$/;
const IG_FOLLOWERS = /^followers_(\d+)\.json$/;
const IG_POST_COMMENTS = /^post_comments(?:_(\d+))?\.json$/;

/** Entries matching `name` in a folder ending with one of `dirs` (or at the root of a lone file), numbered files in order. */
function numbered(entries: readonly string[], name: RegExp, dirs: string[]): string[] {
  const found: [number, string][] = [];
  for (const e of entries) {
    const m = name.exec(baseName(e));
    if (!m) continue;
    const dir = dirName(e);
    if (dir !== '' && !dirs.some((d) => dir === d || dir.endsWith(`/${d}`))) continue;
    found.push([Number(m[1] ?? 0), e]);
  }
  return found.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)).map((f) => f[1]);
}

interface FacebookLayout {
  profile?: string;
  posts: string[];
  comments?: string;
  followers: string[];
}

function facebookLayout(entries: readonly string[]): FacebookLayout {
  return {
    profile: findEntry(entries, 'profile_information/profile_information.json'),
    posts: numbered(entries, FB_POSTS, ['posts/']),
    comments:
      findEntry(entries, 'comments_and_reactions/comments.json') ??
      findEntry(entries, 'comments/comments.json'),
    followers: entries.filter((e) => {
      const b = baseName(e);
      return (
        /\/?followers\/$/.test(dirName(e)) &&
        (b.startsWith('people_who_follow') || /^followers(?:_\d+)?\.json$/.test(b))
      );
    }),
  };
}

interface InstagramLayout {
  profile?: string;
  posts: string[];
  stories?: string;
  reels?: string;
  comments: string[];
  followers: string[];
}

function instagramLayout(entries: readonly string[]): InstagramLayout {
  const content = (file: string) =>
    findEntry(entries, `content/${file}`) ?? findEntry(entries, `your_instagram_activity/media/${file}`);
  return {
    profile: findEntry(entries, 'personal_information/personal_information.json'),
    posts: numbered(entries, IG_POSTS, ['content/', 'your_instagram_activity/media/']),
    stories: content('stories.json'),
    reels: content('reels.json'),
    comments: [
      ...numbered(entries, IG_POST_COMMENTS, ['comments/']),
      ...numbered(entries, /^reels_comments\.json$/, ['comments/']),
    ],
    followers: numbered(entries, IG_FOLLOWERS, ['followers_and_following/']),
  };
}

// ---------------------------------------------------------------------------------------------------
// Detection

async function detectFacebook(source: ExportSource): Promise<number> {
  const entries = source.entries();
  if (entries.some((e) => e.startsWith('your_facebook_activity/') || e.includes('/your_facebook_activity/')))
    return 1;
  const l = facebookLayout(entries);
  if (l.profile) return (await peekText(source, l.profile, 512)).includes('"profile_v2"') ? 1 : 0.7;
  const first = l.posts[0];
  if (first) {
    const head = await peekText(source, first, 512);
    return /^\s*\[\s*(?:\]|\{\s*"(?:timestamp|attachments|data|title|tags)")/.test(head) ? 0.9 : 0.3;
  }
  if (l.comments) return (await peekText(source, l.comments, 256)).includes('"comments_v2"') ? 0.8 : 0.3;
  return 0;
}

async function detectInstagram(source: ExportSource): Promise<number> {
  const entries = source.entries();
  if (
    entries.some((e) => e.startsWith('your_instagram_activity/') || e.includes('/your_instagram_activity/'))
  )
    return 1;
  const l = instagramLayout(entries);
  if (l.profile) return (await peekText(source, l.profile, 512)).includes('"profile_user"') ? 1 : 0.6;
  const first = l.posts[0];
  if (first) {
    const head = await peekText(source, first, 512);
    return /^\s*\[\s*(?:\]|\{\s*"(?:media|title|creation_timestamp)")/.test(head) ? 0.9 : 0.3;
  }
  if (l.stories) return (await peekText(source, l.stories, 256)).includes('"ig_stories"') ? 0.8 : 0.3;
  if (l.followers.length) return 0.6;
  return 0;
}

// ---------------------------------------------------------------------------------------------------
// Facebook

export const facebookReader: ExportReader = {
  platform: 'facebook',
  detect: detectFacebook,
  read: readFacebook,
};

const FB_POST_KEYS = new Set(['timestamp', 'data', 'title', 'attachments', 'tags']);
const FB_DATA_KEYS = new Set(['post', 'update_timestamp', 'backdated_timestamp', 'text']);
const FB_ATTACHMENT_KEYS = new Set([
  'media',
  'external_context',
  'place',
  'event',
  'text',
  'name',
  'life_event',
  'for_sale_item',
  'fundraiser',
  'poll',
  'note',
]);
const FB_COMMENT_KEYS = new Set(['timestamp', 'data', 'title', 'attachments']);
const PROFILE_V2_KEYS = new Set([
  'name',
  'username',
  'profile_uri',
  'registration_timestamp',
  'emails',
  'birthday',
  'gender',
  'previous_names',
  'other_names',
  'current_city',
  'hometown',
  'relationship',
  'family_members',
  'education_experiences',
  'work_experiences',
  'languages',
  'interested_in',
  'blood_info',
  'websites',
  'phone_numbers',
  'pages',
  'groups',
  'intro_bio',
  'about_me',
  'places_lived',
  'address',
]);

async function* readFacebook(source: ExportSource, ctx?: ReadContext): AsyncGenerator<ExportRecord> {
  const layout = facebookLayout(source.entries());
  const unknown = new UnknownFields();
  const account: ExportAccount = { platform: 'facebook' };
  if (layout.profile) {
    const doc = await readJson(source, layout.profile, { maxBytes: SMALL });
    const p = isObject(doc) ? (doc.profile_v2 ?? doc.profile) : undefined;
    if (isObject(p)) {
      unknown.keys(layout.profile, 'profile_v2', p, PROFILE_V2_KEYS);
      const name = isObject(p.name) ? text(p.name.full_name) : text(p.name);
      if (name) account.name = name;
      const username = text(p.username);
      if (username) account.handle = username;
      const uri = text(p.profile_uri);
      if (uri && /^https?:\/\/([a-z0-9-]+\.)*facebook\.com\//i.test(uri)) account.url = uri;
      const registered = isoOf(p.registration_timestamp);
      if (registered) account.createdOn = registered.slice(0, 10);
    }
  }
  if (layout.followers.length) account.audience = await countAll(source, layout.followers);
  yield { type: 'account', account };
  const self = new Names(account);

  for (const file of layout.posts) {
    const items = new JsonItems(source, file, { ctx });
    for await (const item of items) {
      if (!isObject(item)) throw items.invalid('imports.record.not_object', 'post');
      yield* facebookPost(item, items, file, self, unknown);
    }
  }
  if (layout.comments) {
    const items = new JsonItems(source, layout.comments, { ctx });
    for await (const item of items) {
      if (items.key !== undefined && items.key !== 'comments_v2' && items.key !== 'comments') {
        unknown.note(layout.comments, items.key);
        continue;
      }
      if (!isObject(item)) throw items.invalid('imports.record.not_object', 'comments_v2');
      yield* facebookComment(item, items, layout.comments, self, unknown);
    }
  }
  yield* unknown.records();
}

function* facebookPost(
  p: Record<string, unknown>,
  items: JsonItems,
  file: string,
  self: Names,
  unknown: UnknownFields,
): Generator<ExportRecord> {
  unknown.keys(file, 'post', p, FB_POST_KEYS);
  let body: string | undefined;
  if (Array.isArray(p.data)) {
    for (const d of p.data) {
      if (!isObject(d)) continue;
      unknown.keys(file, 'post.data', d, FB_DATA_KEYS);
      body ??= text(d.post);
    }
  }
  const links: string[] = [];
  const media: MediaRef[] = [];
  let firstMedia: string | undefined;
  let caption: string | undefined;
  let mediaTime: string | null = null;
  if (Array.isArray(p.attachments)) {
    for (const a of p.attachments) {
      if (!isObject(a) || !Array.isArray(a.data)) continue;
      for (const d of a.data) {
        if (!isObject(d)) continue;
        unknown.keys(file, 'post.attachments.data', d, FB_ATTACHMENT_KEYS);
        if (isObject(d.media) && typeof d.media.uri === 'string') {
          media.push(mediaRef(d.media.uri));
          if (firstMedia === undefined) {
            firstMedia = d.media.uri;
            caption = text(d.media.description) || text(d.media.title) || undefined;
            mediaTime = isoOf(d.media.creation_timestamp);
          }
        }
        if (
          isObject(d.external_context) &&
          typeof d.external_context.url === 'string' &&
          d.external_context.url
        )
          links.push(d.external_context.url);
      }
    }
  }
  const seconds = typeof p.timestamp === 'number' ? p.timestamp : Number(p.timestamp);
  const at = isoOf(p.timestamp) ?? mediaTime;
  if (!at) {
    if (p.timestamp === undefined) throw items.invalid('imports.record.missing', 'timestamp');
    throw items.invalid('imports.record.invalid', 'timestamp', p.timestamp);
  }
  const content = body ?? caption ?? '';
  const title = text(p.title) ?? '';
  const shared = sharedFrom(title);
  const kind: PostKind = shared ? 'share' : 'original';
  const id = derivedId(
    'facebook',
    'post',
    Number.isFinite(seconds) ? seconds : Date.parse(at) / 1000,
    content,
    firstMedia,
  );
  const post: ExportPost = { externalId: id, publishedAt: at, text: content, kind, links, media, counts: {} };
  yield { type: 'post', post };
  if (shared?.name && !self.is(shared.name))
    yield interaction('facebook', id, at, 'share', { name: shared.name });
  if (Array.isArray(p.tags)) {
    for (const t of p.tags) {
      const name = isObject(t) ? text(t.name) : text(t);
      if (name && !self.is(name)) yield interaction('facebook', id, at, 'mention', { name });
    }
  }
}

function* facebookComment(
  c: Record<string, unknown>,
  items: JsonItems,
  file: string,
  self: Names,
  unknown: UnknownFields,
): Generator<ExportRecord> {
  unknown.keys(file, 'comments_v2', c, FB_COMMENT_KEYS);
  let body = '';
  let inner: Record<string, unknown> | undefined;
  if (Array.isArray(c.data)) {
    for (const d of c.data) {
      if (isObject(d) && isObject(d.comment)) {
        inner = d.comment;
        body = text(d.comment.comment) ?? '';
        break;
      }
    }
  }
  const stamp = c.timestamp ?? inner?.timestamp;
  const at = isoOf(stamp);
  if (!at) {
    if (stamp === undefined) throw items.invalid('imports.record.missing', 'timestamp');
    throw items.invalid('imports.record.invalid', 'timestamp', stamp);
  }
  const id = derivedId('facebook', 'comment', Number(stamp), body);
  const post: ExportPost = {
    externalId: id,
    publishedAt: at,
    text: body,
    kind: 'reply',
    links: [],
    media: [],
    counts: {},
  };
  yield { type: 'post', post };
  const other = repliedTo(text(c.title) ?? '');
  if (other && !self.is(other)) yield interaction('facebook', id, at, 'reply', { name: other });
}

/** Whose post a Facebook title says is shared: `X shared Y's post.`, `X a partagé la publication de Y.` */
export function sharedFrom(title: string): { name?: string } | null {
  if (!title || title.length > 500) return null;
  const en = title.indexOf(' shared ');
  if (en >= 0) {
    const rest = title.slice(en + 8);
    for (const what of [
      "'s post",
      "'s video",
      "'s photo",
      "'s reel",
      "'s live video",
      '’s post',
      '’s video',
      '’s photo',
    ]) {
      const k = rest.lastIndexOf(what);
      if (k > 0) return { name: rest.slice(0, k).trim() };
    }
    if (rest.startsWith('a post') || rest.startsWith('a memory')) return {};
    return null;
  }
  const fr = title.indexOf(' a partagé ');
  if (fr >= 0) {
    const rest = title.slice(fr + 11);
    for (const what of ['la publication de ', 'la vidéo de ', 'la photo de ', 'le reel de ']) {
      if (rest.startsWith(what)) return { name: trimStop(rest.slice(what.length)) };
    }
    if (rest.startsWith('une publication') || rest.startsWith('un souvenir')) return {};
  }
  return null;
}

/** Whom a Facebook comment answers, from its title: `X commented on Y's post.`, `X a commenté la publication de Y.` */
export function repliedTo(title: string): string | null {
  if (!title || title.length > 500) return null;
  for (const verb of [' commented on ', ' replied to ']) {
    const k = title.indexOf(verb);
    if (k < 0) continue;
    const rest = title.slice(k + verb.length);
    const s = rest.lastIndexOf("'s ") >= 0 ? rest.lastIndexOf("'s ") : rest.lastIndexOf('’s ');
    if (s > 0) return rest.slice(0, s).trim();
    return null; // "commented on his own post", "commented on a post"
  }
  for (const [verb, whats] of [
    [' a commenté ', ['la publication de ', 'la vidéo de ', 'la photo de ', 'le commentaire de ']],
    [' a répondu ', ['au commentaire de ', 'à la publication de ']],
  ] as const) {
    const k = title.indexOf(verb);
    if (k < 0) continue;
    const rest = title.slice(k + verb.length);
    for (const what of whats) if (rest.startsWith(what)) return trimStop(rest.slice(what.length)) || null;
    return null;
  }
  return null;
}

const trimStop = (s: string) => s.replace(/\s*\.$/, '').trim();

// ---------------------------------------------------------------------------------------------------
// Instagram

export const instagramReader: ExportReader = {
  platform: 'instagram',
  detect: detectInstagram,
  read: readInstagram,
};

const IG_POST_KEYS = new Set(['media', 'title', 'creation_timestamp']);
const IG_MEDIA_KEYS = new Set([
  'uri',
  'creation_timestamp',
  'media_metadata',
  'title',
  'cross_post_source',
  'backup_uri',
  'dubbing_info',
  'media_variants',
  'interest_points',
  'is_reel',
  'story_sticker',
]);
const IG_COMMENT_FIELDS = new Set(['Comment', 'Media Owner', 'Time']);

async function* readInstagram(source: ExportSource, ctx?: ReadContext): AsyncGenerator<ExportRecord> {
  const layout = instagramLayout(source.entries());
  const unknown = new UnknownFields();
  const account: ExportAccount = { platform: 'instagram' };
  if (layout.profile) {
    const doc = await readJson(source, layout.profile, { maxBytes: SMALL });
    const users = isObject(doc) ? doc.profile_user : undefined;
    const first = Array.isArray(users) ? users[0] : users;
    const map = isObject(first) ? first.string_map_data : undefined;
    if (isObject(map)) {
      const value = (k: string) =>
        isObject(map[k]) ? text((map[k] as Record<string, unknown>).value) : undefined;
      const username = value('Username');
      if (username) {
        account.handle = username.replace(/^@/, '');
        account.url = `https://www.instagram.com/${account.handle}/`;
      }
      const name = value('Name');
      if (name) account.name = name;
    }
  }
  if (layout.followers.length) account.audience = await countAll(source, layout.followers);
  yield { type: 'account', account };
  const self = new Names(account);

  for (const file of layout.posts) {
    const items = new JsonItems(source, file, { ctx });
    for await (const item of items) {
      if (!isObject(item)) throw items.invalid('imports.record.not_object', 'media');
      yield* instagramPost('post', item, items, file, self, unknown);
    }
  }
  for (const file of [layout.reels, layout.stories]) {
    if (!file) continue;
    const items = new JsonItems(source, file, { ctx });
    for await (const item of items) {
      if (items.key !== 'ig_stories' && items.key !== 'ig_reels_media') {
        unknown.note(file, items.key ?? '[]');
        continue;
      }
      if (!isObject(item)) throw items.invalid('imports.record.not_object', items.key);
      // A story is one media; a reel is a post holding its media.
      const post = items.key === 'ig_stories' ? { media: [item] } : item;
      yield* instagramPost(items.key === 'ig_stories' ? 'story' : 'reel', post, items, file, self, unknown);
    }
  }
  for (const file of layout.comments) {
    const items = new JsonItems(source, file, { ctx });
    for await (const item of items) {
      if (!isObject(item)) throw items.invalid('imports.record.not_object', 'string_map_data');
      yield* instagramComment(item, items, file, self, unknown);
    }
  }
  yield* unknown.records();
}

function* instagramPost(
  kindOfFile: 'post' | 'story' | 'reel',
  p: Record<string, unknown>,
  items: JsonItems,
  file: string,
  self: Names,
  unknown: UnknownFields,
): Generator<ExportRecord> {
  const where = kindOfFile === 'story' ? 'ig_stories' : kindOfFile === 'reel' ? 'ig_reels_media' : 'post';
  if (kindOfFile !== 'story') unknown.keys(file, where, p, IG_POST_KEYS);
  const media: MediaRef[] = [];
  let first: Record<string, unknown> | undefined;
  if (Array.isArray(p.media)) {
    for (const m of p.media) {
      if (!isObject(m)) continue;
      unknown.keys(file, kindOfFile === 'story' ? where : `${where}.media`, m, IG_MEDIA_KEYS);
      first ??= m;
      if (typeof m.uri === 'string' && m.uri) media.push(mediaRef(m.uri));
    }
  }
  const caption = text(p.title) || text(first?.title) || '';
  const stamp = p.creation_timestamp ?? first?.creation_timestamp;
  const at = isoOf(stamp);
  if (!at) {
    if (stamp === undefined) throw items.invalid('imports.record.missing', 'creation_timestamp');
    throw items.invalid('imports.record.invalid', 'creation_timestamp', stamp);
  }
  const firstUri = typeof first?.uri === 'string' ? first.uri : undefined;
  const id = derivedId('instagram', kindOfFile, Number(stamp), caption, firstUri);
  const post: ExportPost = {
    externalId: id,
    publishedAt: at,
    text: caption,
    kind: 'original',
    links: [],
    media,
    counts: {},
  };
  yield { type: 'post', post };
  if (caption.includes('@')) {
    for (const handle of mentionsIn(caption)) {
      if (!self.is(handle)) yield interaction('instagram', id, at, 'mention', { handle });
    }
  }
}

function* instagramComment(
  c: Record<string, unknown>,
  items: JsonItems,
  file: string,
  self: Names,
  unknown: UnknownFields,
): Generator<ExportRecord> {
  const map = c.string_map_data;
  if (!isObject(map)) {
    unknown.note(file, Object.keys(c).join('+') || '{}');
    return;
  }
  unknown.keys(file, 'string_map_data', map, IG_COMMENT_FIELDS);
  const field = (k: string) => (isObject(map[k]) ? (map[k] as Record<string, unknown>) : undefined);
  const body = text(field('Comment')?.value) ?? '';
  const owner = text(field('Media Owner')?.value);
  const stamp = field('Time')?.timestamp;
  const at = isoOf(stamp);
  if (!at) {
    if (stamp === undefined) throw items.invalid('imports.record.missing', 'string_map_data.Time.timestamp');
    throw items.invalid('imports.record.invalid', 'string_map_data.Time.timestamp', stamp);
  }
  const id = derivedId('instagram', 'comment', Number(stamp), body, owner);
  const post: ExportPost = {
    externalId: id,
    publishedAt: at,
    text: body,
    kind: 'reply',
    links: [],
    media: [],
    counts: {},
  };
  yield { type: 'post', post };
  if (owner && !self.is(owner)) yield interaction('instagram', id, at, 'reply', { handle: owner });
  if (body.includes('@')) {
    for (const handle of mentionsIn(body)) {
      if (handle !== owner && !self.is(handle)) yield interaction('instagram', id, at, 'mention', { handle });
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Shared

/** The export's own account, by handle or name (Meta names others by name only). */
class Names {
  private readonly own: Set<string>;

  constructor(account: ExportAccount) {
    this.own = new Set(
      [account.handle, account.name].filter((s): s is string => !!s).map((s) => s.toLowerCase()),
    );
  }

  is(nameOrHandle: string): boolean {
    return this.own.has(nameOrHandle.toLowerCase());
  }
}

function interaction(
  platform: string,
  postExternalId: string,
  at: string,
  kind: InteractionKind,
  who: { handle?: string; name?: string },
): ExportRecord {
  const other: ExportInteraction['other'] = { platform, ...who };
  return { type: 'interaction', interaction: { postExternalId, kind, at, other } };
}

/** Followers: the records of every list file, counted without being parsed. */
async function countAll(source: ExportSource, files: string[]): Promise<number> {
  let n = 0;
  for (const f of files) n += await new JsonItems(source, f, { parse: false }).count();
  return n;
}
