// The demo organisation's users: one per role, each a person of the demo registry, all with the same
// published demo password (printed by `npm start`; never use the demo in production).
import type { GrantRow } from '../core/access';
import type { Q } from '../core/log';
import { appendChanges } from '../core/log';
import type { Role } from './model';
import { hashPassword } from './passwords';
import * as store from './store';

export const DEMO_PASSWORD = 'ombreval-demo-2026';

export interface DemoLogin {
  role: Role;
  login: string;
  name: string;
  /** What the grant covers, in words (a unit's name, or how many presences). */
  scope: string;
}

let hashed: Promise<string> | null = null;

interface PersonRow {
  id: number;
  name: string;
  email: string | null;
  unit_id: number | null;
  unit: string | null;
  unit_kind: string | null;
}

/**
 * Picks, from the demo registry, a person for each role and gives them a user. Existing logins are
 * left as they are (a reset keeps the organisation's own users and their passwords).
 */
export async function loadDemoUsers(trx: Q, at: string): Promise<DemoLogin[]> {
  const people: PersonRow[] = await trx
    .selectFrom('people as p')
    .leftJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.name', 'p.email', 'p.unit_id', 'u.name as unit', 'u.kind as unit_kind'])
    .where('p.status', '=', 'active')
    .where('p.email', 'is not', null)
    .orderBy('p.id')
    .execute();
  const owned = await trx
    .selectFrom('presences')
    .select(['id', 'owner_id', 'unit_id', 'status'])
    .where('status', 'not in', ['closed', 'archived'])
    .orderBy('id')
    .execute();
  const byOwner = new Map<number, number[]>();
  for (const p of owned) {
    if (p.owner_id === null) continue;
    byOwner.set(p.owner_id, [...(byOwner.get(p.owner_id) ?? []), p.id]);
  }
  const used = new Set<number>();
  const pick = (test: (p: PersonRow) => boolean) => {
    const p = people.find((x) => !used.has(x.id) && test(x));
    if (p) used.add(p.id);
    return p;
  };
  const hub = (p: PersonRow) => p.unit_kind === 'hub';
  const agency = (p: PersonRow) => p.unit_kind === 'agency';
  const plan: {
    role: Role;
    person: PersonRow | undefined;
    grants: (p: PersonRow) => GrantRow[];
    scope: (p: PersonRow) => string;
  }[] = [
    { role: 'admin', person: pick(hub), grants: () => [org('admin')], scope: () => '' },
    {
      role: 'unit_manager',
      person: pick((p) => p.unit_kind === 'business_unit'),
      grants: (p) => [{ role: 'unit_manager', unitId: p.unit_id, presenceId: null }],
      scope: (p) => p.unit ?? '',
    },
    {
      role: 'community_manager',
      person: pick((p) => !hub(p) && !agency(p) && (byOwner.get(p.id)?.length ?? 0) >= 2),
      grants: (p) =>
        (byOwner.get(p.id) ?? []).map((id) => ({ role: 'community_manager', unitId: null, presenceId: id })),
      scope: (p) => String(byOwner.get(p.id)?.length ?? 0),
    },
    {
      role: 'agency',
      person: pick((p) => agency(p) && (byOwner.get(p.id)?.length ?? 0) >= 1),
      grants: (p) =>
        (byOwner.get(p.id) ?? []).map((id) => ({ role: 'agency', unitId: null, presenceId: id })),
      scope: (p) => String(byOwner.get(p.id)?.length ?? 0),
    },
    { role: 'analyst', person: pick(hub), grants: () => [org('analyst')], scope: () => '' },
    { role: 'records_manager', person: pick(hub), grants: () => [org('records_manager')], scope: () => '' },
    { role: 'auditor', person: pick((p) => !agency(p)), grants: () => [org('auditor')], scope: () => '' },
  ];
  hashed ??= hashPassword(DEMO_PASSWORD);
  const hash = await hashed;
  const out: DemoLogin[] = [];
  for (const { role, person, grants, scope } of plan) {
    if (!person?.email) continue;
    const login = person.email;
    const existing = await store.userByLogin(trx, login);
    if (existing) {
      // Loaded again over a reset registry: the demo user finds its person and its scope again.
      await trx
        .updateTable('users')
        .set({ person_id: person.id, updated_at: at })
        .where('id', '=', existing.id)
        .execute();
      await store.replaceGrants(trx, existing.id, grants(person), at, 'demo');
    } else {
      const id = await store.insertUserRow(
        trx,
        { login, name: person.name, email: person.email, personId: person.id, passwordHash: hash },
        at,
      );
      const g = grants(person);
      await store.replaceGrants(trx, id, g, at, 'demo');
      await appendChanges(trx, [
        {
          at,
          actor: 'demo',
          entity: 'user',
          entity_id: id,
          action: 'create',
          diff: { login: [null, login], name: [null, person.name], grants: [null, g.map((x) => x.role)] },
          batch: 'demo',
          reason: null,
        },
      ]);
    }
    out.push({ role, login, name: person.name, scope: scope(person) });
  }
  return out;
}

function org(role: Role): GrantRow {
  return { role, unitId: null, presenceId: null };
}

/** The demo users present in the database, for `npm start` to print. */
export async function demoLogins(db: Q): Promise<DemoLogin[]> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('grants as g', 'g.user_id', 'u.id')
    .leftJoin('units as n', 'n.id', 'g.unit_id')
    .select(['u.login', 'u.name', 'g.role', 'n.name as unit', 'g.presence_id'])
    .where('u.status', '=', 'active')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('changes as c')
          .select('c.id')
          .whereRef('c.entity_id', '=', 'u.id')
          .where('c.entity', '=', 'user')
          .where('c.action', '=', 'create')
          .where('c.actor', '=', 'demo'),
      ),
    )
    .orderBy('u.id')
    .execute();
  const out = new Map<string, DemoLogin>();
  for (const r of rows) {
    const d = out.get(r.login);
    if (d) {
      if (r.presence_id !== null) d.scope = String(Number(d.scope) + 1);
      continue;
    }
    out.set(r.login, {
      role: r.role as Role,
      login: r.login,
      name: r.name,
      scope: r.unit ?? (r.presence_id !== null ? '1' : ''),
    });
  }
  return [...out.values()];
}
