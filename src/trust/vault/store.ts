// The vault's tables (Kysely only, both dialects): the master key's check value, the wrapped data
// keys, the sealed secrets; and the presence's custody fields as the vault reads them.
import type { Q } from '../../core/log';

export type { Q };

// ---------- meta

export async function getKeyCheck(db: Q): Promise<string | null> {
  const row = await db.selectFrom('vault_meta').select('key_check').where('id', '=', 1).executeTakeFirst();
  return row?.key_check ?? null;
}

export async function setKeyCheck(db: Q, keyCheck: string, at: string): Promise<void> {
  const done = await db
    .updateTable('vault_meta')
    .set({ key_check: keyCheck })
    .where('id', '=', 1)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) {
    // Two first secrets at once: the other one's check value (the same text under the same key) stands.
    await db
      .insertInto('vault_meta')
      .values({ id: 1, key_check: keyCheck, created_at: at })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

// ---------- data keys

export interface KeyRow {
  id: number;
  unit_id: number | null;
  wrapped: string;
}

/** The key new secrets of a unit (or of presences without a unit) are sealed with. */
export async function keyForUnit(db: Q, unitId: number | null): Promise<KeyRow | null> {
  let q = db.selectFrom('vault_keys').select(['id', 'unit_id', 'wrapped']);
  q = unitId === null ? q.where('unit_id', 'is', null) : q.where('unit_id', '=', unitId);
  const row = await q.orderBy('id').limit(1).executeTakeFirst();
  return row ? norm(row) : null;
}

export async function getKey(db: Q, id: number): Promise<KeyRow | null> {
  const row = await db
    .selectFrom('vault_keys')
    .select(['id', 'unit_id', 'wrapped'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? norm(row) : null;
}

export async function listKeys(db: Q): Promise<KeyRow[]> {
  const rows = await db.selectFrom('vault_keys').select(['id', 'unit_id', 'wrapped']).orderBy('id').execute();
  return rows.map(norm);
}

/**
 * A key row, its wrapped key written just after (the wrapping binds to the row id, known only once
 * inserted). Null when another transaction has just created the unit's key: on PostgreSQL the insert
 * waits for that transaction and then yields, and the caller reads the key it committed.
 */
export async function insertKey(db: Q, unitId: number | null, at: string): Promise<number | null> {
  const row = await db
    .insertInto('vault_keys')
    .values({ unit_id: unitId, wrapped: '', created_at: at })
    .onConflict((oc) => oc.column('unit_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row ? Number(row.id) : null;
}

export async function setWrapped(db: Q, id: number, wrapped: string): Promise<void> {
  await db.updateTable('vault_keys').set({ wrapped }).where('id', '=', id).execute();
}

/**
 * Detaches a unit's key from the unit (before the unit is deleted): the key stays, so the secrets
 * sealed with it still open (they name their key by id); new secrets get the new unit's key.
 */
export async function releaseUnitKey(db: Q, unitId: number): Promise<void> {
  await db.updateTable('vault_keys').set({ unit_id: null }).where('unit_id', '=', unitId).execute();
}

/** Forgets every key and the check value (only when no secret is sealed: nothing depends on them). */
export async function resetEmptyVault(db: Q): Promise<void> {
  await db.deleteFrom('vault_keys').execute();
  await db.deleteFrom('vault_meta').execute();
}

function norm(r: { id: number; unit_id: number | null; wrapped: string }): KeyRow {
  return { id: Number(r.id), unit_id: r.unit_id === null ? null : Number(r.unit_id), wrapped: r.wrapped };
}

// ---------- secrets

export interface SecretRow {
  id: number;
  presence_id: number;
  kind: string;
  key_id: number;
  sealed: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export interface SecretMeta {
  kind: string;
  updatedAt: string;
  updatedBy: string;
}

export async function getSecret(db: Q, presenceId: number, kind: string): Promise<SecretRow | null> {
  const row = await db
    .selectFrom('secrets')
    .selectAll()
    .where('presence_id', '=', presenceId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row ? normSecret(row) : null;
}

export async function listSecretMeta(db: Q, presenceId: number): Promise<SecretMeta[]> {
  const rows = await db
    .selectFrom('secrets')
    .select(['kind', 'updated_at', 'updated_by'])
    .where('presence_id', '=', presenceId)
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind, updatedAt: r.updated_at, updatedBy: r.updated_by }));
}

export async function insertSecret(
  db: Q,
  v: { presence_id: number; kind: string; key_id: number; sealed: string; at: string; by: string },
): Promise<number> {
  const row = await db
    .insertInto('secrets')
    .values({
      presence_id: v.presence_id,
      kind: v.kind,
      key_id: v.key_id,
      sealed: v.sealed,
      created_at: v.at,
      updated_at: v.at,
      updated_by: v.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function updateSecret(
  db: Q,
  id: number,
  v: { key_id: number; sealed: string; at: string; by: string },
): Promise<void> {
  await db
    .updateTable('secrets')
    .set({ key_id: v.key_id, sealed: v.sealed, updated_at: v.at, updated_by: v.by })
    .where('id', '=', id)
    .execute();
}

export async function deleteSecret(db: Q, id: number): Promise<void> {
  await db.deleteFrom('secrets').where('id', '=', id).execute();
}

/** Every secret (for rotation's check), in pages. */
export async function secretsAfter(db: Q, afterId: number, limit: number): Promise<SecretRow[]> {
  const rows = await db
    .selectFrom('secrets')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(normSecret);
}

function normSecret(r: SecretRow): SecretRow {
  return { ...r, id: Number(r.id), presence_id: Number(r.presence_id), key_id: Number(r.key_id) };
}

export async function counts(db: Q): Promise<{ secrets: number; keys: number; presences: number }> {
  const s = await db
    .selectFrom('secrets')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('presence_id').distinct().as('p')])
    .executeTakeFirst();
  const k = await db
    .selectFrom('vault_keys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return { secrets: Number(s?.n ?? 0), presences: Number(s?.p ?? 0), keys: Number(k?.n ?? 0) };
}

export async function countByKind(db: Q): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('secrets')
    .select((eb) => ['kind', eb.fn.countAll<number>().as('n')])
    .groupBy('kind')
    .orderBy('kind')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
}

// ---------- the presence, as custody sees it

export interface CustodyRow {
  id: number;
  unit_id: number | null;
  custodian_id: number | null;
  custodian: string | null;
  custodian_status: string | null;
  mfa: string;
  recovery_contact: string;
}

export async function custodyRow(db: Q, presenceId: number): Promise<CustodyRow | null> {
  const row = await db
    .selectFrom('presences as p')
    .leftJoin('people as c', 'c.id', 'p.custodian_id')
    .select([
      'p.id',
      'p.unit_id',
      'p.custodian_id',
      'c.name as custodian',
      'c.status as custodian_status',
      'p.mfa',
      'p.recovery_contact',
    ])
    .where('p.id', '=', presenceId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    ...row,
    id: Number(row.id),
    unit_id: row.unit_id === null ? null : Number(row.unit_id),
    custodian_id: row.custodian_id === null ? null : Number(row.custodian_id),
    custodian: row.custodian ?? null,
    custodian_status: row.custodian_status ?? null,
  };
}
