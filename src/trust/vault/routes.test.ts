import { expect, it } from 'vitest';
import { forEachDialect } from '../../core/testing/dialects';
import { vaultRoutes } from './routes';
import { accessAs, admin, person, presence, routesApp, testVault, unit } from './testing';

forEachDialect((t) => {
  const setup = async () => {
    const { vault } = testVault();
    const u1 = await unit(t.h, 'Communication');
    const u2 = await unit(t.h, 'Tourism');
    const alice = await person(t.h, 'Alice Martin');
    const p1 = await presence(t.h, { unitId: u1, custodianId: alice });
    const api = routesApp(t.h, vault, [vaultRoutes()]);
    return { u1, u2, alice, p1, api };
  };

  it('stores, reads custody and reveals over HTTP; the value is sent back only by reveal', async () => {
    const s = await setup();
    s.api.as(await accessAs(t.h, 'root', admin));
    const put = await s.api.request(`/api/presences/${s.p1}/secrets/password`, 'PUT', {
      value: "'; drop table secrets; --<script>",
      reason: 'handover',
    });
    expect(put.status).toBe(200);
    const putText = await put.text();
    expect(putText).not.toContain('drop table');
    const custody = await (await s.api.request(`/api/presences/${s.p1}/custody`)).json();
    expect(custody).toMatchObject({
      presenceId: s.p1,
      custodian: 'Alice Martin',
      canReveal: true,
      canWrite: true,
    });
    const noReason = await s.api.request(`/api/presences/${s.p1}/secrets/password/reveal`, 'POST', {});
    expect(noReason.status).toBe(422);
    const short = await s.api.request(`/api/presences/${s.p1}/secrets/password/reveal`, 'POST', {
      reason: 'why',
    });
    expect(short.status).toBe(422);
    expect(((await short.json()) as { error: { issues: { field: string }[] } }).error.issues[0]?.field).toBe(
      'reason',
    );
    const ok = await s.api.request(`/api/presences/${s.p1}/secrets/password/reveal`, 'POST', {
      reason: 'checking the handover',
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(await ok.json()).toEqual({ kind: 'password', value: "'; drop table secrets; --<script>" });
    const badKind = await s.api.request(`/api/presences/${s.p1}/secrets/pin`, 'PUT', { value: 'x' });
    // No such kind of secret: nothing to find there (404), said in words.
    expect(badKind.status).toBe(404);
    expect(((await badKind.json()) as { error: { code: string } }).error.code).toBe('vault.unknown_kind');
    const tooBig = await s.api.request(`/api/presences/${s.p1}/secrets/note`, 'PUT', {
      value: 'x'.repeat(20_001),
    });
    expect(tooBig.status).toBe(422);
    expect(await tooBig.text()).not.toContain('xxxxxxxx');
    const del = await s.api.request(`/api/presences/${s.p1}/secrets/password?reason=closed`, 'DELETE');
    expect(del.status).toBe(200);
    expect(((await del.json()) as { secrets: unknown[] }).secrets).toEqual([]);
  });

  it('refuses by role: 401 signed out, 403 reveal by a non-custodian, 404 out of scope; the custodian passes', async () => {
    const s = await setup();
    s.api.as(await accessAs(t.h, 'root', admin));
    await s.api.request(`/api/presences/${s.p1}/secrets/password`, 'PUT', { value: 'pw-123' });
    const reveal = (reason = 'a good reason') =>
      s.api.request(`/api/presences/${s.p1}/secrets/password/reveal`, 'POST', { reason });
    s.api.as(null);
    expect((await s.api.request(`/api/presences/${s.p1}/custody`)).status).toBe(401);
    expect((await reveal()).status).toBe(401);
    s.api.as(await accessAs(t.h, 'mgr', [{ role: 'unit_manager', unitId: s.u1, presenceId: null }]));
    expect((await s.api.request(`/api/presences/${s.p1}/custody`)).status).toBe(200);
    const forbidden = await reveal();
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).not.toContain('pw-123');
    s.api.as(await accessAs(t.h, 'other', [{ role: 'unit_manager', unitId: s.u2, presenceId: null }]));
    expect((await s.api.request(`/api/presences/${s.p1}/custody`)).status).toBe(404);
    expect((await reveal()).status).toBe(404);
    expect((await s.api.request(`/api/presences/${s.p1}/secrets/login`, 'PUT', { value: 'x' })).status).toBe(
      404,
    );
    s.api.as(await accessAs(t.h, 'analyst', [{ role: 'analyst', unitId: null, presenceId: null }]));
    expect((await s.api.request(`/api/presences/${s.p1}/custody`)).status).toBe(403);
    expect((await reveal()).status).toBe(403);
    // Alice holds the credentials: an agency user linked to her reads custody and reveals.
    s.api.as(await accessAs(t.h, 'alice', [{ role: 'agency', unitId: null, presenceId: s.p1 }], s.alice));
    const custody = await s.api.request(`/api/presences/${s.p1}/custody`);
    expect(custody.status).toBe(200);
    expect(await custody.json()).toMatchObject({ canReveal: true, canWrite: true });
    expect((await reveal('agency posting')).status).toBe(200);
    expect(
      (await s.api.request(`/api/presences/${s.p1}/secrets/login`, 'PUT', { value: 'alice' })).status,
    ).toBe(200);
  });

  it('says why when the vault has no key', async () => {
    const s = await setup();
    const api = routesApp(t.h, undefined, [vaultRoutes()]).as(await accessAs(t.h, 'root', admin));
    expect((await api.request(`/api/presences/${s.p1}/custody`)).status).toBe(200);
    const r = await api.request(`/api/presences/${s.p1}/secrets/password`, 'PUT', { value: 'x' });
    expect(r.status).toBe(503);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('vault.no_key');
  });
});
