import { describe, expect, it } from 'vitest';
import { Invalid } from '../../core/errors';
import { memorySource } from '../memory';
import type { ExportRecord, ExportSource } from '../model';
import { handleFromUrl, htmlToText, linksOf, mastodonReader, statusId } from './mastodon';

async function all(source: ExportSource): Promise<ExportRecord[]> {
  const out: ExportRecord[] = [];
  for await (const r of mastodonReader.read(source)) out.push(r);
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
const interactions = (rs: ExportRecord[]) =>
  rs.flatMap((r) => (r.type === 'interaction' ? [r.interaction] : []));
const unknowns = (rs: ExportRecord[]) => rs.flatMap((r) => (r.type === 'unknown' ? [r.field] : []));

const ME = 'https://piaille.fr/users/ombreval';
const PUBLIC = 'https://www.w3.org/ns/activitystreams#Public';
const CONTEXT = [
  'https://www.w3.org/ns/activitystreams',
  { ostatus: 'http://ostatus.org#', sensitive: 'as:sensitive' },
];

const actor = {
  '@context': CONTEXT,
  id: ME,
  type: 'Person',
  following: `${ME}/following`,
  followers: `${ME}/followers`,
  inbox: `${ME}/inbox`,
  outbox: 'outbox.json',
  featured: `${ME}/collections/featured`,
  preferredUsername: 'ombreval',
  name: 'Ombreval :verified:',
  summary:
    '<p>Fabricant lyonnais &amp; fier de l’être</p><p>Site : <a href="https://ombreval.example" target="_blank" rel="nofollow noopener me" translate="no"><span class="invisible">https://</span><span class="">ombreval.example</span><span class="invisible"></span></a><br />Contact : presse@ombreval.example</p>',
  url: 'https://piaille.fr/@ombreval',
  manuallyApprovesFollowers: false,
  discoverable: true,
  published: '2022-11-05T00:00:00Z',
  publicKey: { id: `${ME}#main-key`, owner: ME, publicKeyPem: '-----BEGIN PUBLIC KEY-----' },
  icon: { type: 'Image', mediaType: 'image/png', url: 'avatar.png' },
  likes: 'likes.json',
  bookmarks: 'bookmarks.json',
};

function note(id: string, extra: Record<string, unknown>) {
  return {
    id: `${ME}/statuses/${id}`,
    type: 'Create',
    actor: ME,
    published: '2023-01-10T09:00:00Z',
    to: [PUBLIC],
    cc: [`${ME}/followers`],
    object: {
      id: `${ME}/statuses/${id}`,
      type: 'Note',
      summary: null,
      inReplyTo: null,
      published: '2023-01-10T09:00:00Z',
      url: `https://piaille.fr/@ombreval/${id}`,
      attributedTo: ME,
      to: [PUBLIC],
      cc: [`${ME}/followers`],
      sensitive: false,
      atomUri: `${ME}/statuses/${id}`,
      inReplyToAtomUri: null,
      conversation: `tag:piaille.fr,2023-01-10:objectId=1:objectType=Conversation`,
      content: '<p>Bonjour</p>',
      contentMap: { fr: '<p>Bonjour</p>' },
      attachment: [],
      tag: [],
      replies: { id: `${ME}/statuses/${id}/replies`, type: 'Collection' },
      ...extra,
    },
    signature: {
      type: 'RsaSignature2017',
      creator: `${ME}#main-key`,
      created: '2023-01-10T09:00:01Z',
      signatureValue: 'x',
    },
  };
}

const items = [
  note('109000000000000001', {
    content:
      '<p>Nouvelle gamme &amp; nouveaux <a href="https://piaille.fr/tags/lyon" class="mention hashtag" rel="tag">#<span>lyon</span></a> ateliers : <a href="https://ombreval.fr/gamme?x=1&amp;y=2" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">https://</span><span class="">ombreval.fr/gamme?x=1&amp;y=2</span><span class="invisible"></span></a><br />Merci <span class="h-card" translate="no"><a href="https://mastodon.social/@alice" class="u-url mention">@<span>alice</span></a></span></p><p>Deuxième paragraphe</p>',
    contentMap: { fr: '…' },
    tag: [
      { type: 'Mention', href: 'https://mastodon.social/users/alice', name: '@alice@mastodon.social' },
      { type: 'Hashtag', href: 'https://piaille.fr/tags/lyon', name: '#lyon' },
      { type: 'Emoji', id: 'https://piaille.fr/emojis/1', name: ':verified:' },
    ],
    attachment: [
      {
        type: 'Document',
        mediaType: 'image/jpeg',
        url: '/piaille/media_attachments/files/1/original/a.jpg',
        name: 'Atelier',
        blurhash: 'x',
        width: 10,
        height: 10,
      },
      {
        type: 'Document',
        mediaType: 'video/mp4',
        url: '/piaille/media_attachments/files/2/original/b.mp4',
        name: null,
      },
    ],
    likes: { id: 'x', type: 'Collection', totalItems: 12 },
    shares: { id: 'y', type: 'Collection', totalItems: 3 },
    newFancyField: true,
  }),
  note('109000000000000002', {
    inReplyTo: 'https://mastodon.social/users/bob/statuses/42',
    summary: 'CW: météo',
    content:
      '<p><span class="h-card"><a href="https://mastodon.social/@bob" class="u-url mention">@<span>bob</span></a></span> Il pleut</p>',
    contentMap: { en: '…' },
    tag: [{ type: 'Mention', href: 'https://mastodon.social/users/bob', name: '@bob@mastodon.social' }],
  }),
  // A thread: a reply to itself is not an interaction.
  note('109000000000000003', { inReplyTo: `${ME}/statuses/109000000000000001`, content: '<p>Suite</p>' }),
  // A direct message: never imported.
  {
    ...note('109000000000000004', { to: ['https://mastodon.social/users/bob'], cc: [] }),
    to: ['https://mastodon.social/users/bob'],
    cc: [],
  },
  {
    id: `${ME}/statuses/109000000000000005/activity`,
    type: 'Announce',
    actor: ME,
    published: '2023-01-11T10:00:00Z',
    to: [PUBLIC],
    cc: ['https://framapiaf.org/users/carol', `${ME}/followers`],
    object: 'https://framapiaf.org/users/carol/statuses/77',
  },
  { id: `${ME}#likes/1`, type: 'Like', actor: ME, object: 'https://x/1' },
];

function outbox(list: unknown[] = items): string {
  return JSON.stringify(
    {
      '@context': 'https://www.w3.org/ns/activitystreams',
      id: 'outbox.json',
      type: 'OrderedCollection',
      totalItems: list.length,
      orderedItems: list,
    },
    null,
    1,
  );
}

function archive(files: Record<string, string> = {}): ExportSource {
  return memorySource('archive-20240101-ombreval.zip', {
    'actor.json': JSON.stringify(actor),
    'outbox.json': outbox(),
    'likes.json': JSON.stringify({ type: 'OrderedCollection', orderedItems: ['https://x/1'] }),
    'bookmarks.json': JSON.stringify({ type: 'OrderedCollection', orderedItems: [] }),
    'avatar.png': new Uint8Array([0x89, 0x50]),
    ...files,
  });
}

describe('Mastodon archive', () => {
  it('reads the account from actor.json', async () => {
    const source = archive();
    expect(await mastodonReader.detect(source)).toBe(0.95);
    const rs = await all(source);
    expect(rs[0]).toEqual({
      type: 'account',
      account: {
        platform: 'mastodon',
        handle: 'ombreval@piaille.fr',
        externalId: ME,
        url: 'https://piaille.fr/@ombreval',
        name: 'Ombreval :verified:',
        createdOn: '2022-11-05',
        bio: 'Fabricant lyonnais & fier de l’être\n\nSite : https://ombreval.example\nContact : presse@ombreval.example',
      },
    });
  });

  it('reads notes as posts: text, links, media, language, kind', async () => {
    const ps = posts(await all(archive()));
    expect(ps.map((p) => [p.externalId, p.kind])).toEqual([
      ['109000000000000001', 'original'],
      ['109000000000000002', 'reply'],
      ['109000000000000003', 'reply'],
      ['109000000000000005', 'share'],
    ]);
    expect(ps[0]).toEqual({
      externalId: '109000000000000001',
      publishedAt: '2023-01-10T09:00:00.000Z',
      text: 'Nouvelle gamme & nouveaux #lyon ateliers : https://ombreval.fr/gamme?x=1&y=2\nMerci @alice\n\nDeuxième paragraphe',
      language: 'fr',
      kind: 'original',
      url: 'https://piaille.fr/@ombreval/109000000000000001',
      links: ['https://ombreval.fr/gamme?x=1&y=2'],
      media: [
        { type: 'image', ref: '/piaille/media_attachments/files/1/original/a.jpg' },
        { type: 'video', ref: '/piaille/media_attachments/files/2/original/b.mp4' },
      ],
      counts: { likes: 12, shares: 3 },
    });
    expect(ps[1]).toMatchObject({ text: 'CW: météo\n\n@bob Il pleut', language: 'en' });
    expect(ps[3]).toMatchObject({
      text: '',
      url: 'https://framapiaf.org/users/carol/statuses/77',
      publishedAt: '2023-01-11T10:00:00.000Z',
    });
  });

  it('reads interactions: mentions, replies, boosts; never the account itself', async () => {
    const is = interactions(await all(archive()));
    expect(is.map((i) => [i.postExternalId, i.kind, i.other.handle])).toEqual([
      ['109000000000000001', 'mention', 'alice@mastodon.social'],
      ['109000000000000002', 'reply', 'bob@mastodon.social'],
      ['109000000000000002', 'mention', 'bob@mastodon.social'],
      ['109000000000000005', 'share', 'carol@framapiaf.org'],
    ]);
    expect(is[0]).toEqual({
      postExternalId: '109000000000000001',
      kind: 'mention',
      at: '2023-01-10T09:00:00.000Z',
      other: { platform: 'mastodon', handle: 'alice@mastodon.social' },
    });
  });

  it('reports direct messages, unknown activities and unknown fields', async () => {
    const u = unknowns(await all(archive()));
    expect(u).toEqual(
      expect.arrayContaining([
        { where: 'archive-20240101-ombreval.zip: outbox.json: direct messages (not imported)', count: 1 },
        { where: 'archive-20240101-ombreval.zip: outbox.json: activity type "Like"', count: 1 },
        { where: 'archive-20240101-ombreval.zip: outbox.json: object.newFancyField', count: 1 },
      ]),
    );
  });

  it('reads a quote post', async () => {
    const quoted = note('109000000000000009', {
      quote: 'https://mastodon.social/users/alice/statuses/5',
      content: '<p>Bien dit</p>',
    });
    const rs = await all(archive({ 'outbox.json': outbox([quoted]) }));
    expect(posts(rs)[0]!.kind).toBe('quote');
    expect(interactions(rs)[0]).toMatchObject({ kind: 'quote', other: { handle: 'alice@mastodon.social' } });
  });

  it('gives no bio when the profile has no description', async () => {
    for (const summary of ['', '<p></p>', null]) {
      const rs = await all(archive({ 'actor.json': JSON.stringify({ ...actor, summary }) }));
      expect(rs[0]?.type === 'account' && rs[0].account.bio).toBeUndefined();
    }
  });

  it('takes the account from the outbox when actor.json is missing', async () => {
    const source = memorySource('outbox.json', { 'outbox.json': outbox() });
    expect(await mastodonReader.detect(source)).toBe(0.7);
    const rs = await all(source);
    expect(rs[0]).toEqual({
      type: 'account',
      account: { platform: 'mastodon', handle: 'ombreval@piaille.fr', externalId: ME },
    });
  });

  it('does not claim other exports', async () => {
    expect(await mastodonReader.detect(memorySource('x.zip', { 'data/tweets.js': 'x' }))).toBe(0);
    expect(await mastodonReader.detect(memorySource('x.zip', { 'outbox.json': '[1,2,3]' }))).toBe(0);
  });
});

describe('Mastodon: helpers', () => {
  it('finds handles and status ids in ActivityPub URLs', () => {
    expect(handleFromUrl('https://mastodon.social/users/Bob/statuses/1')).toBe('bob@mastodon.social');
    expect(handleFromUrl('https://piaille.fr/@alice/1')).toBe('alice@piaille.fr');
    expect(handleFromUrl('https://misskey.io/notes/9abc')).toBeUndefined();
    expect(statusId(`${ME}/statuses/12/activity`)).toBe('12');
    expect(statusId('https://piaille.fr/@ombreval/34')).toBe('34');
    expect(statusId('https://misskey.io/notes/9abc')).toBe('https://misskey.io/notes/9abc');
  });

  it('turns HTML into text and finds plain links', () => {
    expect(htmlToText('<p>a &lt;b&gt; &#233;t&#xE9;</p><p>c<br>d</p>')).toBe('a <b> été\n\nc\nd');
    expect(
      linksOf(
        '<a href="https://a.example/x" rel="nofollow">x</a> <a class="hashtag" href="https://h/tags/t">#t</a>',
        new Set(),
      ),
    ).toEqual(['https://a.example/x']);
  });
});

describe('Mastodon: bad input', () => {
  it('names the outbox and the line where a truncated one stops', async () => {
    const text = outbox();
    const cut = text.slice(0, text.indexOf('109000000000000003') + 40);
    const e = await failure(archive({ 'outbox.json': cut }));
    expect(e.code).toMatch(/^imports\.json\./);
    expect(e.issues[0]!.file).toBe('archive-20240101-ombreval.zip/outbox.json');
    expect(e.issues[0]!.line).toBeGreaterThan(cut.split('\n').length - 200);
    expect(e.message).toContain('outbox.json');
  });

  it('says why an outbox that is empty or cannot be opened is refused', async () => {
    expect((await failure(archive({ 'outbox.json': '' }))).code).toBe('imports.json.empty');
    const source = archive({});
    const damaged: ExportSource = {
      ...source,
      async open(p) {
        if (p.endsWith('outbox.json')) throw new Invalid('imports.zip.entry_damaged', 'damaged');
        return source.open(p);
      },
    };
    expect((await failure(damaged)).code).toBe('imports.zip.entry_damaged');
  });

  it('refuses an outbox that is not a collection, and an actor that is not one', async () => {
    expect((await failure(archive({ 'outbox.json': '{"type": "Note", "id": "x"}' }))).code).toBe(
      'imports.mastodon.not_collection',
    );
    expect((await failure(archive({ 'actor.json': '{"type": "Note"}' }))).code).toBe(
      'imports.mastodon.actor_invalid',
    );
    const e = await failure(archive({ 'actor.json': '{"type": "Person", ' }));
    expect(e.code).toBe('imports.more.json_invalid');
    expect(e.message).toContain('archive-20240101-ombreval.zip/actor.json');
  });

  it('names the activity with a bad date', async () => {
    const bad = note('1', { published: 'yesterday' });
    const e = await failure(
      archive({ 'outbox.json': outbox([note('0', {}), { ...bad, published: 'yesterday' }]) }),
    );
    expect(e.code).toBe('imports.mastodon.bad_activity');
    expect(e.message).toBe(
      'archive-20240101-ombreval.zip/outbox.json, activity 2 (line 54): "published" is not a date: "yesterday".',
    );
    expect(e.issues[0]).toMatchObject({ line: 54, field: 'orderedItems[1]' });
  });

  it('refuses an archive without outbox', async () => {
    expect((await failure(memorySource('a.zip', { 'actor.json': '{}' }))).code).toBe(
      'imports.mastodon.no_outbox',
    );
  });
});
