// A decision changes the registry through the registry's service: the presence's history says which
// audit decided and why, its version moves as for an edit, and whatever the registry refuses (a
// stale version, a custodian naming themselves) refuses the decision whole.
import { expect, it } from 'vitest';
import { buildAccess, operatorAccess } from '../core/access';
import type { Db } from '../core/db';
import { Conflict, Forbidden, VigieError } from '../core/errors';
import { forEachDialect } from '../core/testing/dialects';
import { RegistryService } from '../registry/service';
import { AuditService } from './service';

const AS_OF = '2026-06-30';
const admin = operatorAccess('admin');

async function world(h: Db) {
  const reg = new RegistryService(h);
  const hub = await reg.createUnit(admin, { name: 'Communication', kind: 'hub' });
  const north = await reg.createUnit(admin, { name: 'Région Nord', kind: 'region', parentId: hub.id });
  const manager = await reg.createPerson(admin, { name: 'Nina Nord', unitId: north.id });
  const alice = await reg.createPerson(admin, { name: 'Alice Martin', unitId: north.id });
  const old = await reg.createPresence(admin, {
    platform: 'instagram',
    handle: 'ombreval_nord',
    unitId: north.id,
    status: 'abandoned',
    audience: 12_000,
    audienceOn: '2024-01-01',
    lastActivityOn: '2023-03-01',
  });
  const main = await reg.createPresence(admin, { platform: 'x', handle: 'ombreval', unitId: hub.id });
  const unitManager = buildAccess({
    userId: 2,
    actor: 'nina',
    personId: manager.id,
    grants: [{ role: 'unit_manager', unitId: hub.id, presenceId: null }],
    units: [
      { id: hub.id, parentId: null },
      { id: north.id, parentId: hub.id },
    ],
  });
  const audits = new AuditService(h, reg);
  const audit = await audits.run(admin, { unitId: hub.id, asOf: AS_OF, name: 'Audit juin' });
  return { reg, audits, audit, old, main, alice, manager, unitManager };
}

forEachDialect((t) => {
  it('changes the presence as an edit does: one version, one history entry naming the audit', async () => {
    const w = await world(t.h);
    const r = await w.audits.decide(admin, w.audit.id, w.old.id, {
      decision: 'progressive_redirect',
      into: w.main.id,
      reason: 'Trop d’abonnés pour fermer',
      ownerId: w.alice.id,
    });
    expect(r.tasks.length).toBeGreaterThan(0);
    const after = await w.reg.presence(admin, w.old.id);
    expect(after).toMatchObject({ status: 'redirecting', owner: 'Alice Martin', version: w.old.version + 1 });
    const [entry, ...earlier] = await w.reg.history(admin, w.old.id);
    expect(entry).toMatchObject({
      actor: 'admin',
      action: 'update',
      diff: { status: ['abandoned', 'redirecting'], owner: [null, 'Alice Martin'] },
      batch: `audit:${w.audit.id}`,
      // The decider's own words: the batch says it was an audit's decision, in the reader's language.
      reason: 'Trop d’abonnés pour fermer',
    });
    expect(earlier.map((c) => c.action)).toEqual(['create']);

    // Undone: the status goes back through the registry too, in a batch that says the decision was withdrawn.
    await w.audits.undo(admin, w.audit.id, w.old.id);
    expect(await w.reg.presence(admin, w.old.id)).toMatchObject({
      status: 'abandoned',
      version: after.version + 1,
    });
    expect((await w.reg.history(admin, w.old.id))[0]).toMatchObject({
      action: 'update',
      diff: { status: ['redirecting', 'abandoned'] },
      batch: `audit-undo:${w.audit.id}`,
      reason: null,
    });
  });

  it('is refused whole when the registry refuses the change', async () => {
    const w = await world(t.h);
    const seen = await w.reg.presence(admin, w.old.id);
    // Someone edits the presence after the decider opened it.
    await w.reg.updatePresence(operatorAccess('alice'), w.old.id, {
      status: 'dormant',
      version: seen.version,
    });
    const historyBefore = await w.reg.history(admin, w.old.id);
    const stale = await w.audits
      .decide(admin, w.audit.id, w.old.id, {
        decision: 'close_redirect',
        into: w.main.id,
        reason: 'Plus suivi',
        version: seen.version,
      })
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(Conflict);
    expect((stale as Conflict).code).toBe('presence.stale');
    expect((stale as Conflict).issues.map((i) => [i.field, i.params?.actor])).toEqual([['status', 'alice']]);

    // Custody: nobody names themselves custodian, through a decision as through an edit.
    const self = await w.audits
      .decide(w.unitManager, w.audit.id, w.old.id, {
        decision: 'maintain',
        into: null,
        reason: 'Je garde les accès',
        custodianId: w.manager.id,
      })
      .catch((e: unknown) => e);
    expect(self).toBeInstanceOf(Forbidden);
    expect((self as Forbidden).code).toBe('custody.self_assign');

    // Nothing of either decision is kept: no decision, no task, no change to the presence.
    const item = (await w.audits.get(admin, w.audit.id)).items.find((i) => i.presenceId === w.old.id);
    expect(item?.decision).toBeNull();
    expect(await w.audits.tasks(admin, w.audit.id, { presenceId: w.old.id })).toEqual([]);
    expect(await w.reg.history(admin, w.old.id)).toEqual(historyBefore);

    // With the version as it is now, the same decision goes through.
    await w.audits.decide(admin, w.audit.id, w.old.id, {
      decision: 'close_redirect',
      into: w.main.id,
      reason: 'Plus suivi',
      version: seen.version + 1,
    });
    expect(await w.reg.presence(admin, w.old.id)).toMatchObject({
      status: 'closing',
      version: seen.version + 2,
    });
  });
});

