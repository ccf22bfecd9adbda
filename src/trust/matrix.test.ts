// Every role × every API route, on both databases: the expected answer is written here by hand from
// the roles (not computed from the code's matrix), and every route the app serves must be
// listed, so a new route without a decision fails this test. The objects asked about (a presence, an
// audit, a task…) are inside the unit manager's unit and the community manager's and agency's named
// presences, so a refusal here is the role's, not the scope's — except where noted.
import { expect, it } from 'vitest';
import type { GrantRow, Role } from '../core/access';
import { forEachDialect } from '../core/testing/dialects';
import { loadDemo } from '../demo/loader';
import { batchRecords } from '../imports/batches';
import { importRecords } from '../imports/pipeline';
import { importInventory } from '../registry/inventory/service';
import { createApp } from '../server/app';
import { ROLE_SETS, type SignedInClient, servedRoutes, signIn } from './testing';
import { testVault } from './vault/testing';

const { ALL, READERS, UNIT_AUDIT, A, AU, AUC, EDITORS, IMPORTERS } = ROLE_SETS;

/** Who may call each route. Public routes (sign-in, setup, status, SSO, health) are tested apart. */
const EXPECTED: Record<string, readonly Role[]> = {
  'GET /api/platforms': ALL,
  'GET /api/overview': ALL,
  'GET /api/presences': ALL,
  'POST /api/presences': AU,
  'POST /api/presences/bulk': AU,
  // Undoing a bulk edit needs what the edit needed.
  'POST /api/presences/bulk/:batch/undo': AU,
  'GET /api/presences/:id': ALL,
  'PATCH /api/presences/:id': EDITORS,
  'DELETE /api/presences/:id': AU,
  'GET /api/presences/:id/history': ALL,
  'POST /api/resolve': ALL,
  'GET /api/units': ALL,
  'POST /api/units': AU,
  'PATCH /api/units/:id': AU,
  'DELETE /api/units/:id': AU,
  'GET /api/people': ALL,
  'POST /api/people': AU,
  'PATCH /api/people/:id': AU,
  'POST /api/inventory/preview': A,
  'POST /api/inventory/import': A,
  'GET /api/inventory/imports': A,
  'POST /api/inventory/imports/:id/rollback': A,
  'GET /api/inventory/value-mappings': A,
  'DELETE /api/inventory/value-mappings/:id': A,
  'GET /api/inventory/export': READERS, // agencies never export
  'PUT /api/data-imports': IMPORTERS,
  'GET /api/data-imports/jobs/:id': IMPORTERS,
  'GET /api/data-imports': ALL,
  'POST /api/data-imports/:id/rollback': IMPORTERS,
  'GET /api/presences/:id/posts': ALL,
  'GET /api/presences/:id/activity': ALL,
  'GET /api/audit-settings': READERS,
  'PUT /api/audit-settings': A,
  'GET /api/audits': READERS,
  'POST /api/audits': AU,
  'GET /api/audits/:id': UNIT_AUDIT,
  'POST /api/audits/:id/decisions/accept': AU,
  'POST /api/audits/:id/decisions/:presenceId': AU,
  'DELETE /api/audits/:id/decisions/:presenceId': AU,
  'GET /api/audits/:id/tasks': UNIT_AUDIT,
  'GET /api/audits/:id/progress': UNIT_AUDIT,
  'PATCH /api/tasks/:id': AUC,
  'GET /api/audits/:id/report': UNIT_AUDIT,
  'GET /api/audit-templates': READERS,
  'PUT /api/audit-templates': A,
  'DELETE /api/audit-templates': A,
  'POST /api/audit-templates/preview': READERS,
  'GET /api/presences/:id/kpis': READERS,
  'GET /api/presences/:id/kpi-suggestions': READERS,
  'POST /api/presences/:id/kpis': AUC,
  'DELETE /api/kpis/:id': AUC,
  'POST /api/auth/password': ALL,
  'GET /api/me': ALL,
  'GET /api/users': A,
  'POST /api/users': A,
  'PATCH /api/users/:id': A,
  'POST /api/users/:id/reset-password': A,
  'POST /api/users/:id/unlock': A,
  'GET /api/log': ['admin', 'auditor'],
  'GET /api/log/export': ['admin', 'auditor'],
  'POST /api/log/verify': ['admin', 'auditor'],
  'GET /api/presences/:id/custody': ['admin', 'unit_manager', 'community_manager', 'auditor'],
  'PUT /api/presences/:id/secrets/:kind': AUC,
  'DELETE /api/presences/:id/secrets/:kind': AUC,
  // Revealing needs an admin or the presence's custodian (none of these users is).
  'POST /api/presences/:id/secrets/:kind/reveal': A,
  'GET /api/reassignments': AU,
  'PATCH /api/reassignments/:id': AU,
  'GET /api/people/:id/leaver': AU,
  'GET /api/policies': ALL,
  'POST /api/policies': A,
  'GET /api/policies/:id': ALL,
  'POST /api/policies/:id/acknowledge': ALL,
  'GET /api/policies/:id/acknowledgements': A,
  // Everyone's own work; a task that is not the caller's answers 404 (none is theirs here).
  'GET /api/work': ALL,
  'POST /api/work/tasks/:id': ALL,
  // Everyone's own saved views; one that is not the caller's answers 404 (each role names its own).
  'GET /api/views': ALL,
  'POST /api/views': ALL,
  'PATCH /api/views/:id': ALL,
  'DELETE /api/views/:id': ALL,
};

