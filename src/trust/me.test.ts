// /api/me says where each permission applies, as the server's scope checks decide it, so that the web
// app offers only the units a change may go to (issue 12): sub-units included, presences by id.
import { expect, it } from 'vitest';
import { PERMISSIONS } from '../core/access';
import { forEachDialect } from '../core/testing/dialects';
import type { Me } from './model';
import { signIn } from './testing';

forEachDialect((t) => {
  it('carries, for each permission held, the units (with their sub-units) and presences it covers', async () => {
    const admin = await signIn(t.h);
    const post = async (path: string, body: unknown) => {
      const r = await admin.request(path, { method: 'POST', json: body });
      expect(r.status).toBe(201);
      return ((await r.json()) as { id: number }).id;
    };
    const hub = await post('/api/units', { name: 'Siège', kind: 'hub' });
    const branch = await post('/api/units', { name: 'Énergie', parentId: hub });
    const sub = await post('/api/units', { name: 'Solaire', parentId: branch });
    const subSub = await post('/api/units', { name: 'Solaire Sud', parentId: sub });
    await post('/api/units', { name: 'Mobilité', parentId: hub });
    const presence = await post('/api/presences', { url: 'https://x.com/ombreval_scope', unitId: hub });
    const as = { app: admin.app };
    const me = async (c: Awaited<ReturnType<typeof signIn>>) => {
      const r = await c.request('/api/me');
      expect(r.status).toBe(200);
      return (await r.json()) as Me;
    };

    const everywhere = await me(admin);
    expect(Object.keys(everywhere.scopes).sort()).toEqual([...PERMISSIONS].sort());
    expect(everywhere.scopes['presence.create']).toEqual({ all: true, unitIds: [], presenceIds: [] });

    const manager = await me(
      await signIn(t.h, [{ role: 'unit_manager', unitId: branch, presenceId: null }], as),
    );
    const branchAndBelow = [branch, sub, subSub].sort((a, b) => a - b);
    for (const p of ['presence.create', 'presence.delete', 'organisation.manage', 'registry.read'] as const) {
      expect(manager.scopes[p]).toEqual({ all: false, unitIds: branchAndBelow, presenceIds: [] });
    }
    // Only the permissions held are there.
    expect(manager.scopes['users.manage']).toBeUndefined();
    expect(Object.keys(manager.scopes).sort()).toEqual([...manager.permissions].sort());

    const community = await me(
      await signIn(t.h, [{ role: 'community_manager', unitId: null, presenceId: presence }], as),
    );
    expect(community.scopes['presence.edit']).toEqual({ all: false, unitIds: [], presenceIds: [presence] });
    expect(community.scopes['presence.create']).toBeUndefined();

    // Two grants: an analyst reads everything, while edits stay within the named presence.
    const both = await me(
      await signIn(
        t.h,
        [
          { role: 'analyst', unitId: null, presenceId: null },
          { role: 'community_manager', unitId: null, presenceId: presence },
        ],
        as,
      ),
    );
    expect(both.scopes['registry.read']).toMatchObject({ all: true });
    expect(both.scopes['presence.edit']).toEqual({ all: false, unitIds: [], presenceIds: [presence] });
    // The session answer the web app asks first carries the same.
    const c = await signIn(t.h, [{ role: 'unit_manager', unitId: sub, presenceId: null }], as);
    const session = (await (await c.request('/api/auth/session')).json()) as { me: Me };
    expect(session.me.scopes['presence.edit']?.unitIds).toEqual([sub, subSub].sort((a, b) => a - b));
  });
});
