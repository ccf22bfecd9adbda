// What undoing a batch needs (migration 011): for each record a bulk edit or an inventory import
// created or changed, its version right after the batch and the fields it changed as they were. The
// change log says the same by name; these say it by id, which is what putting a value back needs.
import type { Q } from '../core/log';

export type SnapshotEntity = 'presence' | 'unit' | 'person';

export interface Snapshot {
  entity: SnapshotEntity;
  entityId: number;
  action: 'create' | 'update';
  /** The record's version right after the batch: another version means it was changed since. */
  version: number;
  /** For a change: the fields it changed, as they were (patch terms: `ownerId`, `languages` as a list). */
  previous: Record<string, unknown> | null;
}

export interface StoredSnapshot extends Snapshot {
  undoneAt: string | null;
  undoneBy: string | null;
}

export async function saveSnapshots(db: Q, batch: string, rows: readonly Snapshot[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('batch_snapshots')
      .values(
        rows.slice(i, i + 500).map((r) => ({
          batch,
          entity: r.entity,
          entity_id: r.entityId,
          action: r.action,
          version: r.version,
          previous: r.previous === null ? null : JSON.stringify(r.previous),
          undone_at: null,
          undone_by: null,
        })),
      )
      .execute();
  }
}

/** A batch's snapshots, in the order they were taken. */
export async function batchSnapshots(db: Q, batch: string): Promise<StoredSnapshot[]> {
  const rows = await db
    .selectFrom('batch_snapshots')
    .selectAll()
    .where('batch', '=', batch)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    entity: r.entity as SnapshotEntity,
    entityId: Number(r.entity_id),
    action: r.action === 'create' ? 'create' : 'update',
    version: Number(r.version),
    previous: r.previous === null ? null : (JSON.parse(r.previous) as Record<string, unknown>),
    undoneAt: r.undone_at,
    undoneBy: r.undone_by,
  }));
}

/** Whether a batch already has snapshots (a bulk edit's name must be new). */
export async function hasSnapshots(db: Q, batch: string): Promise<boolean> {
  const r = await db.selectFrom('batch_snapshots').select('id').where('batch', '=', batch).executeTakeFirst();
  return Boolean(r);
}

/** The batch was undone: it cannot be undone again. */
export async function markUndone(db: Q, batch: string, at: string, actor: string): Promise<void> {
  await db
    .updateTable('batch_snapshots')
    .set({ undone_at: at, undone_by: actor })
    .where('batch', '=', batch)
    .execute();
}
