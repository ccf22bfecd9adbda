// Unit fields offer only the units where the signed-in person may make the change (issue 12): the
// scope /api/me gives for the permission, as the server checks it; an admin is offered every unit.
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../src/registry/model';
import type { PermissionScope } from '../../../src/trust/model';
import { scopeCovers, unitsInScope } from './scope';
import { unitTree } from './units';

const unit = (
  id: number,
  name: string,
  parentId: number | null,
  kind: Unit['kind'] = 'business_unit',
): Unit => ({
  id,
  name,
  parentId,
  kind,
  country: null,
  aliases: [],
  version: 1,
  presences: 0,
  people: 0,
});

// Siège ─ Énergie ─ Solaire ─ Solaire Sud
//       └ Mobilité ─ Vélos
const tree = unitTree([
  unit(1, 'Siège', null, 'hub'),
  unit(2, 'Énergie', 1),
  unit(3, 'Solaire', 2),
  unit(4, 'Solaire Sud', 3),
  unit(5, 'Mobilité', 1),
  unit(6, 'Vélos', 5),
]);
const everywhere: PermissionScope = { all: true, unitIds: [], presenceIds: [] };
const energie: PermissionScope = { all: false, unitIds: [2, 3, 4], presenceIds: [] };
const twoPresences: PermissionScope = { all: false, unitIds: [], presenceIds: [10, 11] };
const shown = (nodes: { name: string; depth: number }[]) =>
  nodes.map((u) => `${'  '.repeat(u.depth)}${u.name}`);

describe('the units a change may go to', () => {
  it('are every unit for a permission held everywhere (an admin)', () => {
    expect(unitsInScope(tree, everywhere)).toEqual(tree);
  });

  it('are a unit manager’s units with their sub-units, moved up to where their parent is not offered', () => {
    expect(shown(unitsInScope(tree, energie))).toEqual(['Énergie', '  Solaire', '    Solaire Sud']);
  });

  it('keep the unit the record is in now, though it may not be chosen', () => {
    expect(shown(unitsInScope(tree, energie, 6))).toEqual([
      'Énergie',
      '  Solaire',
      '    Solaire Sud',
      'Vélos',
    ]);
    // Already one of the scope's: nothing added.
    expect(unitsInScope(tree, energie, 3)).toHaveLength(3);
  });

  it('are none but the current one for a community manager (named presences, no unit)', () => {
    expect(unitsInScope(tree, twoPresences)).toEqual([]);
    expect(shown(unitsInScope(tree, twoPresences, 5))).toEqual(['Mobilité']);
  });

  it('are none for a permission not held', () => {
    expect(unitsInScope(tree, undefined)).toEqual([]);
    expect(shown(unitsInScope(tree, undefined, 4))).toEqual(['Solaire Sud']);
  });
});

describe('whether a permission covers a presence or a unit', () => {
  it('decides as the server does, from the scope /api/me gives', () => {
    expect(scopeCovers(everywhere, { presenceId: 99, unitId: null })).toBe(true);
    expect(scopeCovers(energie, { presenceId: 99, unitId: 4 })).toBe(true);
    expect(scopeCovers(energie, { presenceId: 99, unitId: 5 })).toBe(false);
    expect(scopeCovers(energie, { unitId: null })).toBe(false);
    expect(scopeCovers(twoPresences, { presenceId: 10, unitId: 5 })).toBe(true);
    expect(scopeCovers(twoPresences, { presenceId: 12, unitId: 5 })).toBe(false);
    expect(scopeCovers(undefined, { presenceId: 10 })).toBe(false);
  });
});
