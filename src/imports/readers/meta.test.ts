import { describe, expect, it } from 'vitest';
import { Invalid } from '../../core/errors';
import { memorySource } from '../memory';
import type { ExportReader, ExportRecord, ExportSource } from '../model';
import {
  derivedId,
  facebookReader,
  instagramReader,
  mentionsIn,
  repairMojibake,
  repliedTo,
  sharedFrom,
} from './meta';

// ---------------------------------------------------------------------------------------------------
// Fixtures written the way Meta writes them: pretty-printed, every non-ASCII character as its UTF-8
// bytes escaped one by one (`é` → `\u00c3\u00a9`).

function metaJson(value: unknown): string {
  let out = '';
  for (const ch of JSON.stringify(value, null, 2)) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else for (const b of Buffer.from(ch, 'utf8')) out += `\\u00${b.toString(16).padStart(2, '0')}`;
  }
  return out;
}

const T1 = 1614766830; // 2021-03-03T10:20:30Z
const T2 = 1614853230; // 2021-03-04T10:20:30Z
const T3 = 1614939630; // 2021-03-05T10:20:30Z

const fbPosts = [
  {
    timestamp: T1,
    attachments: [{ data: [{ external_context: { url: 'https://ombreval.example/charte' } }] }],
    data: [{ post: 'Notre charte des réseaux sociaux est en ligne 😀' }, { update_timestamp: T1 + 60 }],
    title: 'Ombreval a publié un lien.',
  },
  {
    timestamp: T2,
    attachments: [
      {
        data: [
          {
            media: {
              uri: 'your_facebook_activity/posts/media/YourPhotos_a1b2c3/166097523_3906_n.jpg',
              creation_timestamp: T2,
              media_metadata: { photo_metadata: { exif_data: [{ upload_ip: '192.0.2.1' }] } },
              title: '',
              description: 'Le stand au salon',
            },
          },
          {
            media: {
              uri: 'your_facebook_activity/posts/media/YourVideos_d4e5/166097524_3907_n.mp4',
              creation_timestamp: T2,
              title: '',
            },
          },
        ],
      },
    ],
    data: [{ post: 'Merci à tous les visiteurs !' }],
    tags: [{ name: 'Jean Dupont' }, { name: 'Ombreval' }],
    title: 'Ombreval',
  },
  {
    timestamp: T3,
    data: [{ post: 'À lire' }],
    title: "Ombreval shared Amélie Martin's post.",
  },
];

const fbProfile = {
  profile_v2: {
    name: { full_name: 'Ombreval', first_name: 'Ombreval', middle_name: '', last_name: '' },
    emails: {
      emails: ['social@ombreval.example'],
      previous_emails: [],
      pending_emails: [],
      ad_account_emails: [],
    },
    registration_timestamp: 1307957400,
    username: 'ombreval',
    profile_uri: 'https://www.facebook.com/ombreval',
  },
};

const fbComments = {
  comments_v2: [
    {
      timestamp: T2 + 100,
      data: [
        {
          comment: {
            timestamp: T2 + 100,
            comment: 'Bonjour, écrivez-nous en message privé.',
            author: 'Ombreval',
          },
        },
      ],
      title: "Ombreval replied to Léa Petit's comment.",
    },
    {
      timestamp: T3 + 100,
      data: [{ comment: { timestamp: T3 + 100, comment: 'Merci !', author: 'Ombreval' } }],
      title: 'Ombreval a commenté la publication de Marc Durand.',
    },
  ],
};

function facebookExport(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const files: Record<string, string | undefined> = {
    'your_facebook_activity/posts/your_posts_1.json': metaJson(fbPosts),
    'your_facebook_activity/comments_and_reactions/comments.json': metaJson(fbComments),
    'personal_information/profile_information/profile_information.json': metaJson(fbProfile),
    'connections/followers/people_who_follow_you.json': metaJson({
      followers_v2: [
        { name: 'A', timestamp: T1 },
        { name: 'B', timestamp: T1 },
      ],
    }),
    'your_facebook_activity/posts/media/YourPhotos_a1b2c3/166097523_3906_n.jpg': 'jpeg',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => e[1] !== undefined));
}

