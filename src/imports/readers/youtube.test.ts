import { describe, expect, it } from 'vitest';
import { Invalid } from '../../core/errors';
import { memorySource } from '../memory';
import type { ExportRecord, ExportSource } from '../model';
import { csvKindOf, youtubeReader } from './youtube';

async function all(source: ExportSource): Promise<ExportRecord[]> {
  const out: ExportRecord[] = [];
  for await (const r of youtubeReader.read(source)) out.push(r);
  return out;
}

async function failure(source: ExportSource): Promise<Invalid> {
  try {
    await all(source);
  } catch (e) {
    if (e instanceof Invalid) return e;
    throw e;
  }
  throw new Error('expected Invalid');
}

const posts = (rs: ExportRecord[]) => rs.flatMap((r) => (r.type === 'post' ? [r.post] : []));
const unknowns = (rs: ExportRecord[]) => rs.flatMap((r) => (r.type === 'unknown' ? [r.field] : []));

const CHANNEL = 'UCx1y2z3a4b5c6d7e8f9g0hA';
const ROOT = 'Takeout/YouTube and YouTube Music';

const channelCsv = `Channel ID,Channel Title (Original),Channel Visibility\r\n${CHANNEL},Ombreval,Public\r\n`;

const videosCsv = [
  'Video ID,Approx Duration (ms),Video Audio Language,Video Category,Video Description (Original),Channel ID,Video Title (Original),Privacy,Video State,Video Create Timestamp,Video Publish Timestamp,Video Chapters',
  `dQw4w9WgXcQ,212000,fr,Science & Technology,"Notre usine, en images.\nAbonnez-vous !",${CHANNEL},Visite de l'usine,Public,Published,2021-06-01T09:00:00+00:00,2021-06-02T10:00:00+00:00,`,
  `aaaaaaaaaaa,1000,,People & Blogs,,${CHANNEL},Brouillon,Private,Uploaded,2021-07-01T09:00:00+00:00,,`,
  `bbbbbbbbbbb,1000,en-us,People & Blogs,,${CHANNEL},"Teaser ""2022""",Unlisted,Published,2021-12-01T09:00:00+00:00,,00:00 Intro`,
  `ccccccccccc,1000,,People & Blogs,,UCotherotherotherotherot,Autre chaîne,Public,Published,2021-12-01T09:00:00+00:00,2021-12-01T09:00:00+00:00,`,
].join('\n');

