// A view's filters are read by the presences list's own rules, strictly; two ways of writing the same
// filters compare equal; columns come from the table's fixed list.
import { describe, expect, it } from 'vitest';
import { presenceQuerySchema } from '../registry/model';
import {
  normaliseColumns,
  normaliseFilters,
  OPTIONAL_COLUMNS,
  PRESENCE_COLUMNS,
  sameColumns,
  sameFilters,
  viewColumnsSchema,
  viewFiltersSchema,
  viewInputSchema,
  viewPatchSchema,
} from './model';

describe('view filters', () => {
  it('take every key the presences list takes, and no other', () => {
    const listKeys = Object.keys(presenceQuerySchema.shape).sort();
    expect(Object.keys(viewFiltersSchema.shape).sort()).toEqual(listKeys);
    expect(viewFiltersSchema.safeParse({ colour: 'red' }).success).toBe(false);
  });

  it('refuse a value the list refuses, naming the field', () => {
    const r = viewFiltersSchema.safeParse({ status: 'gone', risk: 'no_owner' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['status']);
    expect(viewFiltersSchema.safeParse({ sort: 'colour' }).success).toBe(false);
  });

  it('read ids as JSON numbers, strictly', () => {
    expect(viewFiltersSchema.parse({ unitId: 12, ownerId: 3 })).toEqual({ unitId: 12, ownerId: 3 });
    for (const bad of ['12', 0, -1, 1.5, 1e16])
      expect(viewFiltersSchema.safeParse({ unitId: bad }).success).toBe(false);
  });

  it('compare equal when they select and sort the same rows', () => {
    expect(sameFilters({ q: ' page ', dir: 'asc' }, { q: 'page' })).toBe(true);
    expect(sameFilters({ subUnits: 'true' }, {})).toBe(true);
    expect(sameFilters({ unitId: 4, subUnits: 'false' }, { unitId: 4 })).toBe(true);
    expect(sameFilters({ unitId: 4, subUnits: 'true' }, { unitId: 4 })).toBe(false);
    expect(
      sameFilters(
        { status: 'abandoned', platform: 'facebook' },
        { platform: 'facebook', status: 'abandoned' },
      ),
    ).toBe(true);
    expect(sameFilters({ sort: 'audience', dir: 'desc' }, { sort: 'audience' })).toBe(false);
    expect(normaliseFilters({ dir: 'desc' })).toEqual({});
  });
});

describe('view columns and names', () => {
  it('offer every column of the table but the selection and the name', () => {
    expect([...OPTIONAL_COLUMNS].sort()).toEqual(
      PRESENCE_COLUMNS.filter((c) => c !== 'select' && c !== 'name').sort(),
    );
    expect(viewColumnsSchema.safeParse(['name']).success).toBe(false);
    expect(viewColumnsSchema.safeParse(['owner', 'owner']).success).toBe(false);
    expect(viewColumnsSchema.parse(null)).toBeNull();
  });

  it('keep the table’s order, and read null as every column', () => {
    expect(normaliseColumns(['status', 'platform'])).toEqual(['platform', 'status']);
    expect(sameColumns(null, [...OPTIONAL_COLUMNS].reverse())).toBe(true);
    expect(sameColumns(null, ['platform'])).toBe(false);
  });

  it('trim names and refuse empty or overlong ones', () => {
    const input = (name: string) => viewInputSchema.safeParse({ page: 'presences', name, filters: {} });
    expect(input('  Mes pages  ').data?.name).toBe('Mes pages');
    expect(input('   ').success).toBe(false);
    expect(input('x'.repeat(81)).success).toBe(false);
    expect(input('x'.repeat(80)).success).toBe(true);
    expect(viewInputSchema.safeParse({ page: 'audits', name: 'x', filters: {} }).success).toBe(false);
    expect(viewPatchSchema.safeParse({}).success).toBe(false);
    expect(viewPatchSchema.safeParse({ page: 'presences' }).success).toBe(false);
  });
});
