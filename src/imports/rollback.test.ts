// Rolling back a platform data import (issue #12), on both databases: what it added goes, what it
// refreshed on the presence comes back; imports that replaced values Vigie does not keep are refused.
import { expect, it } from 'vitest';
import { buildAccess, operatorAccess } from '../core/access';
import { Conflict, type VigieError } from '../core/errors';
import { forEachDialect } from '../core/testing/dialects';
import { RegistryService } from '../registry/service';
import { batchRecords } from './batches';
import type { ExportRecord } from './model';
import { importRecords } from './pipeline';
import { rollbackDataImport } from './rollback';

const meta = { size: 1000, sha256: 'a'.repeat(64) };
const admin = operatorAccess('alice');

interface Export {
  posts?: [id: string, day: string, likes: number][];
  metrics?: [day: string, audience: number][];
}

async function* records(e: Export): AsyncGenerator<ExportRecord> {
  yield { type: 'account', account: { platform: 'x', handle: 'ombreval_test' } };
  for (const [id, day, likes] of e.posts ?? []) {
    const publishedAt = `${day}T10:00:00.000Z`;
    yield {
      type: 'post',
      post: {
        externalId: id,
        publishedAt,
        text: `n°${id}`,
        kind: 'original',
        links: [],
        media: [],
        counts: { likes },
      },
    };
    yield {
      type: 'interaction',
      interaction: {
        postExternalId: id,
        kind: 'mention',
        at: publishedAt,
        other: { platform: 'x', handle: `c${id}` },
      },
    };
  }
  for (const [day, audience] of e.metrics ?? []) yield { type: 'metric', metric: { day, audience } };
}

