import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../../core/errors';
import { memorySource } from '../memory';
import type { ExportPost, ExportRecord, ExportSource } from '../model';
import { openSource } from '../source';
import { detectReader, READERS } from './index';
import { twitterDate, xReader } from './x';

// ---------------------------------------------------------------------------------------------------
// Fixtures: an archive as X writes it (pretty-printed JSON behind `window.YTD.<type>.part0 = `).

const ytd = (type: string, items: unknown[], part = 0) =>
  `window.YTD.${type}.part${part} = ${JSON.stringify(items, null, 2)}`;

function manifest(
  tweetFiles: { fileName: string; count: string }[] = [{ fileName: 'data/tweets.js', count: '6' }],
) {
  const config = {
    userInfo: { accountId: '1234567890', userName: 'Ombreval', displayName: 'Ombreval SA' },
    archiveInfo: {
      sizeBytes: '4213376',
      generationDate: '2021-03-05T08:12:45.000Z',
      isPartialArchive: false,
      maxPartSizeBytes: '53687091200',
    },
    readmeInfo: { fileName: 'data/README.txt', directory: 'data/', name: 'README.txt' },
    dataTypes: {
      account: { files: [{ fileName: 'data/account.js', globalName: 'YTD.account.part0', count: '1' }] },
      profile: { files: [{ fileName: 'data/profile.js', globalName: 'YTD.profile.part0', count: '1' }] },
      follower: { files: [{ fileName: 'data/follower.js', globalName: 'YTD.follower.part0', count: '3' }] },
      like: { files: [{ fileName: 'data/like.js', globalName: 'YTD.like.part0', count: '0' }] },
      tweets: {
        mediaDirectory: 'data/tweets_media',
        files: tweetFiles.map((f, i) => ({ ...f, globalName: `YTD.tweets.part${i}` })),
      },
    },
  };
  return `window.__THAR_CONFIG = ${JSON.stringify(config, null, 2)}`;
}

const account = ytd('account', [
  {
    account: {
      email: 'social@ombreval.example',
      createdVia: 'web',
      username: 'Ombreval',
      accountId: '1234567890',
      createdAt: '2011-06-14T09:30:00.000Z',
      accountDisplayName: 'Ombreval SA',
    },
  },
]);

const profile = ytd('profile', [
  {
    profile: {
      description: {
        bio: 'Le compte officiel d’Ombreval &amp; ses équipes. Presse : @OmbrevalPresse https://t.co/x1',
        website: 'https://t.co/Xy12AbCd',
        location: 'Lyon, France',
      },
      avatarMediaUrl: 'https://pbs.twimg.com/profile_images/1/avatar.jpg',
      headerMediaUrl: 'https://pbs.twimg.com/profile_banners/1234567890/1600000000',
    },
  },
]);

const followers = ytd(
  'follower',
  ['111', '222', '333'].map((id) => ({
    follower: { accountId: id, userLink: `https://twitter.com/intent/user?user_id=${id}` },
  })),
);

function tweet(fields: Record<string, unknown>) {
  return {
    tweet: {
      edit_info: {
        initial: {
          editTweetIds: [fields.id_str],
          editableUntil: '2021-03-03T11:20:30.000Z',
          editsRemaining: '5',
          isEditEligible: true,
        },
      },
      retweeted: false,
      source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
      display_text_range: ['0', '140'],
      favorite_count: '0',
      truncated: false,
      retweet_count: '0',
      id: fields.id_str,
      created_at: 'Wed Mar 03 10:20:30 +0000 2021',
      favorited: false,
      lang: 'fr',
      ...fields,
    },
  };
}

const mention = (screen_name: string, id_str: string, name: string) => ({
  name,
  screen_name,
  indices: ['0', '5'],
  id_str,
  id: id_str,
});

