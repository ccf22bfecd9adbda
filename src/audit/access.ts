// Where the audit's objects live for scopes: an audit by the unit it covers (organisation-wide
// audits are the hub's, seen by organisation-wide roles only), a task or a KPI by its presence.
// Asked by the routes' gates and by the CLI.
import type { Access, Permission, Target } from '../core/access';
import type { Db } from '../core/db';
import { NotFound } from '../core/errors';
import { objectKind } from '../core/guard';
import type { Q } from '../registry/store';

export async function auditTargetOf(db: Q, id: number): Promise<Target | null> {
  const row = await db.selectFrom('audits').select('unit_id').where('id', '=', id).executeTakeFirst();
  return row ? { id, unitId: row.unit_id } : null;
}

/** Where a task or a KPI lives: its presence (and the presence's unit). */
function scopedByPresence(
  id: number,
  row: { presence_id: number | null; unit_id: number | null } | undefined,
) {
  return row ? { id, presenceId: row.presence_id, unitId: row.unit_id } : null;
}

export async function taskTargetOf(db: Q, id: number): Promise<Target | null> {
  const row = await db
    .selectFrom('audit_tasks as t')
    .leftJoin('presences as p', 'p.id', 't.presence_id')
    .select(['t.presence_id', 'p.unit_id'])
    .where('t.id', '=', id)
    .executeTakeFirst();
  return scopedByPresence(id, row);
}

export async function kpiTargetOf(db: Q, id: number): Promise<Target | null> {
  const row = await db
    .selectFrom('kpis as k')
    .leftJoin('presences as p', 'p.id', 'k.presence_id')
    .select(['k.presence_id', 'p.unit_id'])
    .where('k.id', '=', id)
    .executeTakeFirst();
  return scopedByPresence(id, row);
}

export const AUDIT = objectKind('audit.not_found', (c, id) => auditTargetOf(c.get('services').db.db, id));
export const TASK = objectKind('audit.task_not_found', (c, id) => taskTargetOf(c.get('services').db.db, id));
export const KPI = objectKind('audit.kpi_not_found', (c, id) => kpiTargetOf(c.get('services').db.db, id));

/** Throws unless the user holds the permission over this audit; an unknown audit is not found. */
export async function requireOnAudit(
  h: Db,
  access: Access,
  permission: Permission,
  id: number,
): Promise<void> {
  access.require(permission);
  const target = await auditTargetOf(h.db, id);
  if (!target) throw new NotFound('audit.not_found', 'Not found.', { id });
  access.requireOn(permission, target, 'audit.not_found');
}

/** The audits a user may read: all of them, or those of their units. */
export function readableAudits<T extends { unitId: number | null }>(access: Access, audits: T[]): T[] {
  const scope = access.scope('audit.read');
  return scope.all ? audits : audits.filter((a) => a.unitId !== null && scope.unitIds.has(a.unitId));
}
