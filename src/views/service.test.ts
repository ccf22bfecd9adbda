// Saved views on both databases: a user keeps, renames, replaces and deletes their own views; names
// are unique per user and table whatever the capitals; another user's view is "not found" exactly as
// a missing one; what is stored reads back as it was given, in one way of writing it.
import { expect, it } from 'vitest';
import { buildAccess, operatorAccess } from '../core/access';
import type { Db } from '../core/db';
import { Conflict, Invalid, NotFound, Unauthenticated } from '../core/errors';
import { forEachDialect } from '../core/testing/dialects';
import { user } from '../trust/vault/testing';
import { MAX_VIEWS } from './model';
import { ViewService } from './service';

async function accessOf(h: Db, login: string) {
  const id = await user(h, login, null);
  return buildAccess({
    userId: id,
    actor: login,
    personId: null,
    grants: [{ role: 'analyst', unitId: null, presenceId: null }],
    units: [],
  });
}

const abandonedFacebook = {
  page: 'presences',
  name: '  Mes pages Facebook abandonnées ',
  filters: { platform: 'facebook', status: 'abandoned', q: '  ', dir: 'asc' },
  columns: ['status', 'platform', 'owner'],
};

forEachDialect((t) => {
  it('saves, lists, renames, replaces and deletes a user’s own views', async () => {
    const s = new ViewService(t.h);
    const helene = await accessOf(t.h, 'helene@views.test');
    const created = await s.create(helene, abandonedFacebook);
    expect(created).toMatchObject({
      page: 'presences',
      name: 'Mes pages Facebook abandonnées',
      // Stored in one way of writing it: no empty words, no default direction, the table's order.
      filters: { platform: 'facebook', status: 'abandoned' },
      columns: ['platform', 'owner', 'status'],
    });
    const other = await s.create(helene, { page: 'presences', name: 'Tout', filters: {} });
    expect(other.columns).toBeNull();
    expect((await s.list(helene)).map((v) => v.name)).toEqual(['Mes pages Facebook abandonnées', 'Tout']);

    const renamed = await s.update(helene, created.id, { name: 'Facebook à fermer' });
    expect(renamed).toMatchObject({
      name: 'Facebook à fermer',
      filters: created.filters,
      columns: created.columns,
    });
    const replaced = await s.update(helene, created.id, {
      filters: { platform: 'facebook', unitId: 7, subUnits: 'true', sort: 'audience', dir: 'desc' },
      columns: null,
    });
    expect(replaced.filters).toEqual({
      platform: 'facebook',
      unitId: 7,
      subUnits: 'true',
      sort: 'audience',
      dir: 'desc',
    });
    expect(replaced.columns).toBeNull();
    expect(replaced.name).toBe('Facebook à fermer');

    expect((await s.remove(helene, created.id)).name).toBe('Facebook à fermer');
    expect((await s.list(helene)).map((v) => v.name)).toEqual(['Tout']);
    await expect(s.get(helene, created.id)).rejects.toBeInstanceOf(NotFound);
  });

  it('refuses a second view of the same name, whatever its capitals, but lets a view keep its own', async () => {
    const s = new ViewService(t.h);
    const helene = await accessOf(t.h, 'helene@views.test');
    const first = await s.create(helene, abandonedFacebook);
    const again = s.create(helene, { ...abandonedFacebook, name: 'MES PAGES FACEBOOK ABANDONNÉES' });
    await expect(again).rejects.toBeInstanceOf(Conflict);
    await expect(again).rejects.toMatchObject({
      code: 'views.duplicate',
      params: { name: 'MES PAGES FACEBOOK ABANDONNÉES' },
    });
    const second = await s.create(helene, { page: 'presences', name: 'Autre', filters: {} });
    await expect(
      s.update(helene, second.id, { name: 'mes pages facebook abandonnées' }),
    ).rejects.toMatchObject({
      code: 'views.duplicate',
    });
    // Its own name in other capitals is a rename, not a duplicate.
    expect((await s.update(helene, first.id, { name: 'Mes Pages Facebook Abandonnées' })).name).toBe(
      'Mes Pages Facebook Abandonnées',
    );
    // Another user may use the same name.
    const marc = await accessOf(t.h, 'marc@views.test');
    expect((await s.create(marc, abandonedFacebook)).name).toBe('Mes pages Facebook abandonnées');
  });

  it('answers another user’s view exactly as a missing one, and changes nothing of it', async () => {
    const s = new ViewService(t.h);
    const helene = await accessOf(t.h, 'helene@views.test');
    const marc = await accessOf(t.h, 'marc@views.test');
    const hers = await s.create(helene, abandonedFacebook);
    const attempts = [
      () => s.get(marc, hers.id),
      () => s.update(marc, hers.id, { name: 'Volée' }),
      () => s.remove(marc, hers.id),
    ];
    for (const attempt of attempts) {
      const e = await attempt().catch((x: unknown) => x);
      const missing = await s.get(marc, hers.id + 1000).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(NotFound);
      expect((e as NotFound).code).toBe((missing as NotFound).code);
    }
    expect(await s.list(marc)).toEqual([]);
    expect(await s.get(helene, hers.id)).toEqual(hers);
    await expect(s.find(marc, 'presences', hers.name)).rejects.toMatchObject({
      code: 'views.not_found_name',
    });
    await expect(s.find(marc, 'presences', String(hers.id))).rejects.toBeInstanceOf(NotFound);
  });

  it('finds a view by its name, the same name in other capitals, or its id', async () => {
    const s = new ViewService(t.h);
    const helene = await accessOf(t.h, 'helene@views.test');
    const v = await s.create(helene, abandonedFacebook);
    const named = await s.create(helene, {
      page: 'presences',
      name: String(v.id),
      filters: { status: 'active' },
    });
    expect((await s.find(helene, 'presences', 'mes pages facebook abandonnées')).id).toBe(v.id);
    // A view named like an id is found by its name first.
    expect((await s.find(helene, 'presences', String(v.id))).id).toBe(named.id);
    expect((await s.find(helene, 'presences', String(named.id))).id).toBe(named.id);
    await expect(s.find(helene, 'presences', 'Inconnue')).rejects.toMatchObject({
      code: 'views.not_found_name',
      params: { name: 'Inconnue' },
    });
  });

  it('refuses a filter value the list refuses, naming the field, and stores nothing', async () => {
    const s = new ViewService(t.h);
    const helene = await accessOf(t.h, 'helene@views.test');
    const e = await s
      .create(helene, { page: 'presences', name: 'Mauvaise', filters: { status: 'gone' } })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Invalid);
    expect((e as Invalid).issues.map((i) => i.field)).toEqual(['filters.status']);
    await expect(
      s.create(helene, { page: 'presences', name: 'Mauvaise', filters: { colour: 'red' } }),
    ).rejects.toBeInstanceOf(Invalid);
    expect(await s.list(helene)).toEqual([]);
  });

  it('keeps at most MAX_VIEWS views per user and table', async () => {
    const s = new ViewService(t.h);
    const helene = await accessOf(t.h, 'helene@views.test');
    const id = (
      await t.h.db
        .selectFrom('users')
        .select('id')
        .where('login', '=', 'helene@views.test')
        .executeTakeFirstOrThrow()
    ).id;
    await t.h.db
      .insertInto('saved_views')
      .values(
        Array.from({ length: MAX_VIEWS }, (_, i) => ({
          user_id: id,
          page: 'presences',
          name: `Vue ${i}`,
          filters: '{}',
          columns: null,
          created_at: '2026-01-01T00:00:00.000Z',
          updated_at: '2026-01-01T00:00:00.000Z',
        })),
      )
      .execute();
    await expect(
      s.create(helene, { page: 'presences', name: 'Une de plus', filters: {} }),
    ).rejects.toMatchObject({
      code: 'views.too_many',
    });
  });

  it('reads back what a later version no longer knows by leaving it out', async () => {
    const s = new ViewService(t.h);
    const helene = await accessOf(t.h, 'helene@views.test');
    const v = await s.create(helene, abandonedFacebook);
    await t.h.db
      .updateTable('saved_views')
      .set({
        filters: '{"platform":"facebook","status":"vanished","colour":"red"}',
        columns: '["owner","mood"]',
      })
      .where('id', '=', v.id)
      .execute();
    expect(await s.get(helene, v.id)).toMatchObject({
      filters: { platform: 'facebook' },
      columns: ['owner'],
    });
  });

  it('needs a user: the local operator of a database without users has no views', async () => {
    const s = new ViewService(t.h);
    await expect(s.list(operatorAccess('cli:root'))).rejects.toBeInstanceOf(Unauthenticated);
  });

  it('goes with its user', async () => {
    const s = new ViewService(t.h);
    const helene = await accessOf(t.h, 'helene@views.test');
    await s.create(helene, abandonedFacebook);
    await t.h.db.deleteFrom('users').where('login', '=', 'helene@views.test').execute();
    expect(await t.h.db.selectFrom('saved_views').selectAll().execute()).toEqual([]);
  });
});
