// Records as the pipeline stores them: posts and interactions packed as flat rows (strings in one
// array, numbers in a Float64Array), the rare account, metric and unknown-field records as they are.
// Why: the reader runs in a worker thread, and copying a million nested objects between threads costs
// more than parsing them; flat arrays of strings copy about six times faster.
import { nameKey } from '../core/text';
import type { ExportRecord, PostKind } from './model';

/** Per post: external id, published at, text, language, kind, url, links (JSON), media (JSON). */
export const POST_STRINGS = 8;
/** Per post: likes, shares, replies, quotes, views, saves, clicks (NaN when the export has none). */
export const POST_COUNTS = 7;
/** Per interaction: post external id, kind, at, other platform, other key, other handle, other name. */
export const INTERACTION_STRINGS = 7;

export interface RecordBatch {
  postStrings: (string | null)[];
  postCounts: Float64Array<ArrayBuffer>;
  interactions: (string | null)[];
  /** Account, metric and unknown-field records, in reading order. */
  others: ExportRecord[];
  /** Interactions read, including those without an identifiable other account (not stored). */
  interactionsRead: number;
  /** Bytes read so far of the entry being read (for progress). */
  read: number;
}

export const BATCH_RECORDS = 1000;

function emptyBatch(): {
  postStrings: (string | null)[];
  counts: number[];
  interactions: (string | null)[];
  others: ExportRecord[];
  interactionsRead: number;
  size: number;
} {
  return { postStrings: [], counts: [], interactions: [], others: [], interactionsRead: 0, size: 0 };
}

const num = (v: number | undefined) => (v === undefined ? Number.NaN : v);

/** Groups a reader's records into packed batches of about `size` records. */
export async function* batchRecords(
  records: AsyncIterable<ExportRecord>,
  progress: () => number = () => 0,
  size = BATCH_RECORDS,
): AsyncGenerator<RecordBatch> {
  let b = emptyBatch();
  const done = (): RecordBatch => ({
    postStrings: b.postStrings,
    postCounts: Float64Array.from(b.counts),
    interactions: b.interactions,
    others: b.others,
    interactionsRead: b.interactionsRead,
    read: progress(),
  });
  for await (const r of records) {
    if (r.type === 'post') {
      const p = r.post;
      b.postStrings.push(
        p.externalId,
        p.publishedAt,
        p.text,
        p.language ?? null,
        p.kind,
        p.url ?? null,
        JSON.stringify(p.links),
        JSON.stringify(p.media),
      );
      const c = p.counts;
      b.counts.push(
        num(c.likes),
        num(c.shares),
        num(c.replies),
        num(c.quotes),
        num(c.views),
        num(c.saves),
        num(c.clicks),
      );
    } else if (r.type === 'interaction') {
      const i = r.interaction;
      b.interactionsRead++;
      // The other account's identity: its platform id, else its handle, else its name.
      const key =
        i.other.externalId ?? (i.other.handle ? i.other.handle.toLowerCase() : nameKey(i.other.name ?? ''));
      if (key)
        b.interactions.push(
          i.postExternalId,
          i.kind,
          i.at,
          i.other.platform,
          key,
          i.other.handle ?? null,
          i.other.name ?? null,
        );
    } else b.others.push(r);
    if (++b.size >= size) {
      yield done();
      b = emptyBatch();
    }
  }
  if (b.size) yield done();
}

/** A packed post, as the posts table stores it. */
export interface PackedPost {
  presence_id: number;
  external_id: string;
  published_at: string;
  text: string;
  language: string | null;
  kind: PostKind;
  url: string | null;
  links: string;
  media: string;
  likes: number | null;
  shares: number | null;
  replies: number | null;
  quotes: number | null;
  views: number | null;
  saves: number | null;
  clicks: number | null;
  import_id: number;
}

const count = (v: number) => (Number.isNaN(v) ? null : v);

export function postCount(b: RecordBatch): number {
  return b.postStrings.length / POST_STRINGS;
}

/** The latest publication time of a batch's posts ('' for none): ISO times compare as strings. */
export function latestPublished(b: RecordBatch): string {
  let last = '';
  const s = b.postStrings;
  for (let o = 1; o < s.length; o += POST_STRINGS) if (s[o]! > last) last = s[o]!;
  return last;
}

/**
 * Post `k` of a batch, as a row of `presenceId` and import `importId`: one object, for the posts
 * compared with stored ones (a million of them is where it shows; new posts are stored packed).
 */
export function unpackPost(b: RecordBatch, k: number, presenceId: number, importId: number): PackedPost {
  const s = b.postStrings;
  const c = b.postCounts;
  const o = k * POST_STRINGS;
  const n = k * POST_COUNTS;
  return {
    presence_id: presenceId,
    external_id: s[o]!,
    published_at: s[o + 1]!,
    text: s[o + 2]!,
    language: s[o + 3] ?? null,
    kind: s[o + 4] as PostKind,
    url: s[o + 5] ?? null,
    links: s[o + 6]!,
    media: s[o + 7]!,
    likes: count(c[n]!),
    shares: count(c[n + 1]!),
    replies: count(c[n + 2]!),
    quotes: count(c[n + 3]!),
    views: count(c[n + 4]!),
    saves: count(c[n + 5]!),
    clicks: count(c[n + 6]!),
    import_id: importId,
  };
}
