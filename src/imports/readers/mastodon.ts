// Mastodon account archives (Preferences → Import and export → Request your archive): a ZIP holding
// `actor.json` (the account, an ActivityPub Person), `outbox.json` (an OrderedCollection of what the
// account did, oldest first), `likes.json`, `bookmarks.json` and `media_attachments/…`.
//
// What is read:
// - `actor.json`: the account: `preferredUsername` + the host of its `url` (else of its `id`) give the
//   handle `user@host`; `id` (the actor URI) its external id; `name`, `published`; `summary` (HTML) its
//   bio, as plain text.
// - `outbox.json`, streamed (one activity of `orderedItems` at a time, see `readOutbox`):
//   `Create` of a `Note` (or `Question`, a poll) → a post: its id is the status id (the last segment of
//   `…/statuses/<id>`), text from the HTML `content` (paragraphs and line breaks kept, tags dropped,
//   entities decoded; a content warning `summary` goes first), language from `contentMap`, links from
//   the content's anchors that are neither mentions nor hashtags, media from `attachment`, kind
//   `reply` when `inReplyTo`, `quote` when it quotes (`quote`, `quoteUri`, `_misskey_quote`);
//   `Announce` → a post of kind `share` (a boost), its id the boost's own status id, its text empty,
//   its `url` the boosted post.
// - Interactions: the account replied to and the accounts quoted or boosted (from the post URL:
//   `https://host/users/name/statuses/…` or `https://host/@name/…`), the `Mention` tags; never the
//   account itself (threads, self-boosts). Other accounts are named by handle `user@host` only, so a
//   person has one key whichever way the export names them.
// - `likes.json` and `bookmarks.json` are other people's posts: not read.
//
// Decisions worth knowing:
// - Direct messages (neither public, unlisted nor followers-only) are private correspondence: skipped
//   and counted in the report, never imported as posts.
// - The archive has no follower count: the account has no audience.
// - Without actor.json (an outbox given alone), the account comes from the activities' `actor` URI.
// - Unknown activity types and unknown fields of activities and notes are counted, never fatal.
import { isoUtc } from '../../core/parse/dates';
import type {
  ExportAccount,
  ExportInteraction,
  ExportPost,
  ExportReader,
  ExportRecord,
  ExportSource,
  MediaRef,
  ReadContext,
} from '../model';
import { JsonItems } from '../source';
import { baseName, entryLabel, peekText, readerInvalid, readSmallJson, UnknownFields } from './support';

const MAX_ACTOR = 10 * 1024 * 1024;
const PUBLIC = new Set(['https://www.w3.org/ns/activitystreams#Public', 'as:Public', 'Public']);

// ---------------------------------------------------------------------------------------------------
// Small helpers

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
/** A link value: a URL string, or an object with `href`/`id`/`url`. */
const linkValue = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v;
  const o = asObject(v);
  return o ? (str(o.href) ?? str(o.id) ?? linkValue(o.url)) : undefined;
};

/** Where an entry named `name` is, the shallowest first (archives sometimes wrap everything in a folder). */
function findEntry(source: ExportSource, name: string): string | undefined {
  return source
    .entries()
    .filter((e) => baseName(e) === name)
    .sort((a, b) => a.split('/').length - b.split('/').length)[0];
}

/** The account an ActivityPub URL names: `https://host/users/name[/…]`, `https://host/@name[/…]`. */
export function handleFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    const m = /^\/(?:users|u|accounts)\/([^/]+)|^\/@([^/@]+)/.exec(u.pathname);
    const name = m?.[1] ?? m?.[2];
    return name ? `${decodeURIComponent(name)}@${u.hostname}`.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** A status id from its URI: `…/statuses/109…` (and `…/statuses/109…/activity`), `…/@name/109…`. */
