// A decision changes the registry through the registry's service: the presence's history says which
// audit decided and why, its version moves as for an edit, and whatever the registry refuses (a
// stale version, a custodian naming themselves) refuses the decision whole.
import { expect, it } from 'vitest';
import { buildAccess, operatorAccess } from '../core/access';
import type { Db } from '../core/db';
import { Conflict, Forbidden } from '../core/errors';
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
      reason: 'Audit "Audit juin": Redirect progressively. Trop d’abonnés pour fermer',
    });
    expect(earlier.map((c) => c.action)).toEqual(['create']);

    // Undone: the status goes back through the registry too, with the audit as its reason.
    await w.audits.undo(admin, w.audit.id, w.old.id);
    expect(await w.reg.presence(admin, w.old.id)).toMatchObject({
      status: 'abandoned',
      version: after.version + 1,
    });
    expect((await w.reg.history(admin, w.old.id))[0]).toMatchObject({
      action: 'update',
      diff: { status: ['redirecting', 'abandoned'] },
      batch: `audit:${w.audit.id}`,
      reason: 'Audit "Audit juin": decision withdrawn.',
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
      reason:
        'Audit "Audit plateformes": Remove from the inventory and from our websites. Google+ a fermé en 2019',
    });
    expect(await w.reg.presence(admin, plus.id)).toMatchObject({ status: 'closing' });
    // Decided, not only recommended: redirecting into it is still refused.
    expect(await refused('close_redirect', w.old.id, plus.id)).toBe('audit.conflict.into_ending');
  });
});
