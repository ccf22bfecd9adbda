import { CarWriter } from '@ipld/car';
import * as dagCbor from '@ipld/dag-cbor';
import { CID } from 'multiformats/cid';
import { sha256 } from 'multiformats/hashes/sha2';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../../core/errors';
import { memorySource } from '../memory';
import type { ExportRecord, ExportSource } from '../model';
import { blueskyReader, parseAtUri, postUrl, tidTime } from './bluesky';

const DID = 'did:plc:ewvi7nxzyoun6zhxrhs64oiz';
const ALICE = 'did:plc:aliceaaaaaaaaaaaaaaaaaaa';
const BOB = 'did:plc:bobbbbbbbbbbbbbbbbbbbbbb';

const CHARS = '234567abcdefghijklmnopqrstuvwxyz';

/** A TID record key for a time: microseconds since 1970 shifted over a 10-bit clock id. */
function tid(iso: string, clock = 7): string {
  let n = ((BigInt(Date.parse(iso)) * 1000n) << 10n) | BigInt(clock);
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = CHARS[Number(n & 31n)] + out;
    n >>= 5n;
  }
  return out;
}

interface Block {
  cid: CID;
  bytes: Uint8Array;
}

async function block(value: unknown): Promise<Block> {
  const bytes = dagCbor.encode(value);
  return { cid: CID.create(1, dagCbor.code, await sha256.digest(bytes)), bytes };
}

const enc = new TextEncoder();

/** An MST node over sorted keys, prefix-compressed as the atproto repo spec writes them. */
async function mstNode(entries: [string, CID][], left: CID | null = null): Promise<Block> {
  let previous = '';
  const e = entries.map(([key, v]) => {
    let p = 0;
    while (p < previous.length && p < key.length && previous[p] === key[p]) p++;
    previous = key;
    return { k: enc.encode(key.slice(p)), p, t: null, v };
  });
  return block({ e, l: left });
}

const P1 = tid('2024-02-01T10:00:00Z');
const P2 = tid('2024-02-02T11:00:00Z');
const P3 = tid('2024-02-03T12:00:00Z');
const R1 = tid('2024-02-04T13:00:00Z');
const L1 = tid('2024-02-05T14:00:00Z');

async function repo(
  options: { order?: 'records-first' | 'tree-first'; extra?: Record<string, unknown> } = {},
) {
  const imageBlob = CID.parse('bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy');
  const profile = await block({
    $type: 'app.bsky.actor.profile',
    displayName: 'Ombreval ',
    description: ' Fabricant lyonnais\nombreval.example ',
    createdAt: '2023-05-01T08:00:00.000Z',
  });
  const text = 'Bonjour @alice.bsky.social, voir ombreval.fr';
  const bytes = (s: string) => enc.encode(s).byteLength;
  const post1 = await block({
    $type: 'app.bsky.feed.post',
    text,
    createdAt: '2024-02-01T10:00:00.123Z',
    langs: ['fr'],
    facets: [
      {
        index: { byteStart: bytes('Bonjour '), byteEnd: bytes('Bonjour @alice.bsky.social') },
        features: [{ $type: 'app.bsky.richtext.facet#mention', did: ALICE }],
      },
      {
        index: { byteStart: bytes('Bonjour @alice.bsky.social, voir '), byteEnd: bytes(text) },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://ombreval.fr' }],
      },
    ],
    embed: {
      $type: 'app.bsky.embed.images',
      images: [
        { alt: 'Atelier', image: { $type: 'blob', ref: imageBlob, mimeType: 'image/jpeg', size: 1000 } },
      ],
    },
    ...options.extra,
  });
  const post2 = await block({
    $type: 'app.bsky.feed.post',
    text: 'Merci !',
    createdAt: '2024-02-02T11:00:00Z',
    reply: {
      root: { uri: `at://${BOB}/app.bsky.feed.post/3kroot`, cid: 'bafyroot' },
      parent: { uri: `at://${BOB}/app.bsky.feed.post/3kparent`, cid: 'bafyparent' },
    },
  });
  const post3 = await block({
    $type: 'app.bsky.feed.post',
    text: 'À lire',
    createdAt: 'not a date',
    embed: {
      $type: 'app.bsky.embed.recordWithMedia',
      record: {
        $type: 'app.bsky.embed.record',
        record: { uri: `at://${ALICE}/app.bsky.feed.post/3kq`, cid: 'bafyq' },
      },
      media: {
        $type: 'app.bsky.embed.external',
        external: { uri: 'https://example.org/article', title: 'T', description: '' },
      },
    },
  });
  const repost = await block({
    $type: 'app.bsky.feed.repost',
    subject: { uri: `at://${BOB}/app.bsky.feed.post/3kbob`, cid: 'bafybob' },
    createdAt: '2024-02-04T13:00:00Z',
  });
  const like = await block({
    $type: 'app.bsky.feed.like',
    subject: { uri: `at://${BOB}/app.bsky.feed.post/3kbob` },
    createdAt: '2024-02-05T14:00:00Z',
  });
  const thing = await block({ $type: 'com.example.thing', x: 1 });
  const left = await mstNode([
    ['app.bsky.actor.profile/self', profile.cid],
    [`app.bsky.feed.like/${L1}`, like.cid],
  ]);
  const rootNode = await mstNode(
    [
      [`app.bsky.feed.post/${P1}`, post1.cid],
      [`app.bsky.feed.post/${P2}`, post2.cid],
      [`app.bsky.feed.post/${P3}`, post3.cid],
      [`app.bsky.feed.repost/${R1}`, repost.cid],
      ['com.example.thing/one', thing.cid],
    ],
    left.cid,
  );
  const commit = await block({
    did: DID,
    version: 3,
    data: rootNode.cid,
    rev: '3kxyz',
    prev: null,
    sig: new Uint8Array(64),
  });
  const records = [profile, post1, post2, post3, repost, like, thing];
  const tree = [rootNode, left];
  const blocks =
    options.order === 'records-first' ? [commit, ...records, ...tree] : [commit, ...tree, ...records];
  return car(commit.cid, blocks);
}

