// TikTok's "Download your data" export, JSON format: one file, `user_data.json` (older) or
// `user_data_tiktok.json` (newer), alone or in a ZIP:
//
//   { "Activity": { "Follower List": { "FansList": [ {Date, UserName} ] }, "Video Browsing History": … },
//     "Comment": { "Comments": { "CommentsList": [ {Date, Comment, Photo, Url} ] } },
//     "Direct Messages": …, "Profile": { "Profile Information": { "ProfileMap": { userName,
//     followerCount, likesReceived, bioDescription, … } } },
//     "Video": { "Videos": { "VideoList": [ {Date: "2021-03-04 10:20:30", Link, Likes: "12", Sound, Location} ] } } }
//
// The section and list names move between versions ("Your Activity" / "Follower" / "Post" / "Posts"
// / "Profile Info"…), so lists are found by their own names wherever they sit: `VideoList` under a
// Video or Post section (never the browsing history's), `CommentsList`, `FansList`, `ProfileMap`.
//
// Decisions:
// - The file is one large object: it is tokenised with stream-json's streaming parser, and only the
//   items of those lists are assembled, one at a time; everything else (browsing history, messages)
//   is passed over without being built. A string value larger than 16 MB is refused.
// - The account must come first, but the profile and the followers may come after the videos in
//   the file: the records read before the account is known are held back (up to 100,000 of them;
//   beyond that the account is given with what is known so far, and the rest streams).
// - Dates (`2021-03-04 10:20:30`) are UTC, as TikTok writes them. Likes come as strings.
// - A video's id is the number in its link (`…/video/6936612345678901234/`); without one, the first
//   32 hex digits of the SHA-256 of `tiktok|video|date|link|caption`. Comments are replies, with such a
//   derived id (the export does not say whose video they answer).
// - Top-level sections and item fields not known here are reported as unknown fields, never fatal.
// - Syntax errors: stream-json does not say where it stopped; the message gives the line the
//   reading had reached ("at or before line N").
import { createHash } from 'node:crypto';
import { pipeline, Readable } from 'node:stream';
import Assembler from 'stream-json/assembler.js';
import parser from 'stream-json/parser.js';
import { Invalid } from '../../core/errors';
import type {
  ExportAccount,
  ExportPost,
  ExportReader,
  ExportRecord,
  ExportSource,
  ReadContext,
} from '../model';
import { importsInvalid } from '../source';
import { mentionsIn, repairMojibake } from './meta';
import { baseName, isObject, peekText, UnknownFields } from './support';

export const tiktokReader: ExportReader = {
  platform: 'tiktok',
  detect: detectTikTok,
  read: readTikTok,
};

const FILE = /^user_data(?:_tiktok)?\.json$/i;
const MAX_STRING = 16 * 1024 ** 2;
const HOLD_BACK = 100_000;

/** Sections of the file, as the versions seen so far name them. */
const KNOWN_SECTIONS = new Set(
  [
    'Activity',
    'Your Activity',
    'Ads and data',
    'App Settings',
    'Comment',
    'Direct Messages',
    'Direct Message',
    'Income Plus Wallet Transactions',
    'Likes and Favorites',
    'Post',
    'Posts',
    'Profile',
    'Tiktok Live',
    'TikTok Live',
    'Tiktok Shopping',
    'TikTok Shopping',
    'Video',
    'Videos',
  ].map((s) => s.toLowerCase()),
);
const VIDEO_SECTIONS = new Set(['video', 'videos', 'post', 'posts']);
const VIDEO_KEYS = new Set([
  'Date',
  'Link',
  'VideoLink',
  'Likes',
  'Sound',
  'Location',
  'Title',
  'Desc',
  'Description',
  'CoverImage',
  'AIGeneratedContent',
  'WhoCanView',
  'AllowComments',
  'AllowStitches',
  'AllowDuets',
  'AllowStickers',
  'AllowSharingToStory',
  'ContentDisclosure',
]);
const COMMENT_KEYS = new Set(['Date', 'Comment', 'Photo', 'Url', 'date', 'comment', 'photo', 'url']);
const PROFILE_KEYS = new Set([
  'userName',
  'displayName',
  'nickName',
  'bioDescription',
  'birthDate',
  'emailAddress',
  'telephoneNumber',
  'profilePhoto',
  'profileVideo',
  'likesReceived',
  'followerCount',
  'followingCount',
  'PlatformInfo',
]);

function entryOf(entries: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const e of entries)
    if (FILE.test(baseName(e)) && (best === undefined || e.length < best.length)) best = e;
  return best;
}

