// `vigie views` and `vigie presences list --view`, run in this process on both databases: each user
// lists and deletes their own views only; a view's filters narrow the listing, and the options given
// beside it narrow it further; someone else's view is "not found" by name and by id.
import { expect, it } from 'vitest';
import { run } from '../cli/testing';
import { buildAccess } from '../core/access';
import type { Db } from '../core/db';
import { forEachDialect } from '../core/testing/dialects';
import { t as say } from '../messages';
import { presence, user } from '../trust/vault/testing';
import type { SavedView } from './model';
import { ViewService } from './service';

async function analyst(h: Db, login: string) {
  const id = await user(h, login, null);
  await h.db
    .insertInto('grants')
    .values({
      user_id: id,
      role: 'analyst',
      unit_id: null,
      presence_id: null,
      created_at: 'x',
      created_by: 'test',
    })
    .execute();
  return buildAccess({
    userId: id,
    actor: login,
    personId: null,
    grants: [{ role: 'analyst', unitId: null, presenceId: null }],
    units: [],
  });
}

async function world(h: Db) {
  const set = (id: number, platform: string, status: string) =>
    h.db.updateTable('presences').set({ platform, status }).where('id', '=', id).execute();
  const fbAbandoned = await presence(h, { name: 'Page Facebook oubliée' });
  const fbActive = await presence(h, { name: 'Page Facebook vivante' });
  const xAbandoned = await presence(h, { name: 'Compte X oublié' });
  await set(fbAbandoned, 'facebook', 'abandoned');
  await set(fbActive, 'facebook', 'active');
  await set(xAbandoned, 'x', 'abandoned');
  const helene = await analyst(h, 'helene@views.test');
  const marc = await analyst(h, 'marc@views.test');
  const views = new ViewService(h);
  const abandoned = await views.create(helene, {
    page: 'presences',
    name: 'Abandonnées',
    filters: { status: 'abandoned', sort: 'name', dir: 'desc' },
  });
  const facebook = await views.create(helene, {
    page: 'presences',
    name: 'Mes pages Facebook',
    filters: { platform: 'facebook' },
    columns: ['status'],
  });
  return { fbAbandoned, fbActive, xAbandoned, abandoned, facebook, marc, views };
}

const as = (h: Db, login: string, ...args: string[]) => run(h, ['--as', login, ...args]);
const ids = (out: string) => (JSON.parse(out) as { id: number }[]).map((p) => p.id);

forEachDialect((t) => {
  it('lists and deletes the user’s own views', async () => {
    const w = await world(t.h);
    const listed = await as(t.h, 'helene@views.test', 'views', 'list');
    expect(listed.kind).toBeNull();
    expect(listed.out).toContain('Abandonnées');
    expect(listed.out).toContain('status: abandoned · sorted by name (descending)');
    expect(listed.out).toContain('platform: facebook');
    expect(listed.out).toMatch(/2 views\n$/);
    const json = await as(t.h, 'helene@views.test', 'views', 'list', '--json');
    expect((JSON.parse(json.out) as SavedView[]).map((v) => v.name)).toEqual([
      'Abandonnées',
      'Mes pages Facebook',
    ]);

    // Marc has none, and cannot delete hers by name or by id.
    expect((await as(t.h, 'marc@views.test', 'views', 'list')).out).toContain('You have no saved view yet');
    expect((await as(t.h, 'marc@views.test', 'views', 'delete', 'Abandonnées')).kind).toBe('not_found');
    expect((await as(t.h, 'marc@views.test', 'views', 'delete', String(w.abandoned.id))).kind).toBe(
      'not_found',
    );

    const byName = await as(t.h, 'helene@views.test', 'views', 'delete', 'mes pages facebook');
    expect(byName).toMatchObject({ kind: null, out: 'View "Mes pages Facebook" deleted.\n' });
    const byId = await as(t.h, 'helene@views.test', 'views', 'delete', String(w.abandoned.id));
    expect(byId.kind).toBeNull();
    expect(await t.h.db.selectFrom('saved_views').selectAll().execute()).toEqual([]);
    // Without --as: who is acting?
    expect((await run(t.h, ['views', 'list'])).kind).toBe('unauthenticated');
  });

  it('lists the presences a saved view selects, in its order, narrowed by the other options', async () => {
    const w = await world(t.h);
    const view = await as(t.h, 'helene@views.test', 'presences', 'list', '--view', 'Abandonnées', '--json');
    expect(view.kind).toBeNull();
    // Sorted by name, descending, as the view says.
    expect(ids(view.out)).toEqual([w.fbAbandoned, w.xAbandoned]);
    const narrowed = await as(
      t.h,
      'helene@views.test',
      'presences',
      'list',
      '--view',
      'Abandonnées',
      '--platform',
      'x',
      '--json',
    );
    expect(ids(narrowed.out)).toEqual([w.xAbandoned]);
    // An option replaces the view's value for the same filter.
    const replaced = await as(
      t.h,
      'helene@views.test',
      'presences',
      'list',
      '--view',
      'Mes pages Facebook',
      '--status',
      'active',
      '--json',
    );
    expect(ids(replaced.out)).toEqual([w.fbActive]);
    const missing = await as(t.h, 'marc@views.test', 'presences', 'list', '--view', 'Abandonnées');
    expect(missing.kind).toBe('not_found');
    expect(missing.message).toBe(
      'You have no saved view named "Abandonnées" (vigie views list shows yours).',
    );
  });

  it('speaks French too', () => {
    expect(say('fr', 'views.cli.deleted', { name: 'Abandonnées' })).toBe('Vue « Abandonnées » supprimée.');
    expect(say('fr', 'views.cli.count', { count: 2 })).toBe('2 vues');
    expect(say('fr', 'views.not_found_name', { name: 'X' })).toContain('« X »');
  });
});
