// What the platforms' own data exports are read into: one model for every platform. Readers turn an
// export into a stream of records; the pipeline matches the account to a presence and stores them.
import type { Readable } from 'node:stream';

export const EXPORT_PLATFORMS = [
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'youtube',
  'mastodon',
  'bluesky',
  'tiktok',
  'csv',
] as const;
export type ExportPlatform = (typeof EXPORT_PLATFORMS)[number];

export const POST_KINDS = ['original', 'reply', 'share', 'quote'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const INTERACTION_KINDS = ['reply', 'mention', 'share', 'quote'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** The account the export belongs to, as the export describes it. */
export interface ExportAccount {
  /** Registry platform id (x, facebook, instagram, linkedin, youtube, mastodon, bluesky, tiktok…). */
  platform: string;
  /** The platform's own id for the account (X account id, Bluesky DID, YouTube channel id…). */
  externalId?: string;
  /** Handle as the platform writes it (`ombreval`, `ombreval@mastodon.social`, `company/ombreval`…). */
  handle?: string;
  /** Profile URL, when the export gives it (resolved by the registry). */
  url?: string;
  name?: string;
  /** Followers / subscribers, when the export gives it, and as of when. */
  audience?: number;
  audienceOn?: string;
  /** YYYY-MM-DD */
  createdOn?: string;
  /** The profile's description (plain text), when the export has one. */
  bio?: string;
}

export interface MediaRef {
  type: 'image' | 'video' | 'audio' | 'gif' | 'link' | 'other';
  /** Path inside the export, or URL, as given. */
  ref: string;
}

export interface EngagementCounts {
  likes?: number;
  shares?: number;
  replies?: number;
  quotes?: number;
  views?: number;
  saves?: number;
  clicks?: number;
}

/** Something the account published. */
export interface ExportPost {
  /** The platform's id of the post: the identity that makes re-imports idempotent. */
  externalId: string;
  /** ISO 8601 with time zone, normalised to UTC (`2021-03-04T10:20:30.000Z`). */
  publishedAt: string;
  text: string;
  /** BCP 47 code when the export says (`fr`, `en`); never guessed here. */
  language?: string;
  kind: PostKind;
  url?: string;
  links: string[];
  media: MediaRef[];
  counts: EngagementCounts;
}

/** Another account this account's posts reveal a relation with: a reply, a mention, a share, a quote. */
export interface ExportInteraction {
  /** The post that reveals it. */
  postExternalId: string;
  kind: InteractionKind;
  at: string;
  other: { platform: string; handle?: string; externalId?: string; name?: string };
}

/** One day of an account's metrics, where the export gives them. */
export interface ExportMetric {
  /** YYYY-MM-DD */
  day: string;
  audience?: number;
  /** Net new followers that day. */
  audienceGained?: number;
  impressions?: number;
  engagements?: number;
  visits?: number;
  videoViews?: number;
}

/** A field of the export the reader does not know: ignored, reported, never fatal. */
export interface UnknownField {
  /** File inside the export and dotted path: `data/tweets.js: tweet.edit_info.new_field`. */
  where: string;
  count: number;
}

export type ExportRecord =
  | { type: 'account'; account: ExportAccount }
  | { type: 'post'; post: ExportPost }
  | { type: 'interaction'; interaction: ExportInteraction }
  | { type: 'metric'; metric: ExportMetric }
  | { type: 'unknown'; field: UnknownField };

/**
 * An export as a reader sees it: a ZIP, a folder or a single file, with entries read as streams.
 * Entry paths use `/`, relative to the export's root, never `..`.
 */
export interface ExportSource {
  /** What the person gave: the file or folder name, for messages. */
  name: string;
  /** Every file entry (no directories). */
  entries(): string[];
  /** Uncompressed size of an entry, in bytes. */
  size(path: string): number;
  open(path: string): Promise<Readable>;
  close(): Promise<void>;
}

export interface ReadContext {
  /** Reports progress in bytes of the entry being read (for bars). */
  onBytes?: (bytes: number) => void;
}

export interface ExportReader {
  platform: ExportPlatform;
  /** How sure this reader is that the source is its format: 0 (no) to 1 (certain), from entry names and a peek. */
  detect(source: ExportSource): Promise<number>;
  /**
   * The records, streamed. The `account` record comes first (the pipeline needs it to find the
   * presence); errors are `Invalid` naming the entry and where it stopped (line, byte or record).
   */
  read(source: ExportSource, ctx?: ReadContext): AsyncIterable<ExportRecord>;
}
