// YouTube, from Google Takeout ("YouTube and YouTube Music"): the channel and its videos' metadata.
//
// Layouts read:
// - `Takeout/YouTube and YouTube Music/channels/channel.csv`: Channel ID, Channel Title (Original),
//   Channel Visibility…: the account;
// - `Takeout/YouTube and YouTube Music/video metadata/videos.csv` (and `videos(1).csv`… when Google
//   splits it): Video ID, Approx Duration (ms), Video Audio Language, Video Category, Video
//   Description (Original), Channel ID, Video Title (Original), Privacy, Video State, Video Create
//   Timestamp, Video Publish Timestamp: one post per video, streamed;
// - older Takeouts: JSON files under a `videos…` folder holding YouTube Data API resources
//   (`{kind: "youtube#video", id, snippet: {publishedAt, title, description, channelId,
//   defaultAudioLanguage…}, statistics: {viewCount, likeCount, commentCount…}, status}`), one per file,
//   an array of them, or a list response (`{items: […]}`); a `youtube#channel` resource gives the account
//   (with its subscriber count when present).
//
// Decisions worth knowing:
// - Folder names are localised ("YouTube et YouTube Music", "chaînes", "métadonnées des vidéos"):
//   files are found by folding names (accents, case) and then recognised by their header row or their
//   `kind`, not by an exact path. The CSV headers themselves are read in English, as Google writes them.
// - The account is the channel of channel.csv (its id is the handle `channel/UC…`); without it, the
//   Channel ID of the first video; without either, the platform alone (the pipeline asks `--presence`).
//   Videos of another channel (a Takeout of several brand accounts) are skipped and reported.
// - Private videos and videos with neither a publish nor a create timestamp were never published:
//   skipped, and reported as such with the unknown fields.
// - A video's text is its title, a blank line, then its description. Takeout CSVs carry no counts;
//   the old JSON's statistics become likes, replies (comments) and views.
import { isoUtc } from '../../core/parse/dates';
import type {
  ExportAccount,
  ExportPost,
  ExportReader,
  ExportRecord,
  ExportSource,
  ReadContext,
} from '../model';
import { csvEntryRows, peekCsvHeader } from './csv-rows';
import {
  baseName,
  entryLabel,
  extOf,
  keyOf,
  peekText,
  readerInvalid,
  readSmallJson,
  UnknownFields,
} from './support';

const MAX_JSON = 20 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------------
// Finding the files

/** Index of the path segment that is the YouTube folder (`YouTube and YouTube Music`, `YouTube`…), or -1. */
function youtubeFolder(segments: string[]): number {
  return segments.findIndex((s, i) => i < segments.length - 1 && /^youtube\b/.test(keyOf(s)));
}

const CHANNEL_WORD = /\b(?:channels?|chaines?|canal|canales|canali|kanale?|kanaal)\b/;
const VIDEO_WORD = /\bvideos?\b/;

interface Files {
  channelCsv: string[];
  videoCsv: string[];
  json: string[];
}

const CHANNEL_COLUMNS = new Set(
  [
    'channel id',
    'channel title original',
    'channel title',
    'channel visibility',
    'channel description original',
    'channel country',
    'channel url',
    'channel handle',
  ].map(keyOf),
);
const VIDEO_COLUMNS = new Set(
  [
    'video id',
    'approx duration ms',
    'video audio language',
    'video default language',
    'video category',
    'video description original',
    'video description',
    'channel id',
    'video title original',
    'video title',
    'privacy',
    'video state',
    'video create timestamp',
    'video publish timestamp',
    'video license',
  ].map(keyOf),
);

export function csvKindOf(headers: string[]): 'channel' | 'videos' | null {
  const keys = headers.map(keyOf);
  if (keys.includes('video id')) {
    const videoish = ['video publish timestamp', 'video create timestamp', 'video title original'];
    return keys.some((k) => videoish.includes(k)) ? 'videos' : null;
  }
  if (keys.includes('channel id') && keys.some((k) => k.startsWith('channel title'))) return 'channel';
  return null;
}

