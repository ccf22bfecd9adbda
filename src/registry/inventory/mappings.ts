// The value mappings remembered per source (migration 008): read at each preview and import of the
// same source, written by a successful import in its own transaction, forgotten one by one. Every
// change goes to the change log (entity `value_mapping`).
import type { Kysely, Selectable } from 'kysely';
import { nowIso } from '../../core/clock';
import { NotFound } from '../../core/errors';
import { appendChanges, type ChangeValues, type Q } from '../../core/log';
import type { Database, InventoryValueMappingTable } from '../../core/schema';
import { isMappable, type MappableField, type ValueMappingEntry, valueKey } from './valuemap';

export interface RememberedMapping {
  id: number;
  source: string;
  field: MappableField;
  value: string;
  meaning: string;
  setBy: string;
  setAt: string;
}

function toMapping(r: Selectable<InventoryValueMappingTable>): RememberedMapping | null {
  if (!isMappable(r.field)) return null;
  return {
    id: Number(r.id),
    source: r.source,
    field: r.field,
    value: r.value,
    meaning: r.meaning,
    setBy: r.set_by,
    setAt: r.set_at,
  };
}

/** The mappings of one source, or of every source; by source, field and value. */
export async function listMappings(db: Q, source?: string): Promise<RememberedMapping[]> {
  let q = db.selectFrom('inventory_value_mappings').selectAll();
  if (source !== undefined) q = q.where('source', '=', source);
  const rows = await q.orderBy('source').orderBy('field').orderBy('value_key').execute();
  return rows.map(toMapping).filter((m): m is RememberedMapping => m !== null);
}

export async function findMapping(db: Q, id: number): Promise<RememberedMapping | null> {
  const row = await db
    .selectFrom('inventory_value_mappings')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toMapping(row) : null;
}

/**
 * Remembers what a person said the values of a source mean, in the caller's transaction (an
 * import's): new values are added, changed meanings replace the old ones, both logged.
 */
export async function rememberMappings(
  trx: Q,
  source: string,
  entries: readonly ValueMappingEntry[],
  actor: string,
  batch: string | null,
): Promise<number> {
  if (!entries.length) return 0;
  const at = nowIso();
  const existing = new Map(
    (await listMappings(trx, source)).map((m) => [`${m.field}|${valueKey(m.value)}`, m] as const),
  );
  const changes: ChangeValues[] = [];
  for (const e of entries) {
    const key = valueKey(e.value);
    const before = existing.get(`${e.field}|${key}`);
    if (before?.meaning === e.meaning) continue;
    if (before) {
      await trx
        .updateTable('inventory_value_mappings')
        .set({ meaning: e.meaning, set_by: actor, set_at: at })
        .where('id', '=', before.id)
        .execute();
      changes.push(change(at, actor, before.id, 'update', { meaning: [before.meaning, e.meaning] }, batch));
      continue;
    }
    const row = await trx
      .insertInto('inventory_value_mappings')
      .values({
        source,
        field: e.field,
        value_key: key,
        value: e.value,
        meaning: e.meaning,
        set_by: actor,
        set_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const diff: Record<string, [unknown, unknown]> = {
      source: [null, source],
      field: [null, e.field],
      value: [null, e.value],
      meaning: [null, e.meaning],
    };
    changes.push(change(at, actor, Number(row.id), 'create', diff, batch));
  }
  await appendChanges(trx, changes);
  return changes.length;
}

/** Forgets one remembered mapping: the next import of its source asks again. */
export async function forgetMapping(
  db: Kysely<Database>,
  id: number,
  actor: string,
): Promise<RememberedMapping> {
  return db.transaction().execute(async (trx) => {
    const m = await findMapping(trx, id);
    if (!m)
      throw new NotFound('inventory.value_mapping_not_found', 'No such remembered value mapping.', { id });
    await trx.deleteFrom('inventory_value_mappings').where('id', '=', id).execute();
    const diff: Record<string, [unknown, unknown]> = {
      source: [m.source, null],
      field: [m.field, null],
      value: [m.value, null],
      meaning: [m.meaning, null],
    };
    await appendChanges(trx, [change(nowIso(), actor, id, 'delete', diff, null)]);
    return m;
  });
}

function change(
  at: string,
  actor: string,
  id: number,
  action: string,
  diff: Record<string, [unknown, unknown]>,
  batch: string | null,
): ChangeValues {
  return { at, actor, entity: 'value_mapping', entity_id: id, action, diff, batch, reason: null };
}