const PUBLIC = new Set([
  'GET /healthz',
  'GET /readyz',
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/auth/status',
  'GET /api/auth/session',
  'POST /api/auth/signin',
  'POST /api/auth/setup',
  'GET /api/auth/oidc/start',
  'GET /api/auth/oidc/callback',
]);
/** Signs out: tested on its own, it would end the session the matrix uses. */
const APART = new Set(['POST /api/auth/signout']);

forEachDialect((t) => {
  it('answers every route for every role as the roles say, and 401 to anyone signed out', async () => {
    const h = t.h;
    await loadDemo(h);
    const { app } = createApp({ db: h, vault: testVault().vault });
    const served = servedRoutes(app);
    // Every route is decided here, and nothing is decided for a route that does not exist.
    expect(served.filter((r) => !(r in EXPECTED) && !PUBLIC.has(r) && !APART.has(r))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((r) => !served.includes(r))).toEqual([]);

    // The objects: the first business unit, two of its presences (one to delete), one elsewhere.
    const db = h.db;
    const unit = await db
      .selectFrom('units')
      .select('id')
      .where('kind', '=', 'business_unit')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const inUnit = await db
      .selectFrom('presences')
      .select('id')
      .where('unit_id', '=', unit.id)
      .where('status', 'not in', ['closed', 'archived'])
      .orderBy('id')
      .execute();
    const [pIn, pDel] = [inUnit[0]!.id, inUnit[1]!.id];
    const person = await db
      .selectFrom('people')
      .select('id')
      .where('unit_id', '=', unit.id)
      .executeTakeFirstOrThrow();
    const clients = new Map<Role, SignedInClient>();
    for (const role of ALL) {
      const grant: GrantRow =
        role === 'unit_manager'
          ? { role, unitId: unit.id, presenceId: null }
          : role === 'community_manager' || role === 'agency'
            ? { role, unitId: null, presenceId: pIn }
            : { role, unitId: null, presenceId: null };
      clients.set(role, await signIn(h, [grant], { app, login: `${role}@matrix.test` }));
    }
    const admin = clients.get('admin')!;
    const audit = (await (
      await admin.request('/api/audits', { method: 'POST', json: { unitId: unit.id, asOf: '2026-11-02' } })
    ).json()) as { id: number };
    await admin.request(`/api/audits/${audit.id}/decisions/${pIn}`, {
      method: 'POST',
      json: { decision: 'maintain', reason: 'matrix' },
    });
    const task = await db
      .selectFrom('audit_tasks')
      .select('id')
      .where('audit_id', '=', audit.id)
      .orderBy('id')
      .executeTakeFirst();
    const kpi = (await (
      await admin.request(`/api/presences/${pIn}/kpis`, {
        method: 'POST',
        json: { objective: 'awareness', metric: 'audience', target: 1000, period: 'year' },
      })
    ).json()) as { id: number };
    const policy = await db
      .selectFrom('policies')
      .select('id')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const reassignment = await db.selectFrom('reassignments').select('id').orderBy('id').executeTakeFirst();
    const target = await db
      .selectFrom('users')
      .select('id')
      .where('login', 'like', '%@ombreval.example')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    // Something real to undo: refused roles are refused it (they go first), the first allowed role
    // undoes it, the next ones are told it was already undone (409: past the gate).
    const inventory = await importInventory(h, admin.user.login, {
      name: 'inventaire-matrice.csv',
      bytes: new TextEncoder().encode(
        'Lien;Nom du compte\nhttps://x.com/ombreval_matrice;Ombreval Matrice\n',
      ),
    });
    async function* post() {
      yield {
        type: 'post' as const,
        post: {
          externalId: 'matrix-1',
          publishedAt: '2026-11-03T09:00:00.000Z',
          text: 'matrice',
          kind: 'original' as const,
          links: [],
          media: [],
          counts: { likes: 1 },
        },
      };
    }
    const dataImport = await importRecords(
      h,
      admin.user.login,
      { file: 'matrice.csv', platform: 'csv', batches: batchRecords(post()) },
      { size: 10, sha256: '0'.repeat(64) },
      { presenceId: pIn },
    );
    const bulk = (await (
      await admin.request('/api/presences/bulk', {
        method: 'POST',
        json: { ids: [pIn], set: { status: 'dormant' } },
      })
    ).json()) as { batch: string };
    expect([inventory.importId, dataImport.importId, bulk.batch].every(Boolean)).toBe(true);

    const fill = (route: string): string => {
      const [, path] = route.split(' ') as [string, string];
      const id = path.startsWith('/api/audits/')
        ? audit.id
        : path.startsWith('/api/tasks/') || path.startsWith('/api/work/tasks/')
          ? (task?.id ?? 999_999)
          : path.startsWith('/api/kpis/')
            ? kpi.id
            : path.startsWith('/api/users/')
              ? target.id
              : path.startsWith('/api/units/')
                ? unit.id
                : path.startsWith('/api/people/')
                  ? person.id
                  : path.startsWith('/api/policies/')
                    ? policy.id
                    : path.startsWith('/api/reassignments/')
                      ? (reassignment?.id ?? 999_999)
                      : // No view of the caller's by this id: past the gate, 404 like any missing object.
                        path.startsWith('/api/views/')
                        ? 999_999
                        : path.startsWith('/api/inventory/imports/')
                          ? inventory.importId!
                          : path.startsWith('/api/data-imports/') && path.endsWith('/rollback')
                            ? dataImport.importId!
                            : route === 'DELETE /api/presences/:id'
                              ? pDel
                              : pIn;
      return path
        .replace(':batch', encodeURIComponent(bulk.batch))
        .replace(':presenceId', String(pIn))
        .replace(':kind', 'password')
        .replace(
          ':id',
          path.startsWith('/api/data-imports/jobs/') ? '00000000-0000-4000-8000-000000000000' : String(id),
        );
    };
    const bodies: Record<string, unknown> = {
      'PUT /api/presences/:id/secrets/:kind': { value: 'not-a-real-password' },
      'POST /api/presences/:id/secrets/:kind/reveal': { reason: 'matrix test' },
      // Creating in a unit: the unit manager's own (without one, it would be the hub's: refused).
      'POST /api/units': { name: 'Cellule matrice', kind: 'other', parentId: unit.id },
      'POST /api/people': { name: 'Personne Matrice', unitId: unit.id },
      'POST /api/audits': { unitId: unit.id, asOf: '2026-11-02' },
      'POST /api/audits/:id/decisions/accept': { presenceIds: [pIn], reason: 'matrix' },
      'POST /api/views': { page: 'presences', name: 'Matrice', filters: { status: 'abandoned' } },
    };

    const wrong: string[] = [];
    // Who first undid each of the undo and rollback routes' objects (an allowed role must have).
    const undoneBy: Record<string, Role> = {};
    for (const route of Object.keys(EXPECTED)) {
      const [method] = route.split(' ') as [string];
      let url = fill(route);
      if (route === 'PUT /api/data-imports') url += `?name=empty.json&presenceId=${pIn}`;
      const allowed = EXPECTED[route]!;
      // Refused roles first: nothing they try may change what the allowed ones then find.
      const order = [...ALL.filter((r) => !allowed.includes(r)), ...ALL.filter((r) => allowed.includes(r))];
      for (const role of order) {
        const init: RequestInit & { json?: unknown } = { method };
        if (method !== 'GET' && method !== 'DELETE') init.json = bodies[route] ?? {};
        if (route === 'PUT /api/data-imports') init.body = '';
        const res = await clients.get(role)!.request(url, init);
        await res.arrayBuffer();
        // Allowed: anything but a refusal or a server error (a 404 is a missing object, a 409 or 422 a
        // rule of the capability); refused: 403, or 404 for an object the role cannot even see.
        const ok = allowed.includes(role)
          ? res.status !== 401 && res.status !== 403 && res.status < 500
          : res.status === 403 || res.status === 404;
        if (!ok) wrong.push(`${role} ${route} → ${res.status}`);
        if (/\/(undo|rollback)$/.test(route) && res.status === 200) undoneBy[route] ??= role;
      }
    }
    expect(wrong).toEqual([]);
    expect(undoneBy).toEqual({
      'POST /api/presences/bulk/:batch/undo': 'admin',
      'POST /api/inventory/imports/:id/rollback': 'admin',
      'POST /api/data-imports/:id/rollback': 'admin',
    });

    // Out of scope: the unit manager and the community manager do not see another unit's presence,
    // by list or by id, and cannot change it; the agency cannot export it either.
    const elsewhere = await db
      .selectFrom('presences')
      .select('id')
      .where('unit_id', '!=', unit.id)
      .where('unit_id', 'not in', db.selectFrom('units').select('id').where('parent_id', '=', unit.id))
      .orderBy('id')
      .executeTakeFirstOrThrow();
    for (const role of ['unit_manager', 'community_manager', 'agency'] as const) {
      const c = clients.get(role)!;
      expect((await c.request(`/api/presences/${elsewhere.id}`)).status, role).toBe(404);
      expect(
        (await c.request(`/api/presences/${elsewhere.id}`, { method: 'PATCH', json: { notes: 'x' } })).status,
      ).toBe(404);
      expect((await c.request(`/api/presences/${elsewhere.id}/posts`)).status).toBe(404);
      const list = (await (await c.request('/api/presences')).json()) as { items: { id: number }[] };
      expect(list.items.map((p) => p.id)).not.toContain(elsewhere.id);
      expect(list.items.map((p) => p.id)).toContain(pIn);
    }
    const cm = (await (await clients.get('community_manager')!.request('/api/presences')).json()) as {
      total: number;
    };
    expect(cm.total).toBe(1);
    // Nor the organisation's directory: only the people of their presences.
    const everyone = (await (await admin.request('/api/people')).json()) as unknown[];
    const theirs = (await (await clients.get('agency')!.request('/api/people')).json()) as { id: number }[];
    const linked = await db
      .selectFrom('presences')
      .select(['owner_id', 'deputy_id', 'custodian_id'])
      .where('id', '=', pIn)
      .executeTakeFirstOrThrow();
    const expected = [linked.owner_id, linked.deputy_id, linked.custodian_id].filter((x) => x !== null);
    expect(theirs.map((p) => p.id).sort()).toEqual([...new Set(expected)].sort());
    expect(theirs.length).toBeLessThan(everyone.length);
    // A unit manager cannot move a presence out of their unit, nor audit the whole organisation.
    const um = clients.get('unit_manager')!;
    expect(
      (await um.request(`/api/presences/${pIn}`, { method: 'PATCH', json: { unitId: null } })).status,
    ).toBe(403);
    expect((await um.request('/api/audits', { method: 'POST', json: { asOf: '2026-11-02' } })).status).toBe(
      403,
    );
    expect(
      await db.selectFrom('presences').select('unit_id').where('id', '=', pIn).executeTakeFirstOrThrow(),
    ).toEqual({
      unit_id: unit.id,
    });

    // Signed out, or with a forged or expired cookie: 401 everywhere but the public routes.
    const forged = 'vigie_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    for (const route of served.filter((r) => !PUBLIC.has(r))) {
      const [method] = route.split(' ') as [string];
      for (const cookie of [undefined, forged]) {
        const res = await app.request(fill(route), {
          method,
          headers: cookie
            ? { cookie, 'content-type': 'application/json' }
            : { 'content-type': 'application/json' },
          ...(method === 'GET' ? {} : { body: '{}' }),
        });
        if (res.status !== 401) wrong.push(`signed out ${route} → ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
    // Every route × every role on a loaded demo: a minute on a busy machine's PostgreSQL.
  }, 120_000);
});
