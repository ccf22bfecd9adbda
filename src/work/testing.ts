// For tests: a small organisation with audit tasks assigned to people. Two units (north, south); a
// community manager, Camille, whose grant names presence `mine` only; tasks of hers on `mine` (one
// overdue, one due soon with a message, one later, one done), one of hers on `elsewhere` (a presence
// of the south unit her grant does not name), and one of another person, Dominique, on `mine`.
import { type Access, buildAccess, type GrantRow } from '../core/access';
import type { Db } from '../core/db';
import { insertUserRow } from '../trust/store';
import { unit } from '../trust/vault/testing';

const AT = '2026-11-01T08:00:00.000Z';
/** The day the fixture's due dates are relative to. */
export const TODAY = '2026-11-10';

export interface WorkWorld {
  units: { north: number; south: number };
  people: { camille: number; dominique: number };
  presences: { mine: number; other: number; elsewhere: number };
  auditId: number;
  tasks: {
    overdue: number;
    soon: number;
    later: number;
    done: number;
    outOfScope: number;
    othersTask: number;
  };
}

async function person(h: Db, name: string, email: string, unitId: number): Promise<number> {
  const r = await h.db
    .insertInto('people')
    .values({
      name,
      name_key: name.toLowerCase(),
      email,
      unit_id: unitId,
      job_title: null,
      status: 'active',
      left_on: null,
      created_at: AT,
      updated_at: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

async function presence(h: Db, handle: string, unitId: number, ownerId: number): Promise<number> {
  const r = await h.db
    .insertInto('presences')
    .values({
      platform: 'x',
      handle,
      handle_key: handle,
      url: `https://x.com/${handle}`,
      name: `Compte ${handle}`,
      unit_id: unitId,
      owner_id: ownerId,
      deputy_id: null,
      custodian_id: null,
      objective: null,
      status: 'active',
      languages: '["fr"]',
      audience: null,
      audience_on: null,
      created_on: null,
      last_activity_on: null,
      mfa: 'unknown',
      recovery_contact: 'unknown',
      tags: '[]',
      notes: null,
      bio: null,
      created_at: AT,
      updated_at: AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function workWorld(h: Db): Promise<WorkWorld> {
  const north = await unit(h, 'Nord');
  const south = await unit(h, 'Sud');
  const camille = await person(h, 'Camille Roux', 'camille.roux@example.org', north);
  const dominique = await person(h, 'Dominique Petit', 'dominique.petit@example.org', north);
  const mine = await presence(h, 'nord_officiel', north, camille);
  const other = await presence(h, 'nord_autre', north, dominique);
  const elsewhere = await presence(h, 'sud_officiel', south, camille);
  const audit = await h.db
    .insertInto('audits')
    .values({
      name: 'Audit test',
      unit_id: null,
      as_of: '2026-11-01',
      status: 'open',
      rules: '{}',
      previous_id: null,
      created_at: AT,
      created_by: 'test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const auditId = Number(audit.id);
  const task = async (
    presenceId: number,
    ownerId: number,
    dueOn: string,
    kind: string,
    extra: { status?: string; message?: string | null; params?: object } = {},
  ) => {
    const r = await h.db
      .insertInto('audit_tasks')
      .values({
        audit_id: auditId,
        presence_id: presenceId,
        kind,
        step: 1,
        params: JSON.stringify(extra.params ?? {}),
        message: extra.message ?? null,
        owner_id: ownerId,
        due_on: dueOn,
        status: extra.status ?? 'todo',
        created_at: AT,
        updated_at: AT,
        updated_by: 'test',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(r.id);
  };
  const tasks = {
    later: await task(mine, camille, '2026-12-01', 'measure_followers', {
      params: { target: 'Nord', from: '2026-11-01', to: '2026-12-01' },
    }),
    soon: await task(mine, camille, '2026-11-12', 'post_redirect', {
      status: 'doing',
      params: { target: '@nord_principal' },
      message: 'Nous déménageons : suivez-nous sur @nord_principal <b>!</b>',
    }),
    overdue: await task(mine, camille, '2026-11-05', 'export_archive'),
    done: await task(mine, camille, '2026-11-03', 'revoke_access', { status: 'done' }),
    outOfScope: await task(elsewhere, camille, '2026-11-04', 'delete_or_lock'),
    othersTask: await task(other, dominique, '2026-11-04', 'update_bio', { params: { target: '@x' } }),
  };
  return {
    units: { north, south },
    people: { camille, dominique },
    presences: { mine, other, elsewhere },
    auditId,
    tasks,
  };
}

/** Camille's grant: community manager of her `mine` presence only. */
export function camilleGrants(w: WorkWorld): GrantRow[] {
  return [{ role: 'community_manager', unitId: null, presenceId: w.presences.mine }];
}

/** A user of Camille (linked to her person unless `personId` says otherwise), with these grants. */
export async function accessFor(
  h: Db,
  w: WorkWorld,
  opts: { login?: string; grants?: GrantRow[]; personId?: number | null } = {},
): Promise<Access> {
  const login = opts.login ?? `camille-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const personId = opts.personId === undefined ? w.people.camille : opts.personId;
  const userId = await insertUserRow(
    h.db,
    { login, name: 'Camille Roux', email: login, personId, passwordHash: null },
    AT,
  );
  const units = await h.db.selectFrom('units').select(['id', 'parent_id']).execute();
  const grants = opts.grants ?? camilleGrants(w);
  if (grants.length)
    await h.db
      .insertInto('grants')
      .values(
        grants.map((g) => ({
          user_id: userId,
          role: g.role,
          unit_id: g.unitId,
          presence_id: g.presenceId,
          created_at: AT,
          created_by: 'test',
        })),
      )
      .execute();
  return buildAccess({
    userId,
    actor: login,
    personId,
    grants,
    units: units.map((u) => ({
      id: Number(u.id),
      parentId: u.parent_id === null ? null : Number(u.parent_id),
    })),
  });
}
