// Where the signed-in person may make a change, as /api/me says it (src/trust/model.ts `scopes`, the
// server's own scope check): which presences a permission covers, and which units a unit field
// offers for a change. The server refuses the rest anyway; the app just stops offering it.
import type { Target } from '../../../src/core/access';
import type { PermissionScope } from '../../../src/trust/model';
import type { UnitNode } from './units';

/** Whether a permission (its scope from /me; undefined: not held) covers this presence or unit. */
export function scopeCovers(scope: PermissionScope | undefined, target: Target): boolean {
  if (!scope) return false;
  if (scope.all) return true;
  if (target.presenceId != null && scope.presenceIds.includes(target.presenceId)) return true;
  return target.unitId != null && scope.unitIds.includes(target.unitId);
}

/**
 * The units a change may put something in: all of them where the permission applies everywhere,
 * else the units of its scope (their sub-units are listed there, as the server counts them), plus
 * `keep`, the unit the record is in now (shown, though it could not be chosen). A unit whose parent
 * is left out moves up, so that nothing is indented under a unit that is not there.
 */
export function unitsInScope(
  tree: readonly UnitNode[],
  scope: PermissionScope | undefined,
  keep: number | null = null,
): UnitNode[] {
  if (scope?.all) return [...tree];
  const allowed = new Set(scope?.unitIds ?? []);
  const out: UnitNode[] = [];
  // Tree order is depth first: `kept[d]` says whether the current ancestor at depth d is offered.
  const kept: boolean[] = [];
  for (const u of tree) {
    kept.length = u.depth;
    const offered = allowed.has(u.id) || u.id === keep;
    if (offered) out.push({ ...u, depth: kept.filter(Boolean).length });
    kept.push(offered);
  }
  return out;
}

/** Whether a change may leave the unit empty: only where the permission applies everywhere. */
export function mayLeaveUnitEmpty(scope: PermissionScope | undefined): boolean {
  return Boolean(scope?.all);
}
