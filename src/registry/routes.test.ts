import { expect, it } from 'vitest';
import { forEachDialect } from '../core/testing/dialects';
import { type SignedInClient, signIn } from '../trust/testing';

forEachDialect((t) => {
  /** Signed in as an admin: every request carries the session cookie and the CSRF token. */
  const api = () => signIn(t.h, undefined, { login: 'claire@ombreval.example' });
  const json = (body: unknown, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

  it('creates, reads, edits and lists presences, with the author in the history', async () => {
    const app = await api();
    const created = await app.request('/api/presences', json({ url: 'https://www.instagram.com/ombreval/' }));
    expect(created.status).toBe(201);
    const p = (await created.json()) as { id: number; platform: string; handle: string };
    expect(p).toMatchObject({ platform: 'instagram', handle: 'ombreval' });
    const patched = await app.request(`/api/presences/${p.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'dormant', tags: ['audit-2026'], reason: 'plus de publication' }),
    });
    expect(patched.status).toBe(200);
    const history = (await (await app.request(`/api/presences/${p.id}/history`)).json()) as {
      actor: string;
      reason: string | null;
    }[];
    // Changes are signed by the signed-in user, whatever the request says.
    expect(history.map((h) => h.actor)).toEqual(['claire@ombreval.example', 'claire@ombreval.example']);
    expect(history[0]!.reason).toBe('plus de publication');
    const list = (await (await app.request('/api/presences?status=dormant')).json()) as { total: number };
    expect(list.total).toBe(1);
  });

  it('answers a PATCH made from a stale version with 409, what changed, in the reader’s language', async () => {
    const app = await api();
    const created = await app.request('/api/presences', json({ url: 'https://x.com/ombreval_stale' }));
    const p = (await created.json()) as { id: number; version: number };
    expect(p.version).toBe(1);
    const patch = (body: unknown, lang = 'en') =>
      app.request(`/api/presences/${p.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify(body),
      });
    const first = await patch({ status: 'dormant', version: 1 });
    expect(first.status).toBe(200);
    expect(((await first.json()) as { version: number }).version).toBe(2);
    const stale = await patch({ name: 'Ombreval', version: 1 }, 'fr-FR');
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as {
      error: {
        kind: string;
        code: string;
        message: string;
        issues: { field: string; message: string; params: Record<string, string> }[];
      };
    };
    expect(body.error).toMatchObject({ kind: 'conflict', code: 'presence.stale' });
    expect(body.error.message).toMatch(/modifiée après que vous l’avez ouverte/);
    expect(body.error.issues).toHaveLength(1);
    expect(body.error.issues[0]).toMatchObject({
      field: 'status',
      params: { seenValue: '"active"', currentValue: '"dormant"', actor: 'claire@ombreval.example' },
    });
    expect(body.error.issues[0]!.message).toMatch(
      /Statut : « active » à l’ouverture, désormais « en sommeil »/,
    );
    const now = (await (await app.request(`/api/presences/${p.id}`)).json()) as { name: string | null };
    expect(now.name).toBeNull();
    // A version that is not a positive integer is refused like any invalid field.
    expect((await patch({ name: 'x', version: 0 })).status).toBe(422);
  });

  it('answers errors with a status, a code and a message in the reader’s language', async () => {
    const app = await api();
    const dup = { url: 'https://x.com/ombreval' };
    await app.request('/api/presences', json(dup));
    const conflict = await app.request(
      '/api/presences',
      json({ url: 'http://twitter.com/Ombreval' }, { 'accept-language': 'fr-FR,fr;q=0.9' }),
    );
    expect(conflict.status).toBe(409);
    const body = (await conflict.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('presence.duplicate');
    expect(body.error.message).toMatch(/figure déjà/);
    const invalid = await app.request('/api/presences', json({ status: 'zombie', url: 'https://x.com/a' }));
    expect(invalid.status).toBe(422);
    const inv = (await invalid.json()) as { error: { issues: { field: string }[] } };
    expect(inv.error.issues[0]!.field).toBe('status');
    expect((await app.request('/api/presences/999999')).status).toBe(404);
    // An id that cannot be read is no object: the gate answers 404, as for one out of scope.
    expect((await app.request('/api/presences/abc')).status).toBe(404);
    const broken = await app.request('/api/presences', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"url":',
    });
    expect([400, 422]).toContain(broken.status);
  });

  it('keeps hostile text as data and never reflects it as markup', async () => {
    const app = await api();
    const hostile = "<img src=x onerror=alert(1)>'; DROP TABLE presences; --";
    const r = await app.request(
      '/api/presences',
      json({ url: 'https://www.tiktok.com/@ombreval', name: hostile, notes: hostile }),
    );
    expect(r.status).toBe(201);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    const found = (await (
      await app.request(`/api/presences?q=${encodeURIComponent('DROP TABLE')}`)
    ).json()) as { items: { name: string }[] };
    expect(found.items[0]!.name).toBe(hostile);
  });

  it('bulk edits, manages units and people, resolves URLs, publishes OpenAPI', async () => {
    const app = await api();
    const unit = (await (
      await app.request('/api/units', json({ name: 'Direction régionale Occitanie', kind: 'region' }))
    ).json()) as { id: number };
    const person = (await (
      await app.request(
        '/api/people',
        json({ name: 'Claire Martin', email: 'Claire.Martin@ombreval.example' }),
      )
    ).json()) as {
      id: number;
      email: string;
    };
    expect(person.email).toBe('claire.martin@ombreval.example');
    const a = (await (
      await app.request('/api/presences', json({ url: 'https://www.facebook.com/ombreval.occitanie' }))
    ).json()) as { id: number };
    const bulk = await app.request(
      '/api/presences/bulk',
      json({ ids: [a.id], set: { unitId: unit.id, ownerId: person.id } }),
    );
    expect(await bulk.json()).toEqual({ updated: 1, unchanged: 0, batch: expect.stringMatching(/^bulk:/) });
    const del = await app.request(`/api/units/${unit.id}`, { method: 'DELETE' });
    expect(del.status).toBe(409);
    const resolved = (await (
      await app.request(
        '/api/resolve',
        json({ inputs: ['https://m.facebook.com/ombreval.occitanie/about', 'nonsense here'] }),
      )
    ).json()) as unknown[];
    expect(resolved[0]).toMatchObject({ platform: 'facebook' });
    const people = (await (await app.request(`/api/people?unitId=${unit.id}`)).json()) as unknown[];
    expect(people).toEqual([]);
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/presences',
        '/api/presences/{id}',
        '/api/inventory/import',
        '/api/overview',
      ]),
    );
    const overview = (await (await app.request('/api/overview')).json()) as { totals: { presences: number } };
    expect(overview.totals.presences).toBe(1);
  });

  /**
   * A hub with two branches (Énergie, with Solaire under it; Mobilité), their people and presences,
   * and three users: an admin, the unit manager of Énergie, and a community manager of two presences.
   */
  async function scopedRegistry() {
    const admin = await api();
    const post = async <T>(path: string, body: unknown): Promise<T> => {
      const r = await admin.request(path, { method: 'POST', json: body });
      expect(r.status).toBe(201);
      return (await r.json()) as T;
    };
    const unit = (name: string, parentId: number | null) =>
      post<{ id: number }>('/api/units', { name, kind: 'business_unit', parentId }).then((u) => u.id);
    const person = (name: string, unitId: number) =>
      post<{ id: number }>('/api/people', { name, unitId }).then((p) => p.id);
    const hub = await unit('Siège', null);
    const energie = await unit('Énergie', hub);
    const solaire = await unit('Solaire', energie);
    const mobilite = await unit('Mobilité', hub);
    const pE = await person('Élise Énergie', energie);
    const pS = await person('Samir Solaire', solaire);
    const pM = await person('Marc Mobilité', mobilite);
    const cm = await person('Nina Community', mobilite);
    const presence = (url: string, v: Record<string, number>) =>
      post<{ id: number }>('/api/presences', { url, ...v }).then((p) => p.id);
    await presence('https://x.com/energie1', { unitId: energie, ownerId: pE });
    await presence('https://x.com/solaire1', { unitId: solaire, ownerId: pE, custodianId: pS });
    await presence('https://x.com/mobilite1', { unitId: mobilite, ownerId: pM, deputyId: pE });
    const cmMobilite = await presence('https://x.com/mobilite2', { unitId: mobilite, ownerId: cm });
    const cmEnergie = await presence('https://x.com/energie2', {
      unitId: energie,
      ownerId: cm,
      deputyId: pE,
    });
    const as = { app: admin.app };
    const manager = await signIn(t.h, [{ role: 'unit_manager', unitId: energie, presenceId: null }], as);
    const community = await signIn(
      t.h,
      [cmMobilite, cmEnergie].map((presenceId) => ({
        role: 'community_manager' as const,
        unitId: null,
        presenceId,
      })),
      { ...as, personId: cm },
    );
    return {
      admin,
      manager,
      community,
      units: { hub, energie, solaire, mobilite },
      people: { pE, pS, pM, cm },
    };
  }

  type Counts = Record<string, number[]>;
  const unitCounts = async (c: SignedInClient): Promise<Counts> => {
    const units = (await (await c.request('/api/units')).json()) as {
      name: string;
      presences: number;
      people: number;
    }[];
    return Object.fromEntries(units.map((u) => [u.name, [u.presences, u.people]]));
  };
  const peopleCounts = async (c: SignedInClient): Promise<Counts> => {
    const people = (await (await c.request('/api/people')).json()) as {
      name: string;
      owns: number;
      deputises: number;
      holds: number;
    }[];
    return Object.fromEntries(people.map((p) => [p.name, [p.owns, p.deputises, p.holds]]));
  };

  it('counts, on the units and people pages, only the presences and people within the user’s scope', async () => {
    const w = await scopedRegistry();
    // The admin: the organisation's counts ([presences, people] per unit; [owns, deputises, holds]).
    expect(await unitCounts(w.admin)).toEqual({
      Siège: [0, 0],
      Énergie: [2, 1],
      Solaire: [1, 1],
      Mobilité: [2, 2],
    });
    expect(await peopleCounts(w.admin)).toEqual({
      'Élise Énergie': [2, 2, 0],
      'Samir Solaire': [0, 0, 1],
      'Marc Mobilité': [1, 0, 0],
      'Nina Community': [2, 0, 0],
    });
    // The unit manager of Énergie: Énergie and Solaire, and what is in them only (Nina's presence of
    // Mobilité and Élise's deputyship there are not counted).
    expect(await unitCounts(w.manager)).toEqual({ Énergie: [2, 1], Solaire: [1, 1] });
    expect(await peopleCounts(w.manager)).toEqual({
      'Élise Énergie': [2, 1, 0],
      'Samir Solaire': [0, 0, 1],
      'Nina Community': [1, 0, 0],
    });
    // The community manager: her two presences, the units they are in, the people named on them.
    expect(await unitCounts(w.community)).toEqual({ Énergie: [1, 1], Mobilité: [1, 1] });
    expect(await peopleCounts(w.community)).toEqual({
      'Élise Énergie': [0, 1, 0],
      'Nina Community': [2, 0, 0],
    });
  });
});