const igPosts = [
  {
    media: [
      {
        uri: 'media/posts/202103/166097523_n.jpg',
        creation_timestamp: T1,
        media_metadata: { photo_metadata: { exif_data: [{ latitude: 48.85, longitude: 2.35 }] } },
        title: 'Le salon, avec @jean.dupont et @marie_l. Écrivez à contact@ombreval.example',
        cross_post_source: { source_app: 'FB' },
      },
    ],
  },
  {
    media: [
      { uri: 'media/posts/202103/1.jpg', creation_timestamp: T2, title: '' },
      { uri: 'media/posts/202103/2.mp4', creation_timestamp: T2, title: '' },
    ],
    title: 'Carrousel : nos équipes ❤️',
    creation_timestamp: T2,
  },
];

const igStories = {
  ig_stories: [
    {
      uri: 'media/stories/202103/9.mp4',
      creation_timestamp: T3,
      title: '',
      media_metadata: {},
      cross_post_source: { source_app: 'FB' },
    },
  ],
};

const igReels = {
  ig_reels_media: [
    {
      media: [
        {
          uri: 'media/reels/202103/7.mp4',
          creation_timestamp: T3 + 5,
          title: 'Coulisses',
          dubbing_info: [],
          media_variants: [],
        },
      ],
    },
  ],
};

const igProfile = {
  profile_user: [
    {
      media_map_data: { 'Profile Photo': { uri: 'media/profile/1.jpg', creation_timestamp: T1, title: '' } },
      string_map_data: {
        Email: { href: '', value: 'social@ombreval.example', timestamp: 0 },
        Username: { href: '', value: 'ombreval', timestamp: 0 },
        Name: { href: '', value: 'Ombreval Société', timestamp: 0 },
        Bio: { href: '', value: 'Compte officiel', timestamp: 0 },
      },
    },
  ],
};

const igFollowers = ['alice', 'bob', 'chloé'].map((value) => ({
  title: '',
  media_list_data: [],
  string_list_data: [{ href: `https://www.instagram.com/${value}`, value, timestamp: T1 }],
}));

const igComments = [
  {
    media_list_data: [{ uri: '' }],
    string_map_data: {
      Comment: { value: 'Merci @bob !' },
      'Media Owner': { value: 'jean.dupont' },
      Time: { timestamp: T3 + 200 },
    },
  },
];

function instagramExport(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const files: Record<string, string | undefined> = {
    'your_instagram_activity/content/posts_1.json': metaJson(igPosts),
    'your_instagram_activity/content/stories.json': metaJson(igStories),
    'your_instagram_activity/content/reels.json': metaJson(igReels),
    'your_instagram_activity/comments/post_comments_1.json': metaJson(igComments),
    'personal_information/personal_information/personal_information.json': metaJson(igProfile),
    'connections/followers_and_following/followers_1.json': metaJson(igFollowers),
    ...overrides,
  };
  return Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => e[1] !== undefined));
}

