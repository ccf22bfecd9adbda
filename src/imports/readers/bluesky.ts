// Bluesky repository exports (Settings → Export my data, or `com.atproto.sync.getRepo`): a CAR v1
// file of DAG-CBOR blocks: the signed commit (the CAR's root: `did`, `data` → the MST root), the nodes
// of the Merkle Search Tree that maps `collection/rkey` keys to record CIDs, and the records.
//
// How it is read, in two streaming passes over the CAR (`@ipld/car`'s CarBlockIterator, blocks
// decoded with `@ipld/dag-cbor`), so that memory holds keys, never records:
// 1. the commit (→ the DID), every MST node (`{l, e: [{p, k, v, t}]}`, keys prefix-compressed: each
//    key is the first `p` bytes of the previous key of the node + `k`) → a map from record CID to
//    `collection/rkey` for the collections read, and the profile record;
// 2. the records of those CIDs, decoded and mapped:
//    - `app.bsky.feed.post` → a post: id the record key (rkey, a TID), text, `createdAt`, `langs[0]`,
//      kind `reply` (with `reply.parent`), `quote` (an embedded record that is a post), else
//      `original`; links from link facets and external embeds; media from image and video embeds
//      (the blob's CID as reference); interactions: the parent's author (reply), the quoted author
//      (quote), mention facets (by DID);
//    - `app.bsky.feed.repost` → a post of kind `share`, its url the reposted post, an interaction
//      with its author;
//    - `app.bsky.actor.profile` (`self`) → the account's name and bio (`description`).
// Likes, follows, blocks, lists… are not posts: skipped quietly. Unknown collections and unknown
// fields of posts are reported.
//
// Decisions worth knowing:
// - The account's identity is its DID (the repository has no handle: that lives in the DID document):
//   `externalId` and `handle` are both the DID; a presence registered by handle (`name.bsky.social`)
//   is matched only once its DID is known to the registry, else import with `--presence`.
// - Other accounts are named by DID only (`other.externalId`), the one identity the records carry.
// - A post's time is its `createdAt`; when it is not a valid date, the time its TID record key encodes.
// - Counts (likes, reposts…) are not in a repository: posts carry none.
// - A truncated or damaged CAR is refused, naming the file, the block and the byte where it stopped.
import { CarBlockIterator } from '@ipld/car';
import * as dagCbor from '@ipld/dag-cbor';
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
import { entryLabel, extOf, peekBytes, readerInvalid, reasonOf, UnknownFields } from './support';

