import { expect, it } from 'vitest';
import { AuditService } from '../audit/service';
import { operatorAccess } from '../core/access';
import { Conflict } from '../core/errors';
import { forEachDialect } from '../core/testing/dialects';
import { RegistryService } from '../registry/service';
import { DEMO_DATA_IMPORTS, DEMO_METRICS, DEMO_POSTS } from './activity';
import { clearRegistry, loadDemo } from './loader';
import { DEMO_BIOS, DEMO_BIOS_WITHOUT_LINK, DEMO_CHARTER, demoOrganisation } from './organisation';

forEachDialect((t) => {
  const count = async (table: 'posts' | 'daily_metrics' | 'data_imports' | 'interactions' | 'presences') =>
    Number(
      (await t.h.db.selectFrom(table).select(t.h.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow())
        .n,
    );

  it('loads the demo organisation with the mess the sources describe', async () => {
    const r = await loadDemo(t.h);
    const data = demoOrganisation();
    // Duplicates written two ways merge into one presence.
    expect(r.merged).toBeGreaterThanOrEqual(4);
    expect(r.presences).toBe(data.presences.length - r.merged);
    expect(r.presences).toBeGreaterThanOrEqual(165);
    expect(r.presences).toBeLessThanOrEqual(190);
    const o = await new RegistryService(t.h).overview(operatorAccess('tester'));
    expect(o.totals.platforms).toBeGreaterThanOrEqual(14);
    expect(o.totals.units).toBeGreaterThanOrEqual(10);
    expect(o.risks.noOwner).toBeGreaterThanOrEqual(20);
    expect(o.risks.ownerLeft).toBeGreaterThanOrEqual(10);
    expect(o.risks.noCustodian).toBeGreaterThanOrEqual(30);
    expect(o.risks.personalRecovery).toBeGreaterThanOrEqual(15);
    expect(o.risks.deadPlatform).toBeGreaterThanOrEqual(8);
    expect(o.totals.byStatus.dormant + o.totals.byStatus.abandoned).toBeGreaterThanOrEqual(25);
    expect(o.totals.byStatus.discovered).toBeGreaterThanOrEqual(5);
  });

  it('stores the bios, the posts, the weekly audiences and one data import per presence', async () => {
    const r = await loadDemo(t.h);
    expect(r).toMatchObject({ dataImports: DEMO_DATA_IMPORTS, posts: DEMO_POSTS, metrics: DEMO_METRICS });
    expect(await count('posts')).toBe(DEMO_POSTS);
    expect(await count('daily_metrics')).toBe(DEMO_METRICS);
    expect(await count('data_imports')).toBe(DEMO_DATA_IMPORTS);

    const { items } = await new RegistryService(t.h).listPresences({});
    const bios = items.flatMap((p) => (p.bio ? [p.bio] : []));
    expect(bios.length).toBe(DEMO_BIOS);
    expect(bios.filter((b) => !b.toLowerCase().includes(DEMO_CHARTER.requiredLink)).length).toBe(
      DEMO_BIOS_WITHOUT_LINK,
    );

    // Each presence's last post is on its last activity; every active one has an export, but a few
    // platforms that give none (GitHub, Snapchat…).
    const last = await t.h.db
      .selectFrom('posts')
      .select((eb) => ['presence_id', eb.fn.max('published_at').as('last')])
      .groupBy('presence_id')
      .execute();
    const byId = new Map(items.map((p) => [p.id, p]));
    expect(last.length).toBe(DEMO_DATA_IMPORTS);
    for (const row of last) {
      const p = byId.get(row.presence_id)!;
      expect(String(row.last).slice(0, 10), p.url).toBe(p.lastActivityOn);
    }
    const withPosts = new Set(last.map((row) => row.presence_id));
    const active = items.filter((p) => p.status === 'active');
    expect(active.filter((p) => withPosts.has(p.id)).length).toBeGreaterThanOrEqual(active.length - 5);

    // The imports are the demo's, each pointing at its presence with its figures.
    const imports = await t.h.db.selectFrom('data_imports').selectAll().execute();
    expect(new Set(imports.map((i) => i.actor))).toEqual(new Set(['demo']));
    expect(new Set(imports.map((i) => i.presence_id)).size).toBe(DEMO_DATA_IMPORTS);
    expect(imports.reduce((n, i) => n + i.posts, 0)).toBe(DEMO_POSTS);
    expect(imports.reduce((n, i) => n + i.metrics, 0)).toBe(DEMO_METRICS);
    const orphans = await t.h.db
      .selectFrom('posts as p')
      .innerJoin('data_imports as d', 'd.id', 'p.import_id')
      .select(t.h.db.fn.countAll<number>().as('n'))
      .whereRef('d.presence_id', '<>', 'p.presence_id')
      .executeTakeFirstOrThrow();
    expect(Number(orphans.n)).toBe(0);
  });

  it('is deterministic, refuses to overwrite a registry, and resets on demand', async () => {
    const first = await loadDemo(t.h);
    await expect(loadDemo(t.h)).rejects.toBeInstanceOf(Conflict);
    const s = new RegistryService(t.h);
    const registry = async () =>
      (await s.listPresences({})).items.map((p) => [p.platform, p.handle, p.status, p.owner, p.bio]);
    const posts = async () =>
      (
        await t.h.db
          .selectFrom('posts as p')
          .innerJoin('presences as pr', 'pr.id', 'p.presence_id')
          .select(['pr.handle_key', 'p.external_id', 'p.published_at', 'p.kind', 'p.likes', 'p.text'])
          .orderBy('pr.platform')
          .orderBy('pr.handle_key')
          .orderBy('p.external_id')
          .execute()
      ).map((r) => Object.values(r));
    const before = { registry: await registry(), posts: await posts() };
    const again = await loadDemo(t.h, { reset: true });
    expect(again).toEqual(first);
    expect({ registry: await registry(), posts: await posts() }).toEqual(before);
    expect(await count('daily_metrics')).toBe(DEMO_METRICS);
    expect(await count('data_imports')).toBe(DEMO_DATA_IMPORTS);
  });

  it('stores the group’s brand charter for the audit, unless the organisation has its own settings', async () => {
    await loadDemo(t.h);
    const s = new AuditService(t.h);
    expect((await s.settings()).charter.requiredLink).toBe(DEMO_CHARTER.requiredLink);
    await s.saveSettings(operatorAccess('t'), { ...(await s.settings()), pollAudience: 12 });
    await loadDemo(t.h, { reset: true });
    expect((await s.settings()).pollAudience).toBe(12);
  });

  it('clears everything the registry holds, audits included, keeping the audit settings', async () => {
    await loadDemo(t.h);
    const db = t.h.db;
    const at = '2026-11-02T10:00:00.000Z';
    const [presence] = await db
      .selectFrom('presences')
      .select(['id', 'unit_id', 'owner_id'])
      .limit(1)
      .execute();
    const importId = (await db.selectFrom('data_imports').select('id').limit(1).executeTakeFirstOrThrow()).id;
    await db
      .insertInto('interactions')
      .values({
        presence_id: presence!.id,
        post_external_id: '1',
        kind: 'reply',
        at,
        other_platform: 'x',
        other_key: 'someone',
        other_handle: 'someone',
        other_name: null,
        import_id: importId,
      })
      .execute();
    await db
      .insertInto('audit_settings')
      .values({ id: 1, rules: '{}', updated_at: at, updated_by: 't' })
      .onConflict((oc) => oc.column('id').doUpdateSet({ rules: '{}' }))
      .execute();
    const audit = await db
      .insertInto('audits')
      .values({
        name: 'Audit 2026',
        unit_id: presence!.unit_id,
        as_of: '2026-11-02',
        status: 'open',
        rules: '{}',
        previous_id: null,
        created_at: at,
        created_by: 't',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('audit_items')
      .values({
        audit_id: audit.id,
        presence_id: presence!.id,
        snapshot: '{}',
        facts: '{}',
        findings: '[]',
        recommendation: 'maintain',
        recommendation_into: null,
        reasons: '[]',
        decision: null,
        decision_into: null,
        decision_reason: null,
        decided_by: null,
        decided_at: null,
      })
      .execute();
    await db
      .insertInto('audit_tasks')
      .values({
        audit_id: audit.id,
        presence_id: presence!.id,
        kind: 'close',
        step: 1,
        params: '{}',
        message: null,
        owner_id: presence!.owner_id,
        due_on: '2026-11-16',
        status: 'todo',
        created_at: at,
        updated_at: at,
        updated_by: 't',
      })
      .execute();
    await db
      .insertInto('kpis')
      .values({
        presence_id: presence!.id,
        audit_id: audit.id,
        objective: 'awareness',
        metric: 'audience',
        target: 1000,
        period: 'year',
        baseline: null,
        created_at: at,
        created_by: 't',
      })
      .execute();

    await db.transaction().execute((trx) => clearRegistry(trx));
    for (const table of [
      'organisation',
      'units',
      'people',
      'presences',
      'inventory_imports',
      'data_imports',
      'posts',
      'daily_metrics',
      'interactions',
      'audits',
      'audit_items',
      'audit_tasks',
      'kpis',
    ] as const) {
      const n = await db.selectFrom(table).select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(n.n), table).toBe(0);
    }
    expect(await db.selectFrom('audit_settings').select('id').execute()).toEqual([{ id: 1 }]);
    // The change log is append-only: it keeps what was, and records the reset itself.
    const last = await db.selectFrom('changes').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last).toMatchObject({ entity: 'organisation', action: 'reset' });
    // The users stay (without their registry person); the demo finds its logins again.
    const users = Number(
      (await db.selectFrom('users').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    );
    expect(users).toBe(7);
    // And the demo loads again on what is left.
    expect((await loadDemo(t.h)).posts).toBe(DEMO_POSTS);
    expect(await count('posts')).toBe(DEMO_POSTS);
  });
});