export function statusId(uri: string): string {
  const m = /\/statuses\/([^/]+)(?:\/activity)?\/?$/.exec(uri) ?? /\/@[^/]+\/(\d+)\/?$/.exec(uri);
  return m?.[1] ?? uri;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** Mastodon's HTML as plain text: paragraphs become blank lines, `<br>` line breaks, tags go. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text).trim();
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** The links of a post's HTML that are neither mentions nor hashtags. */
export function linksOf(html: string, tagHrefs: Set<string>): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<a\s[^>]*>/gi)) {
    const tag = m[0];
    const href = attr(tag, 'href');
    if (!href || !/^https?:\/\//i.test(href)) continue;
    const cls = `${attr(tag, 'class') ?? ''} ${attr(tag, 'rel') ?? ''}`;
    if (/\b(?:mention|hashtag|tag)\b/.test(cls) || tagHrefs.has(href)) continue;
    const url = decodeEntities(href);
    if (!out.includes(url)) out.push(url);
  }
  return out;
}

function mediaOf(a: Json): MediaRef | null {
  const ref = linkValue(a.url) ?? linkValue(a.href);
  if (!ref) return null;
  const mime = str(a.mediaType) ?? '';
  const type: MediaRef['type'] =
    mime === 'image/gif'
      ? 'gif'
      : /^image\//.test(mime)
        ? 'image'
        : /^video\//.test(mime)
          ? 'video'
          : /^audio\//.test(mime)
            ? 'audio'
            : 'other';
  return { type, ref };
}

// ---------------------------------------------------------------------------------------------------
// The account

const PERSON_TYPES = new Set(['Person', 'Service', 'Group', 'Organization', 'Application']);
const ACTOR_KEYS = new Set(
  '@context id type following followers inbox outbox featured featuredTags preferredUsername name summary url manuallyApprovesFollowers discoverable indexable published memorial devices publicKey tag attachment endpoints icon image likes bookmarks alsoKnownAs movedTo suspended attributionDomains'.split(
    ' ',
  ),
);

function accountFromActor(
  exportName: string,
  file: string,
  json: unknown,
  unknown: UnknownFields,
): ExportAccount {
  const a = asObject(json);
  if (!a) throw readerInvalid(file, 'imports.mastodon.actor_invalid', { reason: 'not a JSON object' });
  const type = str(a.type);
  if (!type || !PERSON_TYPES.has(type))
    throw readerInvalid(file, 'imports.mastodon.actor_invalid', { reason: `type "${type ?? ''}"` });
  const user = str(a.preferredUsername);
  const url = str(a.url) ?? linkValue(a.url);
  const id = str(a.id);
  let host: string | undefined;
  try {
    host = new URL(url ?? id ?? '').hostname;
  } catch {
    host = undefined;
  }
  if (!user || !host)
    throw readerInvalid(file, 'imports.mastodon.actor_invalid', { reason: 'no preferredUsername or no url' });
  unknown.keys(exportName, 'actor.json', a, ACTOR_KEYS);
  const account: ExportAccount = { platform: 'mastodon', handle: `${user}@${host}` };
  if (id) account.externalId = id;
  if (url && /^https?:\/\//.test(url)) account.url = url;
  const name = str(a.name)?.trim();
  account.name = name || user;
  const published = str(a.published) && isoUtc(str(a.published)!);
  if (published) account.createdOn = published.slice(0, 10);
  // The profile's description is HTML (links, line breaks): kept as the text people read.
  const bio = htmlToText(str(a.summary) ?? '');
  if (bio) account.bio = bio;
  return account;
}

/** Without actor.json: the account from the first `actor` URI of the outbox. */
async function accountFromOutbox(source: ExportSource, outbox: string): Promise<ExportAccount> {
  const head = await peekText(source, outbox, 65_536);
  const actor = /"actor"\s*:\s*"([^"]+)"/.exec(head)?.[1];
  const handle = handleFromUrl(actor);
  const account: ExportAccount = { platform: 'mastodon' };
  if (handle) account.handle = handle;
  if (actor) account.externalId = actor;
  return account;
}

// ---------------------------------------------------------------------------------------------------
// Activities

const ACTIVITY_KEYS = new Set([
  '@context',
  'id',
  'type',
  'actor',
  'published',
  'to',
  'cc',
  'object',
  'signature',
]);
const NOTE_KEYS = new Set(
  'id type summary inReplyTo published updated url attributedTo to cc sensitive atomUri inReplyToAtomUri conversation context content contentMap summaryMap attachment tag replies likes shares quote quoteUri quoteUrl _misskey_quote quoteAuthorization interactionPolicy oneOf anyOf endTime closed votersCount name nameMap directMessage'.split(
    ' ',
  ),
);

