import { describe, expect, it } from 'vitest';
import { Invalid } from '../../core/errors';
import { memorySource } from '../memory';
import type { ExportRecord, ExportSource } from '../model';
import { tiktokDate, tiktokReader } from './tiktok';

// ---------------------------------------------------------------------------------------------------
// Fixtures: the JSON export as TikTok writes it, in an older and a newer version of its layout.

const videos = [
  {
    Date: '2021-03-04 10:20:30',
    Link: 'https://www.tiktokv.com/share/video/6936612345678901234/',
    Likes: '12',
    Sound: 'son original - ombreval',
    Location: 'Paris',
  },
  {
    Date: '2021-03-05 18:00:00',
    Link: 'https://www.tiktokv.com/share/video/6937012345678901234/',
    Likes: '0',
    Sound: '',
    Location: '',
  },
];

const older = {
  Activity: {
    'Favorite Videos': {
      FavoriteVideoList: [{ Date: '2021-01-01 10:00:00', Link: 'https://www.tiktokv.com/share/video/1/' }],
    },
    'Follower List': {
      FansList: [
        { Date: '2021-02-01 10:00:00', UserName: 'alice' },
        { Date: '2021-02-02 10:00:00', UserName: 'bob' },
        { Date: '2021-02-03 10:00:00', UserName: 'chloe' },
      ],
    },
    'Following List': { Following: [{ Date: '2021-02-01 10:00:00', UserName: 'lemonde' }] },
    'Video Browsing History': {
      VideoList: [
        { Date: '2021-03-01 08:00:00', VideoLink: 'https://www.tiktokv.com/share/video/555/' },
        { Date: '2021-03-01 08:01:00', VideoLink: 'https://www.tiktokv.com/share/video/556/' },
      ],
    },
  },
  'Ads and data': { 'Ads Based On Data Received From Partners': { 'Advertiser List': 'No data' } },
  'App Settings': { Settings: { SettingsMap: { 'Allow DownLoad': 'On' } } },
  Comment: {
    Comments: {
      CommentsList: [
        { Date: '2021-03-06 09:00:00', Comment: 'Merci pour votre retour !', Photo: 'N/A', Url: '' },
      ],
    },
  },
  'Direct Messages': {
    'Chat History': {
      ChatHistory: {
        'Chat History with jean:': [{ Date: '2021-03-02 10:00:00', From: 'jean', Content: 'Bonjour' }],
      },
    },
  },
  Profile: {
    'Profile Information': {
      ProfileMap: {
        PlatformInfo: [],
        bioDescription: 'Compte officiel',
        birthDate: '01-Jan-1990',
        emailAddress: 'social@ombreval.example',
        likesReceived: '1234',
        profilePhoto: 'https://p16-sign.tiktokcdn.com/photo.jpeg',
        profileVideo: 'No profile video',
        telephoneNumber: '',
        userName: 'ombreval',
      },
    },
  },
  'Tiktok Live': { 'Go Live History': { GoLiveList: [] } },
  Video: { Videos: { VideoList: videos } },
};

/** Newer: the posts come before the profile, the followers last, under other section names. */
const newer = {
  'Ads and data': {},
  Comment: { Comments: { CommentsList: [] } },
  Post: {
    Posts: {
      VideoList: [
        {
          ...videos[0],
          Title: 'Les coulisses avec @jean.dupont 🎬',
          CoverImage: 'https://p16.tiktokcdn.com/c.jpeg',
          AIGeneratedContent: 'No',
        },
        { ...videos[1], Title: '', SponsoredBy: 'nobody' },
      ],
    },
  },
  Profile: {
    'Profile Info': {
      ProfileMap: { userName: 'ombreval', displayName: 'Ombreval', followerCount: 4321, likesReceived: '99' },
    },
  },
  'Space Travel': { Destinations: [] },
  'Your Activity': { Follower: { FansList: [{ Date: '2021-02-01 10:00:00', UserName: 'alice' }] } },
};

