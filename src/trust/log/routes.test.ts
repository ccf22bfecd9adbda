// The change log's HTTP API: who may read, export and verify it, the list's filters and pages, the
// streamed export, and a tampered row seen by POST /log/verify; on both databases.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type Access, buildAccess, forbidden, type Role } from '../../core/access';
import { forEachDialect } from '../../core/testing/dialects';
import { ids, logApp, seedLog } from './testing';

function accessOf(role: Role | null): Access | null {
  if (!role) return null;
  return buildAccess({
    userId: 1,
    actor: `${role}@test`,
    personId: null,
    grants: [{ role, unitId: role === 'unit_manager' ? 1 : null, presenceId: null }],
    units: [{ id: 1, parentId: null }],
  });
}

/** An auditor who may read the log but not take data out (no such role today: the handler checks). */
function withoutExport(base: Access): Access {
  return {
    ...base,
    can: (p) => p !== 'export' && base.can(p),
    require(p) {
      if (p === 'export') throw forbidden(p);
      base.require(p);
    },
  };
}

forEachDialect((t) => {
  describe('GET /log', () => {
    it('lists pages newest first for admins and auditors, with filters', async () => {
      await seedLog(t.h.db, 30);
      for (const role of ['admin', 'auditor'] as const) {
        const app = logApp(t.h, accessOf(role));
        const r = await app.request('/api/log?limit=20');
        expect(r.status).toBe(200);
        const page = (await r.json()) as { entries: { id: number; hash: string }[]; nextBefore: number };
        expect(page.entries).toHaveLength(20);
        const next = (await (await app.request(`/api/log?limit=20&before=${page.nextBefore}`)).json()) as {
          entries: unknown[];
          nextBefore: number | null;
        };
        expect(next.entries).toHaveLength(10);
        expect(next.nextBefore).toBeNull();
        const bob = (await (
          await app.request('/api/log?actor=bob&entity=presence&action=update')
        ).json()) as {
          entries: { actor: string; entity: string; action: string }[];
        };
        expect(bob.entries.length).toBeGreaterThan(0);
        expect(bob.entries.every((e) => e.actor === 'web:Bob' && e.entity === 'presence')).toBe(true);
      }
    });

    it('refuses the roles without log.read, and anyone not signed in', async () => {
      for (const role of [
        'unit_manager',
        'community_manager',
        'analyst',
        'records_manager',
        'agency',
      ] as const) {
        const r = await logApp(t.h, accessOf(role)).request('/api/log');
        expect(r.status, role).toBe(403);
        expect(((await r.json()) as { error: { code: string } }).error.code).toBe('access.forbidden');
        expect((await logApp(t.h, accessOf(role)).request('/api/log/export')).status, role).toBe(403);
        expect(
          (await logApp(t.h, accessOf(role)).request('/api/log/verify', { method: 'POST' })).status,
          role,
        ).toBe(403);
      }
      expect((await logApp(t.h, null).request('/api/log')).status).toBe(401);
    });

    it('names the field of a bad query, in the reader’s language', async () => {
      const r = await logApp(t.h, accessOf('admin'), 'fr').request('/api/log?to=2024-02-31');
      expect(r.status).toBe(422);
      const body = (await r.json()) as { error: { code: string; issues: { field: string }[] } };
      expect(body.error).toMatchObject({ code: 'log.bad_date', issues: [{ field: 'to' }] });
      expect((await logApp(t.h, accessOf('admin')).request('/api/log?limit=5000')).status).toBe(422);
      expect((await logApp(t.h, accessOf('admin')).request('/api/log?before=abc')).status).toBe(422);
    });

    it('returns text fields as data: script and SQL in a reason stay inert', async () => {
      await seedLog(t.h.db, 1);
      const evil = `<script>alert(1)</script>'; drop table changes; --`;
      const { appendChanges } = await import('../../core/log');
      await appendChanges(t.h.db, [
        {
          at: new Date().toISOString(),
          actor: 'x',
          entity: 'presence',
          entity_id: 1,
          action: 'update',
          diff: { name: ['a', evil] },
          batch: null,
          reason: evil,
        },
      ]);
      const app = logApp(t.h, accessOf('auditor'));
      const found = (await (await app.request(`/api/log?q=${encodeURIComponent("'; drop")}`)).json()) as {
        entries: { reason: string }[];
      };
      expect(found.entries.map((e) => e.reason)).toEqual([evil]);
      expect((await (await app.request('/api/log')).json()) as { entries: unknown[] }).toMatchObject({
        entries: { length: 2 },
      });
    });
  });

  describe('GET /log/export', () => {
    it('streams CSV or JSON Lines with every hash, and records who exported', async () => {
      await seedLog(t.h.db, 8);
      const app = logApp(t.h, accessOf('auditor'));
      const csv = await app.request('/api/log/export?format=csv');
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="vigie-log-.*\.csv"/);
      const text = await csv.text();
      // The header, the eight entries and the export's own entry (written before the stream starts).
      expect(text.trimEnd().split('\r\n')).toHaveLength(10);
      const jsonl = await app.request('/api/log/export?format=jsonl&entity=log');
      expect(jsonl.headers.get('content-type')).toMatch(/ndjson/);
      const lines = (await jsonl.text())
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { entity: string; action: string; actor: string; diff: string });
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatchObject({ entity: 'log', action: 'export', actor: 'auditor@test' });
      expect(JSON.parse(lines[1]!.diff)).toEqual({
        format: [null, 'jsonl'],
        filter: [null, { entity: 'log' }],
      });
    });

    it('needs export as well as log.read', async () => {
      const r = await logApp(t.h, withoutExport(accessOf('auditor')!)).request('/api/log/export');
      expect(r.status).toBe(403);
      expect(((await r.json()) as { error: { message: string } }).error.message).toMatch(/export/);
      expect(await ids(t.h.db)).toEqual([]);
    });

    it('refuses a bad filter or format before anything is sent or recorded', async () => {
      const app = logApp(t.h, accessOf('admin'));
      expect((await app.request('/api/log/export?format=xlsx')).status).toBe(422);
      expect((await app.request('/api/log/export?from=2024-13-01')).status).toBe(422);
      expect(await ids(t.h.db)).toEqual([]);
    });
  });

  describe('POST /log/verify', () => {
    it('says the chain is intact, then names the row altered directly in the database', async () => {
      await seedLog(t.h.db, 10);
      const app = logApp(t.h, accessOf('auditor'));
      const ok = await app.request('/api/log/verify', { method: 'POST' });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({
        ok: true,
        checked: 10,
        broken: null,
        last: { hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      const target = (await ids(t.h.db))[4]!;
      await sql`update changes set diff = ${'{"status":["active","closed"]}'} where id = ${target}`.execute(
        t.h.db,
      );
      const broken = await app.request('/api/log/verify', { method: 'POST' });
      expect(await broken.json()).toMatchObject({
        ok: false,
        checked: 4,
        broken: { id: target, problem: 'content_changed' },
      });
    });
  });
});

// The same through the real app and its sign-in.
forEachDialect((t) => {
  describe('the log through the real app', () => {
    it('lets an auditor verify and export, and refuses an analyst', async () => {
      const { signIn } = await import('../testing');
      await seedLog(t.h.db, 3);
      const auditor = await signIn(t.h, [{ role: 'auditor', unitId: null, presenceId: null }]);
      const v = await auditor.request('/api/log/verify', { method: 'POST' });
      expect(v.status).toBe(200);
      expect(((await v.json()) as { ok: boolean }).ok).toBe(true);
      expect((await auditor.request('/api/log/export?format=jsonl')).status).toBe(200);
      const analyst = await signIn(t.h, [{ role: 'analyst', unitId: null, presenceId: null }], {
        app: auditor.app,
      });
      expect((await analyst.request('/api/log')).status).toBe(403);
    });
  });
});
