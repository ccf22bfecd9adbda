import { expect, it } from 'vitest';
import { operatorAccess } from '../core/access';
import { forEachDialect } from '../core/testing/dialects';
import { RegistryService } from '../registry/service';
import {
  insertDataImports,
  insertInteractions,
  insertPosts,
  metricsOf,
  type PostRow,
  updateCounts,
  upsertMetrics,
} from './store';

/** An import record of a presence, for rows that name their import. */
const record = (presence_id: number) => ({
  at: '2026-11-02T10:00:00.000Z',
  actor: 'demo',
  file_name: 'demo',
  size: 0,
  sha256: '0'.repeat(64),
  platform: 'x',
  presence_id,
  presence_created: 0,
  posts: 0,
  added: 0,
  updated: 0,
  interactions: 0,
  metrics: 2,
  unknown_fields: '[]',
  duration_ms: 0,
});

forEachDialect((t) => {
  it('upserts daily metrics: a later row fills what was missing and never erases a known figure', async () => {
    const p = await new RegistryService(t.h).createPresence(operatorAccess('t'), {
      url: 'https://x.com/ombreval',
    });
    const [first, second] = await insertDataImports(t.h.db, [record(p.id), record(p.id)]);
    expect(first!.presence_id).toBe(p.id);
    expect(second!.id).not.toBe(first!.id);
    const row = (day: string, audience: number | null, impressions: number | null, import_id: number) => ({
      presence_id: p.id,
      day,
      audience,
      audience_gained: null,
      impressions,
      engagements: null,
      visits: null,
      video_views: null,
      import_id,
    });
    // With the database handle (SQLite's prepared statement) and without it (Kysely), the same result.
    for (const h of [t.h, undefined]) {
      await t.h.db.deleteFrom('daily_metrics').execute();
      await upsertMetrics(
        t.h.db,
        [row('2026-10-01', 100, null, first!.id), row('2026-10-08', 110, 7, first!.id)],
        h,
      );
      await upsertMetrics(t.h.db, [row('2026-10-08', null, 9, second!.id)], h);
      expect(
        (await metricsOf(t.h.db, p.id)).map((m) => [m.day, m.audience, m.impressions, m.import_id]),
      ).toEqual([
        ['2026-10-01', 100, null, first!.id],
        ['2026-10-08', 110, 9, second!.id],
      ]);
    }
  });
});

/** Texts that break naive COPY, CSV or SQL writers: each must come back exactly as stored. */
const HOSTILE = [
  'tab\there, newline\nthere, CRLF\r\nand a lone CR\r',
  'backslashes \\ \\\\ \\t \\n and one at the end \\',
  '\\N',
  '\\.',
  'NULL',
  '',
  'quotes \' " `, commas , ; | and a formula =1+1',
  'é à ç Œ ß 中文 العربية עברית',
  'emoji 👩🏽‍💻 🇫🇷 🏳️‍🌈 and a lone \u00a0 no-break space',
  `${'long field 🙂 '.repeat(7000)}\\\t\n`,
];

