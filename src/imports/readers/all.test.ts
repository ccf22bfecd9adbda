import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { memorySource } from '../memory';
import type { ExportRecord, ExportSource } from '../model';
import { openSource } from '../source';
import { ALL_READERS } from './all';
import { DETECT_THRESHOLD, detectReader, READERS } from './index';

async function xlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('New followers');
  ws.addRow([
    'Date',
    'Sponsored followers',
    'Organic followers',
    'Auto-invited followers',
    'Total followers',
  ]);
  ws.addRow(['11/14/2023', 0, 7, 1, 8]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const OUTBOX = JSON.stringify({
  '@context': 'https://www.w3.org/ns/activitystreams',
  id: 'outbox.json',
  type: 'OrderedCollection',
  totalItems: 0,
  orderedItems: [],
});
const ACTOR = JSON.stringify({
  id: 'https://piaille.fr/users/o',
  type: 'Person',
  preferredUsername: 'o',
  url: 'https://piaille.fr/@o',
});

async function fixtures(): Promise<Record<string, ExportSource>> {
  return {
    linkedin: memorySource('li.zip', { 'ombreval_followers_1700000000000.xlsx': await xlsx() }),
    youtube: memorySource('takeout.zip', {
      'Takeout/YouTube and YouTube Music/channels/channel.csv':
        'Channel ID,Channel Title (Original),Channel Visibility\nUC1,O,Public\n',
    }),
    mastodon: memorySource('archive.zip', { 'actor.json': ACTOR, 'outbox.json': OUTBOX }),
    bluesky: memorySource('repo.car', {
      // A CAR v1 header: varint length, then {roots: [], version: 1} in DAG-CBOR.
      'repo.car': new Uint8Array([
        0x11,
        0xa2,
        0x65,
        ...Buffer.from('roots'),
        0x80,
        0x67,
        ...Buffer.from('version'),
        0x01,
        0,
        0,
        0,
      ]),
    }),
    csv: memorySource('posts.csv', { 'posts.csv': 'post_id,published_at,text\n1,2024-01-01,a\n' }),
  };
}

/** The readers of this folder beyond the X, Meta and TikTok ones. */
const OTHERS = ALL_READERS.filter((r) => !READERS.includes(r));

describe('ALL_READERS', () => {
  it('lists every reader, the generic CSV last', () => {
    expect(ALL_READERS.map((r) => r.platform)).toEqual([
      'x',
      'facebook',
      'instagram',
      'tiktok',
      'linkedin',
      'youtube',
      'mastodon',
      'bluesky',
      'csv',
    ]);
  });

  it('each export is claimed by its own reader, more surely than by any other', async () => {
    for (const [platform, source] of Object.entries(await fixtures())) {
      const scores = await Promise.all(
        ALL_READERS.map(async (r) => [r.platform, await r.detect(source)] as const),
      );
      const best = scores.reduce((a, b) => (b[1] > a[1] ? b : a));
      expect(best[0], `${platform}: ${JSON.stringify(scores)}`).toBe(platform);
      expect(best[1]).toBeGreaterThan(0.4);
    }
  });

  it('each export is chosen among all the readers, the X, Meta and TikTok ones included', async () => {
    for (const [platform, source] of Object.entries(await fixtures()))
      expect((await detectReader(source, ALL_READERS)).platform, platform).toBe(platform);
  });

  it('a renamed LinkedIn workbook is not claimed, but is read when LinkedIn is named', async () => {
    const source = memorySource('report.xlsx', { 'report.xlsx': await xlsx() });
    const linkedin = ALL_READERS.find((r) => r.platform === 'linkedin')!;
    expect(await linkedin.detect(source)).toBeLessThan(DETECT_THRESHOLD);
    expect((await detectReader(source, ALL_READERS, 'linkedin')).platform).toBe('linkedin');
  });

  it('none of the others claims an X archive', async () => {
    const source = memorySource('twitter.zip', {
      'data/manifest.js': 'window.__THAR_CONFIG = {}',
      'data/tweets.js': 'window.YTD.tweets.part0 = []',
      'data/account.js': 'window.YTD.account.part0 = []',
    });
    for (const r of OTHERS) expect(await r.detect(source), r.platform).toBe(0);
  });
});

describe('with real sources (files and folders)', () => {
  const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'vigie-readers-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function read(path: string, platform: string): Promise<ExportRecord[]> {
    const source = await openSource(path);
    try {
      const reader = ALL_READERS.find((r) => r.platform === platform)!;
      expect(await reader.detect(source)).toBeGreaterThanOrEqual(0.5);
      const out: ExportRecord[] = [];
      for await (const r of reader.read(source)) out.push(r);
      return out;
    } finally {
      await source.close();
    }
  }

  it('reads a LinkedIn workbook given alone', async () => {
    const file = nodePath.join(dir, 'ombreval_followers_1700000000000.xlsx');
    fs.writeFileSync(file, await xlsx());
    const rs = await read(file, 'linkedin');
    expect(rs.map((r) => r.type)).toEqual(['account', 'metric']);
    expect(rs[0]).toMatchObject({ account: { handle: 'company/ombreval' } });
  });

  it('reads an unpacked Mastodon archive folder and a Takeout folder', async () => {
    const masto = nodePath.join(dir, 'archive');
    fs.mkdirSync(masto);
    fs.writeFileSync(nodePath.join(masto, 'actor.json'), ACTOR);
    fs.writeFileSync(nodePath.join(masto, 'outbox.json'), OUTBOX);
    expect((await read(masto, 'mastodon'))[0]).toMatchObject({ account: { handle: 'o@piaille.fr' } });

    const takeout = nodePath.join(dir, 'Takeout', 'YouTube et YouTube Music', 'chaînes');
    fs.mkdirSync(takeout, { recursive: true });
    fs.writeFileSync(nodePath.join(takeout, 'chaîne.csv'), 'Channel ID,Channel Title (Original)\nUC1,O\n');
    expect((await read(nodePath.join(dir, 'Takeout'), 'youtube'))[0]).toMatchObject({
      account: { externalId: 'UC1' },
    });
  });

  it('reads a generic CSV file', async () => {
    const file = nodePath.join(dir, 'stats.csv');
    fs.writeFileSync(file, 'date;impressions\n2024-01-01;10\n');
    expect(await read(file, 'csv')).toEqual([
      { type: 'metric', metric: { day: '2024-01-01', impressions: 10 } },
    ]);
  });
});
