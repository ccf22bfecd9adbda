import { describe, expect, it } from 'vitest';
import { operatorAccess } from '../core/access';
import { Conflict, Invalid, NotFound } from '../core/errors';
import { writeTransaction } from '../core/log';
import { forEachDialect } from '../core/testing/dialects';
import { presencePatchSchema } from './model';
import { RISK_FIELD, RISKS } from './risks';
import { RegistryService } from './service';

forEachDialect((t) => {
  const svc = () => new RegistryService(t.h);

  it('registers a presence from a pasted URL and refuses the same one written another way', async () => {
    const p = await svc().createPresence(operatorAccess('tester'), {
      url: ' http://twitter.com/Avenor_Energie/ ',
      name: 'Avenor Énergie',
    });
    expect(p).toMatchObject({ platform: 'x', url: expect.stringContaining('x.com/'), status: 'active' });
    await expect(
      svc().createPresence(operatorAccess('tester'), { url: 'https://x.com/avenor_energie' }),
    ).rejects.toBeInstanceOf(Conflict);
    await expect(
      svc().createPresence(operatorAccess('tester'), { platform: 'x', handle: '@AVENOR_ENERGIE' }),
    ).rejects.toBeInstanceOf(Conflict);
    expect((await svc().listPresences()).total).toBe(1);
  });

  it('searches for %, _ and \\ as written, on both databases', async () => {
    await svc().createPresence(operatorAccess('tester'), {
      platform: 'x',
      handle: 'velo100',
      name: 'Ombreval 100% vélo',
    });
    await svc().createPresence(operatorAccess('tester'), {
      platform: 'x',
      handle: 'velo1000',
      name: 'Ombreval 1000 vélos',
    });
    await svc().createPresence(operatorAccess('tester'), {
      platform: 'x',
      handle: 'a_b',
      name: 'Dossier A\\B',
    });
    await svc().createPresence(operatorAccess('tester'), { platform: 'x', handle: 'axb', name: 'Axb' });
    const names = async (q: string) => (await svc().listPresences({ q })).items.map((p) => p.handle).sort();
    expect(await names('100%')).toEqual(['velo100']);
    expect(await names('a_b')).toEqual(['a_b']);
    expect(await names('A\\B')).toEqual(['a_b']);
    expect(await names('OMBREVAL')).toEqual(['velo100', 'velo1000']);
  });

  it('searches regardless of case and accents, the same on both databases (issue 12)', async () => {
    const s = svc();
    const unit = await s.createUnit(operatorAccess('tester'), { name: 'Pôle Énergie', kind: 'region' });
    const helene = await s.createPerson(operatorAccess('tester'), { name: 'Hélène Lefèvre' });
    const add = (handle: string, o: { name?: string; unitId?: number; ownerId?: number } = {}) =>
      s.createPresence(operatorAccess('tester'), { platform: 'x', handle, ...o });
    await add('nrj1', { name: 'Avenor Énergie' });
    await add('nrj2', { name: 'ÉNERGIES NOUVELLES' });
    await add('nrj3', { name: 'Direction de l’énergie' });
    await add('nrj4', { unitId: unit.id });
    await add('oeuvre', { name: 'Œuvre sociale' });
    await add('eau', { name: 'L’eau vive', ownerId: helene.id });
    await add('other', { name: 'Avenor Eau' });
    const handles = async (q: string) => (await s.listPresences({ q })).items.map((p) => p.handle).sort();
    const energy = ['nrj1', 'nrj2', 'nrj3', 'nrj4'];
    for (const q of ['energie', 'énergie', 'ÉNERGIE', 'Energie', 'ENERGIE'])
      expect(await handles(q)).toEqual(energy);
    expect(await handles('oe')).toEqual(['oeuvre']);
    expect(await handles('OEUVRE')).toEqual(['oeuvre']);
    expect(await handles('œuvre')).toEqual(['oeuvre']);
    expect(await handles("l'eau")).toEqual(['eau']);
    expect(await handles('l’eau')).toEqual(['eau']);
    expect(await handles('helene lefevre')).toEqual(['eau']);
    expect(await handles('pole')).toEqual(['nrj4']);
    expect(await handles('%')).toEqual([]);
    expect(await handles('_')).toEqual([]);
  });

  it('refuses what it cannot resolve, naming the field', async () => {
    const err = await svc()
      .createPresence(operatorAccess('tester'), { url: 'javascript:alert(1)' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Invalid);
    expect((err as Invalid).issues[0]?.field).toBe('url');
    await expect(
      svc().createPresence(operatorAccess('tester'), { platform: 'nosuch', handle: 'x' }),
    ).rejects.toBeInstanceOf(Invalid);
  });

  it('records every change with who made it, before → after, people by name', async () => {
    const s = svc();
    const unit = await s.createUnit(operatorAccess('alice'), {
      name: 'Direction régionale Occitanie',
      kind: 'region',
    });
    const claire = await s.createPerson(operatorAccess('alice'), {
      name: 'Claire Martin',
      email: 'claire.martin@avenor.example',
    });
    const p = await s.createPresence(operatorAccess('alice'), {
      url: 'https://www.facebook.com/AvenorOccitanie',
    });
    await s.updatePresence(operatorAccess('bob'), p.id, {
      unitId: unit.id,
      ownerId: claire.id,
      status: 'dormant',
      reason: 'audit',
    });
    const history = await s.history(operatorAccess('tester'), p.id);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      actor: 'bob',
      action: 'update',
      reason: 'audit',
      diff: {
        unit: [null, 'Direction régionale Occitanie'],
        owner: [null, 'Claire Martin'],
        status: ['active', 'dormant'],
      },
    });
    expect(history[1]).toMatchObject({ actor: 'alice', action: 'create' });
    // A change that changes nothing is not recorded.
    await s.updatePresence(operatorAccess('bob'), p.id, { status: 'dormant' });
    expect(await s.history(operatorAccess('tester'), p.id)).toHaveLength(2);
  });

  it("changes a presence inside a caller's transaction, with the same rules, kept or undone with it", async () => {
    const s = svc();
    const p = await s.createPresence(operatorAccess('tester'), { url: 'https://x.com/avenor_energie' });
    const within = (trx: Parameters<Parameters<typeof writeTransaction>[1]>[0]) => ({
      trx,
      permission: 'audit.run' as const,
      batch: 'audit:7',
    });
    // The caller fails after the change: nothing of it is kept, history included.
    await expect(
      writeTransaction(t.h.db, async (trx) => {
        await s.updatePresence(
          operatorAccess('dir'),
          p.id,
          { status: 'closing', reason: 'Audit' },
          within(trx),
        );
        throw new Error('the caller failed');
      }),
    ).rejects.toThrow('the caller failed');
    expect(await s.presence(operatorAccess('tester'), p.id)).toMatchObject({ status: 'active', version: 1 });
    expect((await s.history(operatorAccess('tester'), p.id)).map((c) => c.action)).toEqual(['create']);
    // A stale version is refused inside a transaction as outside.
    await s.updatePresence(operatorAccess('alice'), p.id, { name: 'Avenor', version: 1 });
    const stale = await writeTransaction(t.h.db, (trx) =>
      s.updatePresence(operatorAccess('dir'), p.id, { status: 'closing', version: 1 }, within(trx)),
    ).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(Conflict);
    expect((stale as Conflict).code).toBe('presence.stale');
    // Kept with the caller's commit: one version, one entry, with the caller's batch and reason.
    await writeTransaction(t.h.db, (trx) =>
      s.updatePresence(
        operatorAccess('dir'),
        p.id,
        { status: 'closing', reason: 'Audit', version: 2 },
        within(trx),
      ),
    );
    expect(await s.presence(operatorAccess('tester'), p.id)).toMatchObject({ status: 'closing', version: 3 });
    expect((await s.history(operatorAccess('tester'), p.id))[0]).toMatchObject({
      actor: 'dir',
      action: 'update',
      diff: { status: ['active', 'closing'] },
      batch: 'audit:7',
      reason: 'Audit',
    });
  });

  it('keeps the bio: set on creation, changed and cleared with its history', async () => {
    const s = svc();
    const p = await s.createPresence(operatorAccess('alice'), {
      url: 'https://www.instagram.com/avenor',
      bio: 'Avenor, l’énergie qui vous ressemble\navenor.example',
    });
    expect(p.bio).toBe('Avenor, l’énergie qui vous ressemble\navenor.example');
    expect((await s.history(operatorAccess('tester'), p.id))[0]!.diff.bio).toEqual([null, p.bio]);
    const q = await s.updatePresence(operatorAccess('bob'), p.id, {
      bio: 'Avenor · avenor.example/fr',
      reason: 'charte',
    });
    expect(q.bio).toBe('Avenor · avenor.example/fr');
    expect((await s.history(operatorAccess('tester'), p.id))[0]).toMatchObject({
      actor: 'bob',
      reason: 'charte',
      diff: { bio: [p.bio, 'Avenor · avenor.example/fr'] },
    });
    expect((await s.updatePresence(operatorAccess('bob'), p.id, { bio: null })).bio).toBeNull();
    expect((await s.listPresences({})).items[0]!.bio).toBeNull();
    expect(presencePatchSchema.safeParse({ bio: 'x'.repeat(1000) }).success).toBe(true);
    expect(presencePatchSchema.safeParse({ bio: 'x'.repeat(1001) }).success).toBe(false);
  });

  it('bulk edits all or nothing', async () => {
    const s = svc();
    const a = await s.createPresence(operatorAccess('t'), { url: 'https://www.instagram.com/avenor' });
    const b = await s.createPresence(operatorAccess('t'), { url: 'https://www.linkedin.com/company/avenor' });
    await expect(
      s.bulkEdit(operatorAccess('t'), { ids: [a.id, b.id, 9999], set: { status: 'closing' } }),
    ).rejects.toBeInstanceOf(NotFound);
    expect((await s.getPresence(a.id)).status).toBe('active');
    const r = await s.bulkEdit(operatorAccess('t'), {
      ids: [a.id, b.id],
      set: { status: 'closing' },
      reason: 'consolidation',
    });
    expect(r).toEqual({ updated: 2, unchanged: 0, batch: expect.stringMatching(/^bulk:/) });
    expect((await s.history(operatorAccess('tester'), b.id))[0]).toMatchObject({
      diff: { status: ['active', 'closing'] },
      batch: expect.stringMatching(/^bulk:/),
    });
    expect(await s.bulkEdit(operatorAccess('t'), { ids: [a.id], set: { status: 'closing' } })).toEqual({
      updated: 0,
      unchanged: 1,
      batch: null,
    });
  });

  it('keeps the unit tree a tree and refuses to delete a unit in use', async () => {
    const s = svc();
    const hub = await s.createUnit(operatorAccess('t'), { name: 'Groupe', kind: 'hub' });
    const bu = await s.createUnit(operatorAccess('t'), {
      name: 'Énergie',
      kind: 'business_unit',
      parentId: hub.id,
    });
    await expect(s.updateUnit(operatorAccess('t'), hub.id, { parentId: bu.id })).rejects.toBeInstanceOf(
      Invalid,
    );
    await expect(
      s.createUnit(operatorAccess('t'), { name: 'ENERGIE', kind: 'business_unit' }),
    ).rejects.toBeInstanceOf(Conflict);
    await s.createPresence(operatorAccess('t'), {
      url: 'https://www.youtube.com/@avenorenergie',
      unitId: bu.id,
    });
    await expect(s.deleteUnit(operatorAccess('t'), bu.id)).rejects.toBeInstanceOf(Conflict);
    const { items } = await s.listPresences({ unitId: hub.id, subUnits: 'true' });
    expect(items).toHaveLength(1);
  });

  it('finds presences by text regardless of case, and by risk', async () => {
    const s = svc();
    const left = await s.createPerson(operatorAccess('t'), { name: 'Paul Roy', status: 'left' });
    await s.createPresence(operatorAccess('t'), {
      url: 'https://plus.google.com/+AvenorGroupe',
      name: 'Avenor sur Google+',
    });
    await s.createPresence(operatorAccess('t'), {
      url: 'https://www.tiktok.com/@avenor',
      ownerId: left.id,
      recoveryContact: 'personal',
      mfa: 'off',
    });
    expect((await s.listPresences({ q: 'GOOGLE+' })).total).toBe(1);
    expect((await s.listPresences({ risk: 'dead_platform' })).items[0]?.platform).toBe('googleplus');
    expect((await s.listPresences({ risk: 'owner_left' })).items[0]?.owner).toBe('Paul Roy');
    // On a closed platform the one risk is the platform (src/registry/risks.ts): nobody signs in there.
    expect((await s.listPresences({ risk: 'no_owner' })).total).toBe(0);
    const o = await s.overview(operatorAccess('tester'));
    expect(o.risks).toMatchObject({
      noOwner: 0,
      ownerLeft: 1,
      personalRecovery: 1,
      mfaOff: 1,
      deadPlatform: 1,
      noCustodian: 1,
      custodianLeft: 0,
    });
    expect(o.totals).toMatchObject({ presences: 2, current: 2 });
  });

  // Issue 12: the overview, the list it opens and the audit count each risk by one definition.
  it('counts risks over current presences only, the list filter agreeing with the overview', async () => {
    const s = svc();
    const a = operatorAccess('t');
    const left = await s.createPerson(a, { name: 'Paul Roy', status: 'left' });
    const here = await s.createPerson(a, { name: 'Léa Roy' });
    const risky = {
      ownerId: left.id,
      custodianId: left.id,
      recoveryContact: 'personal',
      mfa: 'off',
    } as const;
    await s.createPresence(a, { url: 'https://x.com/avenor_live', ...risky });
    await s.createPresence(a, { url: 'https://x.com/avenor_gone', status: 'closed', ...risky });
    await s.createPresence(a, { url: 'https://x.com/avenor_past', status: 'archived', ...risky });
    await s.createPresence(a, { url: 'https://x.com/avenor_ok', ownerId: here.id, custodianId: here.id });
    await s.createPresence(a, { platform: 'vine', handle: 'avenor', ...risky });
    const o = await s.overview(operatorAccess('tester'));
    expect(o.risks).toEqual({
      noOwner: 0,
      ownerLeft: 1,
      noCustodian: 0,
      custodianLeft: 1,
      personalRecovery: 1,
      mfaOff: 1,
      deadPlatform: 1,
    });
    expect(o.totals).toMatchObject({ presences: 5, current: 3 });
    for (const risk of RISKS) {
      const { items } = await s.listPresences({ risk });
      expect(items.length, risk).toBe(o.risks[RISK_FIELD[risk]]);
      const expected = risk === 'dead_platform' ? ['avenor'] : risk.startsWith('no_') ? [] : ['avenor_live'];
      expect(
        items.map((p) => p.handle),
        risk,
      ).toEqual(expected);
    }
    expect((await s.listPresences({ risk: 'custodian_left' })).items[0]).toMatchObject({
      custodian: 'Paul Roy',
      custodianLeft: true,
    });
  });

  it('marks a person as left with a date, and back', async () => {
    const s = svc();
    const p = await s.createPerson(operatorAccess('t'), {
      name: 'Inès Haddad',
      email: 'ines.haddad@avenor.example',
    });
    const left = await s.updatePerson(operatorAccess('t'), p.id, { status: 'left' });
    expect(left.status).toBe('left');
    expect(left.leftOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await s.updatePerson(operatorAccess('t'), p.id, { status: 'active' })).leftOn).toBeNull();
    await expect(
      s.createPerson(operatorAccess('t'), { name: 'Autre', email: 'ines.haddad@avenor.example' }),
    ).rejects.toBeInstanceOf(Conflict);
  });
});

describe('RegistryService without data', () => {
  it('has an empty overview', async () => {
    const { freshDb } = await import('../core/testing/dialects');
    const h = await freshDb('sqlite');
    const o = await new RegistryService(h).overview(operatorAccess('tester'));
    expect(o.totals.presences).toBe(0);
    expect(o.matrix.cells).toEqual([]);
    await h.close();
  });
});