async function detectTikTok(source: ExportSource): Promise<number> {
  const entry = entryOf(source.entries());
  if (!entry) return 0;
  const head = await peekText(source, entry, 4096);
  if (!/^\s*\{/.test(head)) return 0.2;
  return /"(?:Activity|Your Activity|Profile|Video|Post|Ads and data|App Settings|Comment)"\s*:/.test(head)
    ? 1
    : 0.5;
}

// ---------------------------------------------------------------------------------------------------

const NONE = 0;
const VIDEOS = 1;
const COMMENTS = 2;
const FANS = 3;
const PROFILE = 4;

interface Frame {
  array: boolean;
  key: string | undefined;
  role: number;
  /** Dotted path of the list, for messages and unknown fields. */
  path: string;
}

interface Token {
  name: string;
  value?: unknown;
}

function roleOf(section: string | undefined, key: string): number {
  const k = key.toLowerCase();
  if (k === 'videolist' && section && VIDEO_SECTIONS.has(section.toLowerCase())) return VIDEOS;
  if (k === 'commentslist' || k === 'commentlist') return COMMENTS;
  if (k === 'fanslist' || k === 'followerlist') return FANS;
  return NONE;
}

async function* readTikTok(source: ExportSource, ctx?: ReadContext): AsyncGenerator<ExportRecord> {
  const entry = entryOf(source.entries());
  const account: ExportAccount = { platform: 'tiktok' };
  if (!entry) {
    yield { type: 'account', account };
    return;
  }
  const file = source.name;
  const unknown = new UnknownFields();
  const position = { bytes: 0, lines: 1, ended: false };
  let stream: Readable;
  try {
    stream = await source.open(entry);
  } catch (e) {
    throw importsInvalid('imports.source.read_failed', file, { reason: (e as Error).message }, { entry });
  }
  // pipeline, not pipe: an error on the way (a damaged ZIP entry) must reach the loop below.
  const tokens = pipeline(
    Readable.from(metered(stream, position, ctx, file, entry)),
    parser.asStream({ streamNumbers: false }),
    () => {},
  );

  const stack: Frame[] = [];
  let asm: Assembler | null = null;
  let asmRole = NONE;
  let asmPath = '';
  let skip = 0;
  let stringChars = 0;
  let fans = 0;
  let fansSeen = false;
  const counters = new Map<string, number>();
  let profileSeen = false;
  let accountGiven = false;
  const held: ExportRecord[] = [];
  const ready: ExportRecord[] = [];

  const onItem = (value: unknown, role: number, path: string): void => {
    const n = (counters.get(path) ?? 0) + 1;
    counters.set(path, n);
    const where = { file, entry, path, n, unknown };
    if (role === PROFILE) {
      if (isObject(value)) profileOf(value, account, where);
      profileSeen = true;
    } else if (role === VIDEOS) videoRecords(value, account, where, ready);
    else if (role === COMMENTS) commentRecords(value, where, ready);
  };

  try {
    for await (const tok of tokens as AsyncIterable<Token>) {
      const name = tok.name;
      // Streamed pieces of keys and strings: only their size matters (the packed value follows).
      if (name === 'stringChunk') {
        stringChars += (tok.value as string).length;
        if (stringChars > MAX_STRING)
          throw importsInvalid(
            'imports.json.value_too_large',
            file,
            { limit: MAX_STRING / 1024 ** 2 },
            { entry, line: position.lines },
          );
        continue;
      }
      if (name === 'startString' || name === 'startKey') {
        stringChars = 0;
        continue;
      }
      if (name === 'endString' || name === 'endKey') continue;
      if (asm) {
        asm.consume(tok as Parameters<Assembler['consume']>[0]);
        if (asm.done) {
          onItem(asm.current, asmRole, asmPath);
          asm = null;
        }
      } else if (skip > 0) {
        if (name === 'startObject' || name === 'startArray') skip++;
        else if (name === 'endObject' || name === 'endArray') skip--;
      } else if (name === 'keyValue') {
        const top = stack[stack.length - 1];
        if (top) {
          top.key = tok.value as string;
          if (stack.length === 1 && !KNOWN_SECTIONS.has(top.key.toLowerCase())) unknown.note(entry, top.key);
        }
      } else if (name === 'startObject' || name === 'startArray') {
        const parent = stack[stack.length - 1];
        if (parent?.array && parent.role !== NONE) {
          if (parent.role === FANS) {
            fans++;
            skip = 1;
          } else {
            asm = new Assembler();
            asmRole = parent.role;
            asmPath = parent.path;
            asm.consume(tok as Parameters<Assembler['consume']>[0]);
          }
        } else {
          const key = parent && !parent.array ? parent.key : undefined;
          const path = key === undefined ? '' : parent?.path ? `${parent.path}.${key}` : key;
          if (name === 'startObject' && key === 'ProfileMap') {
            asm = new Assembler();
            asmRole = PROFILE;
            asmPath = path;
            asm.consume(tok as Parameters<Assembler['consume']>[0]);
          } else {
            const role = name === 'startArray' && key ? roleOf(stack[0]?.key, key) : NONE;
            if (role === FANS) fansSeen = true;
            stack.push({ array: name === 'startArray', key: undefined, role, path });
          }
        }
      } else if (name === 'endObject' || name === 'endArray') {
        stack.pop();
      } else if (stack.length === 0) {
        throw importsInvalid(
          'imports.json.not_json',
          file,
          { found: String(tok.value ?? '') },
          { entry, line: 1 },
        );
      }

      if (ready.length) {
        if (accountGiven) {
          for (const r of ready) yield r;
        } else {
          for (const r of ready) held.push(r);
        }
        ready.length = 0;
      }
      if (!accountGiven) {
        const fansDone = fansSeen && !stack.some((f) => f.role === FANS);
        const known = profileSeen && (account.audience !== undefined || fansDone);
        if (known || held.length > HOLD_BACK) {
          if (account.audience === undefined && fansDone) account.audience = fans;
          accountGiven = true;
          yield { type: 'account', account };
          for (const r of held) yield r;
          held.length = 0;
        }
      }
    }
  } catch (e) {
    if (e instanceof Invalid) throw e;
    const reason = (e as Error).message.replace(/^Parser cannot parse input: /, '');
    if (position.ended) {
      const items = [...counters.values()].reduce((a, b) => a + b, 0);
      throw importsInvalid(
        'imports.json.unclosed',
        file,
        { records: items },
        { entry, line: position.lines },
      );
    }
    throw importsInvalid('imports.json.syntax_near', file, { reason }, { entry, line: position.lines });
  } finally {
    tokens.destroy();
    stream.destroy();
  }
  if (!accountGiven) {
    if (account.audience === undefined && fansSeen) account.audience = fans;
    yield { type: 'account', account };
    for (const r of held) yield r;
  }
  yield* unknown.records();
}

/** The entry's bytes, counted (progress, lines for messages); UTF-16 refused at once. */
async function* metered(
  stream: Readable,
  position: { bytes: number; lines: number; ended: boolean },
  ctx: ReadContext | undefined,
  file: string,
  entry: string,
): AsyncGenerator<Buffer> {
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (position.bytes === 0 && b.length >= 2 && (b[0] === 0xff || b[0] === 0xfe || b[1] === 0))
      throw importsInvalid('imports.json.encoding', file, { encoding: 'UTF-16?' }, { entry, line: 1 });
    // Handed to the parser in slices, so that "the line reached" stays close to where it stopped.
    for (let i = 0; i < b.length; i += 16_384) {
      const slice = b.subarray(i, i + 16_384);
      for (let k = slice.indexOf(10); k >= 0; k = slice.indexOf(10, k + 1)) position.lines++;
      position.bytes += slice.length;
      yield slice;
    }
    ctx?.onBytes?.(position.bytes);
  }
  position.ended = true;
}