forEachDialect((t) => {
  const run = (e: Export, file = 'export.zip') =>
    importRecords(t.h, 'bob', { file, platform: 'x', batches: batchRecords(records(e)) }, meta);
  const count = async (table: 'posts' | 'interactions' | 'daily_metrics') =>
    Number((await t.h.db.selectFrom(table).select(t.h.db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const data = async () => ({
    posts: await count('posts'),
    interactions: await count('interactions'),
    metrics: await count('daily_metrics'),
  });
  const logCount = async () =>
    Number(
      (await t.h.db.selectFrom('changes').select(t.h.db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n,
    );

  async function presence() {
    const s = new RegistryService(t.h);
    const p = await s.createPresence(admin, {
      url: 'https://x.com/ombreval_test',
      audience: 100,
      audienceOn: '2020-01-01',
      lastActivityOn: '2020-01-01',
    });
    return { s, p };
  }

  it('deletes what an import added and puts back what it refreshed on the presence, once', async () => {
    const { s, p } = await presence();
    const r = await run({
      posts: [
        ['1', '2021-03-01', 4],
        ['2', '2021-03-02', 5],
      ],
      metrics: [['2021-03-02', 180]],
    });
    expect((await s.getPresence(p.id)).lastActivityOn).toBe('2021-03-02');
    expect(await data()).toEqual({ posts: 2, interactions: 2, metrics: 1 });

    const done = await rollbackDataImport(t.h, operatorAccess('carol'), r.importId!);
    expect(done).toEqual({
      importId: r.importId,
      batch: `undo:data-import:${r.importId}`,
      posts: 2,
      interactions: 2,
      metrics: 1,
      presence: 'restored',
    });
    expect(await data()).toEqual({ posts: 0, interactions: 0, metrics: 0 });
    const back = await s.getPresence(p.id);
    expect([back.lastActivityOn, back.audience, back.audienceOn]).toEqual(['2020-01-01', 100, '2020-01-01']);
    expect(back.version).toBe(p.version + 2);
    expect((await s.history(admin, p.id))[0]).toMatchObject({
      actor: 'carol',
      batch: `undo:data-import:${r.importId}`,
      diff: { lastActivityOn: ['2021-03-02', '2020-01-01'], audience: [180, 100] },
    });
    const row = await t.h.db
      .selectFrom('data_imports')
      .selectAll()
      .where('id', '=', r.importId!)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ rolled_back_by: 'carol', metrics_replaced: 0 });
    const logged = await logCount();
    const again = (await rollbackDataImport(t.h, admin, r.importId!).catch((e: unknown) => e)) as VigieError;
    expect(again).toBeInstanceOf(Conflict);
    expect(again.code).toBe('imports.already_rolled_back');
    expect(await logCount()).toBe(logged);
  });

  it('rolls back imports of one presence newest first', async () => {
    const { s, p } = await presence();
    const first = await run({ posts: [['1', '2021-03-01', 1]], metrics: [['2021-03-01', 150]] }, 'first.zip');
    const second = await run(
      { posts: [['2', '2021-04-01', 1]], metrics: [['2021-04-01', 160]] },
      'second.zip',
    );
    const e = (await rollbackDataImport(t.h, admin, first.importId!).catch((x: unknown) => x)) as VigieError;
    expect(e.code).toBe('imports.rollback_later');
    expect(e.message).toContain('second.zip');
    expect(await data()).toEqual({ posts: 2, interactions: 2, metrics: 2 });
    await rollbackDataImport(t.h, admin, second.importId!);
    expect((await s.getPresence(p.id)).lastActivityOn).toBe('2021-03-01');
    // The second import's refresh and its undo cancel out: the first can be rolled back now.
    await rollbackDataImport(t.h, admin, first.importId!);
    expect(await data()).toEqual({ posts: 0, interactions: 0, metrics: 0 });
    const back = await s.getPresence(p.id);
    expect([back.lastActivityOn, back.audience, back.audienceOn]).toEqual(['2020-01-01', 100, '2020-01-01']);
  });

  it('refuses an import that updated stored posts or filled in stored days, and changes nothing', async () => {
    await presence();
    await run({ posts: [['1', '2021-03-01', 1]], metrics: [['2021-03-01', 150]] });
    const recount = await run({ posts: [['1', '2021-03-01', 9]] });
    expect(recount.updated).toBe(1);
    const before = await data();
    const logged = await logCount();
    await expect(rollbackDataImport(t.h, admin, recount.importId!)).rejects.toMatchObject({
      code: 'imports.rollback_updated',
      params: expect.objectContaining({ count: 1 }),
    });
    const refill = await run({
      metrics: [
        ['2021-03-01', 151],
        ['2021-03-02', 152],
      ],
    });
    await expect(rollbackDataImport(t.h, admin, refill.importId!)).rejects.toMatchObject({
      code: 'imports.rollback_metrics',
      params: expect.objectContaining({ count: 1 }),
    });
    expect(await data()).toEqual({ ...before, metrics: 2 });
    expect(await logCount()).toBe(logged + 2);
  });

  it('refuses when the presence was changed since, naming the change', async () => {
    const { s, p } = await presence();
    const r = await run({ posts: [['1', '2021-03-01', 1]] });
    await s.updatePresence(operatorAccess('dan'), p.id, { notes: 'Compte historique' });
    const e = (await rollbackDataImport(t.h, admin, r.importId!).catch((x: unknown) => x)) as VigieError;
    expect(e).toBeInstanceOf(Conflict);
    expect(e.code).toBe('imports.rollback_changed');
    expect(e.params).toMatchObject({ fields: 'Notes', actor: 'dan' });
    expect(await data()).toMatchObject({ posts: 1 });
  });

  it('deletes a presence the import created, and keeps it out of reach of users without scope', async () => {
    const r = await run({ posts: [['1', '2021-03-01', 1]] });
    expect(r.presence?.created).toBe(true);
    const agency = buildAccess({
      userId: 9,
      actor: 'agence@example.test',
      personId: null,
      grants: [{ role: 'agency', unitId: null, presenceId: 999 }],
      units: [],
    });
    await expect(rollbackDataImport(t.h, agency, r.importId!)).rejects.toMatchObject({ kind: 'not_found' });
    const analyst = buildAccess({
      userId: 10,
      actor: 'analyste@example.test',
      personId: null,
      grants: [{ role: 'analyst', unitId: null, presenceId: null }],
      units: [],
    });
    await expect(rollbackDataImport(t.h, analyst, r.importId!)).rejects.toMatchObject({ kind: 'forbidden' });
    expect((await rollbackDataImport(t.h, admin, r.importId!)).presence).toBe('deleted');
    expect(await t.h.db.selectFrom('presences').selectAll().execute()).toEqual([]);
    const last = await t.h.db.selectFrom('changes').selectAll().orderBy('id', 'desc').limit(2).execute();
    expect(last.map((c) => `${c.entity} ${c.action}`)).toEqual(['data_import rollback', 'presence delete']);
  });
});
