// The policies' rules on both databases: versions per kind that never change once published, one
// acknowledgement per user and version, only the current versions pending, counts over active users,
// who may publish, errors that name the field, hostile text kept as it was, and the demo documents.
import { describe, expect, it } from 'vitest';
import { operatorAccess } from '../../core/access';
import { Conflict, Forbidden, Invalid, NotFound, type VigieError } from '../../core/errors';
import { forEachDialect } from '../../core/testing/dialects';
import { loadDemoPolicies } from './demo';
import { acknowledgeIn, PolicyService, pendingPoliciesFor, policyInputIssues } from './service';
import { addUser, HOSTILE_BODY, HOSTILE_TITLE, input } from './testing';

async function changes(t: { h: { db: import('kysely').Kysely<import('../../core/schema').Database> } }) {
  return t.h.db
    .selectFrom('changes')
    .select(['entity', 'entity_id', 'action', 'actor', 'diff'])
    .where('entity', '=', 'policy')
    .orderBy('id')
    .execute();
}

async function caught(p: Promise<unknown>): Promise<VigieError> {
  try {
    await p;
  } catch (e) {
    return e as VigieError;
  }
  throw new Error('expected an error');
}

forEachDialect((t) => {
  describe('publishing', () => {
    it('numbers versions per kind and never edits an earlier one', async () => {
      const admin = await addUser(t.h, 'admin', { name: 'Hélène Marchand' });
      const s = new PolicyService(t.h);
      const p1 = await s.publish(admin.access, input({ title: 'Politique v1', body: 'Un' }));
      const c1 = await s.publish(admin.access, input({ kind: 'charter', title: 'Charte', body: 'Charte' }));
      const p2 = await s.publish(
        admin.access,
        input({ title: 'Politique v2', body: 'Deux', summary: 'Double authentification obligatoire' }),
      );
      expect([p1.version, c1.version, p2.version]).toEqual([1, 1, 2]);
      expect(p2.summary).toBe('Double authentification obligatoire');
      expect(p1.summary).toBeNull();
      expect(p2.publishedBy).toBe(admin.login);
      // People read who published it by name; the login stays beside it.
      expect(p2.publishedByName).toBe('Hélène Marchand');

      const again = await s.get(admin.access, p1.id);
      expect({ ...again, current: true }).toEqual({ ...p1, current: true, acknowledged: 0, pending: 1 });
      expect(again.title).toBe('Politique v1');
      expect(again.body).toBe('Un');
      expect(again.current).toBe(false);

      const list = await s.list(admin.access);
      expect(list.map((p) => [p.kind, p.version, p.current])).toEqual([
        ['policy', 2, true],
        ['charter', 1, true],
        ['policy', 1, false],
      ]);

      const log = await changes(t);
      expect(log.map((c) => [c.action, Number(c.entity_id), c.actor])).toEqual([
        ['publish', p1.id, admin.login],
        ['publish', c1.id, admin.login],
        ['publish', p2.id, admin.login],
      ]);
      const diff = JSON.parse(log[2]!.diff) as Record<string, [unknown, unknown]>;
      expect(diff.version).toEqual([null, 2]);
      expect(diff.summary).toEqual([null, 'Double authentification obligatoire']);
      expect(diff.bodySha256?.[1]).toMatch(/^[0-9a-f]{64}$/);

      // Published by the operator (no user): no name, its login stays.
      const byOperator = await s.publish(
        operatorAccess('cli:ops'),
        input({ title: 'Politique v3', body: 'Trois' }),
      );
      expect(byOperator).toMatchObject({ publishedBy: 'cli:ops', publishedByName: null });
    });

    it('is refused to a user without policies.manage, and nothing is stored', async () => {
      for (const role of ['analyst', 'unit_manager', 'community_manager', 'auditor', 'agency'] as const) {
        const u = await addUser(t.h, role);
        const s = new PolicyService(t.h);
        const e = await caught(s.publish(u.access, input()));
        expect(e, role).toBeInstanceOf(Forbidden);
        expect(e.code).toBe('access.forbidden');
        await expect(s.acknowledgements(u.access, 1)).rejects.toBeInstanceOf(Forbidden);
        await expect(s.pending(u.access)).rejects.toBeInstanceOf(Forbidden);
      }
      const none = await addUser(t.h, null);
      await expect(new PolicyService(t.h).publish(none.access, input())).rejects.toBeInstanceOf(Forbidden);
      expect(await t.h.db.selectFrom('policies').selectAll().execute()).toEqual([]);
      expect(await changes(t)).toEqual([]);
    });

    it('names the field of every problem, and stores nothing', async () => {
      const admin = await addUser(t.h, 'admin');
      const s = new PolicyService(t.h);
      const cases: [unknown, string, string][] = [
        [{ ...input(), title: undefined }, 'title', 'policy.field.required'],
        [{ ...input(), title: '   ' }, 'title', 'policy.field.blank'],
        [{ ...input(), title: 'x'.repeat(301) }, 'title', 'policy.field.too_long'],
        [{ ...input(), title: 'a\u0007b' }, 'title', 'policy.field.control'],
        [{ ...input(), kind: 'manifesto' }, 'kind', 'policy.field.choice'],
        [{ ...input(), kind: undefined }, 'kind', 'policy.field.required'],
        [{ ...input(), language: 'de' }, 'language', 'policy.field.choice'],
        [{ ...input(), body: '' }, 'body', 'policy.field.required'],
        [{ ...input(), body: ' \n\t ' }, 'body', 'policy.field.blank'],
        [{ ...input(), body: 'a\u0000b' }, 'body', 'policy.field.control'],
        [{ ...input(), body: 'x'.repeat(200_001) }, 'body', 'policy.field.too_long'],
        [{ ...input(), body: 42 }, 'body', 'policy.field.type'],
        [{ ...input(), summary: 'y'.repeat(2001) }, 'summary', 'policy.field.too_long'],
        [{ ...input(), version: 7 }, 'version', 'policy.field.unknown'],
      ];
      for (const [raw, field, code] of cases) {
        const e = await caught(s.publish(admin.access, raw));
        expect(e, field).toBeInstanceOf(Invalid);
        expect(e.code).toBe('policy.invalid');
        expect(
          e.issues.map((i) => [i.field, i.code]),
          `${field} ${code}`,
        ).toContainEqual([field, code]);
        expect(e.message).toContain(field);
      }
      const missing = policyInputIssues({});
      expect(missing.issues.map((i) => i.field).sort()).toEqual(['body', 'kind', 'language', 'title']);
      expect(await t.h.db.selectFrom('policies').selectAll().execute()).toEqual([]);
    });

    it('keeps hostile titles and bodies exactly as they were written', async () => {
      const admin = await addUser(t.h, 'admin');
      const s = new PolicyService(t.h);
      const summary = `"><svg onload=alert(1)> ' OR 1=1; --`;
      const p = await s.publish(admin.access, input({ title: HOSTILE_TITLE, body: HOSTILE_BODY, summary }));
      const back = await s.get(admin.access, p.id);
      expect(back.title).toBe(HOSTILE_TITLE);
      expect(back.body).toBe(HOSTILE_BODY);
      expect(back.summary).toBe(summary);
      // The tables are still there, and the log holds the title as it was.
      expect(await t.h.db.selectFrom('acknowledgements').selectAll().execute()).toEqual([]);
      const log = await changes(t);
      expect(JSON.parse(log[0]!.diff).title).toEqual([null, HOSTILE_TITLE]);
    });
  });

  describe('acknowledging', () => {
    it('records the signed-in user once, however often they accept', async () => {
      const admin = await addUser(t.h, 'admin');
      const reader = await addUser(t.h, 'analyst');
      const s = new PolicyService(t.h);
      const p = await s.publish(admin.access, input());
      const first = await s.acknowledge(reader.access, p.id);
      expect(first.acknowledgedAt).not.toBeNull();
      expect(first.acknowledged).toBeUndefined();
      const second = await s.acknowledge(reader.access, p.id);
      expect(second.acknowledgedAt).toBe(first.acknowledgedAt);
      const rows = await t.h.db.selectFrom('acknowledgements').selectAll().execute();
      expect(rows.map((r) => [Number(r.policy_id), Number(r.user_id)])).toEqual([[p.id, reader.id]]);
      const acks = (await changes(t)).filter((c) => c.action === 'acknowledge');
      expect(acks.map((c) => [Number(c.entity_id), c.actor])).toEqual([[p.id, reader.login]]);
      // Another user's view is theirs.
      expect((await s.get(admin.access, p.id)).acknowledgedAt).toBeNull();
    });

    it('only the current version of a kind can be accepted, and only it is pending', async () => {
      const admin = await addUser(t.h, 'admin');
      const reader = await addUser(t.h, 'community_manager');
      const s = new PolicyService(t.h);
      expect(await pendingPoliciesFor(t.h, reader.id)).toBe(0);
      const v1 = await s.publish(admin.access, input({ title: 'v1' }));
      const charter = await s.publish(admin.access, input({ kind: 'charter', title: 'Charte' }));
      expect(await pendingPoliciesFor(t.h, reader.id)).toBe(2);
      await s.acknowledge(reader.access, v1.id);
      expect(await pendingPoliciesFor(t.h, reader.id)).toBe(1);
      expect(await pendingPoliciesFor(t.h.db, reader.id)).toBe(1);

      const v2 = await s.publish(admin.access, input({ title: 'v2', summary: 'Ce qui change' }));
      expect(await pendingPoliciesFor(t.h, reader.id)).toBe(2);
      const e = await caught(s.acknowledge(reader.access, v1.id));
      expect(e).toBeInstanceOf(Conflict);
      expect(e.code).toBe('policy.not_current');
      expect(e.params).toMatchObject({ version: '1', current: '2' });

      await s.acknowledge(reader.access, v2.id);
      await s.acknowledge(reader.access, charter.id);
      expect(await pendingPoliciesFor(t.h, reader.id)).toBe(0);
      // v1's acknowledgement stays on record.
      const list = await s.list(reader.access);
      expect(list.find((p) => p.id === v1.id)?.acknowledgedAt).not.toBeNull();
      expect(list.every((p) => p.acknowledged === undefined && p.pending === undefined)).toBe(true);
    });

    it('needs a user: the operator of an empty database cannot accept', async () => {
      const s = new PolicyService(t.h);
      const p = await s.publish(operatorAccess('cli:root'), input());
      const e = await caught(s.acknowledge(operatorAccess('cli:root'), p.id));
      expect(e).toBeInstanceOf(Forbidden);
      expect(e.code).toBe('policy.no_user');
    });

    it('answers 404 for a policy that does not exist', async () => {
      const u = await addUser(t.h, 'analyst');
      const s = new PolicyService(t.h);
      await expect(s.get(u.access, 999)).rejects.toBeInstanceOf(NotFound);
      await expect(s.acknowledge(u.access, 999)).rejects.toBeInstanceOf(NotFound);
    });
  });

  describe('who has and has not accepted', () => {
    it('counts and lists active users only', async () => {
      const admin = await addUser(t.h, 'admin', { name: 'Aline Admin' });
      const a = await addUser(t.h, 'analyst', { name: 'Bruno Analyste' });
      const b = await addUser(t.h, 'agency', { name: 'Chloé Agence' });
      const gone = await addUser(t.h, 'analyst', { name: 'Denis Parti', status: 'disabled' });
      const s = new PolicyService(t.h);
      const p = await s.publish(admin.access, input());
      await s.acknowledge(a.access, p.id);
      await s.acknowledge(gone.access, p.id);

      const seen = await s.get(admin.access, p.id);
      expect([seen.acknowledged, seen.pending]).toEqual([1, 2]);
      const acks = await s.acknowledgements(admin.access, p.id);
      expect(acks.acknowledged.map((u) => u.userId)).toEqual([a.id]);
      expect(acks.acknowledged[0]?.at).toBe((await s.get(a.access, p.id)).acknowledgedAt);
      expect(acks.pending.map((u) => [u.userId, u.name])).toEqual([
        [admin.id, 'Aline Admin'],
        [b.id, 'Chloé Agence'],
      ]);

      const pending = await s.pending(admin.access);
      expect(pending.map((r) => [r.policy.id, r.total, r.pending.length])).toEqual([[p.id, 3, 2]]);
      await expect(s.acknowledgements(admin.access, 12345)).rejects.toBeInstanceOf(NotFound);
    });
  });

  describe('the demo documents', () => {
    it('publishes the policy twice and the charter once, in time order, then leaves them', async () => {
      const at = '2026-11-02T09:00:00.000Z';
      const r = await t.h.db.transaction().execute((trx) => loadDemoPolicies(trx, at));
      expect(r.published).toBe(3);
      const admin = await addUser(t.h, 'admin');
      const list = await new PolicyService(t.h).list(admin.access);
      const current = list.filter((p) => p.current);
      expect(current.map((p) => [p.id, p.kind, p.version])).toEqual([
        [r.policyId, 'policy', 2],
        [r.charterId, 'charter', 1],
      ]);
      const v2 = current[0]!;
      expect(v2.language).toBe('fr');
      expect(v2.summary).toMatch(/double authentification/i);
      expect(v2.body).toMatch(/coffre de Vigie/);
      expect(v2.body).toMatch(/ombreval\.example/);
      expect(current[1]?.body).toMatch(/vouvoie/);
      // Stored as editors write Markdown: one line per paragraph or list item, no hard wraps.
      for (const p of list) expect(p.body, p.title).not.toMatch(/\n {2,}\S|[^\n.:;!?)*|»>]\n[a-zà-ÿ]/);
      expect(list.find((p) => p.id === r.policyV1Id)?.current).toBe(false);
      for (const p of list) expect(Date.parse(p.publishedAt)).toBeLessThan(Date.parse(at));
      const log = await changes(t);
      expect(log.map((c) => c.actor)).toEqual(['demo', 'demo', 'demo']);
      const times = await t.h.db.selectFrom('changes').select('at').orderBy('id').execute();
      expect(times.map((x) => x.at)).toEqual([...times.map((x) => x.at)].sort());

      const again = await t.h.db.transaction().execute((trx) => loadDemoPolicies(trx, at));
      expect(again).toEqual({ published: 0, policyId: r.policyId, charterId: r.charterId, policyV1Id: null });

      // The demo loader acknowledges for its users in its own transaction, logged once each.
      const cm = await addUser(t.h, 'community_manager');
      const recorded = await t.h.db
        .transaction()
        .execute(async (trx) => [
          await acknowledgeIn(trx, { id: r.charterId, version: 1 }, cm.id, cm.login, at),
          await acknowledgeIn(trx, { id: r.charterId, version: 1 }, cm.id, cm.login, at),
        ]);
      expect(recorded).toEqual([true, false]);
      expect(await pendingPoliciesFor(t.h, cm.id)).toBe(1);
      expect((await changes(t)).filter((c) => c.action === 'acknowledge')).toHaveLength(1);
    });
  });
});