async function readAll(source: ExportSource): Promise<ExportRecord[]> {
  const out: ExportRecord[] = [];
  for await (const r of tiktokReader.read(source)) out.push(r);
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
const json = (v: unknown) => JSON.stringify(v, null, 2);

describe('TikTok export', () => {
  it('is recognised by its file and its sections', async () => {
    expect(await tiktokReader.detect(memorySource('user_data.json', { 'user_data.json': json(older) }))).toBe(
      1,
    );
    expect(
      await tiktokReader.detect(
        memorySource('tiktok.zip', { 'TikTok_Data/user_data_tiktok.json': json(newer) }),
      ),
    ).toBe(1);
    expect(await tiktokReader.detect(memorySource('x.zip', { 'data/tweets.js': '[]' }))).toBe(0);
    expect(
      await tiktokReader.detect(memorySource('user_data.json', { 'user_data.json': '[1, 2]' })),
    ).toBeLessThan(0.5);
  });

  it('reads the older layout: account first (followers counted), videos, comments', async () => {
    const records = await readAll(memorySource('user_data.json', { 'user_data.json': json(older) }));
    expect(records[0]).toEqual({
      type: 'account',
      account: {
        platform: 'tiktok',
        handle: 'ombreval',
        url: 'https://www.tiktok.com/@ombreval',
        audience: 3,
      },
    });
    const p = posts(records);
    expect(p.map((x) => [x.kind, x.externalId, x.publishedAt, x.counts.likes])).toEqual([
      ['reply', expect.stringMatching(/^[0-9a-f]{32}$/), '2021-03-06T09:00:00.000Z', undefined],
      ['original', '6936612345678901234', '2021-03-04T10:20:30.000Z', 12],
      ['original', '6937012345678901234', '2021-03-05T18:00:00.000Z', 0],
    ]);
    expect(p[1]).toMatchObject({
      url: 'https://www.tiktok.com/@ombreval/video/6936612345678901234',
      media: [{ type: 'video', ref: 'https://www.tiktokv.com/share/video/6936612345678901234/' }],
      text: '',
    });
    expect(p[0]?.text).toBe('Merci pour votre retour !');
    // Browsing history and favourites are not the account's posts.
    expect(p.some((x) => x.externalId === '555' || x.externalId === '1')).toBe(false);
    expect(records.filter((r) => r.type === 'unknown')).toEqual([]);
  });

  it('reads the newer layout; the account still comes first, unknown keys are reported', async () => {
    const records = await readAll(
      memorySource('tiktok.zip', { 'TikTok_Data/user_data_tiktok.json': json(newer) }),
    );
    expect(records[0]).toEqual({
      type: 'account',
      account: {
        platform: 'tiktok',
        handle: 'ombreval',
        url: 'https://www.tiktok.com/@ombreval',
        name: 'Ombreval',
        audience: 4321,
      },
    });
    expect(records.filter((r) => r.type === 'account')).toHaveLength(1);
    const p = posts(records);
    expect(p.map((x) => x.text)).toEqual(['Les coulisses avec @jean.dupont 🎬', '']);
    const mention = records.find((r) => r.type === 'interaction');
    expect(mention).toEqual({
      type: 'interaction',
      interaction: {
        postExternalId: '6936612345678901234',
        kind: 'mention',
        at: '2021-03-04T10:20:30.000Z',
        other: { platform: 'tiktok', handle: 'jean.dupont' },
      },
    });
    const unknown = records.flatMap((r) => (r.type === 'unknown' ? [r.field] : []));
    expect(unknown).toEqual([
      { where: 'TikTok_Data/user_data_tiktok.json: Post.Posts.VideoList.SponsoredBy', count: 1 },
      { where: 'TikTok_Data/user_data_tiktok.json: Space Travel', count: 1 },
    ]);
  });

  it('holds records back until the followers are counted when they come last', async () => {
    const noCount = { ...newer, Profile: { 'Profile Info': { ProfileMap: { userName: 'ombreval' } } } };
    const records = await readAll(memorySource('tiktok.zip', { 'user_data_tiktok.json': json(noCount) }));
    expect(records[0]).toMatchObject({ type: 'account', account: { audience: 1 } });
    expect(posts(records)).toHaveLength(2);
  });

  it('without a profile, the account holds the platform only', async () => {
    const records = await readAll(
      memorySource('user_data.json', { 'user_data.json': json({ Video: older.Video }) }),
    );
    expect(records[0]).toEqual({ type: 'account', account: { platform: 'tiktok' } });
    expect(posts(records)).toHaveLength(2);
  });

  it('names the entry and where a truncated or broken file stops', async () => {
    const text = json(older);
    const cut = text.slice(0, text.indexOf('6937012345678901234'));
    const e = await invalidOf(readAll(memorySource('tiktok.zip', { 'user_data.json': cut })));
    expect(e.code).toBe('imports.json.unclosed');
    expect(e.message).toContain('tiktok.zip, user_data.json');
    expect(e.issues[0]?.line).toBe(cut.split('\n').length);
    const broken = text.replace('"Likes": "12",', '"Likes": "12",,');
    const e2 = await invalidOf(readAll(memorySource('tiktok.zip', { 'user_data.json': broken })));
    expect(e2.code).toBe('imports.json.syntax_near');
    expect(e2.message).toContain('user_data.json');
  });

  it('names the list, item and field of a bad value', async () => {
    const bad = {
      ...older,
      Video: { Videos: { VideoList: [videos[0], { ...videos[1], Likes: 'beaucoup' }] } },
    };
    const e = await invalidOf(readAll(memorySource('tiktok.zip', { 'user_data.json': json(bad) })));
    expect(e.code).toBe('imports.record.item_invalid');
    expect(e.message).toContain('Video.Videos.VideoList no. 2');
    expect(e.issues[0]?.field).toBe('Video.Videos.VideoList.Likes');
    const noDate = { Video: { Videos: { VideoList: [{ Link: 'x' }] } } };
    const e2 = await invalidOf(readAll(memorySource('tiktok.zip', { 'user_data.json': json(noDate) })));
    expect(e2.code).toBe('imports.record.item_missing');
  });

  it('reads TikTok dates as UTC', () => {
    expect(tiktokDate('2021-03-04 10:20:30')).toBe('2021-03-04T10:20:30.000Z');
    expect(tiktokDate('2021-03-04T10:20:30+01:00')).toBe('2021-03-04T09:20:30.000Z');
    expect(tiktokDate('2021-02-30 10:20:30')).toBeNull();
    expect(tiktokDate('04/03/2021')).toBeNull();
  });
});