// ---------------------------------------------------------------------------------------------------
// Items

interface Where {
  file: string;
  entry: string;
  path: string;
  n: number;
  unknown: UnknownFields;
}

function itemError(
  where: Where,
  code: 'imports.record.item_missing' | 'imports.record.item_invalid',
  field: string,
  value?: unknown,
) {
  const params: Record<string, string> = { list: where.path, record: String(where.n) };
  if (value !== undefined)
    params.value = String(typeof value === 'string' ? value : JSON.stringify(value)).slice(0, 200);
  return importsInvalid(code, where.file, params, { entry: where.entry, field: `${where.path}.${field}` });
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') {
    const s = repairMojibake(v.trim());
    return s && s !== 'N/A' && s !== 'None' ? s : undefined;
  }
  return typeof v === 'number' ? String(v) : undefined;
}

function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
  if (typeof v === 'string' && /^\d{1,15}$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

/** `2021-03-04 10:20:30` (UTC) → ISO; ISO 8601 accepted too. */
export function tiktokDate(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    s.trim(),
  );
  if (!m) return null;
  const [, y, mo, d, h, mi, se, zone] = m;
  const t = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${se}${zone ?? 'Z'}`);
  if (Number.isNaN(t)) return null;
  const iso = new Date(t).toISOString();
  // 2021-02-30 rolls over in Date.parse on some engines: refused.
  if (!zone && iso.slice(0, 10) !== `${y}-${mo}-${d}`) return null;
  return iso;
}

function pick(obj: Record<string, unknown>, ...keys: string[]): unknown {
  for (const k of keys) if (obj[k] !== undefined && obj[k] !== null && obj[k] !== '') return obj[k];
  return undefined;
}

function profileOf(p: Record<string, unknown>, account: ExportAccount, where: Where): void {
  where.unknown.keys(where.entry, where.path, p, PROFILE_KEYS);
  const handle = str(pick(p, 'userName', 'username', 'UserName'));
  if (handle) {
    account.handle = handle.replace(/^@/, '');
    account.url = `https://www.tiktok.com/@${account.handle}`;
  }
  const name = str(pick(p, 'displayName', 'nickName', 'nickname', 'Nickname'));
  if (name) account.name = name;
  const followers = num(pick(p, 'followerCount', 'FollowerCount', 'followersCount'));
  if (followers !== undefined) account.audience = followers;
}