interface Self {
  handle?: string;
}

const isSelf = (self: Self, handle: string | undefined) =>
  !!handle && !!self.handle && handle === self.handle.toLowerCase();

/** Public, unlisted or followers-only: not a direct message. */
function isAddressedBeyondMentions(activity: Json, note: Json | null): boolean {
  const audience = [...list(activity.to), ...list(activity.cc), ...list(note?.to), ...list(note?.cc)]
    .map(linkValue)
    .filter((v): v is string => !!v);
  return audience.some((a) => PUBLIC.has(a) || /\/followers\/?$/.test(a));
}

function interaction(post: ExportPost, kind: ExportInteraction['kind'], handle: string): ExportRecord {
  return {
    type: 'interaction',
    interaction: {
      postExternalId: post.externalId,
      kind,
      at: post.publishedAt,
      other: { platform: 'mastodon', handle },
    },
  };
}

function mentionHandle(tag: Json): string | undefined {
  const name = str(tag.name)?.replace(/^@/, '');
  const href = str(tag.href);
  if (name?.includes('@')) return name.toLowerCase();
  if (name && href) {
    try {
      return `${name}@${new URL(href).hostname}`.toLowerCase();
    } catch {
      return undefined;
    }
  }
  return handleFromUrl(href);
}

class ActivityProblem extends Error {}

