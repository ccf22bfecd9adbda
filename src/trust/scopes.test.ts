// Scopes hold whatever an id looks like (security issue, findings 1–3, 5 and 10): every route that
// names an object, for every role, with every spelling of an id that a lenient parser would read
// as the same number, answers 404 (or 403 to a role without the permission at all) and changes
// nothing; every id in a body or a query is read as strictly; out-of-scope objects are never read
// or changed; and each attack the penetration test reported is replayed.
import { describe, expect, it } from 'vitest';
import type { Role } from '../core/access';
import { forEachDialect } from '../core/testing/dialects';
import {
  everything,
  fingerprintOutside,
  inPath,
  kindOf,
  objectOf,
  outsideOf,
  SCOPED_ROLES,
  type ScopedWorld,
  SECRET_VALUE,
  scopedWorld,
  spellings,
  wrongSpellings,
} from './scope-fixture';
import { servedRoutes } from './testing';

const PERMISSIONLESS = new Set([403, 404]);
const ALL_ROLES: Role[] = ['admin', ...SCOPED_ROLES];

/** A body each write route accepts (so a refusal is the id's, not the body's). */
function bodyFor(route: string, w: ScopedWorld): unknown {
  const bodies: Record<string, unknown> = {
    'PATCH /api/presences/:id': { notes: 'scope test' },
    'PATCH /api/units/:id': { name: 'Renamed by scope test' },
    'PATCH /api/people/:id': { jobTitle: 'scope test' },
    'POST /api/audits/:id/decisions/:presenceId': { decision: 'maintain', reason: 'scope test' },
    'PATCH /api/tasks/:id': { status: 'done' },
    'POST /api/presences/:id/kpis': { objective: 'awareness', metric: 'posts', target: 4, period: 'month' },
    'PUT /api/presences/:id/secrets/:kind': { value: 'overwritten-by-scope-test' },
    'POST /api/presences/:id/secrets/:kind/reveal': { reason: 'scope test' },
    'PATCH /api/reassignments/:id': { status: 'cancelled' },
    'PATCH /api/users/:id': { status: 'disabled' },
    'POST /api/policies/:id/acknowledge': {},
  };
  void w;
  return bodies[route] ?? {};
}

/** Fills a route's path: each parameter with the id (or batch) of the given object of its kind. */
function fill(route: string, w: ScopedWorld, pick: 'inside' | 'outside') {
  const [method, path] = route.split(' ') as [string, string];
  const url = path.replace(/:(\w+)/g, (_m, param: string) => {
    const kind = kindOf(path, param);
    if (kind === 'secret_kind') return 'password';
    if (kind === 'job') return '00000000-0000-4000-8000-000000000000';
    return inPath(objectOf(w, pick, kind));
  });
  return { method, url };
}

async function send(w: ScopedWorld, role: Role, route: string, method: string, url: string) {
  const init: RequestInit & { json?: unknown } = { method };
  if (method !== 'GET' && method !== 'DELETE') init.json = bodyFor(route, w);
  const res = await w.clients.get(role)!.request(url, init);
  const text = await res.text();
  return { status: res.status, text };
}

