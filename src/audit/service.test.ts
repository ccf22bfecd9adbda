import { expect, it } from 'vitest';
import { operatorAccess } from '../core/access';
import { setClock } from '../core/clock';
import type { Db } from '../core/db';
import { Conflict, Invalid, NotFound } from '../core/errors';
import { forEachDialect } from '../core/testing/dialects';
import type { PresenceCreate } from '../registry/model';
import { namesFor } from '../registry/names';
import { RegistryService } from '../registry/service';
import { insertUserRow } from '../trust/store';
import { AuditService } from './service';

const AS_OF = '2026-06-30';

/** Posts for a presence: `n` posts, one every `everyDays` days back from `lastDay`. */
async function addPosts(
  h: Db,
  presenceId: number,
  n: number,
  lastDay: string,
  everyDays: number,
  options: { likes?: number; replyEvery?: number } = {},
) {
  const imp = await h.db
    .insertInto('data_imports')
    .values({
      at: '2026-06-01T00:00:00.000Z',
      actor: 'test',
      file_name: 'test',
      size: 0,
      sha256: '',
      platform: 'csv',
      presence_id: presenceId,
      presence_created: 0,
      posts: n,
      added: n,
      updated: 0,
      interactions: 0,
      metrics: 0,
      unknown_fields: '[]',
      duration_ms: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const end = Date.parse(`${lastDay}T10:00:00Z`);
  const rows = Array.from({ length: n }, (_, k) => ({
    presence_id: presenceId,
    external_id: `${presenceId}-${k}`,
    published_at: new Date(end - k * everyDays * 86_400_000).toISOString(),
    text: 'post',
    language: 'fr',
    kind: options.replyEvery && k % options.replyEvery === 0 ? 'reply' : 'original',
    url: null,
    links: '[]',
    media: '[]',
    likes: options.likes ?? 5,
    shares: 1,
    replies: 0,
    quotes: 0,
    views: null,
    saves: null,
    clicks: null,
    import_id: imp.id,
  }));
  for (let i = 0; i < rows.length; i += 100)
    await h.db
      .insertInto('posts')
      .values(rows.slice(i, i + 100))
      .execute();
}

async function world(h: Db) {
  const reg = new RegistryService(h);
  const hub = await reg.createUnit(operatorAccess('test'), {
    name: 'Communication',
    kind: 'hub',
    parentId: null,
    country: 'FR',
  });
  const north = await reg.createUnit(operatorAccess('test'), {
    name: 'Région Nord',
    kind: 'region',
    parentId: hub.id,
    country: 'FR',
  });
  const south = await reg.createUnit(operatorAccess('test'), {
    name: 'Région Sud',
    kind: 'region',
    parentId: hub.id,
    country: 'FR',
  });
  const alice = await reg.createPerson(operatorAccess('test'), {
    name: 'Alice Martin',
    email: 'alice@o.example',
    unitId: hub.id,
    jobTitle: null,
    status: 'active',
    leftOn: null,
  });
  const bob = await reg.createPerson(operatorAccess('test'), {
    name: 'Bob Left',
    email: 'bob@o.example',
    unitId: north.id,
    jobTitle: null,
    status: 'left',
    leftOn: '2025-01-01',
  });
  const make = (input: PresenceCreate) =>
    reg.createPresence(operatorAccess('test'), { mfa: 'on', recoveryContact: 'corporate', ...input });
  const p = {
    // Strong: invest.
    main: await make({
      platform: 'x',
      handle: 'ombreval',
      name: 'Ombreval',
      unitId: hub.id,
      ownerId: alice.id,
      custodianId: alice.id,
      status: 'active',
      languages: ['fr'],
      audience: 80_000,
      audienceOn: '2026-06-01',
      objective: 'Notoriété',
    }),
    // Same unit, platform and language as another in the north: an overlap.
    north1: await make({
      platform: 'facebook',
      handle: 'ombreval.nord',
      name: 'Ombreval Nord',
      unitId: north.id,
      ownerId: alice.id,
      status: 'active',
      languages: ['fr'],
      audience: 9_000,
      audienceOn: '2026-06-01',
    }),
    north2: await make({
      platform: 'facebook',
      handle: 'ombreval.lille',
      name: 'Ombreval Lille',
      unitId: north.id,
      ownerId: bob.id,
      status: 'active',
      languages: ['fr'],
      audience: 300,
      audienceOn: '2026-06-01',
    }),
    // Abandoned with a big audience: step g.
    oldBig: await make({
      platform: 'instagram',
      handle: 'ombreval_sud',
      name: 'Ombreval Sud',
      unitId: south.id,
      status: 'abandoned',
      languages: ['fr'],
      audience: 12_000,
      audienceOn: '2024-01-01',
      lastActivityOn: '2023-03-01',
      mfa: 'off',
      recoveryContact: 'personal',
    }),
    // Abandoned, small: step f.
    oldSmall: await make({
      platform: 'linkedin',
      handle: 'company/ombreval-sud',
      name: 'Ombreval Sud',
      unitId: south.id,
      status: 'abandoned',
      languages: ['fr'],
      audience: 40,
      audienceOn: '2023-01-01',
      lastActivityOn: '2022-05-01',
    }),
    // Dead platform.
    dead: await make({
      platform: 'googleplus',
      handle: '+Ombreval',
      name: 'Ombreval',
      unitId: hub.id,
      status: 'dormant',
      languages: ['fr'],
      audience: 500,
      audienceOn: '2018-01-01',
      lastActivityOn: '2017-01-01',
    }),
    // Found, not claimed.
    found: await make({
      platform: 'tiktok',
      handle: 'ombreval_officiel',
      status: 'discovered',
      mfa: 'unknown',
      recoveryContact: 'unknown',
    }),
    // Nothing known at all.
    blank: await make({
      platform: 'youtube',
      handle: 'OmbrevalVideo',
      unitId: south.id,
      status: 'active',
      mfa: 'unknown',
      recoveryContact: 'unknown',
    }),
    // Closed: out of the audit.
    closed: await make({ platform: 'vine', handle: 'ombreval', status: 'closed' }),
  };
  await addPosts(h, p.main.id, 60, '2026-06-29', 1, { likes: 40, replyEvery: 4 });
  await addPosts(h, p.north1.id, 30, '2026-06-20', 3, { likes: 8 });
  await addPosts(h, p.north2.id, 5, '2026-05-01', 20, { likes: 1 });
  return { reg, units: { hub, north, south }, people: { alice, bob }, p };
}

forEachDialect((t) => {
  it('refuses to audit an empty registry, and stores nothing', async () => {
    const s = new AuditService(t.h);
    const e = await s.run(operatorAccess('tester'), { unitId: null, asOf: AS_OF }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Invalid);
    expect((e as Invalid).code).toBe('audit.empty');
    expect(await s.list(operatorAccess('tester'))).toEqual([]);
  });

  it('refuses a date that does not exist, naming the field', async () => {
    await world(t.h);
    const e = await new AuditService(t.h)
      .run(operatorAccess('tester'), { unitId: null, asOf: '2026-02-30' })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Invalid);
    expect((e as Invalid).issues[0]?.field).toBe('asOf');
  });

  it('judges each presence from its facts, with evidence, and freezes what it saw', async () => {
    const w = await world(t.h);
    const s = new AuditService(t.h);
    const summary = await s.run(operatorAccess('tester'), { unitId: null, asOf: AS_OF, name: 'Audit juin' });
    expect(summary.presences).toBe(8); // the closed one is history
    const audit = await s.get(operatorAccess('tester'), summary.id);
    const item = (id: number) => audit.items.find((i) => i.presenceId === id)!;

    const main = item(w.p.main.id);
    expect(main.facts.posts90.value).toBe(60);
    expect(main.facts.posts90.evidence).toMatchObject({ source: 'posts', posts: 60 });
    expect(main.facts.daysSinceActivity.value).toBe(1);
    expect(main.facts.replyRate.value).toBeCloseTo(15 / 60, 5);
    expect(main.facts.engagementPerPost.value).toBeCloseTo(41, 5);
    expect(main.recommendation.decision).toBe('invest');

    expect(item(w.p.found.id).recommendation.decision).toBe('claim');
    expect(item(w.p.blank.id).recommendation.decision).toBe('investigate');
    expect(item(w.p.blank.id).findings.map((f) => f.code)).toContain('no_data');
    expect(item(w.p.dead.id).findings.map((f) => f.code)).toContain('dead_platform');
    expect(item(w.p.dead.id).recommendation).toMatchObject({ decision: 'remove', into: null });

    const big = item(w.p.oldBig.id);
    expect(big.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining([
        'abandoned',
        'abandoned_with_audience',
        'mfa_off',
        'personal_recovery',
        'no_owner',
      ]),
    );
    expect(big.recommendation.decision).toBe('progressive_redirect');
    expect(item(w.p.oldSmall.id).recommendation.decision).toBe('close_redirect');

    // Two Facebook pages of the north in French: the weaker is merged into the stronger.
    expect(item(w.p.north2.id).facts.overlaps.value).toEqual([w.p.north1.id]);
    expect(item(w.p.north2.id).recommendation).toMatchObject({ decision: 'merge', into: w.p.north1.id });
    expect(item(w.p.north2.id).findings.map((f) => f.code)).toContain('owner_left');

    // A later change of the registry leaves the audit's snapshot as it was.
    await w.reg.updatePresence(operatorAccess('tester'), w.p.main.id, { audience: 1 });
    expect(
      (await s.get(operatorAccess('tester'), summary.id)).items.find((i) => i.presenceId === w.p.main.id)!
        .presence.audience,
    ).toBe(80_000);
    const second = await s.run(operatorAccess('tester'), { unitId: null, asOf: AS_OF });
    expect(second.previousId).toBe(summary.id);
  });

  it('audits a unit with its sub-units only', async () => {
    const w = await world(t.h);
    const s = new AuditService(t.h);
    const r = await s.run(operatorAccess('tester'), { unitId: w.units.north.id, asOf: AS_OF });
    expect(r.presences).toBe(2);
    expect(r.unit).toBe('Région Nord');
    const all = await s.run(operatorAccess('tester'), { unitId: w.units.hub.id, asOf: AS_OF });
    expect(all.presences).toBe(7); // the discovered one has no unit yet: outside
  });

  it('words an audit it named in each reader’s language, and keeps a name given as it was typed', async () => {
    const w = await world(t.h);
    const s = new AuditService(t.h);
    const op = operatorAccess('tester');
    // Run by a French reader: nothing French is stored for the English one to read.
    const org = await s.run(op, { unitId: null, asOf: AS_OF }, undefined, 'fr');
    expect(org.name).toBe('Audit de l’organisation au 30 juin 2026');
    expect((await s.get(op, org.id, 'en')).name).toBe('Audit of the organisation as of 30 June 2026');
    // The log's "Audit:" link of a decision batch names it the same way.
    const line = { actor: 'tester', entity: 'presence', entityId: 1, diff: {}, batch: `audit:${org.id}` };
    const [en] = await namesFor(t.h.db, [line], { locale: 'en' });
    const [fr] = await namesFor(t.h.db, [line], { locale: 'fr' });
    expect(en?.batch?.name).toBe('Audit of the organisation as of 30 June 2026');
    expect(fr?.batch?.name).toBe('Audit de l’organisation au 30 juin 2026');
    const north = await s.run(op, { unitId: w.units.north.id, asOf: '2026-07-01' }, undefined, 'en');
    expect((await s.get(op, north.id, 'fr')).name).toBe('Audit de Région Nord au 1er juillet 2026');
    // The unit renamed: the name follows.
    await t.h.db
      .updateTable('units')
      .set({ name: 'Région Hauts' })
      .where('id', '=', w.units.north.id)
      .execute();
    expect((await s.get(op, north.id, 'en')).name).toBe('Audit of Région Hauts as of 1 July 2026');
    // A name someone typed is theirs, in every language.
    const named = await s.run(op, { unitId: null, asOf: AS_OF, name: 'Revue de printemps' }, undefined, 'en');
    expect((await s.list(op, 'en')).find((a) => a.id === named.id)?.name).toBe('Revue de printemps');
    expect((await s.list(op, 'fr')).map((a) => a.name)).toContain('Audit de l’organisation au 30 juin 2026');
  });

  it('takes a decision: the registry follows, the plan is made, the reason is on record', async () => {
    const w = await world(t.h);
    const s = new AuditService(t.h);
    const { id } = await s.run(operatorAccess('tester'), { unitId: null, asOf: AS_OF });
    const r = await s.decide(operatorAccess('dir'), id, w.p.oldBig.id, {
      decision: 'progressive_redirect',
      into: w.p.main.id,
      reason: 'Trop d’abonnés pour fermer sans prévenir',
      ownerId: w.people.alice.id,
    });
    expect(r.item.decision).toMatchObject({ decision: 'progressive_redirect', into: w.p.main.id, by: 'dir' });
    const kinds = r.tasks.map((x) => x.kind);
    expect(kinds[0]).toBe('publish_poll');
    expect(kinds).toContain('redirect_post');
    expect(kinds).toContain('measure_followers');
    expect(kinds.at(-1)).toBe('delete_or_lock');
    expect(r.tasks.find((x) => x.kind === 'redirect_post')!.message).toContain('x.com/ombreval');
    const p = await w.reg.getPresence(w.p.oldBig.id);
    expect(p.status).toBe('redirecting');
    expect(p.owner).toBe('Alice Martin');
    const history = await w.reg.history(operatorAccess('tester'), w.p.oldBig.id);
    expect(history[0]!.reason).toContain('Trop d’abonnés');
    expect(history[0]!.diff).toMatchObject({
      status: ['abandoned', 'redirecting'],
      owner: [null, 'Alice Martin'],
    });

    // Merging into a presence being closed is refused, and nothing changes.
    await s.decide(operatorAccess('dir'), id, w.p.north1.id, {
      decision: 'close_redirect',
      into: w.p.main.id,
      reason: 'Doublon régional',
    });
    const e = await s
      .decide(operatorAccess('dir'), id, w.p.north2.id, {
        decision: 'merge',
        into: w.p.north1.id,
        reason: 'Fusion',
      })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Conflict);
    expect((await w.reg.getPresence(w.p.north2.id)).status).toBe('active');
    expect((await s.tasks(operatorAccess('tester'), id, { presenceId: w.p.north2.id })).length).toBe(0);

    // Undo: the status goes back, the tasks nobody started go.
    const started = (await s.tasks(operatorAccess('tester'), id, { presenceId: w.p.oldBig.id }))[0]!;
    await s.updateTask(operatorAccess('cm'), started.id, { status: 'doing' });
    await s.undo(operatorAccess('dir'), id, w.p.oldBig.id);
    expect((await w.reg.getPresence(w.p.oldBig.id)).status).toBe('abandoned');
    const left = await s.tasks(operatorAccess('tester'), id, { presenceId: w.p.oldBig.id });
    expect(left.map((x) => x.id)).toEqual([started.id]);
    const summary = (await s.list(operatorAccess('tester'))).find((a) => a.id === id)!;
    expect(summary.decided).toBe(1);
    expect((await s.progress(operatorAccess('tester'), id)).reduce((n, u) => n + u.total, 0)).toBe(
      summary.tasks.total,
    );
  });

  it('names who ran an audit and who decided (their logins beside), none for an actor not a user', async () => {
    const w = await world(t.h);
    const s = new AuditService(t.h);
    await insertUserRow(
      t.h.db,
      { login: 'tester', name: 'Thérèse Testeur', passwordHash: null },
      '2026-01-01T00:00:00Z',
    );
    const run = await s.run(operatorAccess('tester'), { unitId: null, asOf: AS_OF });
    expect(run).toMatchObject({ createdBy: 'tester', createdByName: 'Thérèse Testeur' });
    const listed = (await s.list(operatorAccess('tester'))).find((a) => a.id === run.id);
    expect(listed).toMatchObject({ createdBy: 'tester', createdByName: 'Thérèse Testeur' });
    await s.decide(operatorAccess('tester'), run.id, w.p.main.id, {
      decision: 'invest',
      into: null,
      reason: 'Forte audience',
    });
    await s.decide(operatorAccess('cli:ops'), run.id, w.p.north1.id, {
      decision: 'maintain',
      into: null,
      reason: 'On la garde',
    });
    const audit = await s.get(operatorAccess('tester'), run.id);
    expect(audit.createdByName).toBe('Thérèse Testeur');
    const decision = (id: number) => audit.items.find((i) => i.presenceId === id)?.decision;
    expect(decision(w.p.main.id)).toMatchObject({ by: 'tester', byName: 'Thérèse Testeur' });
    expect(decision(w.p.north1.id)).toMatchObject({ by: 'cli:ops', byName: null });
  });

  it('refuses a decision on a presence outside the audit, or a reference that does not exist', async () => {
    const w = await world(t.h);
    const s = new AuditService(t.h);
    const { id } = await s.run(operatorAccess('tester'), { unitId: w.units.north.id, asOf: AS_OF });
    await expect(
      s.decide(operatorAccess('dir'), id, w.p.main.id, {
        decision: 'invest',
        into: null,
        reason: 'Notre compte phare',
      }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      s.decide(operatorAccess('dir'), id, w.p.north1.id, {
        decision: 'invest',
        into: null,
        reason: 'Le bon',
        ownerId: 9999,
      }),
    ).rejects.toBeInstanceOf(Invalid);
    expect((await s.get(operatorAccess('tester'), id)).items.every((i) => i.decision === null)).toBe(true);
    await expect(s.get(operatorAccess('tester'), 999)).rejects.toBeInstanceOf(NotFound);
  });

  it('uses the organisation’s own templates, and refuses broken ones', async () => {
    const w = await world(t.h);
    const s = new AuditService(t.h);
    await s.saveTemplate(operatorAccess('dir'), {
      kind: 'redirect',
      language: 'fr',
      platform: '*',
      body: 'Ce compte ferme. Suivez-nous sur {target_platform} : {target_url}',
    });
    const { id } = await s.run(operatorAccess('tester'), { unitId: null, asOf: AS_OF });
    const r = await s.decide(operatorAccess('dir'), id, w.p.oldSmall.id, {
      decision: 'close_redirect',
      into: w.p.main.id,
      reason: 'Abandonné',
    });
    expect(r.tasks.find((x) => x.kind === 'post_redirect')!.message).toBe(
      'Ce compte ferme. Suivez-nous sur X : https://x.com/ombreval',
    );
    await expect(
      s.saveTemplate(operatorAccess('dir'), {
        kind: 'redirect',
        language: 'fr',
        platform: '*',
        body: 'Au revoir {nobody}',
      }),
    ).rejects.toBeInstanceOf(Invalid);
    await s.deleteTemplate(operatorAccess('tester'), { kind: 'redirect', language: 'fr', platform: '*' });
    await expect(
      s.deleteTemplate(operatorAccess('tester'), { kind: 'redirect', language: 'fr', platform: '*' }),
    ).rejects.toBeInstanceOf(NotFound);
    const preview = await s.previewTemplate(operatorAccess('tester'), {
      kind: 'bio',
      language: 'en',
      platform: 'x',
      presenceId: w.p.oldSmall.id,
      auditId: id,
    });
    expect(preview.length).toBeLessThanOrEqual(preview.limit);
  });

  it('keeps KPIs per presence, one per metric and period', async () => {
    const w = await world(t.h);
    const s = new AuditService(t.h);
    const k = await s.addKpi(operatorAccess('dir'), w.p.main.id, {
      objective: 'awareness',
      metric: 'audience_growth',
      target: 0.1,
      period: 'quarter',
      baseline: null,
    });
    expect(k).toMatchObject({ presenceId: w.p.main.id, target: 0.1, createdBy: 'dir' });
    await expect(
      s.addKpi(operatorAccess('dir'), w.p.main.id, {
        objective: 'awareness',
        metric: 'audience_growth',
        target: 0.2,
        period: 'quarter',
        baseline: null,
      }),
    ).rejects.toBeInstanceOf(Conflict);
    expect((await s.kpiSuggestions(operatorAccess('tester'), w.p.main.id)).length).toBeGreaterThan(0);
    await s.deleteKpi(operatorAccess('tester'), k.id);
    expect(await s.kpis(operatorAccess('tester'), w.p.main.id)).toEqual([]);
  });

  it('settings: saved, then used by the next audit (and frozen in it)', async () => {
    const w = await world(t.h);
    const s = new AuditService(t.h);
    const before = await s.run(operatorAccess('tester'), { unitId: null, asOf: AS_OF });
    const settings = await s.settings();
    await s.saveSettings(operatorAccess('dir'), {
      ...settings,
      pollAudience: 100_000,
      charter: { ...settings.charter, requiredLink: 'ombreval.example' },
    });
    const after = await s.get(
      operatorAccess('tester'),
      (await s.run(operatorAccess('tester'), { unitId: null, asOf: AS_OF })).id,
    );
    expect(after.settings.pollAudience).toBe(100_000);
    expect(after.items.find((i) => i.presenceId === w.p.oldBig.id)!.recommendation.decision).toBe(
      'close_redirect',
    );
    expect((await s.get(operatorAccess('tester'), before.id)).settings.pollAudience).toBe(
      settings.pollAudience,
    );
  });

  it('writes the report as HTML and CSV', async () => {
    await world(t.h);
    const s = new AuditService(t.h);
    setClock('2026-07-01T09:00:00Z');
    try {
      const { id } = await s.run(operatorAccess('tester'), { unitId: null, asOf: AS_OF });
      const html = await s.report(operatorAccess('tester'), id, 'html', 'fr');
      expect(String(html.body)).toContain('<svg');
      expect(html.fileName).toBe(`vigie-audit-${id}-${AS_OF}.html`);
      const csv = await s.report(operatorAccess('tester'), id, 'csv', 'en');
      expect(String(csv.body).trim().split('\n').length).toBeGreaterThanOrEqual(9);
    } finally {
      setClock(null);
    }
  });
});
