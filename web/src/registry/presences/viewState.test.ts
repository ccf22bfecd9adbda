// Saved views on the presences page: what a view keeps of the page, the URL change that applies it,
// which view the page shows (and whether it changed since), and the columns' visibility.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRESENCE_COLUMNS } from '../../../../src/views/model';
import type { PresenceFilters } from '../presenceFilters';
import {
  applyPatch,
  matchView,
  readStoredColumns,
  type SavedView,
  toggleColumn,
  viewFiltersOf,
  visibilityOf,
} from './viewState';

const none: PresenceFilters = {
  q: '',
  platform: null,
  unitId: null,
  subUnits: false,
  status: null,
  risk: null,
  ownerId: null,
  sort: null,
  dir: 'asc',
  view: null,
};

const view = (
  id: number,
  filters: SavedView['filters'],
  columns: SavedView['columns'] = null,
): SavedView => ({
  id,
  page: 'presences',
  name: `View ${id}`,
  filters,
  columns,
  createdAt: '2026-11-02T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
});

const facebook = view(1, { platform: 'facebook', status: 'abandoned' }, ['platform', 'status']);
const everything = view(2, {});

describe('saved views on the presences page', () => {
  it('keep the filters and the sort, without empty words or defaults', () => {
    expect(
      viewFiltersOf({ ...none, q: '  mairie ', unitId: 4, subUnits: true, sort: 'audience', dir: 'desc' }),
    ).toEqual({ q: 'mairie', unitId: 4, subUnits: 'true', sort: 'audience', dir: 'desc' });
    expect(viewFiltersOf({ ...none, subUnits: true, dir: 'desc', view: 3 })).toEqual({});
  });

  it('apply a view by setting its filters and removing every other one', () => {
    expect(applyPatch(facebook)).toEqual({
      q: null,
      platform: 'facebook',
      unitId: null,
      subUnits: null,
      status: 'abandoned',
      risk: null,
      ownerId: null,
      sort: null,
      dir: null,
      view: 1,
    });
  });

  it('show the view applied, and say when its filters or columns changed since', () => {
    const page = { ...none, platform: 'facebook', status: 'abandoned' as const, view: 1 };
    expect(matchView([facebook, everything], page, ['status', 'platform'])).toEqual({
      view: facebook,
      applied: true,
      changed: false,
    });
    expect(matchView([facebook], { ...page, status: 'active' }, ['platform', 'status']).changed).toBe(true);
    expect(matchView([facebook], page, null).changed).toBe(true);
  });

  it('recognise a view from the filters alone, but not the unfiltered page', () => {
    const page = { ...none, platform: 'facebook', status: 'abandoned' as const };
    expect(matchView([everything, facebook], page, null)).toEqual({
      view: facebook,
      applied: false,
      changed: false,
    });
    expect(matchView([everything, facebook], none, null)).toEqual({
      view: null,
      applied: false,
      changed: false,
    });
    // A view id that is not one of the user's (a link from someone else) is no view.
    expect(matchView([everything], { ...none, view: 99 }, null).view).toBeNull();
  });

  it('turn the columns shown into TanStack’s visibility, null meaning all of them', () => {
    expect(visibilityOf(['owner'])).toEqual({
      platform: false,
      unit: false,
      owner: true,
      status: false,
      audience: false,
      last_activity: false,
    });
    expect(Object.values(visibilityOf(null)).every(Boolean)).toBe(true);
    expect(toggleColumn(null, 'audience', false)).toEqual([
      'platform',
      'unit',
      'owner',
      'status',
      'last_activity',
    ]);
    expect(
      toggleColumn(['platform', 'unit', 'owner', 'status', 'last_activity'], 'audience', true),
    ).toBeNull();
    expect(toggleColumn(['owner'], 'owner', false)).toEqual([]);
  });

  it('read the columns kept in the browser, or all of them for anything odd', () => {
    expect(readStoredColumns('["status","platform","colour"]')).toEqual(['platform', 'status']);
    expect(readStoredColumns('{"a":1}')).toBeNull();
    expect(readStoredColumns('not json')).toBeNull();
    expect(readStoredColumns(null)).toBeNull();
  });

  it('name the table’s columns as the model does', () => {
    // The column definitions (columns.tsx) and the ids a view may store must not drift apart.
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'columns.tsx');
    const ids = [...readFileSync(file, 'utf8').matchAll(/^ {8}id: '(\w+)',$/gm)].map((m) => m[1]);
    expect(ids).toEqual([...PRESENCE_COLUMNS]);
  });
});