async function readAll(reader: ExportReader, source: ExportSource): Promise<ExportRecord[]> {
  const out: ExportRecord[] = [];
  for await (const r of reader.read(source)) out.push(r);
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

describe('Meta text', () => {
  it('repairs UTF-8 bytes escaped one by one, and only those', () => {
    expect(repairMojibake('caf\u00c3\u00a9')).toBe('café');
    expect(repairMojibake('\u00f0\u009f\u0098\u0080')).toBe('😀');
    expect(repairMojibake('Soci\u00c3\u00a9t\u00c3\u00a9 \u00e2\u009d\u00a4\u00ef\u00b8\u008f')).toBe(
      'Société ❤️',
    );
    expect(repairMojibake('plain ASCII')).toBe('plain ASCII');
    expect(repairMojibake('café')).toBe('café'); // a real é is not valid UTF-8 as one byte: kept
    expect(repairMojibake('déjà vu 😀')).toBe('déjà vu 😀'); // beyond U+00FF: already right
    expect(repairMojibake('')).toBe('');
    const fixture = JSON.parse(metaJson({ t: 'À bientôt 👋 ¡olé!' })) as { t: string };
    expect(fixture.t).not.toBe('À bientôt 👋 ¡olé!');
    expect(repairMojibake(fixture.t)).toBe('À bientôt 👋 ¡olé!');
  });

  it('derives stable ids from what the post is', () => {
    const a = derivedId('facebook', 'post', T1, 'Bonjour', 'posts/media/A_1/1_n.jpg');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(derivedId('facebook', 'post', T1, 'Bonjour', 'other/folder/1_n.jpg')).toBe(a);
    expect(derivedId('facebook', 'post', T1, 'Bonjour !', 'posts/media/A_1/1_n.jpg')).not.toBe(a);
    expect(derivedId('facebook', 'comment', T1, 'Bonjour', 'posts/media/A_1/1_n.jpg')).not.toBe(a);
  });

  it('reads titles and captions in English and French', () => {
    expect(sharedFrom("Ombreval shared Amélie Martin's post.")).toEqual({ name: 'Amélie Martin' });
    expect(sharedFrom('Ombreval a partagé la publication de Jean Dupont.')).toEqual({ name: 'Jean Dupont' });
    expect(sharedFrom('Ombreval shared a memory.')).toEqual({});
    expect(sharedFrom('Ombreval shared a link.')).toBeNull();
    expect(sharedFrom('Ombreval updated their status.')).toBeNull();
    expect(repliedTo("Ombreval replied to Léa Petit's comment.")).toBe('Léa Petit');
    expect(repliedTo("Ombreval commented on O'Neil Fils's photo.")).toBe("O'Neil Fils");
    expect(repliedTo('Ombreval a répondu au commentaire de Léa Petit.')).toBe('Léa Petit');
    expect(repliedTo('Ombreval commented on his own post.')).toBeNull();
    expect(mentionsIn('Avec @jean.dupont et @marie_l. Mail: a@b.fr @jean.dupont')).toEqual([
      'jean.dupont',
      'marie_l',
    ]);
  });
});

describe('Facebook export', () => {
  it('is recognised, and told apart from Instagram and X', async () => {
    expect(await facebookReader.detect(memorySource('facebook.zip', facebookExport()))).toBe(1);
    expect(await instagramReader.detect(memorySource('facebook.zip', facebookExport()))).toBe(0);
    const older = { 'posts/your_posts_1.json': metaJson(fbPosts) };
    expect(await facebookReader.detect(memorySource('facebook-ombreval.zip', older))).toBeGreaterThanOrEqual(
      0.5,
    );
    expect(
      await facebookReader.detect(
        memorySource('your_posts_1.json', { 'your_posts_1.json': metaJson(fbPosts) }),
      ),
    ).toBeGreaterThanOrEqual(0.5);
    expect(
      await facebookReader.detect(
        memorySource('twitter.zip', { 'data/tweets.js': 'window.YTD.tweets.part0 = []' }),
      ),
    ).toBe(0);
  });

  it('yields the account first, then posts with repaired text, then comments', async () => {
    const records = await readAll(facebookReader, memorySource('facebook.zip', facebookExport()));
    expect(records[0]).toEqual({
      type: 'account',
      account: {
        platform: 'facebook',
        name: 'Ombreval',
        handle: 'ombreval',
        url: 'https://www.facebook.com/ombreval',
        createdOn: '2011-06-13',
        audience: 2,
      },
    });
    const p = posts(records);
    expect(p.map((x) => [x.kind, x.publishedAt, x.text])).toEqual([
      ['original', '2021-03-03T10:20:30.000Z', 'Notre charte des réseaux sociaux est en ligne 😀'],
      ['original', '2021-03-04T10:20:30.000Z', 'Merci à tous les visiteurs !'],
      ['share', '2021-03-05T10:20:30.000Z', 'À lire'],
      ['reply', '2021-03-04T10:22:10.000Z', 'Bonjour, écrivez-nous en message privé.'],
      ['reply', '2021-03-05T10:22:10.000Z', 'Merci !'],
    ]);
    expect(p[0]?.links).toEqual(['https://ombreval.example/charte']);
    expect(p[1]?.media).toEqual([
      { type: 'image', ref: 'your_facebook_activity/posts/media/YourPhotos_a1b2c3/166097523_3906_n.jpg' },
      { type: 'video', ref: 'your_facebook_activity/posts/media/YourVideos_d4e5/166097524_3907_n.mp4' },
    ]);
    expect(p[0]?.counts).toEqual({});
    expect(p[0]?.externalId).toBe(
      derivedId('facebook', 'post', T1, 'Notre charte des réseaux sociaux est en ligne 😀'),
    );
  });

  it('gives the same ids when the same export is read again', async () => {
    const a = posts(await readAll(facebookReader, memorySource('facebook.zip', facebookExport()))).map(
      (p) => p.externalId,
    );
    const b = posts(await readAll(facebookReader, memorySource('facebook-2.zip', facebookExport()))).map(
      (p) => p.externalId,
    );
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });

  it('reads the interactions: tags, shares, replies, never the page itself', async () => {
    const records = await readAll(facebookReader, memorySource('facebook.zip', facebookExport()));
    expect(interactions(records).map((i) => [i.kind, i.other])).toEqual([
      ['mention', { platform: 'facebook', name: 'Jean Dupont' }],
      ['share', { platform: 'facebook', name: 'Amélie Martin' }],
      ['reply', { platform: 'facebook', name: 'Léa Petit' }],
      ['reply', { platform: 'facebook', name: 'Marc Durand' }],
    ]);
  });

  it('reads the older layout; without a profile the account holds the platform only', async () => {
    const older = { 'posts/your_posts_1.json': metaJson(fbPosts.slice(0, 1)) };
    const records = await readAll(facebookReader, memorySource('facebook-ombreval.zip', older));
    expect(records[0]).toEqual({ type: 'account', account: { platform: 'facebook' } });
    expect(posts(records)).toHaveLength(1);
  });

  it('reports unknown fields, not fatal', async () => {
    const extra = [{ ...fbPosts[0], new_thing: 1, data: [{ post: 'x', sentiment: 'positive' }] }, fbPosts[1]];
    const records = await readAll(
      facebookReader,
      memorySource(
        'facebook.zip',
        facebookExport({ 'your_facebook_activity/posts/your_posts_1.json': metaJson(extra) }),
      ),
    );
    expect(posts(records)).toHaveLength(4);
    const unknown = records.flatMap((r) => (r.type === 'unknown' ? [r.field] : []));
    expect(unknown).toEqual(
      expect.arrayContaining([
        { where: 'your_facebook_activity/posts/your_posts_1.json: post.new_thing', count: 1 },
        { where: 'your_facebook_activity/posts/your_posts_1.json: post.data.sentiment', count: 1 },
      ]),
    );
  });

  it('names the entry, record and field of bad input', async () => {
    const text = metaJson(fbPosts);
    const cut = text.slice(0, text.indexOf('Merci'));
    const e = await invalidOf(
      readAll(
        facebookReader,
        memorySource(
          'facebook.zip',
          facebookExport({ 'your_facebook_activity/posts/your_posts_1.json': cut }),
        ),
      ),
    );
    expect(e.code).toBe('imports.json.truncated');
    expect(e.message).toContain('facebook.zip, your_facebook_activity/posts/your_posts_1.json');
    expect(e.message).toContain('record 2');
    const noTime = [{ data: [{ post: 'sans date' }], title: 'Ombreval' }];
    const e2 = await invalidOf(
      readAll(
        facebookReader,
        memorySource(
          'facebook.zip',
          facebookExport({ 'your_facebook_activity/posts/your_posts_1.json': metaJson(noTime) }),
        ),
      ),
    );
    expect(e2.code).toBe('imports.record.missing');
    expect(e2.issues[0]).toMatchObject({
      file: 'facebook.zip/your_facebook_activity/posts/your_posts_1.json',
      field: 'timestamp',
      line: 2,
    });
  });
});

describe('Instagram export', () => {
  it('is recognised, and told apart from Facebook', async () => {
    expect(await instagramReader.detect(memorySource('instagram.zip', instagramExport()))).toBe(1);
    expect(await facebookReader.detect(memorySource('instagram.zip', instagramExport()))).toBe(0);
    const older = { 'content/posts_1.json': metaJson(igPosts) };
    expect(
      await instagramReader.detect(memorySource('instagram-ombreval.zip', older)),
    ).toBeGreaterThanOrEqual(0.5);
    expect(await facebookReader.detect(memorySource('instagram-ombreval.zip', older))).toBe(0);
  });

  it('yields the account, then posts, reels, stories and comments', async () => {
    const records = await readAll(instagramReader, memorySource('instagram.zip', instagramExport()));
    expect(records[0]).toEqual({
      type: 'account',
      account: {
        platform: 'instagram',
        handle: 'ombreval',
        url: 'https://www.instagram.com/ombreval/',
        name: 'Ombreval Société',
        audience: 3,
      },
    });
    const p = posts(records);
    expect(p.map((x) => [x.kind, x.publishedAt, x.text, x.media.map((m) => m.type)])).toEqual([
      [
        'original',
        '2021-03-03T10:20:30.000Z',
        'Le salon, avec @jean.dupont et @marie_l. Écrivez à contact@ombreval.example',
        ['image'],
      ],
      ['original', '2021-03-04T10:20:30.000Z', 'Carrousel : nos équipes ❤️', ['image', 'video']],
      ['original', '2021-03-05T10:20:35.000Z', 'Coulisses', ['video']],
      ['original', '2021-03-05T10:20:30.000Z', '', ['video']],
      ['reply', '2021-03-05T10:23:50.000Z', 'Merci @bob !', []],
    ]);
    expect(new Set(p.map((x) => x.externalId)).size).toBe(5);
    expect(interactions(records).map((i) => [i.kind, i.other.handle])).toEqual([
      ['mention', 'jean.dupont'],
      ['mention', 'marie_l'],
      ['reply', 'jean.dupont'],
      ['mention', 'bob'],
    ]);
  });

  it('counts followers in the older layout too', async () => {
    const files = instagramExport({
      'connections/followers_and_following/followers_1.json': metaJson({
        relationships_followers: igFollowers,
      }),
      'connections/followers_and_following/followers_2.json': metaJson(igFollowers.slice(0, 1)),
    });
    const records = await readAll(instagramReader, memorySource('instagram.zip', files));
    expect(records[0]).toMatchObject({ account: { audience: 4 } });
  });

  it('says which entry and field is wrong', async () => {
    const bad = [{ media: [{ uri: 'media/posts/1.jpg', creation_timestamp: 'hier', title: '' }] }];
    const e = await invalidOf(
      readAll(
        instagramReader,
        memorySource(
          'instagram.zip',
          instagramExport({ 'your_instagram_activity/content/posts_1.json': metaJson(bad) }),
        ),
      ),
    );
    expect(e.code).toBe('imports.record.invalid');
    expect(e.message).toContain('your_instagram_activity/content/posts_1.json');
    expect(e.message).toContain('creation_timestamp');
    expect(e.message).toContain('hier');
  });
});