const POST = 'app.bsky.feed.post';
const REPOST = 'app.bsky.feed.repost';
const PROFILE = 'app.bsky.actor.profile';
const READ = new Set([POST, REPOST, PROFILE]);
/** Collections known and deliberately not read. */
const SKIPPED = new Set([
  'app.bsky.feed.like',
  'app.bsky.feed.generator',
  'app.bsky.feed.threadgate',
  'app.bsky.feed.postgate',
  'app.bsky.graph.follow',
  'app.bsky.graph.block',
  'app.bsky.graph.list',
  'app.bsky.graph.listitem',
  'app.bsky.graph.listblock',
  'app.bsky.graph.starterpack',
  'app.bsky.graph.verification',
  'app.bsky.actor.status',
  'app.bsky.labeler.service',
  'chat.bsky.actor.declaration',
]);
const POST_KEYS = new Set([
  '$type',
  'text',
  'createdAt',
  'langs',
  'reply',
  'embed',
  'facets',
  'labels',
  'tags',
  'entities',
  'via',
]);

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json | null =>
  v && typeof v === 'object' && !Array.isArray(v) && !isCid(v) ? (v as Json) : null;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A decoded CID (multiformats' class, whichever copy of the library made it). */
const isCid = (v: unknown): boolean => !!v && typeof v === 'object' && (v as { asCID?: unknown }).asCID === v;
const cidText = (v: unknown): string | undefined => (isCid(v) ? String(v) : undefined);

// ---------------------------------------------------------------------------------------------------
// AT URIs, TIDs

/** `at://did:plc:x/app.bsky.feed.post/3k…` → its parts. */
export function parseAtUri(
  uri: string | undefined,
): { did: string; collection?: string; rkey?: string } | null {
  const m = /^at:\/\/(did:[a-z0-9]+:[^/]+)(?:\/([^/]+)(?:\/([^/]+))?)?$/i.exec(uri ?? '');
  if (!m) return null;
  const out: { did: string; collection?: string; rkey?: string } = { did: m[1]! };
  if (m[2]) out.collection = m[2];
  if (m[3]) out.rkey = m[3];
  return out;
}

/** The web address of a post from its AT URI. */
export function postUrl(uri: string): string | undefined {
  const p = parseAtUri(uri);
  return p?.collection === POST && p.rkey ? `https://bsky.app/profile/${p.did}/post/${p.rkey}` : undefined;
}

const TID_CHARS = '234567abcdefghijklmnopqrstuvwxyz';

/** The time a TID record key encodes (microseconds since 1970, above 10 bits of clock id); null if not a TID. */
export function tidTime(rkey: string): string | null {
  if (!/^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/.test(rkey)) return null;
  let n = 0n;
  for (const c of rkey) n = (n << 5n) | BigInt(TID_CHARS.indexOf(c));
  const ms = Number((n >> 10n) / 1000n);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

// ---------------------------------------------------------------------------------------------------
// The CAR, block by block

class Truncated extends Error {
  constructor(
    readonly block: number,
    readonly byte: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

interface Block {
  /** The CID's bytes in base64: a flat, native-made string (see `cidKey`). */
  cid: string;
  /** The CID as people write it (base32), for messages. */
  cidText: () => string;
  bytes: Uint8Array;
  n: number;
}

/**
 * A map key for a CID: its bytes in base64. multiformats' `toString()` builds its base32 text one
 * character at a time; V8 keeps such strings as ropes of ~60 pieces (2 kB each as map keys, 250 MB
 * for a 200,000-post repository) and computing them was a tenth of the reading time.
 */
const cidKey = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** The blocks of the CAR entry, with the root CID, counting blocks and bytes for error messages. */
async function openCar(
  source: ExportSource,
  entry: string,
  ctx?: ReadContext,
): Promise<{ root: string | undefined; blocks: AsyncGenerator<Block> }> {
  const file = entryLabel(source, entry);
  const stream = await source.open(entry);
  let bytes = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.byteLength;
      ctx?.onBytes?.(bytes);
      yield chunk;
    }
  }
  let it: CarBlockIterator;
  try {
    it = await CarBlockIterator.fromIterable(counted());
  } catch (e) {
    stream.destroy();
    throw readerInvalid(file, 'imports.bluesky.not_car', { reason: reasonOf(e) });
  }
  const roots = await it.getRoots();
  async function* blocks(): AsyncGenerator<Block> {
    let n = 0;
    try {
      for await (const b of it) {
        n++;
        const cid = b.cid;
        yield { cid: cidKey(cid.bytes), cidText: () => cid.toString(), bytes: b.bytes, n };
      }
    } catch (e) {
      throw new Truncated(n, bytes, reasonOf(e));
    } finally {
      stream.destroy();
    }
  }
  return { root: roots[0] && cidKey(roots[0].bytes), blocks: blocks() };
}

function decode(file: string, b: Block): unknown {
  try {
    return dagCbor.decode(b.bytes);
  } catch (e) {
    throw readerInvalid(file, 'imports.bluesky.bad_block', {
      block: b.n,
      cid: b.cidText(),
      reason: reasonOf(e),
    });
  }
}

/** An MST node is a two-key map whose first key (keys sort by length, then bytes) is `e`. */
const looksLikeMstNode = (b: Uint8Array) => b[0] === 0xa2 && b[1] === 0x61 && b[2] === 0x65;

const utf8 = new TextDecoder();
const PROFILE_BYTES = new TextEncoder().encode(PROFILE);

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(hay.buffer, hay.byteOffset, hay.byteLength).indexOf(needle) >= 0;
}

interface Index {
  did: string;
  /** Record CID → its keys (`collection/rkey`), for the collections read. */
  keys: Map<string, string[]>;
  profile: Json | null;
}

/** Pass 1: the commit, the MST's keys of the records to read, the profile. */
async function indexCar(
  file: string,
  source: ExportSource,
  entry: string,
  unknown: UnknownFields,
  ctx?: ReadContext,
): Promise<Index> {
  const { root, blocks } = await openCar(source, entry, ctx);
  if (!root) throw readerInvalid(file, 'imports.bluesky.not_car', { reason: 'no root' });
  let did: string | undefined;
  const keys = new Map<string, string[]>();
  const profiles = new Map<string, Json>();
  let profileCid: string | undefined;
  try {
    for await (const b of blocks) {
      if (b.cid === root) {
        const commit = asObject(decode(file, b));
        did = str(commit?.did);
        if (!did) throw readerInvalid(file, 'imports.bluesky.no_commit');
      } else if (looksLikeMstNode(b.bytes)) {
        const node = asObject(decode(file, b));
        if (!node || !Array.isArray(node.e) || !('l' in node)) continue;
        let previous = new Uint8Array(0);
        for (const raw of node.e) {
          const e = asObject(raw);
          if (!e) continue;
          const { k, p } = e;
          const v = isCid(e.v) ? cidKey((e.v as { bytes: Uint8Array }).bytes) : undefined;
          if (!(k instanceof Uint8Array) || typeof p !== 'number' || !v) continue;
          const full = new Uint8Array(p + k.byteLength);
          full.set(previous.subarray(0, p));
          full.set(k, p);
          previous = full;
          const key = utf8.decode(full);
          const collection = key.slice(0, key.indexOf('/'));
          if (READ.has(collection)) {
            const at = keys.get(v);
            if (at) at.push(key);
            else keys.set(v, [key]);
            if (key === `${PROFILE}/self`) profileCid = v;
          } else if (!SKIPPED.has(collection)) unknown.note(file, `collection "${collection}"`);
        }
      } else if (contains(b.bytes, PROFILE_BYTES)) {
        const rec = asObject(decode(file, b));
        if (rec?.$type === PROFILE) profiles.set(b.cid, rec);
      }
    }
  } catch (e) {
    if (e instanceof Truncated) throw truncated(file, e);
    throw e;
  }
  if (!did) throw readerInvalid(file, 'imports.bluesky.no_commit');
  return { did, keys, profile: (profileCid && profiles.get(profileCid)) || null };
}

const truncated = (file: string, e: Truncated) =>
  readerInvalid(file, 'imports.bluesky.truncated', { block: e.block, byte: e.byte, reason: e.reason });

// ---------------------------------------------------------------------------------------------------
// Records

function blobRef(v: unknown): string | undefined {
  const o = asObject(v);
  return cidText(o?.ref) ?? str(asObject(o?.ref)?.$link) ?? str(o?.cid);
}

/** Media and links of an embed, and the post it quotes. */
function readEmbed(embed: Json | null, media: MediaRef[], links: string[]): string | undefined {
  if (!embed) return undefined;
  const type = str(embed.$type);
  if (type === 'app.bsky.embed.images') {
    for (const i of list(embed.images)) {
      const ref = blobRef(asObject(i)?.image);
      if (ref) media.push({ type: 'image', ref });
    }
  } else if (type === 'app.bsky.embed.video') {
    const ref = blobRef(embed.video);
    if (ref) media.push({ type: 'video', ref });
  } else if (type === 'app.bsky.embed.external') {
    const uri = str(asObject(embed.external)?.uri);
    if (uri && !links.includes(uri)) links.push(uri);
  } else if (type === 'app.bsky.embed.record') {
    const uri = str(asObject(embed.record)?.uri);
    return parseAtUri(uri)?.collection === POST ? uri : undefined;
  } else if (type === 'app.bsky.embed.recordWithMedia') {
    readEmbed(asObject(embed.media), media, links);
    const uri = str(asObject(asObject(embed.record)?.record)?.uri);
    return parseAtUri(uri)?.collection === POST ? uri : undefined;
  }
  return undefined;
}

function interaction(post: ExportPost, kind: ExportInteraction['kind'], did: string): ExportRecord {
  return {
    type: 'interaction',
    interaction: {
      postExternalId: post.externalId,
      kind,
      at: post.publishedAt,
      other: { platform: 'bluesky', externalId: did },
    },
  };
}

class RecordProblem extends Error {}

function timeOf(createdAt: unknown, rkey: string): string {
  const at = isoUtc(str(createdAt) ?? '') ?? tidTime(rkey);
  if (!at) throw new RecordProblem(`"createdAt" is not a date: "${String(createdAt).slice(0, 40)}"`);
  return at;
}

function* postRecords(
  file: string,
  did: string,
  rkey: string,
  rec: Json,
  unknown: UnknownFields,
): Generator<ExportRecord> {
  for (const k of Object.keys(rec)) if (!POST_KEYS.has(k)) unknown.note(file, `${POST}: ${k}`);
  const links: string[] = [];
  const media: MediaRef[] = [];
  const mentions: string[] = [];
  for (const f of list(rec.facets)) {
    for (const feature of list(asObject(f)?.features)) {
      const o = asObject(feature);
      const type = str(o?.$type);
      if (type === 'app.bsky.richtext.facet#link') {
        const uri = str(o?.uri);
        if (uri && !links.includes(uri)) links.push(uri);
      } else if (type === 'app.bsky.richtext.facet#mention') {
        const m = str(o?.did);
        if (m && !mentions.includes(m)) mentions.push(m);
      }
    }
  }
  const quoted = readEmbed(asObject(rec.embed), media, links);
  const parent = str(asObject(asObject(rec.reply)?.parent)?.uri);
  const post: ExportPost = {
    externalId: rkey,
    publishedAt: timeOf(rec.createdAt, rkey),
    text: str(rec.text) ?? '',
    kind: parent ? 'reply' : quoted ? 'quote' : 'original',
    url: `https://bsky.app/profile/${did}/post/${rkey}`,
    links,
    media,
    counts: {},
  };
  const language = str(list(rec.langs)[0]);
  if (language) post.language = language;
  yield { type: 'post', post };
  const seen = new Set<string>();
  const once = function* (kind: ExportInteraction['kind'], other: string | undefined) {
    if (!other || other === did || seen.has(`${kind} ${other}`)) return;
    seen.add(`${kind} ${other}`);
    yield interaction(post, kind, other);
  };
  yield* once('reply', parseAtUri(parent)?.did);
  yield* once('quote', parseAtUri(quoted)?.did);
  for (const m of mentions) yield* once('mention', m);
}

function* repostRecords(did: string, rkey: string, rec: Json): Generator<ExportRecord> {
  const subject = str(asObject(rec.subject)?.uri);
  if (!subject) throw new RecordProblem('a repost without "subject"');
  const post: ExportPost = {
    externalId: rkey,
    publishedAt: timeOf(rec.createdAt, rkey),
    text: '',
    kind: 'share',
    links: [],
    media: [],
    counts: {},
  };
  const url = postUrl(subject);
  if (url) post.url = url;
  yield { type: 'post', post };
  const other = parseAtUri(subject)?.did;
  if (other && other !== did) yield interaction(post, 'share', other);
}

/** Pass 2: the records of the index, in the CAR's order. */
async function* readRecords(
  file: string,
  source: ExportSource,
  entry: string,
  index: Index,
  unknown: UnknownFields,
  ctx?: ReadContext,
): AsyncGenerator<ExportRecord> {
  const { blocks } = await openCar(source, entry, ctx);
  try {
    for await (const b of blocks) {
      const keys = index.keys.get(b.cid);
      if (!keys) continue;
      const rec = asObject(decode(file, b));
      for (const key of keys) {
        const slash = key.indexOf('/');
        const collection = key.slice(0, slash);
        const rkey = key.slice(slash + 1);
        if (!rec) throw readerInvalid(file, 'imports.bluesky.bad_record', { key, reason: 'not a record' });
        try {
          if (collection === POST) yield* postRecords(file, index.did, rkey, rec, unknown);
          else if (collection === REPOST) yield* repostRecords(index.did, rkey, rec);
        } catch (e) {
          if (e instanceof RecordProblem)
            throw readerInvalid(
              file,
              'imports.bluesky.bad_record',
              { key, reason: e.message },
              { field: key },
            );
          throw e;
        }
      }
      // A record met once: identical records (same CID) are handled together above.
      index.keys.delete(b.cid);
    }
  } catch (e) {
    if (e instanceof Truncated) throw truncated(file, e);
    throw e;
  }
  if (index.keys.size)
    unknown.note(file, 'records named by the tree but missing from the file', index.keys.size);
}

// ---------------------------------------------------------------------------------------------------
// The reader

/** A CAR v1 header: a varint length, then a DAG-CBOR map `{roots, version: 1}`. */
function looksLikeCar(head: Uint8Array): boolean {
  if (head.length < 12 || head[0]! > 0x7f) return false;
  const text = Buffer.from(head.subarray(1, 1 + head[0]!)).toString('latin1');
  return head[1] === 0xa2 && text.includes('roots') && text.includes('version');
}

async function carEntry(source: ExportSource): Promise<string | undefined> {
  const entries = source.entries();
  const named = entries.filter((e) => extOf(e) === 'car').sort();
  if (named.length) return named[0];
  if (entries.length === 1 && looksLikeCar(await peekBytes(source, entries[0]!, 64))) return entries[0];
  return undefined;
}

export const blueskyReader: ExportReader = {
  platform: 'bluesky',

  async detect(source) {
    const entry = await carEntry(source);
    if (!entry) return 0;
    return looksLikeCar(await peekBytes(source, entry, 64)) ? 0.9 : extOf(entry) === 'car' ? 0.3 : 0;
  },

  async *read(source, ctx) {
    const entry = await carEntry(source);
    if (!entry) throw readerInvalid(source.name, 'imports.bluesky.not_car', { reason: 'no .car file' });
    const file = entryLabel(source, entry);
    const unknown = new UnknownFields();
    const index = await indexCar(file, source, entry, unknown, ctx);
    const account: ExportAccount = {
      platform: 'bluesky',
      externalId: index.did,
      handle: index.did,
      url: `https://bsky.app/profile/${index.did}`,
    };
    const name = str(index.profile?.displayName)?.trim();
    if (name) account.name = name;
    const created = str(index.profile?.createdAt) && isoUtc(str(index.profile?.createdAt)!);
    if (created) account.createdOn = created.slice(0, 10);
    const bio = str(index.profile?.description)?.trim();
    if (bio) account.bio = bio;
    yield { type: 'account', account };
    yield* readRecords(file, source, entry, index, unknown, ctx);
    yield* unknown.records();
  },
};
