// The overview's trend (issue 12, "an overview that shows change"): the figures as the last audit of
// the whole organisation froze them, read back from a real audit's items on both databases, so that
// a change in what the audit freezes shows here.
import { expect, it } from 'vitest';
import { AuditService } from '../audit/service';
import { buildAccess, operatorAccess } from '../core/access';
import { forEachDialect } from '../core/testing/dialects';
import { noRisks } from './risks';
import { RegistryService } from './service';

const admin = operatorAccess('admin');

forEachDialect((t) => {
  async function world() {
    const reg = new RegistryService(t.h);
    const north = await reg.createUnit(admin, { name: 'Région Nord', kind: 'region' });
    const south = await reg.createUnit(admin, { name: 'Région Sud', kind: 'region' });
    const paul = await reg.createPerson(admin, { name: 'Paul Roy' });
    const lea = await reg.createPerson(admin, { name: 'Léa Roy' });
    const a = await reg.createPresence(admin, {
      platform: 'x',
      handle: 'nord',
      unitId: north.id,
      ownerId: paul.id,
      custodianId: lea.id,
      recoveryContact: 'corporate',
      mfa: 'off',
      audience: 1000,
    });
    const b = await reg.createPresence(admin, {
      platform: 'facebook',
      handle: 'sud',
      unitId: south.id,
      ownerId: paul.id,
      custodianId: lea.id,
      recoveryContact: 'corporate',
      mfa: 'on',
      audience: 500,
    });
    await reg.createPresence(admin, {
      platform: 'vine',
      handle: 'old',
      unitId: south.id,
      status: 'archived',
    });
    return { reg, audits: new AuditService(t.h, reg), north, south, paul, a, b };
  }

  it('has no trend before the first audit of the whole organisation', async () => {
    const w = await world();
    expect((await w.reg.overview(admin)).since).toBeNull();
    // An audit of one unit is not the organisation's.
    await w.audits.run(admin, { unitId: w.north.id, asOf: '2026-06-30' });
    expect((await w.reg.overview(admin)).since).toBeNull();
  });

  it('gives the figures the last audit froze, beside today’s', async () => {
    const w = await world();
    await w.audits.run(admin, { unitId: null, asOf: '2026-05-31' });
    const audit = await w.audits.run(admin, { unitId: null, asOf: '2026-06-30' });
    // A later audit of a unit does not replace the organisation's.
    await w.audits.run(admin, { unitId: w.south.id, asOf: '2026-07-15' });
    // Since the audit: Paul left, the Nord account turned MFA on, a new account without owner.
    await w.reg.updatePerson(admin, w.paul.id, { status: 'left' });
    await w.reg.updatePresence(admin, w.a.id, { mfa: 'on' });
    await w.reg.createPresence(admin, {
      platform: 'tiktok',
      handle: 'new',
      unitId: w.north.id,
      audience: 80,
    });

    const o = await w.reg.overview(admin);
    expect(o.since).toEqual({
      auditId: audit.id,
      asOf: '2026-06-30',
      figures: {
        presences: 2,
        platforms: 2,
        audience: 1500,
        risks: { ...noRisks(), mfaOff: 1, noCustodian: 0 },
      },
    });
    expect(o.totals).toMatchObject({ presences: 4, current: 3, platforms: 3, audience: 1580 });
    expect(o.risks).toEqual({ ...noRisks(), ownerLeft: 2, noOwner: 1, noCustodian: 1, mfaOff: 0 });
  });

  it('compares a unit manager’s overview over their own units only', async () => {
    const w = await world();
    await w.audits.run(admin, { unitId: null, asOf: '2026-06-30' });
    const units = (await w.reg.unitsFor(admin)).map((u) => ({ id: u.id, parentId: u.parentId }));
    const manager = buildAccess({
      userId: 2,
      actor: 'nina',
      personId: null,
      grants: [{ role: 'unit_manager', unitId: w.north.id, presenceId: null }],
      units,
    });
    const o = await w.reg.overview(manager);
    expect(o.totals.current).toBe(1);
    expect(o.since?.figures).toEqual({
      presences: 1,
      platforms: 1,
      audience: 1000,
      risks: { ...noRisks(), mfaOff: 1 },
    });
  });
});