async function car(root: CID, blocks: Block[]): Promise<Uint8Array> {
  const { writer, out } = CarWriter.create([root]);
  const chunks: Uint8Array[] = [];
  const collected = (async () => {
    for await (const c of out) chunks.push(c);
  })();
  for (const b of blocks) await writer.put(b);
  await writer.close();
  await collected;
  return Buffer.concat(chunks);
}

async function all(source: ExportSource): Promise<ExportRecord[]> {
  const out: ExportRecord[] = [];
  for await (const r of blueskyReader.read(source)) out.push(r);
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

describe('Bluesky repository (CAR)', () => {
  it('reads the account: DID from the commit, name and bio from the profile', async () => {
    const source = memorySource('repo.car', { 'repo.car': await repo() });
    expect(await blueskyReader.detect(source)).toBe(0.9);
    const rs = await all(source);
    expect(rs[0]).toEqual({
      type: 'account',
      account: {
        platform: 'bluesky',
        externalId: DID,
        handle: DID,
        url: `https://bsky.app/profile/${DID}`,
        name: 'Ombreval',
        createdOn: '2023-05-01',
        bio: 'Fabricant lyonnais\nombreval.example',
      },
    });
  });

  for (const order of ['tree-first', 'records-first'] as const) {
    it(`reads posts and reposts keyed by their record keys (${order})`, async () => {
      const rs = await all(memorySource('repo.car', { 'repo.car': await repo({ order }) }));
      const ps = posts(rs);
      expect(ps.map((p) => [p.externalId, p.kind])).toEqual([
        [P1, 'original'],
        [P2, 'reply'],
        [P3, 'quote'],
        [R1, 'share'],
      ]);
      expect(ps[0]).toEqual({
        externalId: P1,
        publishedAt: '2024-02-01T10:00:00.123Z',
        text: 'Bonjour @alice.bsky.social, voir ombreval.fr',
        language: 'fr',
        kind: 'original',
        url: `https://bsky.app/profile/${DID}/post/${P1}`,
        links: ['https://ombreval.fr'],
        media: [{ type: 'image', ref: 'bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy' }],
        counts: {},
      });
      // No valid createdAt: the time the TID encodes.
      expect(ps[2]).toMatchObject({
        publishedAt: '2024-02-03T12:00:00.000Z',
        links: ['https://example.org/article'],
      });
      expect(ps[3]).toMatchObject({ text: '', url: `https://bsky.app/profile/${BOB}/post/3kbob` });
    });
  }

  it('reads interactions by DID: mentions, replies, quotes, reposts', async () => {
    const is = interactions(await all(memorySource('repo.car', { 'repo.car': await repo() })));
    expect(is.map((i) => [i.postExternalId, i.kind, i.other.externalId])).toEqual([
      [P1, 'mention', ALICE],
      [P2, 'reply', BOB],
      [P3, 'quote', ALICE],
      [R1, 'share', BOB],
    ]);
    expect(is[0]).toEqual({
      postExternalId: P1,
      kind: 'mention',
      at: '2024-02-01T10:00:00.123Z',
      other: { platform: 'bluesky', externalId: ALICE },
    });
  });

  it('reports unknown collections and unknown post fields, not likes', async () => {
    const rs = await all(memorySource('repo.car', { 'repo.car': await repo({ extra: { newField: 1 } }) }));
    expect(rs.filter((r) => r.type === 'unknown').map((r) => r.type === 'unknown' && r.field)).toEqual([
      { where: 'repo.car: collection "com.example.thing"', count: 1 },
      { where: 'repo.car: app.bsky.feed.post: newField', count: 1 },
    ]);
  });

  it('helpers: AT URIs and TIDs', () => {
    expect(parseAtUri(`at://${DID}/app.bsky.feed.post/3k`)).toEqual({
      did: DID,
      collection: 'app.bsky.feed.post',
      rkey: '3k',
    });
    expect(parseAtUri('https://x')).toBeNull();
    expect(postUrl(`at://${DID}/app.bsky.feed.generator/x`)).toBeUndefined();
    expect(tidTime(tid('2023-01-02T03:04:05Z'))).toBe('2023-01-02T03:04:05.000Z');
    expect(tidTime('self')).toBeNull();
  });

  it('does not claim other files', async () => {
    expect(await blueskyReader.detect(memorySource('x.json', { 'x.json': '{"a":1}' }))).toBe(0);
    expect(
      await blueskyReader.detect(memorySource('a.zip', { 'outbox.json': '{}', 'actor.json': '{}' })),
    ).toBe(0);
  });
});

describe('Bluesky: bad input', () => {
  it('names the file, the block and the byte where a truncated CAR stops', async () => {
    const bytes = await repo();
    const cut = bytes.subarray(0, bytes.length - 40);
    const e = await failure(memorySource('export.zip', { 'ombreval.car': cut }));
    expect(e.code).toBe('imports.bluesky.truncated');
    expect(e.issues[0]!.file).toBe('export.zip/ombreval.car');
    expect(e.message).toMatch(
      /^export\.zip\/ombreval\.car stops after block \d+ \(byte [\d,]+\): the CAR file is cut short/,
    );
  });

  it('refuses a file that is not a CAR, and a CAR whose root is no commit', async () => {
    expect((await failure(memorySource('repo.car', { 'repo.car': 'hello, not a car at all' }))).code).toBe(
      'imports.bluesky.not_car',
    );
    const other = await block({ hello: 'world' });
    const bytes = await car(other.cid, [other]);
    expect((await failure(memorySource('repo.car', { 'repo.car': bytes }))).code).toBe(
      'imports.bluesky.no_commit',
    );
  });

  it('names the record with a bad date', async () => {
    const post = await block({ $type: 'app.bsky.feed.post', text: 'x', createdAt: 'hier' });
    const node = await mstNode([['app.bsky.feed.post/self', post.cid]]);
    const commit = await block({
      did: DID,
      version: 3,
      data: node.cid,
      rev: 'r',
      prev: null,
      sig: new Uint8Array(1),
    });
    const e = await failure(
      memorySource('repo.car', { 'repo.car': await car(commit.cid, [commit, node, post]) }),
    );
    expect(e.code).toBe('imports.bluesky.bad_record');
    expect(e.message).toBe('repo.car, record app.bsky.feed.post/self: "createdAt" is not a date: "hier".');
  });
});
