// Where an audit lives for scopes: the unit it covers (organisation-wide audits are the hub's).
// Asked by the routes' guards and by the CLI.
import type { Access, Permission, Target } from '../core/access';
import type { Db } from '../core/db';

export async function auditTargetOf(h: Db, id: number): Promise<Target | null> {
  const row = await h.db.selectFrom('audits').select('unit_id').where('id', '=', id).executeTakeFirst();
  return row ? { id, unitId: row.unit_id } : null;
}

/** Throws unless the user holds the permission over this audit (unknown audits fall through). */
export async function requireOnAudit(
  h: Db,
  access: Access,
  permission: Permission,
  id: number,
): Promise<void> {
  access.require(permission);
  const target = await auditTargetOf(h, id);
  if (target) access.requireOn(permission, target, 'audit.not_found');
}

/** The audits a user may read: all of them, or those of their units. */
export function readableAudits<T extends { unitId: number | null }>(access: Access, audits: T[]): T[] {
  const scope = access.scope('audit.read');
  return scope.all ? audits : audits.filter((a) => a.unitId !== null && scope.unitIds.has(a.unitId));
}