const TWEETS = [
  tweet({
    id_str: '1367000000000000001',
    full_text:
      'Notre charte des réseaux sociaux &amp; le guide, avec @jeandupont https://t.co/abc #vigie https://t.co/pic',
    favorite_count: '12',
    retweet_count: '3',
    entities: {
      hashtags: [{ text: 'vigie', indices: ['90', '96'] }],
      symbols: [],
      user_mentions: [mention('jeandupont', '42', 'Jean Dupont')],
      urls: [
        {
          url: 'https://t.co/abc',
          expanded_url: 'https://ombreval.example/charte',
          display_url: 'ombreval.example/charte',
          indices: ['60', '83'],
        },
      ],
      media: [{ id_str: '9', type: 'photo', media_url_https: 'https://pbs.twimg.com/media/EvXyZ.jpg' }],
    },
    extended_entities: {
      media: [
        { id_str: '9', type: 'photo', media_url_https: 'https://pbs.twimg.com/media/EvXyZ.jpg' },
        {
          id_str: '10',
          type: 'video',
          media_url_https: 'https://pbs.twimg.com/ext_tw_video_thumb/10/pu/img/thumb.jpg',
          video_info: {
            variants: [
              {
                bitrate: '256000',
                content_type: 'video/mp4',
                url: 'https://video.twimg.com/ext_tw_video/10/pu/vid/480x270/low.mp4?tag=12',
              },
              {
                content_type: 'application/x-mpegURL',
                url: 'https://video.twimg.com/ext_tw_video/10/pu/pl/list.m3u8',
              },
              {
                bitrate: '2176000',
                content_type: 'video/mp4',
                url: 'https://video.twimg.com/ext_tw_video/10/pu/vid/1280x720/high.mp4?tag=12',
              },
            ],
          },
        },
      ],
    },
  }),
  tweet({
    id_str: '1367000000000000002',
    created_at: 'Thu Mar 04 23:59:59 -0200 2021',
    full_text: '@jeandupont @marie_l Merci, nous regardons cela.',
    in_reply_to_status_id_str: '1366999999999999999',
    in_reply_to_user_id_str: '42',
    in_reply_to_screen_name: 'jeandupont',
    entities: {
      hashtags: [],
      symbols: [],
      user_mentions: [mention('jeandupont', '42', 'Jean Dupont'), mention('marie_l', '43', 'Marie L.')],
      urls: [],
    },
    lang: 'fr',
  }),
  tweet({
    id_str: '1367000000000000003',
    full_text: 'RT @LeMonde: La gouvernance des données, enjeu de 2021, selon @expert',
    entities: {
      hashtags: [],
      symbols: [],
      user_mentions: [mention('LeMonde', '24744541', 'Le Monde'), mention('expert', '77', 'Expert')],
      urls: [],
    },
    retweet_count: '0',
  }),
  tweet({
    id_str: '1367000000000000004',
    full_text: 'Bien vu ! https://t.co/q',
    entities: {
      hashtags: [],
      symbols: [],
      user_mentions: [],
      urls: [
        {
          url: 'https://t.co/q',
          expanded_url: 'https://twitter.com/marie_l/status/1366000000000000000',
          display_url: 'twitter.com/marie_l/statu…',
        },
      ],
    },
    lang: 'und',
  }),
  tweet({
    id_str: '1367000000000000005',
    full_text: '2/ et la suite du fil.',
    in_reply_to_status_id_str: '1367000000000000001',
    in_reply_to_user_id_str: '1234567890',
    in_reply_to_screen_name: 'Ombreval',
  }),
  tweet({
    id_str: '1367000000000000006',
    full_text: 'Un champ nouveau',
    new_field: { x: 1 },
    edit_info: { initial: {}, newer: true },
  }),
];

function archive(
  overrides: Record<string, string | Uint8Array | undefined> = {},
): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array | undefined> = {
    'Your archive.html': '<!DOCTYPE html><html></html>',
    'data/manifest.js': manifest(),
    'data/account.js': account,
    'data/profile.js': profile,
    'data/follower.js': followers,
    'data/like.js': ytd('like', []),
    'data/tweets.js': ytd('tweets', TWEETS),
    'data/tweets_media/1367000000000000001-EvXyZ.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
    'data/README.txt': 'Twitter archive',
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(files).filter((e): e is [string, string | Uint8Array] => e[1] !== undefined),
  );
}

async function readAll(source: ExportSource): Promise<ExportRecord[]> {
  const out: ExportRecord[] = [];
  for await (const r of xReader.read(source)) out.push(r);
  return out;
}

async function invalidOf(p: Promise<unknown>): Promise<Invalid> {
  try {
    await p;
  } catch (e) {
    if (e instanceof Invalid) return e;
    throw e;
  }
  throw new Error('expected an Invalid');
}