function videoRecords(v: unknown, account: ExportAccount, where: Where, out: ExportRecord[]): void {
  if (!isObject(v)) throw itemError(where, 'imports.record.item_invalid', 'Date', v);
  where.unknown.keys(where.entry, where.path, v, VIDEO_KEYS);
  const rawDate = pick(v, 'Date', 'date');
  if (rawDate === undefined) throw itemError(where, 'imports.record.item_missing', 'Date');
  const at = typeof rawDate === 'string' ? tiktokDate(rawDate) : null;
  if (!at) throw itemError(where, 'imports.record.item_invalid', 'Date', rawDate);
  const link = str(pick(v, 'Link', 'VideoLink', 'link'));
  const caption = str(pick(v, 'Title', 'Desc', 'Description')) ?? '';
  const videoId = link ? /\/video\/(\d{5,25})/.exec(link)?.[1] : undefined;
  const id = videoId ?? derived('video', rawDate as string, link ?? '', caption);
  const post: ExportPost = {
    externalId: id,
    publishedAt: at,
    text: caption,
    kind: 'original',
    links: [],
    media: link ? [{ type: 'video', ref: link }] : [],
    counts: {},
  };
  if (videoId && account.handle) post.url = `https://www.tiktok.com/@${account.handle}/video/${videoId}`;
  else if (link) post.url = link;
  const likesRaw = pick(v, 'Likes', 'likes');
  if (likesRaw !== undefined) {
    const likes = num(likesRaw);
    if (likes === undefined) throw itemError(where, 'imports.record.item_invalid', 'Likes', likesRaw);
    post.counts.likes = likes;
  }
  out.push({ type: 'post', post });
  if (caption.includes('@')) {
    const own = account.handle?.toLowerCase();
    for (const handle of mentionsIn(caption)) {
      if (handle.toLowerCase() === own) continue;
      out.push({
        type: 'interaction',
        interaction: { postExternalId: id, kind: 'mention', at, other: { platform: 'tiktok', handle } },
      });
    }
  }
}

function commentRecords(c: unknown, where: Where, out: ExportRecord[]): void {
  if (!isObject(c)) throw itemError(where, 'imports.record.item_invalid', 'Comment', c);
  where.unknown.keys(where.entry, where.path, c, COMMENT_KEYS);
  const rawDate = pick(c, 'Date', 'date');
  if (rawDate === undefined) throw itemError(where, 'imports.record.item_missing', 'Date');
  const at = typeof rawDate === 'string' ? tiktokDate(rawDate) : null;
  if (!at) throw itemError(where, 'imports.record.item_invalid', 'Date', rawDate);
  const body = str(pick(c, 'Comment', 'comment')) ?? '';
  const post: ExportPost = {
    externalId: derived('comment', rawDate as string, '', body),
    publishedAt: at,
    text: body,
    kind: 'reply',
    links: [],
    media: [],
    counts: {},
  };
  const url = str(pick(c, 'Url', 'url'));
  if (url && /^https?:\/\//.test(url)) post.url = url;
  out.push({ type: 'post', post });
}

function derived(kind: string, date: string, link: string, text: string): string {
  return createHash('sha256').update(`tiktok|${kind}|${date}|${link}|${text}`).digest('hex').slice(0, 32);
}
