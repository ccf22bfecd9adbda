// Who may do what, and where: roles, permissions, and the access of one user computed from their
// grants and the unit tree. Pure (no I/O) and in core because every capability's routes and commands
// ask it; the trust capability (src/trust) stores users, grants and sessions.
import { Forbidden, NotFound } from './errors';

/**
 * Roles, as the organisation is built (hub and spokes): the central team administers; unit managers
 * run a unit and its sub-units; community managers and agencies work on named presences; analysts
 * read everything measured; records managers keep published content as records; auditors read
 * everything, including the change log, and change nothing.
 */
export const ROLES = [
  'admin',
  'unit_manager',
  'community_manager',
  'analyst',
  'records_manager',
  'auditor',
  'agency',
] as const;
export type Role = (typeof ROLES)[number];

/** How a role's grant is scoped: the whole organisation, a unit (with its sub-units), or one presence. */
export const ROLE_SCOPE: Record<Role, 'organisation' | 'unit' | 'presence'> = {
  admin: 'organisation',
  unit_manager: 'unit',
  community_manager: 'presence',
  analyst: 'organisation',
  records_manager: 'organisation',
  auditor: 'organisation',
  agency: 'presence',
};

/**
 * What a request may do. A route names one permission; a grant gives its role's permissions over
 * its scope. Reads of one object out of scope answer 404 (the object's existence is not disclosed).
 */
export const PERMISSIONS = [
  /** Presences, their history, units, people, the overview, platforms, URL resolution. */
  'registry.read',
  /** Add presences (unit managers in their units). */
  'presence.create',
  /** Edit a presence. */
  'presence.edit',
  /** Delete presences, edit many at once. */
  'presence.delete',
  /** Units and people. */
  'organisation.manage',
  /** Import an inventory file (creates units and people, any unit). */
  'inventory.import',
  /** Download data out of Vigie: inventory export, audit report, posts, change-log export. */
  'export',
  /** Read posts, metrics, data imports. */
  'data.read',
  /** Import a platform's data export onto a presence. */
  'data.import',
  /** Read audits, their items, tasks, progress, KPIs, rules and templates. */
  'audit.read',
  /** Run an audit, decide on its items. */
  'audit.run',
  /** Edit the audit rules and message templates. */
  'audit.settings',
  /** Move a plan task, add or remove KPIs. */
  'plan.update',
  /** Read the change log. */
  'log.read',
  /** Users, their roles, password resets, unlocking. */
  'users.manage',
  /** See who holds the credentials, whether MFA is on, which secrets are stored (never their value). */
  'custody.read',
  /**
   * Choose who holds a presence's credentials (its custodian, who may then reveal them). Never for
   * oneself: the services refuse a user naming themselves, whatever their role.
   */
  'custody.assign',
  /** Store or replace a secret; the service also accepts the presence's custodian. */
  'vault.write',
  /** Reveal a secret (with a reason); the service also requires being an admin or the custodian. */
  'vault.reveal',
  /** Leavers' reassignment tasks. */
  'reassign.manage',
  /** Publish policies and see who has acknowledged them. */
  'policies.manage',
  /** Back up the whole database, or restore it from a backup (admins only: it holds everything). */
  'system.backup',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The matrix the issue defines, one row per role. Routes not needing a permission: sign-in, me, policies to read. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  unit_manager: [
    'registry.read',
    'presence.create',
    'presence.edit',
    'presence.delete',
    'organisation.manage',
    'export',
    'data.read',
    'data.import',
    'audit.read',
    'audit.run',
    'plan.update',
    'custody.read',
    'custody.assign',
    'vault.write',
    'vault.reveal',
    'reassign.manage',
  ],
  community_manager: [
    'registry.read',
    'presence.edit',
    'export',
    'data.read',
    'data.import',
    'audit.read',
    'plan.update',
    'custody.read',
    'vault.write',
    'vault.reveal',
  ],
  analyst: ['registry.read', 'export', 'data.read', 'audit.read'],
  records_manager: ['registry.read', 'export', 'data.read', 'data.import', 'audit.read'],
  auditor: ['registry.read', 'export', 'data.read', 'audit.read', 'log.read', 'custody.read'],
  agency: ['registry.read', 'presence.edit', 'data.read', 'data.import', 'vault.reveal'],
};

/** Where a permission applies: everywhere, or in some units (with sub-units) and named presences. */
export interface Scope {
  all: boolean;
  unitIds: ReadonlySet<number>;
  presenceIds: ReadonlySet<number>;
}

/** A presence (or anything attached to one) as scopes see it. */
export interface Target {
  /** The object's own id, for the not-found message. */
  id?: number;
  presenceId?: number | null;
  unitId?: number | null;
  /** Who holds the presence's credentials (the custodian passes some gates). */
  custodianId?: number | null;
  /**
   * An object that belongs to one user (an import job they started): only that user is covered,
   * whatever their scope.
   */
  ownerUserId?: number;
}