forEachDialect((t) => {
  const presence = () =>
    new RegistryService(t.h).createPresence(operatorAccess('t'), { url: 'https://x.com/ombreval' });
  const importRecord = async (presence_id: number) =>
    (await insertDataImports(t.h.db, [record(presence_id)]))[0]!.id;
  const post = (presence_id: number, import_id: number, external_id: string, text: string): PostRow => ({
    presence_id,
    external_id,
    published_at: '2026-10-01T10:00:00.000Z',
    text,
    language: text ? 'fr' : null,
    kind: 'original',
    url: null,
    links: JSON.stringify([text]),
    media: '[]',
    likes: 1,
    shares: null,
    replies: 0,
    quotes: null,
    views: 2 ** 40,
    saves: null,
    clicks: null,
    import_id,
  });
  const count = async (table: 'posts' | 'interactions') =>
    Number(
      (
        await t.h.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst()
      )?.n,
    );

  it('stores hostile texts exactly, counts only new posts, and updates counts', async () => {
    const p = await presence();
    const imp = await importRecord(p.id);
    const rows = HOSTILE.map((text, i) => post(p.id, imp, `id\t${i}\\N`, text));
    // The same post twice in one batch: the first is kept, as the unique key decides.
    const twice = post(p.id, imp, rows[0]!.external_id, 'a later copy');
    const added = await t.h.db.transaction().execute((trx) => insertPosts(t.h, trx, [...rows, twice]));
    expect(added).toBe(HOSTILE.length);
    await t.h.db.transaction().execute(async (trx) => {
      expect(await insertPosts(t.h, trx, rows.slice(0, 3))).toBe(0);
      await insertInteractions(
        t.h,
        trx,
        HOSTILE.map((name, i) => ({
          presence_id: p.id,
          post_external_id: rows[i]!.external_id,
          kind: 'mention',
          at: '2026-10-01T10:00:00.000Z',
          other_platform: 'x',
          other_key: `k${i}\\`,
          other_handle: null,
          other_name: name,
          import_id: imp,
        })),
      );
    });
    const stored = await t.h.db.selectFrom('posts').selectAll().orderBy('id').execute();
    expect(
      stored.map((r) => [r.external_id, r.text, r.language, r.links, r.likes, r.shares, r.views]),
    ).toEqual(rows.map((r) => [r.external_id, r.text, r.language, r.links, 1, null, 2 ** 40]));
    const names = await t.h.db.selectFrom('interactions').select('other_name').orderBy('id').execute();
    expect(names.map((r) => r.other_name)).toEqual(HOSTILE);

    await updateCounts(
      t.h,
      t.h.db,
      rows.slice(1, 3).map((r) => ({ ...r, likes: 99, shares: 7 })),
    );
    const counts = await t.h.db.selectFrom('posts').select(['likes', 'shares']).orderBy('id').execute();
    expect(counts.slice(0, 4)).toEqual([
      { likes: 1, shares: null },
      { likes: 99, shares: 7 },
      { likes: 99, shares: 7 },
      { likes: 1, shares: null },
    ]);
  });

  it('counts new posts exactly whether a batch repeats earlier ones or not, in any order', async () => {
    const p = await presence();
    const imp = await importRecord(p.id);
    const batch = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => post(p.id, imp, `p${from + i}`, `texte ${from + i}`));
    await t.h.db.transaction().execute(async (trx) => {
      expect(await insertPosts(t.h, trx, batch(0, 100))).toBe(100);
      // Half of it seen before: on PostgreSQL the direct COPY fails, and the batch is staged instead.
      expect(await insertPosts(t.h, trx, batch(50, 150))).toBe(50);
      expect(await insertPosts(t.h, trx, batch(150, 200))).toBe(50);
      expect(await insertPosts(t.h, trx, batch(0, 10))).toBe(0);
    });
    expect(await count('posts')).toBe(200);
  });

  it('keeps nothing of an import whose batch fails half-way, and serves the next one', async () => {
    const p = await presence();
    const imp = await importRecord(p.id);
    const good = Array.from({ length: 1500 }, (_, i) => post(p.id, imp, `a${i}`, `texte ${i}`));
    const bad = Array.from({ length: 1500 }, (_, i) => post(p.id, imp, `b${i}`, `texte ${i}`));
    // A row the table refuses (a post has a date) in the middle of the second batch.
    bad[1200] = { ...bad[1200]!, published_at: null as unknown as string };
    await expect(
      t.h.db.transaction().execute(async (trx) => {
        expect(await insertPosts(t.h, trx, good)).toBe(1500);
        await insertPosts(t.h, trx, bad);
      }),
    ).rejects.toThrow(/null/i);
    expect(await count('posts')).toBe(0);
    expect(await t.h.db.transaction().execute((trx) => insertPosts(t.h, trx, good))).toBe(1500);
    expect(await count('posts')).toBe(1500);
  });
});