describe('YouTube Takeout', () => {
  it('reads the channel and the video metadata CSV', async () => {
    const source = memorySource('takeout-20240101.zip', {
      [`${ROOT}/channels/channel.csv`]: channelCsv,
      [`${ROOT}/channels/channel_page_settings.csv`]: 'Channel ID,Channel Banner Image URL\nX,Y\n',
      [`${ROOT}/video metadata/videos.csv`]: videosCsv,
      [`${ROOT}/history/watch-history.html`]: '<html></html>',
      'Takeout/archive_browser.html': '<html></html>',
    });
    expect(await youtubeReader.detect(source)).toBe(0.9);
    const rs = await all(source);
    expect(rs[0]).toEqual({
      type: 'account',
      account: {
        platform: 'youtube',
        externalId: CHANNEL,
        handle: `channel/${CHANNEL}`,
        url: `https://www.youtube.com/channel/${CHANNEL}`,
        name: 'Ombreval',
      },
    });
    expect(posts(rs)).toEqual([
      {
        externalId: 'dQw4w9WgXcQ',
        publishedAt: '2021-06-02T10:00:00.000Z',
        text: "Visite de l'usine\n\nNotre usine, en images.\nAbonnez-vous !",
        language: 'fr',
        kind: 'original',
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        links: [],
        media: [{ type: 'video', ref: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }],
        counts: {},
      },
      expect.objectContaining({
        externalId: 'bbbbbbbbbbb',
        text: 'Teaser "2022"',
        language: 'en-US',
        publishedAt: '2021-12-01T09:00:00.000Z',
      }),
    ]);
    expect(unknowns(rs)).toEqual(
      expect.arrayContaining([
        { where: 'takeout-20240101.zip: videos.csv: private videos (not imported)', count: 1 },
        {
          where: `takeout-20240101.zip: videos.csv: videos of another channel (UCotherotherotherotherot)`,
          count: 1,
        },
        { where: 'takeout-20240101.zip: videos.csv: column "Video Chapters"', count: 1 },
      ]),
    );
  });

  it('finds localised folders', async () => {
    const source = memorySource('takeout.zip', {
      'Takeout/YouTube et YouTube Music/chaînes/chaîne.csv': channelCsv,
      'Takeout/YouTube et YouTube Music/métadonnées des vidéos/vidéos.csv': videosCsv,
    });
    expect(await youtubeReader.detect(source)).toBe(0.9);
    const rs = await all(source);
    expect(rs[0]).toMatchObject({ account: { externalId: CHANNEL } });
    expect(posts(rs)).toHaveLength(2);
  });

  it('takes the channel from the videos when there is no channel file', async () => {
    const source = memorySource('videos.csv', { 'videos.csv': videosCsv });
    expect(await youtubeReader.detect(source)).toBe(0.8);
    const rs = await all(source);
    expect(rs[0]).toEqual({
      type: 'account',
      account: {
        platform: 'youtube',
        externalId: CHANNEL,
        handle: `channel/${CHANNEL}`,
        url: `https://www.youtube.com/channel/${CHANNEL}`,
      },
    });
  });

  it('reads the older JSON layout (Data API resources), with statistics', async () => {
    const video = {
      kind: 'youtube#video',
      etag: 'x',
      id: 'Vid00000001',
      snippet: {
        publishedAt: '2017-04-03T08:00:00.000Z',
        channelId: CHANNEL,
        title: 'Lancement',
        description: 'Le lancement de la gamme https://ombreval.fr',
        thumbnails: {},
        defaultAudioLanguage: 'fr-FR',
        newThing: 1,
      },
      statistics: {
        viewCount: '1520',
        likeCount: '31',
        dislikeCount: '1',
        favoriteCount: '0',
        commentCount: '4',
      },
      status: { privacyStatus: 'public' },
    };
    const channel = {
      kind: 'youtube#channel',
      id: CHANNEL,
      snippet: { title: 'Ombreval', publishedAt: '2012-01-01T00:00:00Z' },
      statistics: { subscriberCount: '5000' },
    };
    const source = memorySource('takeout.zip', {
      'Takeout/YouTube/channels/Ombreval.json': JSON.stringify(channel),
      'Takeout/YouTube/videos/Lancement.json': JSON.stringify(video),
      'Takeout/YouTube/videos/Autres.json': JSON.stringify({
        kind: 'youtube#videoListResponse',
        items: [{ ...video, id: 'Vid00000002' }],
      }),
    });
    expect(await youtubeReader.detect(source)).toBe(0.9);
    const rs = await all(source);
    expect(rs[0]).toMatchObject({
      account: { externalId: CHANNEL, name: 'Ombreval', audience: 5000, createdOn: '2012-01-01' },
    });
    expect(posts(rs).map((p) => [p.externalId, p.language, p.counts])).toEqual([
      ['Vid00000002', 'fr-FR', { likes: 31, replies: 4, views: 1520 }],
      ['Vid00000001', 'fr-FR', { likes: 31, replies: 4, views: 1520 }],
    ]);
    expect(unknowns(rs)).toContainEqual({ where: 'takeout.zip: Lancement.json: snippet.newThing', count: 1 });
  });

  it('recognises its CSVs by their headers', () => {
    expect(csvKindOf(['Channel ID', 'Channel Title (Original)', 'Channel Visibility'])).toBe('channel');
    expect(csvKindOf(['Video ID', 'Video Publish Timestamp'])).toBe('videos');
    expect(csvKindOf(['Video ID', 'Video Title', 'Language'])).toBeNull();
  });

  it('does not claim other exports', async () => {
    expect(
      await youtubeReader.detect(memorySource('a.zip', { 'outbox.json': '{}', 'actor.json': '{}' })),
    ).toBe(0);
    expect(await youtubeReader.detect(memorySource('p.csv', { 'p.csv': 'post_id,published_at\n' }))).toBe(0);
  });
});

describe('YouTube: bad input', () => {
  it('names the file, line and column of a bad timestamp', async () => {
    const csv = `Video ID,Video Title (Original),Video Publish Timestamp\nabc,T,2021-06-02T10:00:00Z\nabd,T,hier\n`;
    const e = await failure(memorySource('t.zip', { [`${ROOT}/video metadata/videos.csv`]: csv }));
    expect(e.issues[0]).toMatchObject({
      file: `t.zip/${ROOT}/video metadata/videos.csv`,
      line: 3,
      column: 'Video Publish Timestamp',
      code: 'imports.youtube.bad_date',
    });
  });

  it('names the line of a video without id, and a cut CSV', async () => {
    const e = await failure(
      memorySource('videos.csv', { 'videos.csv': 'Video ID,Video Publish Timestamp\n,2021-01-01\n' }),
    );
    expect(e.issues[0]).toMatchObject({ line: 2, code: 'imports.youtube.no_video_id' });
    const cut = await failure(
      memorySource('videos.csv', { 'videos.csv': `${videosCsv.split('Abonnez')[0]}` }),
    );
    expect(cut.issues[0]).toMatchObject({ line: 2, code: 'imports.more.csv_unterminated_quote' });
  });

  it('names a truncated JSON file', async () => {
    const source = memorySource('t.zip', {
      'Takeout/YouTube/videos/a.json': '{"kind": "youtube#video", "id": "x", "snippet": {"title": "a',
    });
    const e = await failure(source);
    expect(e.code).toBe('imports.more.json_invalid');
    expect(e.message).toContain('t.zip/Takeout/YouTube/videos/a.json');
  });

  it('refuses a Takeout without channel or videos', async () => {
    const e = await failure(memorySource('t.zip', { [`${ROOT}/history/watch-history.json`]: '[]' }));
    expect(e.code).toBe('imports.youtube.no_file');
  });
});
