// The attack of the issue: a change-log row altered directly in the database is detected, and the
// first broken entry is named with its problem; on both databases.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { appendChanges, chainHash, GENESIS } from '../../core/log';
import { forEachDialect } from '../../core/testing/dialects';
import { readHead, rowsAfter } from './store';
import { change, ids, seedLog } from './testing';
import { ChainWalker, verifyLog, verifyRows } from './verify';

forEachDialect((t) => {
  describe('verifyLog', () => {
    it('finds an empty log intact', async () => {
      expect(await verifyLog(t.h.db)).toMatchObject({ ok: true, checked: 0, broken: null });
    });

    it('finds an intact chain intact, walking it in pages and reporting progress', async () => {
      await seedLog(t.h.db, 23);
      const seen: [number, number][] = [];
      const r = await verifyLog(t.h.db, (done, total) => seen.push([done, total]), { pageSize: 5 });
      expect(r).toMatchObject({ ok: true, checked: 23, broken: null });
      const head = await readHead(t.h.db);
      expect(r.last).toEqual({ id: head!.last_id, hash: head!.hash });
      expect(seen.at(-1)).toEqual([23, 23]);
      expect(seen.length).toBeGreaterThan(4);
    });

    for (const column of ['diff', 'actor', 'reason', 'at', 'entity_id', 'batch'] as const) {
      it(`names the entry whose ${column} was altered by a direct UPDATE (content_changed)`, async () => {
        await seedLog(t.h.db, 12);
        const target = (await ids(t.h.db))[6]!;
        const value =
          column === 'diff'
            ? '{"status":["active","closed"]}'
            : column === 'entity_id'
              ? 999
              : column === 'at'
                ? '2020-01-01T00:00:00.000Z'
                : 'mallory';
        await sql`update changes set ${sql.ref(column)} = ${value} where id = ${target}`.execute(t.h.db);
        expect(await verifyLog(t.h.db, undefined, { pageSize: 4 })).toMatchObject({
          ok: false,
          checked: 6,
          broken: { id: target, problem: 'content_changed' },
        });
      });
    }

    it('names the entry whose stored hash was replaced (content_changed)', async () => {
      await seedLog(t.h.db, 5);
      const target = (await ids(t.h.db))[2]!;
      await sql`update changes set hash = ${'f'.repeat(64)} where id = ${target}`.execute(t.h.db);
      expect((await verifyLog(t.h.db)).broken).toEqual({ id: target, problem: 'content_changed' });
    });

    it('names the entry after a deleted middle entry (link_broken)', async () => {
      await seedLog(t.h.db, 10);
      const all = await ids(t.h.db);
      await sql`delete from changes where id = ${all[4]}`.execute(t.h.db);
      expect(await verifyLog(t.h.db, undefined, { pageSize: 3 })).toMatchObject({
        ok: false,
        checked: 4,
        broken: { id: all[5], problem: 'link_broken' },
      });
    });

    it('names the first entry when it was deleted (the second no longer starts the chain)', async () => {
      await seedLog(t.h.db, 3);
      const all = await ids(t.h.db);
      await sql`delete from changes where id = ${all[0]}`.execute(t.h.db);
      expect((await verifyLog(t.h.db)).broken).toEqual({ id: all[1], problem: 'link_broken' });
    });

    it('sees the last entry deleted (rows_missing_at_end), naming it', async () => {
      await seedLog(t.h.db, 8);
      const all = await ids(t.h.db);
      await sql`delete from changes where id = ${all.at(-1)}`.execute(t.h.db);
      expect(await verifyLog(t.h.db)).toMatchObject({
        ok: false,
        checked: 7,
        expected: 8,
        broken: { id: all.at(-1), problem: 'rows_missing_at_end' },
      });
    });

    it('sees every entry deleted (rows_missing_at_end)', async () => {
      await seedLog(t.h.db, 4);
      const all = await ids(t.h.db);
      await sql`delete from changes`.execute(t.h.db);
      expect((await verifyLog(t.h.db)).broken).toEqual({ id: all.at(-1), problem: 'rows_missing_at_end' });
    });

    it('sees a forged entry appended with a correct hash but without moving the head (rows_added_at_end)', async () => {
      await seedLog(t.h.db, 6);
      const head = (await readHead(t.h.db))!;
      const forged = { ...change(99, { actor: 'mallory' }), diff: JSON.stringify({ role: [null, 'admin'] }) };
      const hash = chainHash(head.hash, forged);
      await t.h.db
        .insertInto('changes')
        .values({ ...forged, prev_hash: head.hash, hash })
        .execute();
      const forgedId = (await ids(t.h.db)).at(-1)!;
      expect(await verifyLog(t.h.db)).toMatchObject({
        ok: false,
        checked: 7,
        expected: 6,
        broken: { id: forgedId, problem: 'rows_added_at_end' },
      });
    });

    it('sees a forged entry appended without any hash (link_broken)', async () => {
      await seedLog(t.h.db, 3);
      await t.h.db
        .insertInto('changes')
        .values({ ...change(9), diff: '{}' })
        .execute();
      const forgedId = (await ids(t.h.db)).at(-1)!;
      expect((await verifyLog(t.h.db)).broken).toEqual({ id: forgedId, problem: 'link_broken' });
    });

    it('sees a rewritten history whose later hashes were recomputed while the head was not', async () => {
      await seedLog(t.h.db, 9);
      const all = await ids(t.h.db);
      await sql`update changes set reason = ${'nothing to see'} where id = ${all[3]}`.execute(t.h.db);
      await rechain(t.h.db, all[3]!);
      const r = await verifyLog(t.h.db);
      // Every entry is consistent with the one before it: only the head, kept outside the rows, differs.
      expect(r).toMatchObject({
        ok: false,
        checked: 9,
        broken: { id: all.at(-1), problem: 'content_changed' },
      });
    });

    it('cannot see a history rewritten together with the head, unless an anchor was kept', async () => {
      await seedLog(t.h.db, 9);
      const all = await ids(t.h.db);
      const anchored = (await readHead(t.h.db))!;
      await sql`update changes set reason = ${'nothing to see'} where id = ${all[3]}`.execute(t.h.db);
      const last = await rechain(t.h.db, all[3]!);
      await sql`update log_head set hash = ${last} where id = 1`.execute(t.h.db);
      expect(await verifyLog(t.h.db)).toMatchObject({ ok: true, broken: null });
      const r = await verifyLog(t.h.db, undefined, {
        expect: { hash: anchored.hash, count: anchored.count },
      });
      expect(r).toMatchObject({
        ok: false,
        broken: null,
        anchor: { hash: anchored.hash, count: 9, matched: false, id: null },
      });
    });

    it('accepts an anchor the chain passes through, even after later entries', async () => {
      await seedLog(t.h.db, 5);
      const anchored = (await readHead(t.h.db))!;
      await seedLog(t.h.db, 4, 50);
      const r = await verifyLog(t.h.db, undefined, { expect: { hash: anchored.hash, count: 5 } });
      expect(r).toMatchObject({ ok: true, checked: 9, anchor: { matched: true, id: anchored.last_id } });
      expect((await verifyLog(t.h.db, undefined, { expect: { hash: anchored.hash } })).anchor).toMatchObject({
        matched: true,
      });
      // The right hash at the wrong place, or a count the log no longer reaches, do not match.
      expect((await verifyLog(t.h.db, undefined, { expect: { hash: anchored.hash, count: 6 } })).ok).toBe(
        false,
      );
      expect((await verifyLog(t.h.db, undefined, { expect: { count: 10 } })).ok).toBe(false);
      expect((await verifyLog(t.h.db, undefined, { expect: { count: 9 } })).ok).toBe(true);
    });

    it('walks entries appended while it verifies instead of reporting them', async () => {
      await seedLog(t.h.db, 12);
      let appended: Promise<void> | null = null;
      const r = await verifyLog(
        t.h.db,
        (done) => {
          if (done === 4 && !appended) appended = appendChanges(t.h.db, [change(40), change(41)]);
        },
        { pageSize: 4 },
      );
      await appended;
      expect(r.ok).toBe(true);
      expect((await verifyLog(t.h.db)).checked).toBe(14);
    });
  });

  describe('verifyRows', () => {
    it('checks rows read back from an export, without the database', async () => {
      await seedLog(t.h.db, 10);
      const rows = await rowsAfter(t.h.db, 0, 100);
      expect(await verifyRows(rows)).toMatchObject({ ok: true, checked: 10 });
      const altered = rows.map((r, i) => (i === 3 ? { ...r, actor: 'mallory' } : r));
      expect((await verifyRows(altered)).broken).toEqual({ id: rows[3]!.id, problem: 'content_changed' });
      const cut = rows.filter((_, i) => i !== 2);
      expect((await verifyRows(cut)).broken).toEqual({ id: rows[3]!.id, problem: 'link_broken' });
    });
  });
});

describe('ChainWalker', () => {
  it('starts from the genesis hash', () => {
    const w = new ChainWalker();
    const row = { id: 1, ...change(1), diff: '{}', prev_hash: 'x', hash: 'y' };
    expect(w.push(row)).toBe(false);
    expect(w.broken).toEqual({ id: 1, problem: 'link_broken' });
    const ok = new ChainWalker({ hash: GENESIS, count: 0 });
    expect(ok.anchorResult()).toMatchObject({ matched: true });
  });
});

/** Recomputes every hash from `fromId` on (what an attacker with write access would do). */
async function rechain(db: Parameters<typeof rowsAfter>[0], fromId: number): Promise<string> {
  const rows = await rowsAfter(db, 0, 10_000);
  let prev = GENESIS;
  for (const r of rows) {
    if (r.id >= fromId) {
      const hash = chainHash(prev, r);
      await sql`update changes set prev_hash = ${prev}, hash = ${hash} where id = ${r.id}`.execute(db);
      prev = hash;
    } else prev = r.hash!;
  }
  return prev;
}