export interface GrantRow {
  role: Role;
  unitId: number | null;
  presenceId: number | null;
}

export interface Access {
  userId: number | null;
  /** How changes are signed in the log: the user's login, or `cli:…`/`system`. */
  actor: string;
  /** The registry person this user is (custodian checks). */
  personId: number | null;
  roles: Role[];
  isAdmin: boolean;
  /** The role grants this permission over at least part of the organisation. */
  can(permission: Permission): boolean;
  scope(permission: Permission): Scope;
  /** The permission covers this presence or unit. */
  covers(permission: Permission, target: Target): boolean;
  /** Throws Forbidden when the permission is not held at all. */
  require(permission: Permission): void;
  /**
   * Throws when the target is out of scope: NotFound (its existence is not disclosed) when the
   * user cannot even read it, Forbidden when they can read it but not do this.
   */
  requireOn(permission: Permission, target: Target, notFoundCode?: string): void;
}

const EMPTY: Scope = { all: false, unitIds: new Set(), presenceIds: new Set() };
const EVERYTHING: Scope = { all: true, unitIds: new Set(), presenceIds: new Set() };

/** Units with all their descendants, from `(id, parentId)` pairs. */
export function descendants(units: { id: number; parentId: number | null }[], roots: number[]): Set<number> {
  const children = new Map<number, number[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const out = new Set<number>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop() as number;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

export function buildAccess(input: {
  userId: number | null;
  actor: string;
  personId: number | null;
  grants: GrantRow[];
  units: { id: number; parentId: number | null }[];
}): Access {
  const scopes = new Map<Permission, { all: boolean; unitIds: Set<number>; presenceIds: Set<number> }>();
  const unitRoots = new Map<Permission, number[]>();
  for (const g of input.grants) {
    for (const p of ROLE_PERMISSIONS[g.role] ?? []) {
      const s = scopes.get(p) ?? { all: false, unitIds: new Set<number>(), presenceIds: new Set<number>() };
      const kind = ROLE_SCOPE[g.role];
      if (kind === 'organisation') s.all = true;
      else if (kind === 'unit' && g.unitId !== null)
        unitRoots.set(p, [...(unitRoots.get(p) ?? []), g.unitId]);
      else if (kind === 'presence' && g.presenceId !== null) s.presenceIds.add(g.presenceId);
      scopes.set(p, s);
    }
  }
  for (const [p, roots] of unitRoots) {
    const s = scopes.get(p);
    if (s) s.unitIds = descendants(input.units, roots);
  }
  const roles = [...new Set(input.grants.map((g) => g.role))];
  const scope = (p: Permission): Scope => {
    const s = scopes.get(p);
    if (!s) return EMPTY;
    return s.all ? EVERYTHING : s;
  };
  const can = (p: Permission) => {
    const s = scopes.get(p);
    return Boolean(s && (s.all || s.unitIds.size || s.presenceIds.size));
  };
  const covers = (p: Permission, t: Target) => {
    const s = scope(p);
    if (t.ownerUserId !== undefined) return can(p) && t.ownerUserId === input.userId;
    if (s.all) return true;
    if (t.presenceId != null && s.presenceIds.has(t.presenceId)) return true;
    return t.unitId != null && s.unitIds.has(t.unitId);
  };
  return {
    userId: input.userId,
    actor: input.actor,
    personId: input.personId,
    roles,
    isAdmin: roles.includes('admin'),
    can,
    scope,
    covers,
    require(p) {
      if (!can(p)) throw forbidden(p);
    },
    requireOn(p, t, notFoundCode = 'presence.not_found') {
      if (covers(p, t)) return;
      if (!covers('registry.read', t)) {
        // The same answer as for an id that does not exist (its id as text too): a refusal must not
        // tell which ids exist.
        const id = String(t.id ?? t.presenceId ?? t.unitId ?? '');
        throw new NotFound(notFoundCode, 'Not found.', { id });
      }
      throw forbidden(p);
    },
  };
}

export function forbidden(p: Permission): Forbidden {
  return new Forbidden('access.forbidden', `Your role does not allow this (${p}).`, { permission: p });
}

/** The local operator of a database without any user yet (first start): may do everything. */
export function operatorAccess(actor: string): Access {
  return buildAccess({
    userId: null,
    actor,
    personId: null,
    grants: [{ role: 'admin', unitId: null, presenceId: null }],
    units: [],
  });
}

/** Whether a scope is narrower than everything, as list filters want it (null: no filter). */
export function scopeFilter(s: Scope): { unitIds: number[]; presenceIds: number[] } | null {
  return s.all ? null : { unitIds: [...s.unitIds], presenceIds: [...s.presenceIds] };
}
