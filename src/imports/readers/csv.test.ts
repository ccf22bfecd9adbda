import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../../core/errors';
import { memorySource } from '../memory';
import type { ExportRecord, ExportSource } from '../model';
import { csvReader, kindOf, mediaOf, timestampValue } from './csv';

async function all(source: ExportSource): Promise<ExportRecord[]> {
  const out: ExportRecord[] = [];
  for await (const r of csvReader.read(source)) out.push(r);
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
const metrics = (rs: ExportRecord[]) => rs.flatMap((r) => (r.type === 'metric' ? [r.metric] : []));

const POSTS = [
  'post_id,published_at,text,language,kind,url,links,media,likes,shares,replies,quotes,views,platform,handle',
  '101,2024-03-05T14:30:00+01:00,"Bonjour, le ""monde""",fr,original,https://threads.net/@ombreval/post/101,https://ombreval.fr/a https://ombreval.fr/b,img/1.jpg|https://cdn.example/v.mp4,12,3,4,0,1 200,threads,ombreval',
  '102,2024-03-06 09:00,"Deux',
  'lignes",en,reply,,,,1,,,,,,',
  '',
  '103,06/03/2024 10h15,,,partage,,,,,,,,,,',
].join('\r\n');

describe('generic CSV: posts', () => {
  it('reads every column, quoted cells over several lines, and the account first', async () => {
    const rs = await all(memorySource('posts.csv', { 'posts.csv': POSTS }));
    expect(rs[0]).toEqual({
      type: 'account',
      account: { platform: 'threads', handle: 'ombreval', url: expect.stringContaining('ombreval') },
    });
    const [a, b, c] = posts(rs);
    expect(a).toEqual({
      externalId: '101',
      publishedAt: '2024-03-05T13:30:00.000Z',
      text: 'Bonjour, le "monde"',
      language: 'fr',
      kind: 'original',
      url: 'https://threads.net/@ombreval/post/101',
      links: ['https://ombreval.fr/a', 'https://ombreval.fr/b'],
      media: [
        { type: 'image', ref: 'img/1.jpg' },
        { type: 'video', ref: 'https://cdn.example/v.mp4' },
      ],
      counts: { likes: 12, shares: 3, replies: 4, quotes: 0, views: 1200 },
    });
    expect(b).toMatchObject({
      externalId: '102',
      text: 'Deux\r\nlignes',
      kind: 'reply',
      publishedAt: '2024-03-06T09:00:00.000Z',
    });
    expect(c).toMatchObject({
      externalId: '103',
      kind: 'share',
      publishedAt: '2024-03-06T10:15:00.000Z',
      text: '',
    });
  });

  it('accepts French headers, semicolons and Windows-1252', async () => {
    const text = [
      'Identifiant publication;Date de publication;Texte;Langue;Type;J’aime;Partages;Réponses;Vues;Plateforme;Compte',
      '9;05/03/2024 à 14h30;Été réussi ;français;réponse;1,2 k;;;;Threads;ombreval',
    ].join('\n');
    // A right single quote exists in Windows-1252 (0x92): the header must survive the decoding.
    const bytes = iconv.encode(text, 'win1252');
    const rs = await all(memorySource('pub.csv', { 'pub.csv': bytes }));
    expect(posts(rs)).toEqual([
      {
        externalId: '9',
        publishedAt: '2024-03-05T14:30:00.000Z',
        text: 'Été réussi ',
        language: 'fr',
        kind: 'reply',
        links: [],
        media: [],
        counts: { likes: 1200 },
      },
    ]);
  });

  it('emits no account when the file names none (the pipeline then needs --presence)', async () => {
    const rs = await all(memorySource('p.csv', { 'p.csv': 'post_id,published_at,text\n1,2024-01-02,a\n' }));
    expect(rs.map((r) => r.type)).toEqual(['post']);
  });

  it('reads an account named by its URL', async () => {
    const csv =
      'post_id,published_at,account_url\n1,2024-01-02,https://www.pinterest.fr/ombreval/\n2,2024-01-03,\n';
    const rs = await all(memorySource('p.csv', { 'p.csv': csv }));
    expect(rs[0]).toMatchObject({ type: 'account', account: { platform: 'pinterest' } });
    expect(posts(rs)).toHaveLength(2);
  });

  it('reads month-first dates when the file can only be month first', async () => {
    const csv = 'post_id,published_at\n1,03/25/2024 2:30 PM\n2,04/01/2024\n';
    const rs = await all(memorySource('p.csv', { 'p.csv': csv }));
    expect(posts(rs).map((p) => p.publishedAt)).toEqual([
      '2024-03-25T14:30:00.000Z',
      '2024-04-01T00:00:00.000Z',
    ]);
  });

  it('reports unknown columns, never failing on them', async () => {
    const csv = 'post_id,published_at,campaign\n1,2024-01-02,spring\n2,2024-01-03,\n3,2024-01-04,autumn\n';
    const rs = await all(memorySource('p.csv', { 'p.csv': csv }));
    expect(rs.at(-1)).toEqual({ type: 'unknown', field: { where: 'p.csv: column "campaign"', count: 2 } });
  });
});

describe('generic CSV: daily metrics', () => {
  it('reads days and figures, French headers too', async () => {
    const csv = [
      'Jour\tAbonnés\tNouveaux abonnés\tImpressions\tEngagements\tVisites\tVues vidéo',
      '2024-03-01\t1 250\t-3\t10000\t250\t40\t7',
      '02/03/2024\t1253\t3\t\t\t\t',
    ].join('\n');
    const rs = await all(memorySource('m.tsv', { 'm.tsv': csv }));
    expect(metrics(rs)).toEqual([
      {
        day: '2024-03-01',
        audience: 1250,
        audienceGained: -3,
        impressions: 10000,
        engagements: 250,
        visits: 40,
        videoViews: 7,
      },
      { day: '2024-03-02', audience: 1253, audienceGained: 3 },
    ]);
  });

  it('refuses a day given twice', async () => {
    const e = await failure(
      memorySource('m.csv', { 'm.csv': 'date,audience\n2024-03-01,1\n2024-03-01,2\n' }),
    );
    expect(e.issues[0]).toMatchObject({ file: 'm.csv', line: 3, code: 'imports.csv.duplicate_day' });
  });
});

describe('generic CSV: detection', () => {
  it('scores files whose headers are posts or metrics', async () => {
    expect(
      await csvReader.detect(memorySource('p.csv', { 'p.csv': 'post_id,published_at\n1,2024-01-01\n' })),
    ).toBe(0.5);
    expect(await csvReader.detect(memorySource('m.csv', { 'm.csv': 'date;impressions\n' }))).toBe(0.5);
    expect(await csvReader.detect(memorySource('x.csv', { 'x.csv': 'name,email\n' }))).toBe(0);
    expect(await csvReader.detect(memorySource('x.json', { 'x.json': '{}' }))).toBe(0);
    expect(kindOf(['Date', 'Visites'])).toBe('metrics');
  });
});

describe('generic CSV: bad input', () => {
  it('names the file, line and column of every bad value', async () => {
    const csv = [
      'post_id,published_at,likes,kind,language,url',
      '1,2024-13-45,12,original,fr,https://a.example/1',
      '2,2024-01-02,douze,original,fr,https://a.example/2',
      '3,2024-01-03,1,retweet,klingon,javascript:alert(1)',
      ',2024-01-04,1,,,',
    ].join('\n');
    const e = await failure(memorySource('bad.csv', { 'bad.csv': csv }));
    expect(e.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [2, 'published_at', 'imports.csv.bad_timestamp'],
      [3, 'likes', 'imports.csv.bad_number'],
      [4, 'kind', 'imports.csv.bad_kind'],
      [4, 'language', 'imports.csv.bad_language'],
      [4, 'url', 'imports.csv.bad_url'],
      [5, 'post_id', 'imports.csv.required'],
    ]);
    expect(e.message).toContain(
      'bad.csv, line 2, column "published_at": "2024-13-45" is not a date and time',
    );
  });

  it('refuses a file whose columns are neither posts nor metrics, when asked to read it', async () => {
    const source = memorySource('x.zip', {
      'a.csv': 'post_id,published_at\n1,2024-01-01\n',
      'b.csv': 'nom,prenom\n',
    });
    // b.csv is not one of ours: it is skipped, a.csv read.
    expect(posts(await all(source))).toHaveLength(1);
    const e = await failure(memorySource('x.csv', { 'x.csv': 'nom,prenom\n' }));
    expect(e.code).toBe('imports.csv.no_file');
  });

  it('refuses a metrics file without any metric column and a posts file without published_at', async () => {
    expect((await failure(memorySource('m.csv', { 'm.csv': 'post_id,text\n1,a\n' }))).code).toBe(
      'imports.csv.no_file',
    );
  });

  it('refuses two accounts in one file', async () => {
    const csv = 'post_id,published_at,platform,handle\n1,2024-01-01,threads,a\n2,2024-01-02,threads,b\n';
    const e = await failure(memorySource('p.csv', { 'p.csv': csv }));
    expect(e.issues[0]).toMatchObject({ line: 3, code: 'imports.csv.several_accounts' });
  });

  it('refuses an unknown platform and an incomplete account on the first row', async () => {
    const e = await failure(
      memorySource('p.csv', { 'p.csv': 'post_id,published_at,platform,handle\n1,2024-01-01,Myspaze2,a\n' }),
    );
    expect(e.issues[0]).toMatchObject({ line: 2, code: 'imports.csv.bad_platform' });
    const f = await failure(
      memorySource('p.csv', { 'p.csv': 'post_id,published_at,platform,handle\n1,2024-01-01,,a\n' }),
    );
    expect(f.issues[0]).toMatchObject({ line: 2, code: 'imports.csv.account_incomplete' });
  });

  it('refuses dates written both day first and month first', async () => {
    const csv = 'date,audience\n25/03/2024,1\n03/26/2024,2\n';
    expect((await failure(memorySource('m.csv', { 'm.csv': csv }))).code).toBe(
      'imports.csv.mixed_date_order',
    );
  });

  it('names the line of an unterminated quote (a cut file)', async () => {
    const csv = 'post_id,published_at,text\n1,2024-01-01,ok\n2,2024-01-02,"cut here\nand more';
    const e = await failure(memorySource('p.csv', { 'p.csv': csv }));
    expect(e.issues[0]).toMatchObject({
      file: 'p.csv',
      line: 3,
      code: 'imports.more.csv_unterminated_quote',
    });
  });

  it('names the line where a UTF-8 file stops being UTF-8', async () => {
    const head = `post_id,published_at,text\n${Array.from({ length: 5000 }, (_, i) => `${i},2024-01-01,é`).join('\n')}\n`;
    const bytes = Buffer.concat([
      Buffer.from(head),
      Buffer.from('9999,2024-01-01,'),
      Buffer.from([0xe9, 0x0a]),
    ]);
    const e = await failure(memorySource('p.csv', { 'p.csv': bytes }));
    expect(e.issues[0]).toMatchObject({ code: 'imports.more.bad_utf8', line: 5002 });
  });

  it('refuses a binary file and rows with too many values', async () => {
    const bin = new Uint8Array([0x70, 0x6f, 0x73, 0x74, 0x5f, 0x69, 0x64, 0x2c, 0, 1, 2, 3, 0, 0, 0, 0]);
    const source = memorySource('p.csv', { 'p.csv': bin });
    expect(await csvReader.detect(source)).toBe(0);
    const e = await failure(memorySource('p.csv', { 'p.csv': 'post_id,published_at\n1,2024-01-01,x,y\n' }));
    expect(e.issues[0]).toMatchObject({ line: 2, code: 'imports.csv.too_many_cells' });
  });

  it('stops listing after 100 issues', async () => {
    const csv = `date,audience\n${Array.from({ length: 300 }, (_, i) => `2024-01-01,x${i}`).join('\n')}\n`;
    const e = await failure(memorySource('m.csv', { 'm.csv': csv }));
    expect(e.issues).toHaveLength(101);
    expect(e.issues.at(-1)!.code).toBe('imports.csv.too_many_issues');
  });
});

