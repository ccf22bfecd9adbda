// Saved views over HTTP, behind the real sign-in: 401 to nobody; a user saves, lists, changes and
// deletes their own views; another user's view, a missing one and an id that is not one all get the
// same 404; a duplicate name is 409 in the reader's language; a bad filter value is 422 naming it.
import { expect, it } from 'vitest';
import { forEachDialect } from '../core/testing/dialects';
import { createApp } from '../server/app';
import { signIn } from '../trust/testing';
import type { SavedView } from './model';

type ErrorBody = { error: { code: string; message: string; issues?: { field?: string; message: string }[] } };

const analyst = [{ role: 'analyst' as const, unitId: null, presenceId: null }];

forEachDialect((t) => {
  it('lets a user keep their own views, and no one else’s', async () => {
    const { app } = createApp({ db: t.h });
    expect((await app.request('/api/views')).status).toBe(401);

    const helene = await signIn(t.h, analyst, { app });
    const marc = await signIn(t.h, undefined, { app });
    const created = await helene.request('/api/views', {
      method: 'POST',
      json: {
        page: 'presences',
        name: 'My abandoned Facebook pages',
        filters: { platform: 'facebook', status: 'abandoned' },
        columns: ['platform', 'owner'],
      },
    });
    expect(created.status).toBe(201);
    const view = (await created.json()) as SavedView;
    expect(view).toMatchObject({ name: 'My abandoned Facebook pages', columns: ['platform', 'owner'] });

    const mine = (await (await helene.request('/api/views?page=presences')).json()) as SavedView[];
    expect(mine.map((v) => v.id)).toEqual([view.id]);
    // An admin sees their own (none), not hers.
    expect(await (await marc.request('/api/views')).json()).toEqual([]);

    const patched = await helene.request(`/api/views/${view.id}`, {
      method: 'PATCH',
      json: { name: 'Facebook to close', filters: { platform: 'facebook', status: 'closing' } },
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ name: 'Facebook to close', filters: { status: 'closing' } });

    // Another user's view, a missing one and ids that are not ids: the same 404, and nothing changes.
    const refused = async (id: string, method: 'PATCH' | 'DELETE') => {
      const r = await marc.request(`/api/views/${id}`, {
        method,
        ...(method === 'PATCH' ? { json: { name: 'Taken' } } : {}),
      });
      const body = (await r.json()) as ErrorBody;
      return { status: r.status, code: body.error.code, message: body.error.message.replace(id, '#') };
    };
    for (const method of ['PATCH', 'DELETE'] as const) {
      const hers = await refused(String(view.id), method);
      expect(hers).toEqual({ status: 404, code: 'views.not_found', message: expect.any(String) });
      expect(await refused('999999', method)).toEqual(hers);
      for (const bad of ['01', '1e0', 'abc', '-1', `0${view.id}`])
        expect((await refused(bad, method)).status, bad).toBe(404);
    }
    const after = (await (await helene.request(`/api/views?page=presences`)).json()) as SavedView[];
    expect(after.map((v) => v.name)).toEqual(['Facebook to close']);

    const deleted = await helene.request(`/api/views/${view.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(await (await helene.request('/api/views')).json()).toEqual([]);
    expect((await helene.request(`/api/views/${view.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('answers a duplicate name with 409, in English and in French', async () => {
    const { app } = createApp({ db: t.h });
    const helene = await signIn(t.h, analyst, { app });
    const body = { page: 'presences', name: 'Pages à fermer', filters: { status: 'closing' } };
    expect((await helene.request('/api/views', { method: 'POST', json: body })).status).toBe(201);
    const en = await helene.request('/api/views', {
      method: 'POST',
      json: { ...body, name: ' pages À FERMER ' },
      headers: { 'accept-language': 'en' },
    });
    expect(en.status).toBe(409);
    const enBody = (await en.json()) as ErrorBody;
    expect(enBody.error.code).toBe('views.duplicate');
    expect(enBody.error.message).toBe(
      'You already have a view named "pages À FERMER" for this table: choose another name, or update that view.',
    );
    const fr = await helene.request('/api/views', {
      method: 'POST',
      json: body,
      headers: { 'accept-language': 'fr' },
    });
    expect(fr.status).toBe(409);
    expect(((await fr.json()) as ErrorBody).error.message).toBe(
      'Vous avez déjà une vue nommée « Pages à fermer » pour ce tableau : choisissez un autre nom, ou mettez cette vue à jour.',
    );
    // Renaming another view to it: the same 409.
    const other = (await (
      await helene.request('/api/views', { method: 'POST', json: { ...body, name: 'Autre' } })
    ).json()) as SavedView;
    const renamed = await helene.request(`/api/views/${other.id}`, {
      method: 'PATCH',
      json: { name: 'Pages à fermer' },
    });
    expect(renamed.status).toBe(409);
  });

  it('refuses a filter or a column the table does not have with 422, naming the field', async () => {
    const { app } = createApp({ db: t.h });
    const helene = await signIn(t.h, analyst, { app });
    const post = async (json: unknown) => {
      const r = await helene.request('/api/views', { method: 'POST', json });
      return { status: r.status, fields: ((await r.json()) as ErrorBody).error.issues?.map((i) => i.field) };
    };
    const base = { page: 'presences', name: 'Vue' };
    expect(await post({ ...base, filters: { status: 'gone' } })).toEqual({
      status: 422,
      fields: ['filters.status'],
    });
    expect(await post({ ...base, filters: { risk: 'bad_luck' } })).toEqual({
      status: 422,
      fields: ['filters.risk'],
    });
    expect(await post({ ...base, filters: { unitId: '12' } })).toEqual({
      status: 422,
      fields: ['filters.unitId'],
    });
    expect((await post({ ...base, filters: { colour: 'red' } })).status).toBe(422);
    expect(await post({ ...base, filters: {}, columns: ['name'] })).toEqual({
      status: 422,
      fields: ['columns.0'],
    });
    expect(await post({ ...base, name: '', filters: {} })).toEqual({ status: 422, fields: ['name'] });
    expect((await post({ ...base, page: 'audits', filters: {} })).status).toBe(422);
    expect((await helene.request('/api/views?page=audits')).status).toBe(422);
    expect(await (await helene.request('/api/views')).json()).toEqual([]);
  });

  it('refuses a change without the session’s CSRF token', async () => {
    const { app } = createApp({ db: t.h });
    const helene = await signIn(t.h, analyst, { app });
    const r = await app.request('/api/views', {
      method: 'POST',
      headers: { cookie: helene.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ page: 'presences', name: 'Vue', filters: {} }),
    });
    expect(r.status).toBe(403);
    expect(await t.h.db.selectFrom('saved_views').selectAll().execute()).toEqual([]);
  });
});