/** `where`: the export and its outbox, where what is unknown is noted. */
function* recordsOf(
  activity: Json,
  self: Self,
  where: string,
  unknown: UnknownFields,
): Generator<ExportRecord> {
  const type = str(activity.type);
  unknown.keys(where, 'activity', activity, ACTIVITY_KEYS);
  if (type === 'Announce') {
    const target = linkValue(activity.object);
    const id = str(activity.id);
    const publishedAt = isoUtc(str(activity.published) ?? '');
    if (!id || !target) throw new ActivityProblem('a boost without "id" or "object"');
    if (!publishedAt)
      throw new ActivityProblem(`"published" is not a date: "${str(activity.published) ?? ''}"`);
    if (!isAddressedBeyondMentions(activity, null)) {
      unknown.note(where, 'direct messages (not imported)');
      return;
    }
    const post: ExportPost = {
      externalId: statusId(id),
      publishedAt,
      text: '',
      kind: 'share',
      url: target,
      links: [],
      media: [],
      counts: {},
    };
    yield { type: 'post', post };
    const other = handleFromUrl(target);
    if (other && !isSelf(self, other)) yield interaction(post, 'share', other);
    return;
  }
  if (type !== 'Create') {
    unknown.note(where, `activity type "${type ?? '?'}"`);
    return;
  }
  const note = asObject(activity.object);
  if (!note) {
    unknown.note(where, 'Create without an embedded object');
    return;
  }
  const noteType = str(note.type);
  if (noteType !== 'Note' && noteType !== 'Question' && noteType !== 'Article') {
    unknown.note(where, `object type "${noteType ?? '?'}"`);
    return;
  }
  unknown.keys(where, 'object', note, NOTE_KEYS);
  const id = str(note.id) ?? str(activity.id);
  if (!id) throw new ActivityProblem('a post without "id"');
  const published = str(note.published) ?? str(activity.published) ?? '';
  const publishedAt = isoUtc(published);
  if (!publishedAt) throw new ActivityProblem(`"published" is not a date: "${published}"`);
  if (!isAddressedBeyondMentions(activity, note)) {
    unknown.note(where, 'direct messages (not imported)');
    return;
  }
  const tags = list(note.tag)
    .map(asObject)
    .filter((t): t is Json => t !== null);
  const tagHrefs = new Set(tags.map((t) => str(t.href)).filter((h): h is string => !!h));
  const html = str(note.content) ?? '';
  const summary = str(note.summary)?.trim();
  const body = htmlToText(html);
  const inReplyTo = linkValue(note.inReplyTo);
  const quote =
    linkValue(note.quote) ??
    linkValue(note.quoteUri) ??
    linkValue(note._misskey_quote) ??
    linkValue(note.quoteUrl);
  const post: ExportPost = {
    externalId: statusId(id),
    publishedAt,
    text: summary ? `${summary}\n\n${body}` : body,
    kind: inReplyTo ? 'reply' : quote ? 'quote' : 'original',
    links: linksOf(html, tagHrefs),
    media: list(note.attachment)
      .map(asObject)
      .flatMap((a) => (a ? [mediaOf(a)].filter((m): m is MediaRef => m !== null) : [])),
    counts: {},
  };
  const language = Object.keys(asObject(note.contentMap) ?? {})[0];
  if (language) post.language = language;
  const url = linkValue(note.url) ?? id;
  if (/^https?:\/\//.test(url)) post.url = url;
  const likes = asObject(note.likes)?.totalItems;
  const shares = asObject(note.shares)?.totalItems;
  if (typeof likes === 'number') post.counts.likes = likes;
  if (typeof shares === 'number') post.counts.shares = shares;
  yield { type: 'post', post };

  const seen = new Set<string>();
  const once = function* (kind: ExportInteraction['kind'], handle: string | undefined) {
    if (!handle || isSelf(self, handle) || seen.has(`${kind} ${handle}`)) return;
    seen.add(`${kind} ${handle}`);
    yield interaction(post, kind, handle);
  };
  yield* once('reply', handleFromUrl(inReplyTo));
  yield* once('quote', handleFromUrl(quote));
  for (const t of tags) if (t.type === 'Mention') yield* once('mention', mentionHandle(t));
}

// ---------------------------------------------------------------------------------------------------
// The reader

async function* readOutbox(
  source: ExportSource,
  entry: string,
  self: Self,
  unknown: UnknownFields,
  ctx?: ReadContext,
): AsyncGenerator<ExportRecord> {
  const file = entryLabel(source, entry);
  const head = await peekText(source, entry, 65_536);
  // Nothing peeked (an empty outbox, or one that cannot be opened): reading it says what is wrong.
  if (head && !/"orderedItems"\s*:|"type"\s*:\s*"OrderedCollection(?:Page)?"/.test(head))
    throw readerInvalid(file, 'imports.mastodon.not_collection');
  // The project's streaming JSON scanner (one activity held at a time; errors name the entry and the
  // line where it stopped): on a 243 MB, 300,000-activity outbox it reads in 3.6 s where stream-json's
  // parser + pick + streamArray took 58 s.
  const items = new JsonItems(source, entry, ctx ? { ctx } : {});
  const where = `${source.name}: outbox.json`;
  let activity = 0;
  for await (const value of items) {
    if (items.key !== 'orderedItems' || !items.inArray) continue;
    activity++;
    const o = asObject(value);
    try {
      if (!o) throw new ActivityProblem('not a JSON object');
      yield* recordsOf(o, self, where, unknown);
    } catch (e) {
      if (!(e instanceof ActivityProblem)) throw e;
      const params = { item: activity, line: items.line, reason: e.message };
      throw readerInvalid(file, 'imports.mastodon.bad_activity', params, {
        line: items.line,
        field: `orderedItems[${activity - 1}]`,
      });
    }
  }
}

export const mastodonReader: ExportReader = {
  platform: 'mastodon',

  async detect(source) {
    const outbox = findEntry(source, 'outbox.json');
    if (!outbox) return 0;
    const head = await peekText(source, outbox, 4096);
    const collection = /"OrderedCollection"|"orderedItems"/.test(head);
    if (findEntry(source, 'actor.json')) return collection ? 0.95 : 0.6;
    return collection ? 0.7 : 0;
  },

  async *read(source, ctx) {
    const outbox = findEntry(source, 'outbox.json');
    if (!outbox) throw readerInvalid(source.name, 'imports.mastodon.no_outbox');
    const actor = findEntry(source, 'actor.json');
    const unknown = new UnknownFields();
    const account = actor
      ? accountFromActor(
          source.name,
          entryLabel(source, actor),
          await readSmallJson(source, actor, MAX_ACTOR, ctx),
          unknown,
        )
      : await accountFromOutbox(source, outbox);
    yield { type: 'account', account };
    const self: Self = {};
    if (account.handle) self.handle = account.handle;
    yield* readOutbox(source, outbox, self, unknown, ctx);
    yield* unknown.records();
  },
};