describe('generic CSV: values', () => {
  it('reads usual date and time forms', () => {
    expect(timestampValue('2024-03-05')).toEqual({ value: '2024-03-05T00:00:00.000Z' });
    expect(timestampValue('5 mars 2024 14:30')).toEqual({ value: '2024-03-05T14:30:00.000Z' });
    expect(timestampValue('March 5, 2024 at 2:30 pm')).toEqual({ value: '2024-03-05T14:30:00.000Z' });
    expect(timestampValue('05/03/2024 14:30 +0100')).toEqual({ value: '2024-03-05T13:30:00.000Z' });
    expect(timestampValue('2024-02-30')).toEqual({ code: 'imports.csv.bad_timestamp' });
    expect(timestampValue('05/03/2024 25:00')).toEqual({ code: 'imports.csv.bad_timestamp' });
  });

  it('types media from their extension', () => {
    expect(mediaOf('a/b.PNG?x=1')).toEqual({ type: 'image', ref: 'a/b.PNG?x=1' });
    expect(mediaOf('clip.gif').type).toBe('gif');
    expect(mediaOf('doc.pdf').type).toBe('other');
  });
});

describe('generic CSV: the documentation', () => {
  it('reads every example of docs/generic-csv.md', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../../docs/generic-csv.md', import.meta.url), 'utf8');
    const examples = [...doc.matchAll(/```csv\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(examples).toHaveLength(4);
    for (const [i, csv] of examples.entries()) {
      const rs = await all(memorySource(`example-${i}.csv`, { [`example-${i}.csv`]: csv }));
      expect(rs.filter((r) => r.type === 'post' || r.type === 'metric')).toHaveLength(2);
      expect(rs.filter((r) => r.type === 'unknown')).toEqual([]);
    }
  });
});
