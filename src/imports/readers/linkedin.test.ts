import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../../core/errors';
import { lieAboutSize, readZipLayout, sizeLies } from '../../core/testing/zip';
import { localiseError } from '../../messages';
import { memorySource } from '../memory';
import type { ExportRecord, ExportSource } from '../model';
import { linkedinReader, pageOf, sheetKindOf } from './linkedin';

type Row = (string | number | Date | { text: string; hyperlink: string } | null)[];

async function workbook(sheets: Record<string, Row[]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function all(source: ExportSource): Promise<ExportRecord[]> {
  const out: ExportRecord[] = [];
  for await (const r of linkedinReader.read(source)) out.push(r);
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

/** The content export as LinkedIn writes it: a description row above each header. */
async function content(): Promise<Uint8Array> {
  return workbook({
    Metrics: [
      ['Aggregated metrics for all updates. Data may be up to 48 hours delayed.'],
      [
        'Date',
        'Impressions (organic)',
        'Impressions (sponsored)',
        'Impressions (total)',
        'Unique impressions (organic)',
        'Clicks (organic)',
        'Clicks (sponsored)',
        'Clicks (total)',
        'Reactions (organic)',
        'Reactions (sponsored)',
        'Reactions (total)',
        'Comments (organic)',
        'Comments (sponsored)',
        'Comments (total)',
        'Reposts (organic)',
        'Reposts (sponsored)',
        'Reposts (total)',
        'Engagement rate (organic)',
        'Engagement rate (sponsored)',
        'Engagement rate (total)',
      ],
      ['11/14/2023', 800, 200, 1000, 600, 10, 5, 15, 20, 0, 20, 3, 0, 3, 2, 0, 2, 0.04, 0, 0.04],
      ['11/15/2023', 500, 0, 500, 400, 5, 0, 5, 10, 0, 10, 1, 0, 1, 0, 0, 0, 0.03, 0, 0.03],
    ],
    'All posts': [
      ['Update metrics (individual posts)'],
      [
        'Post title',
        'Post link',
        'Post type',
        'Campaign name',
        'Posted by',
        'Created date',
        'Campaign start date',
        'Campaign end date',
        'Audience',
        'Impressions',
        'Views (excluding off-site video views)',
        'Off-site views',
        'Clicks',
        'Click through rate (CTR)',
        'Likes',
        'Comments',
        'Reposts',
        'Follows',
        'Engagement rate',
        'Content Type',
        'Boost status',
      ],
      [
        'Notre rapport annuel est en ligne : https://ombreval.fr/rapport',
        {
          text: 'https://www.linkedin.com/feed/update/urn:li:activity:7130000000000000001',
          hyperlink: 'https://www.linkedin.com/feed/update/urn:li:activity:7130000000000000001',
        },
        'Organic',
        '',
        'Claire Martin',
        '11/14/2023',
        '',
        '',
        'All followers',
        1200,
        '',
        '',
        40,
        0.033,
        35,
        4,
        2,
        1,
        0.068,
        'Image',
        'boosted',
      ],
      [
        'Nous recrutons',
        'https://www.linkedin.com/feed/update/urn:li:share:7130000000000000002',
        'Sponsored',
        'Recrutement',
        'Claire Martin',
        '11/15/2023',
        '11/15/2023',
        '11/30/2023',
        'All followers',
        '3,400',
        '',
        '',
        12,
        0.01,
        8,
        0,
        0,
        0,
        0.01,
        'Text',
        '',
      ],
    ],
  });
}

async function followers(): Promise<Uint8Array> {
  return workbook({
    'New followers': [
      ['Date', 'Sponsored followers', 'Organic followers', 'Auto-invited followers', 'Total followers'],
      ['11/14/2023', 0, 7, 1, 8],
      ['11/16/2023', 1, 2, 0, 3],
    ],
    Location: [
      ['Location', 'Total followers'],
      ['Lyon, France', 120],
    ],
    Seniority: [
      ['Seniority', 'Total followers'],
      ['Senior', 50],
    ],
  });
}

async function visitors(): Promise<Uint8Array> {
  return workbook({
    'Visitor metrics': [
      [
        'Date',
        'Overview page views (desktop)',
        'Overview page views (mobile)',
        'Overview page views (total)',
        'Overview unique visitors (desktop)',
        'Overview unique visitors (mobile)',
        'Overview unique visitors (total)',
        'Life page views (total)',
        'Jobs page views (total)',
        'Total page views (desktop)',
        'Total page views (mobile)',
        'Total page views (total)',
        'Total unique visitors (desktop)',
        'Total unique visitors (mobile)',
        'Total unique visitors (total)',
      ],
      [new Date(Date.UTC(2023, 10, 14)), 10, 5, 15, 8, 4, 12, 2, 3, 14, 8, 22, 10, 6, 16],
    ],
    'Job function': [
      ['Job function', 'Total views'],
      ['Marketing', 12],
    ],
  });
}

describe('LinkedIn page exports', () => {
  it('reads posts, daily metrics, followers and visitors, the page from the file names', async () => {
    const source = memorySource('linkedin.zip', {
      'ombreval_content_1700000000000.xlsx': await content(),
      'ombreval_followers_1700000000000.xlsx': await followers(),
      'ombreval_visitors_1700000000000.xls': await visitors(),
    });
    expect(await linkedinReader.detect(source)).toBe(0.9);
    const rs = await all(source);
    expect(rs[0]).toEqual({
      type: 'account',
      account: {
        platform: 'linkedin',
        handle: 'company/ombreval',
        url: 'https://www.linkedin.com/company/ombreval',
        name: 'ombreval',
      },
    });
    const posts = rs.flatMap((r) => (r.type === 'post' ? [r.post] : []));
    expect(posts).toEqual([
      {
        externalId: 'urn:li:activity:7130000000000000001',
        publishedAt: '2023-11-14T00:00:00.000Z',
        text: 'Notre rapport annuel est en ligne : https://ombreval.fr/rapport',
        kind: 'original',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:7130000000000000001',
        links: ['https://ombreval.fr/rapport'],
        media: [],
        counts: { likes: 35, replies: 4, shares: 2, clicks: 40, views: 1200 },
      },
      expect.objectContaining({
        externalId: 'urn:li:share:7130000000000000002',
        counts: { likes: 8, replies: 0, shares: 0, clicks: 12, views: 3400 },
      }),
    ]);
    const metrics = rs.flatMap((r) => (r.type === 'metric' ? [r.metric] : []));
    expect(metrics).toEqual([
      { day: '2023-11-14', impressions: 1000, engagements: 40, audienceGained: 8, visits: 22 },
      { day: '2023-11-15', impressions: 500, engagements: 16 },
      { day: '2023-11-16', audienceGained: 3 },
    ]);
    // Demographic sheets are known and skipped; an unknown column is reported.
    expect(rs.filter((r) => r.type === 'unknown')).toEqual([
      {
        type: 'unknown',
        field: {
          where: 'linkedin.zip/ombreval_content_1700000000000.xlsx: All posts: column "Boost status"',
          count: 1,
        },
      },
    ]);
    // The account comes first, metrics after the posts.
    expect(rs.findIndex((r) => r.type === 'metric')).toBeGreaterThan(
      rs.findLastIndex((r) => r.type === 'post'),
    );
  });

  it('reads the older "Update engagement" layout and CSV files', async () => {
    const csv = [
      '"Update metrics (individual posts)"',
      'Update title,Update link,Update type,Campaign name,Posted by,Created date,Impressions,Clicks,CTR,Likes,Comments,Shares,Follows,Engagement rate',
      '"Bonjour, LinkedIn",https://www.linkedin.com/feed/update/urn:li:ugcPost:7000000000000000009,Organic,,A,03/02/2022,100,1,0.01,5,1,1,,0.08',
    ].join('\r\n');
    const source = memorySource('ombreval_updates_1700000000000.csv', {
      'ombreval_updates_1700000000000.csv': csv,
    });
    const rs = await all(source);
    expect(rs.map((r) => r.type)).toEqual(['account', 'post']);
    expect(rs[1]).toMatchObject({
      post: {
        externalId: 'urn:li:ugcPost:7000000000000000009',
        publishedAt: '2022-03-02T00:00:00.000Z',
        counts: { likes: 5, shares: 1 },
      },
    });
  });

  it('detects a renamed LinkedIn CSV by its headers, and then knows no page', async () => {
    const csv =
      'Date,Sponsored followers,Organic followers,Auto-invited followers,Total followers\n11/14/2023,0,2,0,2\n';
    const source = memorySource('export.csv', { 'export.csv': csv });
    expect(await linkedinReader.detect(source)).toBe(0.7);
    const rs = await all(source);
    expect(rs[0]).toEqual({ type: 'account', account: { platform: 'linkedin' } });
    expect(rs[1]).toEqual({ type: 'metric', metric: { day: '2023-11-14', audienceGained: 2 } });
  });

  it('takes the page from file names, refusing two pages in one export', async () => {
    expect(pageOf('x/Ombreval-SA_content_1700000000000.xlsx')).toBe('ombreval-sa');
    expect(pageOf('report.xlsx')).toBeNull();
    const source = memorySource('two.zip', {
      'a_followers_1700000000000.xlsx': await followers(),
      'b_followers_1700000000000.xlsx': await followers(),
    });
    expect((await failure(source)).code).toBe('imports.linkedin.several_pages');
  });

  it('recognises sheets by their headers', () => {
    expect(sheetKindOf(['date', 'impressions organic'])).toBe('metrics');
    expect(sheetKindOf(['date', 'total followers'])).toBe('followers');
    expect(sheetKindOf(['date', 'overview page views total'])).toBe('visitors');
    expect(sheetKindOf(['post title', 'created date'])).toBe('posts');
    expect(sheetKindOf(['location', 'total followers'])).toBeNull();
  });

  it('does not claim other files', async () => {
    expect(await linkedinReader.detect(memorySource('x.csv', { 'x.csv': 'post_id,published_at\n' }))).toBe(0);
    expect(await linkedinReader.detect(memorySource('a.zip', { 'outbox.json': '{}' }))).toBe(0);
  });
});

describe('LinkedIn: bad input', () => {
  it('names the sheet, row and column of a bad number or date', async () => {
    const bytes = await workbook({
      'New followers': [
        ['Date', 'Organic followers', 'Total followers'],
        ['11/14/2023', 'beaucoup', 2],
      ],
    });
    const e = await failure(
      memorySource('p_followers_1700000000000.xlsx', { 'p_followers_1700000000000.xlsx': bytes }),
    );
    expect(e.issues[0]).toMatchObject({
      line: 2,
      column: 'Organic followers',
      field: 'New followers',
      code: 'imports.linkedin.bad_number',
    });
    expect(e.message).toBe(
      'p_followers_1700000000000.xlsx, sheet "New followers", row 2, column "Organic followers": "beaucoup" is not a number.',
    );
    const d = await workbook({
      'New followers': [
        ['Date', 'Total followers'],
        ['31/31/2023', 2],
      ],
    });
    const f = await failure(
      memorySource('p_followers_1700000000000.xlsx', { 'p_followers_1700000000000.xlsx': d }),
    );
    expect(f.issues[0]).toMatchObject({ line: 2, column: 'Date', code: 'imports.linkedin.bad_date' });
  });

  it('refuses a truncated workbook, naming it', async () => {
    const bytes = await content();
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
    const e = await failure(memorySource('exports.zip', { 'ombreval_content_1700000000000.xlsx': cut }));
    expect(e.code).toBe('imports.linkedin.xlsx_unreadable');
    expect(e.message).toContain('exports.zip/ombreval_content_1700000000000.xlsx');
  });

  it('refuses a workbook whose ZIP headers lie, naming the export, the workbook and its part', async () => {
    const layout = readZipLayout(Buffer.from(await content()));
    const sheet = 'xl/worksheets/sheet1.xml';
    for (const lie of sizeLies(layout, sheet)) {
      const e = await failure(
        memorySource('exports.zip', { 'ombreval_content_1700000000000.xlsx': lie.bytes }),
      );
      const what = `${lie.label}: ${e.message}`;
      expect(['imports.linkedin.xlsx_damaged', 'imports.linkedin.xlsx_unreadable'], what).toContain(e.code);
      expect(e.message, what).toContain('exports.zip/ombreval_content_1700000000000.xlsx');
      if (e.code === 'imports.linkedin.xlsx_damaged') expect(e.message, what).toContain(sheet);
      expect(localiseError(e, 'fr'), what).not.toMatch(
        /stream|unexpected|invalid|Corrupted|Bug|TypeError|undefined/i,
      );
    }
    const local = lieAboutSize(layout, sheet, 'compressed', 3, 'local');
    const e = await failure(memorySource('exports.zip', { 'ombreval_content_1700000000000.xlsx': local }));
    expect(e.message).toBe(
      `exports.zip/ombreval_content_1700000000000.xlsx, ${sheet}: damaged or forged XLSX workbook: its local header and the central directory disagree; the file is refused.`,
    );
  });

  it('refuses an old binary .xls with advice', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const e = await failure(
      memorySource('p_content_1700000000000.xls', { 'p_content_1700000000000.xls': ole }),
    );
    expect(e.code).toBe('imports.linkedin.xls_unsupported');
  });

  it('reports a sheet it does not know without failing', async () => {
    const bytes = await workbook({
      'New followers': [
        ['Date', 'Total followers'],
        ['11/14/2023', 2],
      ],
      Competitors: [
        ['Page', 'Followers'],
        ['Autre', 3],
      ],
    });
    const rs = await all(
      memorySource('p_content_1700000000000.xlsx', { 'p_content_1700000000000.xlsx': bytes }),
    );
    expect(rs.filter((r) => r.type === 'unknown')).toEqual([
      { type: 'unknown', field: { where: 'p_content_1700000000000.xlsx: sheet "Competitors"', count: 1 } },
    ]);
  });
});

describe('LinkedIn: another platform’s file', () => {
  it('is refused when read as LinkedIn, rather than imported as nothing', async () => {
    const e = await failure(memorySource('stats.csv', { 'stats.csv': 'date,audience\n2024-01-01,3\n' }));
    expect(e.code).toBe('imports.linkedin.no_file');
  });
});