forEachDialect((t) => {
  describe('ids in paths', () => {
    it('answers 404 to every spelling of an id that is not the id itself, on every route, for every role', async () => {
      const w = await scopedWorld(t.h);
      const all = await everything(t.h);
      const before = await fingerprintOutside(t.h, all);
      const changes = async () =>
        Number(
          (await t.h.db.selectFrom('changes').select(t.h.db.fn.countAll().as('n')).executeTakeFirstOrThrow())
            .n,
        );
      const logged = await changes();
      const routes = servedRoutes(w.app).filter(
        (r) => r.includes('/:') && !r.includes('/data-imports/jobs/'),
      );
      expect(routes.length).toBeGreaterThan(30);
      const wrong: string[] = [];
      for (const route of routes) {
        for (const role of ALL_ROLES) {
          for (const pick of ['inside', 'outside'] as const) {
            const params = [...route.matchAll(/:(\w+)/g)].map((m) => m[1]!).filter((p) => p !== 'kind');
            // Each parameter spelled wrongly in turn, the others as they should be.
            for (const wrongParam of params) {
              const [method, path] = route.split(' ') as [string, string];
              const wrongKind = kindOf(path, wrongParam);
              if (wrongKind === 'secret_kind' || wrongKind === 'job')
                throw new Error(`${route}: ${wrongKind}`);
              for (const spelled of wrongSpellings(objectOf(w, pick, wrongKind) || 1)) {
                const url = path.replace(/:(\w+)/g, (_m, p: string) => {
                  const kind = kindOf(path, p);
                  if (kind === 'secret_kind') return 'password';
                  if (kind === 'job') return '';
                  return p === wrongParam ? spelled : inPath(objectOf(w, pick, kind));
                });
                const r = await send(w, role, route, method, url);
                if (!PERMISSIONLESS.has(r.status)) wrong.push(`${role} ${method} ${url} → ${r.status}`);
                if (r.text.includes(SECRET_VALUE)) wrong.push(`${role} ${method} ${url} revealed the secret`);
              }
            }
          }
        }
      }
      expect(wrong).toEqual([]);
      expect(await fingerprintOutside(t.h, all)).toBe(before);
      expect(await changes()).toBe(logged);
    }, 240_000);

    it('answers 404 or 403 to a scoped role for every object out of its sight, and changes nothing', async () => {
      const w = await scopedWorld(t.h);
      const routes = servedRoutes(w.app).filter(
        (r) => r.includes('/:') && !r.includes('/data-imports/jobs/'),
      );
      const wrong: string[] = [];
      for (const role of SCOPED_ROLES) {
        const out = await outsideOf(t.h, await w.sight(role));
        const before = await fingerprintOutside(t.h, out);
        for (const route of routes) {
          // Users and policies are the organisation's: out of every scoped role's sight but policies
          // (which everyone reads and acknowledges).
          if (route.includes('/policies/:id') && !route.endsWith('acknowledgements')) continue;
          const { method, url } = fill(route, w, 'outside');
          const r = await send(w, role, route, method, url);
          if (!PERMISSIONLESS.has(r.status))
            wrong.push(`${role} ${method} ${url} → ${r.status} ${r.text.slice(0, 120)}`);
          if (r.text.includes(SECRET_VALUE)) wrong.push(`${role} ${method} ${url} revealed the secret`);
        }
        expect(await fingerprintOutside(t.h, out), role).toBe(before);
      }
      expect(wrong).toEqual([]);
    }, 120_000);
  });

  describe('undo and rollback', () => {
    // The routes that undo a batch name it by something other than a presence: the import or the bulk
    // edit is seen through the presences it changed. The admin can undo each of the fixture's (so a
    // refusal above was the scope's), and that undo is what the fingerprint sees; undone, they are
    // still unknown to a scoped role, which must not learn who undid them or when.
    const ROUTES = [
      'POST /api/inventory/imports/:id/rollback',
      'POST /api/data-imports/:id/rollback',
      'POST /api/presences/bulk/:batch/undo',
    ];

    it('refuses an import or a bulk edit out of sight, before and after the admin undoes it, and changes nothing', async () => {
      const w = await scopedWorld(t.h);
      const admin = w.clients.get('admin')!;
      const um = await outsideOf(t.h, await w.sight('unit_manager'));
      const wrong: string[] = [];
      const tryAll = async (when: string) => {
        for (const role of SCOPED_ROLES) {
          const out = await outsideOf(t.h, await w.sight(role));
          const before = await fingerprintOutside(t.h, out);
          for (const route of ROUTES) {
            const { method, url } = fill(route, w, 'outside');
            const r = await send(w, role, route, method, url);
            if (!PERMISSIONLESS.has(r.status)) wrong.push(`${when}: ${role} ${url} → ${r.status} ${r.text}`);
            if (r.text.includes(admin.user.login)) wrong.push(`${when}: ${role} ${url} named the admin`);
          }
          expect(await fingerprintOutside(t.h, out), `${when}: ${role}`).toBe(before);
        }
      };
      await tryAll('before');
      for (const route of ROUTES) {
        const before = await fingerprintOutside(t.h, um);
        const { url } = fill(route, w, 'outside');
        const res = await admin.request(url, { method: 'POST' });
        expect(res.status, `admin ${url}: ${await res.text()}`).toBe(200);
        expect(await fingerprintOutside(t.h, um), `admin ${url}`).not.toBe(before);
      }
      await tryAll('after');
      expect(wrong).toEqual([]);
    }, 120_000);

    it('lets a scoped role undo what is within its sight', async () => {
      const w = await scopedWorld(t.h);
      const undo = await w.clients
        .get('unit_manager')!
        .request(`/api/presences/bulk/${inPath(w.inside.bulk_batch)}/undo`, { method: 'POST' });
      expect(undo.status, await undo.text()).toBe(200);
      const rollback = await w.clients
        .get('agency')!
        .request(`/api/data-imports/${w.inside.data_import}/rollback`, { method: 'POST' });
      const text = await rollback.text();
      expect(rollback.status, text).toBe(200);
      expect(JSON.parse(text)).toMatchObject({ posts: 1, interactions: 1, metrics: 1, presence: 'restored' });
    });
  });

  describe('ids in bodies and queries', () => {
    it('refuses an id written as text in a body (422, naming the field) and stores nothing', async () => {
      const w = await scopedWorld(t.h);
      const admin = w.clients.get('admin')!;
      const all = await everything(t.h);
      const before = await fingerprintOutside(t.h, all);
      const cases: [string, string, Record<string, unknown>, string][] = [
        ['PATCH', `/api/presences/${w.pIn}`, { unitId: 'X' }, 'unitId'],
        ['PATCH', `/api/presences/${w.pIn}`, { ownerId: 'X' }, 'ownerId'],
        ['PATCH', `/api/presences/${w.pIn}`, { custodianId: 'X' }, 'custodianId'],
        ['POST', '/api/presences', { url: 'https://x.com/scope_test', unitId: 'X' }, 'unitId'],
        ['POST', '/api/presences/bulk', { ids: ['X'], set: { status: 'dormant' } }, 'ids.0'],
        ['POST', '/api/presences/bulk', { ids: [w.pIn], set: { unitId: 'X' } }, 'set.unitId'],
        ['POST', '/api/units', { name: 'Scope test', parentId: 'X' }, 'parentId'],
        ['POST', '/api/people', { name: 'Scope Test', unitId: 'X' }, 'unitId'],
        ['POST', '/api/audits', { unitId: 'X', asOf: '2026-11-02' }, 'unitId'],
        [
          'POST',
          `/api/audits/${w.inside.audit}/decisions/${w.pIn}`,
          { decision: 'maintain', reason: 'x', custodianId: 'X' },
          'custodianId',
        ],
        [
          'POST',
          `/api/audits/${w.inside.audit}/decisions/${w.pIn}`,
          { decision: 'merge', reason: 'x', into: 'X' },
          'into',
        ],
        ['PATCH', `/api/tasks/${w.inside.task}`, { ownerId: 'X' }, 'ownerId'],
        [
          'POST',
          `/api/presences/${w.pIn}/kpis`,
          { objective: 'awareness', metric: 'posts', target: 4, period: 'month', auditId: 'X' },
          'auditId',
        ],
        [
          'POST',
          '/api/audit-templates/preview',
          { kind: 'redirect', language: 'fr', platform: 'x', presenceId: 'X' },
          'presenceId',
        ],
        [
          'POST',
          '/api/users',
          { login: 'scope@test.example', name: 'S', grants: [{ role: 'agency', presenceId: 'X' }] },
          'grants.0.presenceId',
        ],
      ];
      const wrong: string[] = [];
      for (const [method, url, body, field] of cases) {
        for (const spelled of [...spellings(w.pIn).map(decodeURIComponent), String(w.pIn)]) {
          const json = JSON.parse(JSON.stringify(body).replaceAll('"X"', JSON.stringify(spelled)));
          const res = await admin.request(url, { method, json });
          const out = (await res.json()) as { error?: { issues?: { field?: string }[] } };
          if (res.status !== 422 || !out.error?.issues?.some((i) => i.field === field))
            wrong.push(`${method} ${url} ${field}=${JSON.stringify(spelled)} → ${res.status}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(await fingerprintOutside(t.h, all)).toBe(before);
    }, 120_000);

    it('refuses every spelling of an id in a query string, naming the parameter', async () => {
      const w = await scopedWorld(t.h);
      const admin = w.clients.get('admin')!;
      const queries = [
        '/api/presences?unitId=',
        '/api/presences?ownerId=',
        '/api/people?unitId=',
        `/api/audits/${w.inside.audit}/tasks?unitId=`,
        '/api/reassignments?personId=',
        '/api/log?entityId=',
        `/api/data-imports?name=x.json&presenceId=`,
      ];
      const wrong: string[] = [];
      for (const q of queries) {
        for (const spelled of spellings(w.unitId)) {
          const method = q.startsWith('/api/data-imports') ? 'PUT' : 'GET';
          const res = await admin.request(q + spelled, {
            method,
            ...(method === 'PUT' ? { body: '{}' } : {}),
          });
          await res.arrayBuffer();
          if (res.status !== 422) wrong.push(`${method} ${q}${spelled} → ${res.status}`);
        }
      }
      expect(wrong).toEqual([]);
    }, 120_000);

    it('never lets a body point a scoped role’s change at an object out of its sight', async () => {
      const w = await scopedWorld(t.h);
      const wrong: string[] = [];
      for (const role of SCOPED_ROLES) {
        const c = w.clients.get(role)!;
        const out = await outsideOf(t.h, await w.sight(role));
        const before = await fingerprintOutside(t.h, out);
        // A unit out of sight that is not already the unit's parent (moving there would change something).
        const parent = (
          await t.h.db
            .selectFrom('units')
            .select('parent_id')
            .where('id', '=', w.unitId)
            .executeTakeFirstOrThrow()
        ).parent_id;
        const otherUnit = out.units.find((u) => u !== parent)!;
        const myPresence = await t.h.db
          .selectFrom('presences')
          .select(['unit_id', 'owner_id', 'custodian_id'])
          .where('id', '=', w.pIn)
          .executeTakeFirstOrThrow();
        const cases: [string, string, unknown][] = [
          ['PATCH', `/api/presences/${w.pIn}`, { unitId: w.outside.unit }],
          ['PATCH', `/api/presences/${w.pIn}`, { ownerId: w.outside.person }],
          ['PATCH', `/api/presences/${w.pIn}`, { deputyId: w.outside.person }],
          ['PATCH', `/api/presences/${w.pIn}`, { custodianId: w.outside.person }],
          ['PATCH', `/api/presences/${w.pIn}`, { custodianId: w.personOf.get(role) }],
          ['POST', '/api/presences', { url: 'https://x.com/scope_probe', unitId: w.outside.unit }],
          ['POST', '/api/presences/bulk', { ids: [w.pIn, w.outside.presence], set: { status: 'dormant' } }],
          ['POST', '/api/presences/bulk', { ids: [w.pIn], set: { unitId: w.outside.unit } }],
          ['POST', '/api/presences/bulk', { ids: [w.pIn], set: { ownerId: w.outside.person } }],
          ['POST', '/api/units', { name: 'Probe', parentId: w.outside.unit }],
          ['PATCH', `/api/units/${w.unitId}`, { parentId: otherUnit }],
          ['POST', '/api/people', { name: 'Probe Person', unitId: w.outside.unit }],
          ['PATCH', `/api/people/${w.inside.person}`, { unitId: w.outside.unit }],
          ['POST', '/api/audits', { unitId: w.outside.unit, asOf: '2026-11-02' }],
          ['POST', '/api/audits', { asOf: '2026-11-02' }],
          [
            'POST',
            `/api/audits/${w.inside.audit}/decisions/${w.pIn}`,
            { decision: 'maintain', reason: 'x', unitId: w.outside.unit },
          ],
          [
            'POST',
            `/api/audits/${w.inside.audit}/decisions/${w.pIn}`,
            { decision: 'maintain', reason: 'x', ownerId: w.outside.person },
          ],
          [
            'POST',
            `/api/audits/${w.inside.audit}/decisions/${w.pIn}`,
            { decision: 'maintain', reason: 'x', custodianId: w.personOf.get(role) },
          ],
          ['PATCH', `/api/tasks/${w.inside.task}`, { ownerId: w.outside.person }],
          [
            'POST',
            `/api/presences/${w.pIn}/kpis`,
            { objective: 'awareness', metric: 'posts', target: 4, period: 'week', auditId: w.outside.audit },
          ],
          [
            'POST',
            '/api/audit-templates/preview',
            { kind: 'redirect', language: 'fr', platform: 'x', presenceId: w.outside.presence },
          ],
          [
            'POST',
            '/api/audit-templates/preview',
            { kind: 'redirect', language: 'fr', platform: 'x', auditId: w.outside.audit },
          ],
        ];
        for (const [method, url, json] of cases) {
          const res = await c.request(url, { method, json });
          const text = await res.text();
          if (res.status < 400 || res.status >= 500)
            wrong.push(`${role} ${method} ${url} ${JSON.stringify(json)} → ${res.status}`);
          if (text.includes(SECRET_VALUE)) wrong.push(`${role} ${method} ${url} revealed the secret`);
        }
        expect(await fingerprintOutside(t.h, out), role).toBe(before);
        expect(
          await t.h.db
            .selectFrom('presences')
            .select(['unit_id', 'owner_id', 'custodian_id'])
            .where('id', '=', w.pIn)
            .executeTakeFirstOrThrow(),
          role,
        ).toEqual(myPresence);
      }
      expect(wrong).toEqual([]);
    }, 120_000);
  });
});