const posts = (records: ExportRecord[]) => records.flatMap((r) => (r.type === 'post' ? [r.post] : []));
const interactions = (records: ExportRecord[]) =>
  records.flatMap((r) => (r.type === 'interaction' ? [r.interaction] : []));

// ---------------------------------------------------------------------------------------------------

describe('X archive', () => {
  it('is recognised from its manifest, or from its data files', async () => {
    expect(await xReader.detect(memorySource('twitter.zip', archive()))).toBe(1);
    const noManifest = archive({ 'data/manifest.js': undefined });
    expect(await xReader.detect(memorySource('twitter.zip', noManifest))).toBeGreaterThanOrEqual(0.9);
    expect(
      await xReader.detect(memorySource('tweets.js', { 'tweets.js': ytd('tweets', TWEETS) })),
    ).toBeGreaterThanOrEqual(0.5);
    expect(
      await xReader.detect(
        memorySource('fb.zip', { 'your_facebook_activity/posts/your_posts_1.json': '[]' }),
      ),
    ).toBe(0);
    expect(await xReader.detect(memorySource('other.zip', { 'data/tweets.js': '[]' }))).toBeLessThan(0.5);
  });

  it('yields the account first: manifest and account.js, followers counted', async () => {
    const records = await readAll(memorySource('twitter.zip', archive()));
    expect(records[0]).toEqual({
      type: 'account',
      account: {
        platform: 'x',
        externalId: '1234567890',
        handle: 'Ombreval',
        name: 'Ombreval SA',
        url: 'https://x.com/Ombreval',
        createdOn: '2011-06-14',
        bio: 'Le compte officiel d’Ombreval & ses équipes. Presse : @OmbrevalPresse https://t.co/x1',
        audience: 3,
        audienceOn: '2021-03-05',
      },
    });
    expect(records.filter((r) => r.type === 'account')).toHaveLength(1);
  });

  it('reads the bio from profile.js when the archive has one, and reports its unknown fields', async () => {
    const noProfile = archive({ 'data/profile.js': undefined, 'data/manifest.js': undefined });
    const first = (await readAll(memorySource('twitter.zip', noProfile)))[0];
    expect(first?.type === 'account' && first.account).toMatchObject({ handle: 'Ombreval' });
    expect(first?.type === 'account' && first.account.bio).toBeUndefined();

    const odd = ytd('profile', [
      { profile: { description: { bio: '  ', website: '', location: '' }, pinnedTweet: '1' } },
    ]);
    const records = await readAll(memorySource('twitter.zip', archive({ 'data/profile.js': odd })));
    expect(records[0]?.type === 'account' && records[0].account.bio).toBeUndefined();
    expect(records.flatMap((r) => (r.type === 'unknown' ? [r.field] : []))).toContainEqual({
      where: 'data/profile.js: profile.pinnedTweet',
      count: 1,
    });
  });

  it('reads tweets into posts: dates, counts as numbers, kinds, links, media', async () => {
    const records = await readAll(memorySource('twitter.zip', archive()));
    const p = posts(records);
    expect(p.map((x) => [x.externalId, x.kind])).toEqual([
      ['1367000000000000001', 'original'],
      ['1367000000000000002', 'reply'],
      ['1367000000000000003', 'share'],
      ['1367000000000000004', 'quote'],
      ['1367000000000000005', 'reply'],
      ['1367000000000000006', 'original'],
    ]);
    expect(p[0]).toEqual({
      externalId: '1367000000000000001',
      publishedAt: '2021-03-03T10:20:30.000Z',
      text: 'Notre charte des réseaux sociaux & le guide, avec @jeandupont https://t.co/abc #vigie https://t.co/pic',
      language: 'fr',
      kind: 'original',
      url: 'https://x.com/Ombreval/status/1367000000000000001',
      links: ['https://ombreval.example/charte'],
      media: [
        { type: 'image', ref: 'data/tweets_media/1367000000000000001-EvXyZ.jpg' },
        { type: 'video', ref: 'https://video.twimg.com/ext_tw_video/10/pu/vid/1280x720/high.mp4?tag=12' },
      ],
      counts: { likes: 12, shares: 3 },
    } satisfies ExportPost);
    expect(p[1]?.publishedAt).toBe('2021-03-05T01:59:59.000Z');
    expect(p[3]?.language).toBeUndefined();
    expect(p[3]?.links).toEqual(['https://twitter.com/marie_l/status/1366000000000000000']);
  });

  it('reads the interactions the tweets reveal, never with the account itself', async () => {
    const records = await readAll(memorySource('twitter.zip', archive()));
    const list = interactions(records).map((i) => [
      i.postExternalId.slice(-1),
      i.kind,
      i.other.handle,
      i.other.externalId ?? null,
    ]);
    expect(list).toEqual([
      ['1', 'mention', 'jeandupont', '42'],
      ['2', 'reply', 'jeandupont', '42'],
      ['2', 'mention', 'marie_l', '43'],
      ['3', 'share', 'LeMonde', '24744541'],
      ['4', 'quote', 'marie_l', null],
    ]);
    const reply = interactions(records)[1];
    expect(reply).toEqual({
      postExternalId: '1367000000000000002',
      kind: 'reply',
      at: '2021-03-05T01:59:59.000Z',
      other: { platform: 'x', handle: 'jeandupont', externalId: '42', name: 'Jean Dupont' },
    });
    // Interactions follow their post.
    const order = records.map((r) =>
      r.type === 'post'
        ? `p${r.post.externalId.slice(-1)}`
        : r.type === 'interaction'
          ? `i${r.interaction.postExternalId.slice(-1)}`
          : r.type,
    );
    expect(order.slice(0, 4)).toEqual(['account', 'p1', 'i1', 'p2']);
  });

  it('reports unknown fields with their path and count, without failing', async () => {
    const extra = TWEETS.map((t, i) => (i < 2 ? { tweet: { ...t.tweet, brand_new: 'x' } } : t));
    const records = await readAll(
      memorySource('twitter.zip', archive({ 'data/tweets.js': ytd('tweets', extra) })),
    );
    expect(posts(records)).toHaveLength(6);
    const unknown = records.flatMap((r) => (r.type === 'unknown' ? [r.field] : []));
    expect(unknown).toEqual(
      expect.arrayContaining([
        { where: 'data/tweets.js: tweet.brand_new', count: 2 },
        { where: 'data/tweets.js: tweet.new_field', count: 1 },
        { where: 'data/tweets.js: tweet.edit_info.newer', count: 1 },
      ]),
    );
    expect(records.at(-1)?.type).toBe('unknown');
  });

  it('reads multi-part archives in order, as the manifest lists them', async () => {
    const files = archive({
      'data/manifest.js': manifest([
        { fileName: 'data/tweets.js', count: '2' },
        { fileName: 'data/tweets-part1.js', count: '1' },
      ]),
      'data/tweets.js': ytd('tweets', TWEETS.slice(0, 2)),
      'data/tweets-part1.js': ytd('tweets', TWEETS.slice(2, 3), 1),
    });
    expect(
      posts(await readAll(memorySource('twitter.zip', files))).map((p) => p.externalId.slice(-1)),
    ).toEqual(['1', '2', '3']);
    const missing = archive({
      'data/manifest.js': manifest([
        { fileName: 'data/tweets.js', count: '2' },
        { fileName: 'data/tweets-part1.js', count: '1' },
      ]),
    });
    const e = await invalidOf(readAll(memorySource('twitter.zip', missing)));
    expect(e.code).toBe('imports.x.missing_part');
    expect(e.message).toContain('twitter.zip');
    expect(e.message).toContain('data/tweets-part1.js');
  });

  it('reads a 2019 archive: tweet.js holding the tweets themselves, no manifest', async () => {
    const old = {
      'data/account.js': account,
      'data/tweet.js': ytd(
        'tweet',
        TWEETS.slice(0, 2).map((t) => t.tweet),
      ),
      'data/tweet-part1.js': ytd(
        'tweet',
        TWEETS.slice(2, 3).map((t) => t.tweet),
        1,
      ),
    };
    const records = await readAll(memorySource('twitter-2019.zip', old));
    expect(records[0]).toMatchObject({
      type: 'account',
      account: { handle: 'Ombreval', externalId: '1234567890' },
    });
    expect(posts(records).map((p) => p.kind)).toEqual(['original', 'reply', 'share']);
  });

  it('reads a lone tweets.js; the account then holds only the platform', async () => {
    const records = await readAll(
      memorySource('tweets.js', { 'tweets.js': ytd('tweets', TWEETS.slice(0, 1)) }),
    );
    expect(records[0]).toEqual({ type: 'account', account: { platform: 'x' } });
    expect(posts(records)[0]?.url).toBe('https://x.com/i/web/status/1367000000000000001');
  });

  it('names the entry and where a truncated tweets.js stops', async () => {
    const full = ytd('tweets', TWEETS);
    const cut = full.slice(0, full.indexOf('1367000000000000004') + 10);
    const e = await invalidOf(readAll(memorySource('twitter.zip', archive({ 'data/tweets.js': cut }))));
    expect(e.code).toBe('imports.json.truncated');
    expect(e.message).toContain('twitter.zip, data/tweets.js');
    expect(e.message).toContain('record 4');
    const line = full
      .slice(0, full.lastIndexOf('{\n    "tweet"', full.indexOf('1367000000000000004')))
      .split('\n').length;
    expect(e.issues[0]).toMatchObject({ file: 'twitter.zip/data/tweets.js', line });
  });

  it('refuses a Facebook file placed in an X archive, naming it', async () => {
    const facebook = JSON.stringify([
      { timestamp: 1614766830, data: [{ post: 'Bonjour' }], title: 'Ombreval' },
    ]);
    const e = await invalidOf(readAll(memorySource('twitter.zip', archive({ 'data/tweets.js': facebook }))));
    expect(e.code).toBe('imports.json.not_assignment');
    expect(e.message).toContain('data/tweets.js');
  });

  it('names the record, line and field of a bad value', async () => {
    const bad = TWEETS.map((t, i) => (i === 1 ? { tweet: { ...t.tweet, favorite_count: 'douze' } } : t));
    const e = await invalidOf(
      readAll(memorySource('twitter.zip', archive({ 'data/tweets.js': ytd('tweets', bad) }))),
    );
    expect(e.code).toBe('imports.record.invalid');
    expect(e.issues[0]).toMatchObject({ file: 'twitter.zip/data/tweets.js', field: 'tweet.favorite_count' });
    expect(e.message).toContain('record 2');
    expect(e.message).toContain('douze');
    const noId = [{ tweet: { created_at: 'Wed Mar 03 10:20:30 +0000 2021', full_text: 'x' } }];
    const e2 = await invalidOf(
      readAll(memorySource('twitter.zip', archive({ 'data/tweets.js': ytd('tweets', noId) }))),
    );
    expect(e2.code).toBe('imports.record.missing');
    expect(e2.issues[0]?.field).toBe('tweet.id_str');
    const badDate = [{ tweet: { id_str: '1', created_at: 'yesterday', full_text: 'x' } }];
    const e3 = await invalidOf(
      readAll(memorySource('twitter.zip', archive({ 'data/tweets.js': ytd('tweets', badDate) }))),
    );
    expect(e3.issues[0]?.field).toBe('tweet.created_at');
  });

  it('reads X dates', () => {
    expect(twitterDate('Wed Mar 03 10:20:30 +0000 2021')).toBe('2021-03-03T10:20:30.000Z');
    expect(twitterDate('Sat Dec 31 23:30:00 -0130 2011')).toBe('2012-01-01T01:00:00.000Z');
    expect(twitterDate('2021-03-03T10:20:30.000Z')).toBe('2021-03-03T10:20:30.000Z');
    expect(twitterDate('Wed Foo 03 10:20:30 +0000 2021')).toBeNull();
    expect(twitterDate('Wed Mar 03 10:2x:30 +0000 2021')).toBeNull();
    expect(twitterDate('Sat Feb 31 10:20:30 +0000 2021')).toBeNull();
    expect(twitterDate('Sun Feb 28 10:20:30 +0000 2021')).toBe('2021-02-28T10:20:30.000Z');
  });

  it('streams: the first post comes while most of a large file is still unread', async () => {
    const n = 50_000;
    let produced = 0;
    const body = (i: number) =>
      JSON.stringify(
        tweet({
          id_str: String(1e15 + i),
          full_text: `Message ${i} avec @jeandupont et un lien https://t.co/x${i}`,
          favorite_count: String(i % 97),
          entities: {
            hashtags: [],
            symbols: [],
            user_mentions: [mention('jeandupont', '42', 'Jean Dupont')],
            urls: [],
          },
        }),
      );
    const source: ExportSource = {
      name: 'big.zip',
      entries: () => ['data/tweets.js'],
      size: () => 0,
      async open() {
        return Readable.from(
          (function* () {
            yield Buffer.from('window.YTD.tweets.part0 = [');
            for (let i = 0; i < n; i += 500) {
              const parts: string[] = [];
              for (let k = i; k < i + 500; k++) parts.push(body(k));
              const chunk = Buffer.from((i ? ',' : '') + parts.join(','));
              produced += chunk.length;
              yield chunk;
            }
            yield Buffer.from(']');
          })(),
        );
      },
      async close() {},
    };
    let count = 0;
    let atFirst = -1;
    let likes = 0;
    const started = performance.now();
    for await (const r of xReader.read(source)) {
      if (r.type !== 'post') continue;
      if (atFirst < 0) atFirst = produced;
      count++;
      likes += r.post.counts.likes ?? 0;
    }
    expect(count).toBe(n);
    expect(likes).toBe(Array.from({ length: n }, (_, i) => i % 97).reduce((a, b) => a + b, 0));
    expect(atFirst).toBeLessThan(produced / 20);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('reads a real ZIP on disk, end to end', async () => {
    const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'vigie-x-'));
    try {
      const file = nodePath.join(dir, 'twitter-2021-03-05-abc.zip');
      fs.writeFileSync(file, storedZip(archive()));
      const source = await openSource(file);
      expect(await xReader.detect(source)).toBe(1);
      const records = await readAll(source);
      expect(posts(records)).toHaveLength(6);
      await source.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('choosing the reader', () => {
  const facebook = {
    'your_facebook_activity/posts/your_posts_1.json': JSON.stringify([
      { timestamp: 1614766830, data: [{ post: 'Bonjour' }], title: 'Ombreval' },
    ]),
  };

  it('picks the reader that recognises the export', async () => {
    expect((await detectReader(memorySource('twitter.zip', archive()), READERS)).platform).toBe('x');
    expect((await detectReader(memorySource('facebook.zip', facebook), READERS, 'auto')).platform).toBe(
      'facebook',
    );
    expect((await detectReader(memorySource('twitter.zip', archive()), READERS, 'x')).platform).toBe('x');
  });

  it('says what a file given as another platform looks like', async () => {
    const e = await invalidOf(detectReader(memorySource('facebook.zip', facebook), READERS, 'x'));
    expect(e.code).toBe('imports.detect.other');
    expect(e.message).toBe('facebook.zip: this looks like a Facebook export, not X (Twitter).');
    const e2 = await invalidOf(
      detectReader(memorySource('notes.zip', { 'notes.txt': 'hello' }), READERS, 'tiktok'),
    );
    expect(e2.code).toBe('imports.detect.not_named');
    expect(e2.message).toContain('notes.zip');
  });

  it('refuses what no reader recognises, naming the file and the formats it knows', async () => {
    const e = await invalidOf(detectReader(memorySource('holiday.zip', { 'IMG_0001.jpg': 'jpeg' }), READERS));
    expect(e.code).toBe('imports.detect.none');
    expect(e.message).toBe(
      'holiday.zip: not an export Vigie can read: it looks like none of X (Twitter), Facebook, Instagram, TikTok.',
    );
    expect(e.issues[0]?.file).toBe('holiday.zip');
  });
});

/** A deflated ZIP of the given files (the test of the ZIP reader itself forges broken ones). */
function storedZip(files: Record<string, string | Uint8Array>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [path, data] of Object.entries(files)) {
    const name = Buffer.from(path);
    const raw = Buffer.from(data);
    const body = zlib.deflateRawSync(raw);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x800, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(zlib.crc32(raw), 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(raw.length, 22);
    head.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(zlib.crc32(raw), 16);
    c.writeUInt32LE(body.length, 20);
    c.writeUInt32LE(raw.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    parts.push(head, name, body);
    central.push(c, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}
