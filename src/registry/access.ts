// Who may change what in the registry, and see whom. Asked by the registry's services and by every
// capability that changes a presence (the audit's decisions, leavers' reassignments), whatever called
// them (a route, a command), so that a scope holds even where a route forgot it. Pure: the callers
// bring the rows.
import { type Access, forbidden, type Permission, type Target } from '../core/access';
import { Forbidden, NotFound } from '../core/errors';
import { fill } from '../core/i18n';
import { registryMessages as M } from './messages';

/** A presence as scopes see it. */
export function presenceTarget(p: {
  id: number;
  unitId: number | null;
  custodianId?: number | null;
}): Target {
  return { id: p.id, presenceId: p.id, unitId: p.unitId, custodianId: p.custodianId ?? null };
}

/** The user may do this to this presence: 404 when they cannot see it, 403 when they see it only. */
export function requireOnPresence(access: Access, permission: Permission, p: Target): void {
  access.require(permission);
  access.requireOn(permission, p, 'presence.not_found');
}

/** Something placed in a unit (a presence, a person, a sub-unit) must land within the user's scope. */
export function requireUnitInScope(access: Access, permission: Permission, unitId: number | null): void {
  if (!access.covers(permission, { unitId })) throw forbidden(permission);
}

/** What a change says about the people and the unit of a presence. */
export interface Assignment {
  unitId?: number | null;
  ownerId?: number | null;
  deputyId?: number | null;
  custodianId?: number | null;
}

/**
 * The rules every change of a presence's unit, people or custodian follows, whoever makes it:
 * - a move lands in a unit the user holds `permission` over;
 * - the people named are people the user may see (`visible`; null: everyone), else they are unknown;
 * - choosing the custodian (who may then reveal the credentials) needs `custody.assign` over the
 *   presence, and nobody may name themselves.
 * `current` is the presence as it is now (null when it is being created).
 */
export function checkAssignment(
  access: Access,
  permission: Permission,
  current: (Target & { ownerId?: number | null; deputyId?: number | null }) | null,
  change: Assignment,
  visible: ReadonlySet<number> | null,
): void {
  const unitNow = current?.unitId ?? null;
  if (change.unitId !== undefined && (current === null || change.unitId !== unitNow)) {
    requireUnitInScope(access, permission, change.unitId);
  }
  const custodian = change.custodianId;
  if (custodian !== undefined && custodian !== (current?.custodianId ?? null)) {
    const where: Target = current ?? { unitId: change.unitId ?? null };
    if (!access.covers('custody.assign', where)) throw forbidden('custody.assign');
    if (custodian !== null && access.personId !== null && custodian === access.personId) {
      throw new Forbidden('custody.self_assign', fill(M['custody.self_assign'].en), {});
    }
  }
  const named: [keyof Assignment, number | null | undefined][] = [
    ['ownerId', current?.ownerId],
    ['deputyId', current?.deputyId],
    ['custodianId', current?.custodianId],
  ];
  for (const [field, before] of named) {
    const id = change[field];
    if (id === undefined || id === null || id === (before ?? null)) continue;
    if (visible && !visible.has(id)) {
      throw new NotFound('person.not_found', fill(M['person.not_found'].en, { id }), { id });
    }
  }
}

/**
 * The people a user may see and name: everyone for organisation-wide readers; otherwise the people
 * of their units and the people named on their presences. Null means everyone.
 */
export function visiblePeople(
  access: Access,
  people: readonly { id: number; unitId: number | null }[],
  presences: readonly { ownerId: number | null; deputyId: number | null; custodianId: number | null }[],
): Set<number> | null {
  const scope = access.scope('registry.read');
  if (scope.all) return null;
  const out = new Set<number>();
  for (const p of people) if (p.unitId !== null && scope.unitIds.has(p.unitId)) out.add(p.id);
  for (const p of presences) {
    for (const id of [p.ownerId, p.deputyId, p.custodianId]) if (id !== null) out.add(id);
  }
  return out;
}

/**
 * The units a user may see: every unit for organisation-wide readers; otherwise their units (with
 * sub-units) and the units of their presences. Null means every unit.
 */
export function visibleUnits(
  access: Access,
  presences: readonly { unitId: number | null }[],
): Set<number> | null {
  const scope = access.scope('registry.read');
  if (scope.all) return null;
  const out = new Set<number>(scope.unitIds);
  for (const p of presences) if (p.unitId !== null) out.add(p.unitId);
  return out;
}