// Issue 12: nobody can post on a closed platform, so its presences are removed, not closed with a
// redirect message; nothing may be merged or redirected into one, as into a presence being closed.
forEachDialect((t) => {
  it('removes a presence on a closed platform: its own tasks, the registry following, nothing sent into it', async () => {
    const w = await world(t.h);
    const plus = await w.reg.createPresence(admin, {
      url: 'https://plus.google.com/+OmbrevalNord',
      unitId: w.main.unitId,
      status: 'abandoned',
      ownerId: w.alice.id,
      mfa: 'off',
    });
    const run = await w.audits.run(admin, { unitId: null, asOf: AS_OF, name: 'Audit plateformes' });
    const item = (await w.audits.get(admin, run.id)).items.find((i) => i.presenceId === plus.id)!;
    expect(item.recommendation).toMatchObject({ decision: 'remove', into: null });
    expect(item.recommendation.reasons.map((r) => r.code)).toEqual(['audit.reason.dead_platform_closed']);
    expect(item.findings.map((f) => f.code)).not.toContain('mfa_off');

    const refused = (decision: 'merge' | 'close_redirect' | 'remove', id: number, into: number | null) =>
      w.audits
        .decide(admin, run.id, id, { decision, into, reason: 'Essai' })
        .then(() => null)
        .catch((e: unknown) => (e instanceof Conflict ? e.code : e));
    expect(await refused('merge', w.old.id, plus.id)).toBe('audit.conflict.into_ending');
    expect(await refused('remove', plus.id, w.main.id)).toBe('audit.conflict.into_not_allowed');

    const r = await w.audits.decide(admin, run.id, plus.id, {
      decision: 'remove',
      into: null,
      reason: 'Google+ a fermé en 2019',
    });
    expect(r.tasks.map((x) => [x.step, x.kind, x.ownerId])).toEqual([
      [1, 'remove_links', w.alice.id],
      [2, 'archive_record', w.alice.id],
      [3, 'mark_archived', w.alice.id],
    ]);
    expect(r.tasks[0]!.params).toMatchObject({ platform: 'Google+' });
    expect(r.tasks.every((x) => x.message === null)).toBe(true);
    expect((await w.reg.history(admin, plus.id))[0]).toMatchObject({
      diff: { status: ['abandoned', 'closing'] },
      reason: 'Google+ a fermé en 2019',
    });
    expect(await w.reg.presence(admin, plus.id)).toMatchObject({ status: 'closing' });
    // Decided, not only recommended: redirecting into it is still refused.
    expect(await refused('close_redirect', w.old.id, plus.id)).toBe('audit.conflict.into_ending');
  });
});