/** The channel and video files of a Takeout (or of a lone CSV), recognised by folder words and headers. */
async function findFiles(source: ExportSource): Promise<Files> {
  const out: Files = { channelCsv: [], videoCsv: [], json: [] };
  for (const entry of source.entries().sort()) {
    const segments = entry.split('/');
    const root = youtubeFolder(segments);
    const inside = root >= 0 ? segments.slice(root + 1) : segments;
    const path = inside.map(keyOf).join(' / ');
    const ext = extOf(entry);
    if (
      ext === 'csv' &&
      (CHANNEL_WORD.test(path) || VIDEO_WORD.test(path) || source.entries().length === 1)
    ) {
      const header = await peekCsvHeader(source, entry);
      const kind = header && csvKindOf(header);
      if (kind === 'channel') out.channelCsv.push(entry);
      else if (kind === 'videos') out.videoCsv.push(entry);
    } else if (
      ext === 'json' &&
      (root >= 0 || source.entries().length === 1) &&
      (VIDEO_WORD.test(path) || CHANNEL_WORD.test(path))
    ) {
      const head = await peekText(source, entry, 2048);
      if (
        /"youtube#(?:video|channel)"|"snippet"\s*:/.test(head) ||
        /^\s*\[?\s*\{\s*"(?:kind|etag|id|snippet)"/.test(head)
      )
        out.json.push(entry);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Values

const LANGUAGE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

function languageOf(text: string | undefined): string | undefined {
  const s = text?.trim().replace(/_/g, '-');
  if (!s || !LANGUAGE.test(s) || /^(?:und|zxx|mul)$/i.test(s)) return undefined;
  const [lang, ...rest] = s.split('-');
  return [lang!.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

const isPrivate = (privacy: string | undefined) =>
  /^(?:private|prive|privee|privado|privat)$/.test(keyOf(privacy ?? ''));

const watchUrl = (id: string) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`;

function channelAccount(id: string | undefined, name: string | undefined): ExportAccount {
  const account: ExportAccount = { platform: 'youtube' };
  if (id) {
    account.externalId = id;
    account.handle = `channel/${id}`;
    account.url = `https://www.youtube.com/channel/${encodeURIComponent(id)}`;
  }
  if (name) account.name = name;
  return account;
}

function videoPost(
  id: string,
  publishedAt: string,
  title: string,
  description: string,
  language?: string,
): ExportPost {
  const url = watchUrl(id);
  const post: ExportPost = {
    externalId: id,
    publishedAt,
    text: description.trim() ? `${title}\n\n${description}` : title,
    kind: 'original',
    url,
    links: [],
    media: [{ type: 'video', ref: url }],
    counts: {},
  };
  if (language) post.language = language;
  return post;
}

const countOf = (v: unknown): number | undefined => {
  const n =
    typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : Number.NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
};

const asObject = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

// ---------------------------------------------------------------------------------------------------
// CSV files

interface Columns {
  at: Map<string, number>;
  headers: string[];
}

function columnsOf(cells: string[]): Columns {
  return { at: new Map(cells.map((c, i) => [keyOf(c), i] as const)), headers: cells.map((c) => c.trim()) };
}

const cell = (c: Columns, cells: string[], key: string) => {
  const i = c.at.get(key);
  return i === undefined ? undefined : (cells[i] ?? '').trim();
};

async function channelFromCsv(
  source: ExportSource,
  entry: string,
  unknown: UnknownFields,
  ctx?: ReadContext,
): Promise<ExportAccount | null> {
  let columns: Columns | null = null;
  let account: ExportAccount | null = null;
  for await (const row of csvEntryRows(source, entry, ctx)) {
    if (!columns) {
      columns = columnsOf(row.cells);
      for (const [k, i] of columns.at)
        if (!CHANNEL_COLUMNS.has(k))
          unknown.note(source.name, `${baseName(entry)}: column "${columns.headers[i]}"`);
      continue;
    }
    const id = cell(columns, row.cells, 'channel id');
    if (!id) continue;
    if (account) {
      unknown.note(
        source.name,
        `${baseName(entry)}: other channels (only the first, ${account.externalId}, is imported)`,
      );
      continue;
    }
    account = channelAccount(
      id,
      cell(columns, row.cells, 'channel title original') || cell(columns, row.cells, 'channel title'),
    );
  }
  return account;
}

/** The channel id of the first video of a CSV: the account when there is no channel file. */
async function firstVideoChannel(source: ExportSource, entry: string): Promise<string | undefined> {
  let columns: Columns | null = null;
  const rows = csvEntryRows(source, entry);
  try {
    for await (const row of rows) {
      if (!columns) {
        columns = columnsOf(row.cells);
        if (!columns.at.has('channel id')) return undefined;
        continue;
      }
      const id = cell(columns, row.cells, 'channel id');
      if (id) return id;
    }
  } finally {
    await rows.return(undefined);
  }
  return undefined;
}

async function* videosFromCsv(
  source: ExportSource,
  entry: string,
  channelId: string | undefined,
  unknown: UnknownFields,
  ctx?: ReadContext,
): AsyncGenerator<ExportRecord> {
  const file = entryLabel(source, entry);
  const name = baseName(entry);
  let columns: Columns | null = null;
  for await (const row of csvEntryRows(source, entry, ctx)) {
    if (!columns) {
      columns = columnsOf(row.cells);
      continue;
    }
    const c = columns;
    for (const [k, i] of c.at)
      if (k && !VIDEO_COLUMNS.has(k) && row.cells[i]?.trim())
        unknown.note(source.name, `${name}: column "${c.headers[i]}"`);
    const get = (key: string) => cell(c, row.cells, key);
    const id = get('video id');
    if (!id)
      throw readerInvalid(
        file,
        'imports.youtube.no_video_id',
        { line: row.line },
        { line: row.line, column: 'Video ID' },
      );
    const owner = get('channel id');
    if (channelId && owner && owner !== channelId) {
      unknown.note(source.name, `${name}: videos of another channel (${owner})`);
      continue;
    }
    if (isPrivate(get('privacy'))) {
      unknown.note(source.name, `${name}: private videos (not imported)`);
      continue;
    }
    let publishedAt: string | null = null;
    for (const key of ['video publish timestamp', 'video create timestamp']) {
      const text = get(key);
      if (!text) continue;
      publishedAt = isoUtc(text);
      if (!publishedAt) {
        const column = c.headers[c.at.get(key)!]!;
        throw readerInvalid(
          file,
          'imports.youtube.bad_date',
          { line: row.line, column, value: text.slice(0, 60) },
          { line: row.line, column },
        );
      }
      break;
    }
    if (!publishedAt) {
      unknown.note(source.name, `${name}: videos never published (no timestamp)`);
      continue;
    }
    const title = get('video title original') || get('video title') || '';
    const description = get('video description original') ?? get('video description') ?? '';
    const language = languageOf(get('video audio language') || get('video default language'));
    yield { type: 'post', post: videoPost(id, publishedAt, title, description, language) };
  }
}

// ---------------------------------------------------------------------------------------------------
// JSON files (older Takeouts)

const VIDEO_KEYS = new Set([
  'kind',
  'etag',
  'id',
  'snippet',
  'statistics',
  'status',
  'contentDetails',
  'localizations',
]);
const SNIPPET_KEYS = new Set([
  'publishedAt',
  'channelId',
  'title',
  'description',
  'thumbnails',
  'channelTitle',
  'tags',
  'categoryId',
  'liveBroadcastContent',
  'defaultLanguage',
  'defaultAudioLanguage',
  'localized',
]);

function resourcesOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  const o = asObject(json);
  if (o && Array.isArray(o.items)) return o.items;
  return o ? [o] : [];
}

async function jsonResources(source: ExportSource, entry: string, ctx?: ReadContext): Promise<unknown[]> {
  return resourcesOf(await readSmallJson(source, entry, MAX_JSON, ctx));
}

function channelFromJson(r: Record<string, unknown>): ExportAccount | null {
  if (r.kind !== 'youtube#channel') return null;
  const snippet = asObject(r.snippet) ?? {};
  const account = channelAccount(str(r.id), str(snippet.title));
  const subscribers = countOf(asObject(r.statistics)?.subscriberCount);
  if (subscribers !== undefined) account.audience = subscribers;
  const created = str(snippet.publishedAt) && isoUtc(str(snippet.publishedAt)!);
  if (created) account.createdOn = created.slice(0, 10);
  return account;
}

function* videoFromJson(
  exportName: string,
  file: string,
  name: string,
  r: Record<string, unknown>,
  item: number,
  channelId: string | undefined,
  unknown: UnknownFields,
): Generator<ExportRecord> {
  const snippet = asObject(r.snippet);
  const idValue = r.id;
  const id = str(idValue) ?? str(asObject(idValue)?.videoId);
  if (!snippet || !id) throw readerInvalid(file, 'imports.youtube.not_video', { item });
  unknown.keys(exportName, name, r, VIDEO_KEYS);
  unknown.keys(exportName, `${name}: snippet`, snippet, SNIPPET_KEYS);
  const owner = str(snippet.channelId);
  if (channelId && owner && owner !== channelId) {
    unknown.note(exportName, `${name}: videos of another channel (${owner})`);
    return;
  }
  if (isPrivate(str(asObject(r.status)?.privacyStatus))) {
    unknown.note(exportName, `${name}: private videos (not imported)`);
    return;
  }
  const at = str(snippet.publishedAt);
  const publishedAt = at ? isoUtc(at) : null;
  if (!publishedAt) {
    unknown.note(exportName, `${name}: videos never published (no timestamp)`);
    return;
  }
  const post = videoPost(
    id,
    publishedAt,
    str(snippet.title) ?? '',
    str(snippet.description) ?? '',
    languageOf(str(snippet.defaultAudioLanguage) ?? str(snippet.defaultLanguage)),
  );
  const stats = asObject(r.statistics) ?? {};
  const likes = countOf(stats.likeCount);
  const replies = countOf(stats.commentCount);
  const views = countOf(stats.viewCount);
  if (likes !== undefined) post.counts.likes = likes;
  if (replies !== undefined) post.counts.replies = replies;
  if (views !== undefined) post.counts.views = views;
  yield { type: 'post', post };
}

// ---------------------------------------------------------------------------------------------------
// The reader

export const youtubeReader: ExportReader = {
  platform: 'youtube',

  async detect(source) {
    const entries = source.entries();
    const inFolder = entries.some((e) => youtubeFolder(e.split('/')) >= 0);
    if (!inFolder && entries.length > 1) return 0;
    const files = await findFiles(source);
    const found = files.channelCsv.length + files.videoCsv.length + files.json.length > 0;
    if (found) return inFolder ? 0.9 : 0.8;
    return inFolder ? 0.3 : 0;
  },

  async *read(source, ctx) {
    const files = await findFiles(source);
    if (!files.channelCsv.length && !files.videoCsv.length && !files.json.length)
      throw readerInvalid(source.name, 'imports.youtube.no_file');
    const unknown = new UnknownFields();

    let account: ExportAccount | null = null;
    for (const entry of files.channelCsv) {
      const found = await channelFromCsv(source, entry, unknown, ctx);
      if (found && !account) account = found;
    }
    // Old JSON: the channel resources first (they are small), the videos afterwards.
    const videoJson: string[] = [];
    for (const entry of files.json) {
      const head = await peekText(source, entry, 2048);
      if (!/"youtube#channel"/.test(head)) {
        videoJson.push(entry);
        continue;
      }
      for (const r of await jsonResources(source, entry, ctx)) {
        const o = asObject(r);
        const found = o && channelFromJson(o);
        if (found && !account) account = found;
        else if (o && o.kind !== 'youtube#channel') videoJson.push(entry);
      }
    }
    if (!account && files.videoCsv[0]) {
      const id = await firstVideoChannel(source, files.videoCsv[0]);
      if (id) account = channelAccount(id, undefined);
    }
    account ??= channelAccount(undefined, undefined);
    yield { type: 'account', account };

    const channelId = account.externalId;
    for (const entry of files.videoCsv) yield* videosFromCsv(source, entry, channelId, unknown, ctx);
    for (const entry of [...new Set(videoJson)]) {
      const file = entryLabel(source, entry);
      let item = 0;
      for (const r of await jsonResources(source, entry, ctx)) {
        item++;
        const o = asObject(r);
        if (o?.kind === 'youtube#channel') continue;
        if (!o) throw readerInvalid(file, 'imports.youtube.not_video', { item });
        yield* videoFromJson(source.name, file, baseName(entry), o, item, channelId, unknown);
      }
    }
    yield* unknown.records();
  },
};
