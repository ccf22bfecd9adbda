// The change log's list: every filter and the keyset pages, on both databases.
import { describe, expect, it } from 'vitest';
import { appendChanges } from '../../core/log';
import { forEachDialect } from '../../core/testing/dialects';
import { countRows, listLog, streamLog } from './store';
import { change, seedLog } from './testing';

forEachDialect((t) => {
  describe('listLog', () => {
    it('lists newest first, in keyset pages that meet end to end', async () => {
      await seedLog(t.h.db, 25);
      const first = await listLog(t.h.db, t.dialect, { limit: 10 });
      expect(first.entries).toHaveLength(10);
      expect(first.entries[0]!.id).toBeGreaterThan(first.entries[9]!.id);
      const second = await listLog(t.h.db, t.dialect, { limit: 10, before: first.nextBefore! });
      const third = await listLog(t.h.db, t.dialect, { limit: 10, before: second.nextBefore! });
      expect(third.entries).toHaveLength(5);
      expect(third.nextBefore).toBeNull();
      const all = [...first.entries, ...second.entries, ...third.entries].map((e) => e.id);
      expect(new Set(all).size).toBe(25);
      expect(all).toEqual([...all].sort((a, b) => b - a));
      expect(first.entries[0]).toMatchObject({
        entity: expect.any(String),
        entityId: expect.any(Number),
        diff: { status: expect.any(Array) },
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      const exact = await listLog(t.h.db, t.dialect, { limit: 25 });
      expect(exact.nextBefore).toBeNull();
    });

    it('filters by actor (contains, any case), entity, entity id and action', async () => {
      await seedLog(t.h.db, 20);
      const bob = await listLog(t.h.db, t.dialect, { actor: 'BOB' });
      expect(bob.entries.length).toBe(10);
      expect(bob.entries.every((e) => e.actor === 'web:Bob')).toBe(true);
      const users = await listLog(t.h.db, t.dialect, { entity: 'user' });
      expect(users.entries.map((e) => e.entityId).sort()).toEqual([103, 106, 109, 112, 115, 118]);
      expect((await listLog(t.h.db, t.dialect, { entity: 'user', entityId: 106 })).entries).toHaveLength(1);
      const created = await listLog(t.h.db, t.dialect, { action: 'create' });
      expect(created.entries.map((e) => e.entityId).sort()).toEqual([104, 108, 112, 116, 120]);
    });

    it('filters by dates: from a day, up to a day included, or to a timestamp', async () => {
      await seedLog(t.h.db, 10); // days 2 to 11 of March 2024
      const days = async (q: { from?: string; to?: string }) =>
        (await listLog(t.h.db, t.dialect, q)).entries.map((e) => e.at.slice(8, 10)).sort();
      expect(await days({ from: '2024-03-09' })).toEqual(['09', '10', '11']);
      expect(await days({ to: '2024-03-03' })).toEqual(['02', '03']);
      expect(await days({ from: '2024-03-05', to: '2024-03-06' })).toEqual(['05', '06']);
      expect(await days({ to: '2024-03-03T09:00:00Z' })).toEqual(['02']);
      await expect(listLog(t.h.db, t.dialect, { to: '2024-02-31' })).rejects.toMatchObject({
        code: 'log.bad_date',
        issues: [{ field: 'to' }],
      });
    });

    it('finds text in the reason or the change, taking % and _ literally', async () => {
      await appendChanges(t.h.db, [
        change(1, { reason: 'Moved to 100% owned unit', diff: { name: ['a', 'b'] } }),
        change(2, { reason: null, diff: { name: ['Zoé_Fontaine', 'Zoé Fontaine'] } }),
        change(3, { reason: 'nothing', diff: { name: ['x', 'y'] } }),
      ]);
      const q = async (text: string) =>
        (await listLog(t.h.db, t.dialect, { q: text })).entries.map((e) => e.entityId).sort();
      expect(await q('100%')).toEqual([101]);
      expect(await q('owned')).toEqual([101]);
      expect(await q('zoé_')).toEqual([102]);
      expect(await q('_')).toEqual([102]);
      expect(await q('%')).toEqual([101]);
      expect(await q('NOTHING')).toEqual([103]);
    });

    it('finds text regardless of case and accents, the same on both databases (issue 12)', async () => {
      await appendChanges(t.h.db, [
        change(1, { reason: 'Rattachée au Pôle Énergie', diff: { name: ['a', 'b'] } }),
        change(2, { reason: null, diff: { name: ['ÉNERGIE', 'Énergies'] } }),
        change(3, { reason: 'Œuvre sociale', diff: { name: ['x', 'y'] } }),
        change(4, { reason: 'Compte de l’eau', diff: { name: ['x', 'y'] } }),
        change(5, { reason: 'Eau', diff: { name: ['x', 'y'] } }),
      ]);
      const q = async (text: string) =>
        (await listLog(t.h.db, t.dialect, { q: text })).entries.map((e) => e.entityId).sort();
      for (const text of ['energie', 'énergie', 'ÉNERGIE', 'Energie'])
        expect(await q(text)).toEqual([101, 102]);
      expect(await q('oe')).toEqual([103]);
      expect(await q("l'eau")).toEqual([104]);
      expect(await q('pole')).toEqual([101]);
      expect(await q('%')).toEqual([]);
      expect(await q('_')).toEqual([]);
    });

    it('shows an entry whose diff is no longer JSON rather than failing', async () => {
      await seedLog(t.h.db, 2);
      await t.h.db.updateTable('changes').set({ diff: 'not json' }).where('id', '=', 1).execute();
      const { entries } = await listLog(t.h.db, t.dialect, {});
      expect(entries.find((e) => e.id === 1)!.diff).toEqual({ _: [null, 'not json'] });
    });
  });

  describe('streamLog', () => {
    it('streams oldest first in pages, with filters', async () => {
      await seedLog(t.h.db, 23);
      const seen: number[] = [];
      for await (const r of streamLog(t.h.db, t.dialect, {}, 5)) seen.push(r.id);
      expect(seen).toHaveLength(23);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      const alice: string[] = [];
      for await (const r of streamLog(t.h.db, t.dialect, { actor: 'alice' }, 4)) alice.push(r.actor);
      expect(alice).toHaveLength(12);
      expect(await countRows(t.h.db)).toBe(23);
    });
  });
});