// Issue 12: the recommendation accepted for many presences at once, with one reason, in one
// transaction through the very path of a single decision; all or nothing, naming the presence refused.
forEachDialect((t) => {
  /** The world, with a kept presence of the north and three more of its presences to close into it. */
  async function bulkWorld(h: Db) {
    const w = await world(h);
    const north = w.old.unitId!;
    // Kept, so the north's closing presences send their audience to it.
    const kept = await w.reg.createPresence(admin, {
      url: 'https://x.com/ombreval_nord',
      unitId: north,
      status: 'active',
      lastActivityOn: '2026-06-20',
    });
    const more = [];
    for (const url of [
      'https://www.facebook.com/ombrevalnord',
      'https://www.youtube.com/@ombrevalnord',
      'https://www.tiktok.com/@ombrevalnord',
    ])
      more.push(
        await w.reg.createPresence(admin, {
          url,
          unitId: north,
          status: 'dormant',
          lastActivityOn: '2025-01-01',
        }),
      );
    const audit = await w.audits.run(admin, { unitId: w.main.unitId, asOf: AS_OF, name: 'Audit en masse' });
    const items = (await w.audits.get(admin, audit.id)).items;
    const recommended = (id: number) => items.find((i) => i.presenceId === id)!.recommendation;
    return { ...w, audit, kept, more, recommended };
  }

  const changeCount = async (h: Db) =>
    Number((await h.db.selectFrom('changes').select(h.db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('takes each recommendation with the one reason: decisions, history, registry, tasks; the decided ones left as they are', async () => {
    const w = await bulkWorld(t.h);
    const [fb, yt, tk] = w.more as [(typeof w.more)[0], (typeof w.more)[0], (typeof w.more)[0]];
    // Someone decided one meanwhile, otherwise than recommended: the accept leaves it as it is.
    await w.audits.decide(admin, w.audit.id, tk.id, {
      decision: 'investigate',
      into: null,
      reason: 'À voir',
    });
    const steps: [number, number][] = [];
    const r = await w.audits.accept(
      admin,
      w.audit.id,
      { presenceIds: [w.old.id, fb.id, yt.id, tk.id], reason: 'Revue du lot nord' },
      (done, total) => steps.push([done, total]),
    );
    expect(r.accepted).toEqual([w.old.id, fb.id, yt.id]);
    expect(r.skipped).toEqual([tk.id]);
    expect(steps).toEqual([
      [0, 4],
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);

    const after = await w.audits.get(admin, w.audit.id);
    for (const p of [w.old, fb, yt]) {
      const item = after.items.find((i) => i.presenceId === p.id)!;
      expect(item.decision).toMatchObject({
        decision: item.recommendation.decision,
        into: item.recommendation.into,
        reason: 'Revue du lot nord',
        by: 'admin',
      });
    }
    expect(after.items.find((i) => i.presenceId === tk.id)!.decision).toMatchObject({
      decision: 'investigate',
      reason: 'À voir',
    });

    // The registry follows each one, in the audit's batch, with the one reason.
    const oldRec = w.recommended(w.old.id);
    expect(oldRec).toMatchObject({ decision: 'progressive_redirect', into: w.kept.id });
    expect(await w.reg.presence(admin, w.old.id)).toMatchObject({ status: 'redirecting' });
    expect((await w.reg.history(admin, w.old.id))[0]).toMatchObject({
      action: 'update',
      batch: `audit:${w.audit.id}`,
      reason: 'Revue du lot nord',
    });
    // Each decision in the log, as a single decision writes it.
    const logged = await t.h.db
      .selectFrom('changes')
      .select(['entity_id', 'action', 'reason', 'batch'])
      .where('entity', '=', 'audit_item')
      .where('batch', '=', `audit:${w.audit.id}`)
      .where('reason', '=', 'Revue du lot nord')
      .orderBy('id')
      .execute();
    expect(logged.map((c) => [Number(c.entity_id), c.action])).toEqual([
      [w.old.id, 'decide'],
      [fb.id, 'decide'],
      [yt.id, 'decide'],
    ]);

    // The plan: the tasks of each decision, as a single decision makes them.
    const tasks = await w.audits.tasks(admin, w.audit.id);
    const accepted = tasks.filter((x) => r.accepted.includes(x.presenceId));
    expect(r.tasks).toBe(accepted.length);
    expect(accepted.filter((x) => x.presenceId === w.old.id).map((x) => x.kind)).toContain('publish_poll');
  });

  it('refuses them all when one is refused, naming it, and keeps nothing', async () => {
    const w = await bulkWorld(t.h);
    const [fb, yt] = w.more as [(typeof w.more)[0], (typeof w.more)[0]];
    const snapshot = async () => ({
      items: (await w.audits.get(admin, w.audit.id)).items.map((i) => [i.presenceId, i.decision]),
      tasks: await w.audits.tasks(admin, w.audit.id),
      presences: await Promise.all([w.main, w.old, fb, yt].map((p) => w.reg.presence(admin, p.id))),
      changes: await changeCount(t.h),
    });

    // A conflict with a decision taken meanwhile: the target of the old presence's redirect is closing.
    expect(w.recommended(w.old.id).into).toBe(w.kept.id);
    await w.audits.decide(admin, w.audit.id, w.kept.id, {
      decision: 'close_redirect',
      into: null,
      reason: 'Fermée',
    });
    const before = await snapshot();
    const conflict = await w.audits
      .accept(admin, w.audit.id, { presenceIds: [w.main.id, w.old.id, yt.id], reason: 'Revue du lot' })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(VigieError);
    const c = conflict as VigieError;
    expect([c.kind, c.code, c.params.id]).toEqual(['conflict', 'audit.accept.refused', w.old.id]);
    expect(c.message).toContain('@ombreval_nord (Instagram)');
    expect(c.issues[0]).toMatchObject({ code: 'audit.conflict.into_ending' });
    // The main presence was decided in the transaction before the refusal: rolled back with the rest.
    expect(await snapshot()).toEqual(before);

    // Out of the user's reach now: moved to a unit the unit manager does not hold.
    await w.audits.undo(admin, w.audit.id, w.kept.id);
    const elsewhere = await w.reg.createUnit(admin, { name: 'Ailleurs', kind: 'region' });
    await w.reg.updatePresence(admin, yt.id, { unitId: elsewhere.id });
    const stranger = await w.reg.createPresence(admin, {
      platform: 'x',
      handle: 'ailleurs',
      unitId: elsewhere.id,
    });
    const mark = await changeCount(t.h);
    const moved = await w.audits
      .accept(w.unitManager, w.audit.id, { presenceIds: [fb.id, yt.id], reason: 'Revue du lot' })
      .catch((e: unknown) => e);
    expect(moved).toMatchObject({ kind: 'not_found', code: 'audit.accept.refused', params: { id: yt.id } });
    expect((moved as VigieError).issues[0]).toMatchObject({ code: 'presence.not_found' });
    expect(
      (await w.audits.get(admin, w.audit.id)).items.find((i) => i.presenceId === fb.id)!.decision,
    ).toBeNull();

    // Not part of the audit, or named twice: refused before anything is decided.
    const unknown = await w.audits
      .accept(admin, w.audit.id, { presenceIds: [fb.id, stranger.id], reason: 'Revue du lot' })
      .catch((e: unknown) => e);
    expect(unknown).toMatchObject({ kind: 'not_found', code: 'audit.item_not_found' });
    expect((unknown as VigieError).issues.map((i) => i.params?.presence)).toEqual([stranger.id]);
    const twice = await w.audits
      .accept(admin, w.audit.id, { presenceIds: [fb.id, fb.id], reason: 'Revue du lot' })
      .catch((e: unknown) => e);
    expect(twice).toMatchObject({ kind: 'invalid', code: 'audit.accept.repeated', params: { id: fb.id } });
    const tooMany = await w.audits
      .accept(admin, w.audit.id, {
        presenceIds: Array.from({ length: 1001 }, (_, i) => i + 1),
        reason: 'Revue du lot',
      })
      .catch((e: unknown) => e);
    expect(tooMany).toMatchObject({ kind: 'invalid', code: 'request.invalid' });
    const short = await w.audits
      .accept(admin, w.audit.id, { presenceIds: [fb.id], reason: ' a ' })
      .catch((e: unknown) => e);
    expect(short).toMatchObject({ kind: 'invalid' });

    // Who may not decide may not accept either: an analyst reads audits only.
    const analyst = buildAccess({
      userId: 3,
      actor: 'ana',
      personId: null,
      grants: [{ role: 'analyst', unitId: null, presenceId: null }],
      units: [],
    });
    const refused = await w.audits
      .accept(analyst, w.audit.id, { presenceIds: [fb.id], reason: 'Revue du lot' })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Forbidden);
    expect(
      (await w.audits.get(admin, w.audit.id)).items.find((i) => i.presenceId === fb.id)!.decision,
    ).toBeNull();
    // None of these refusals wrote anything.
    expect(await changeCount(t.h)).toBe(mark);
  });
});
