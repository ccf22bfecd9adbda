// Who may import onto which presence: users whose imports are limited to some presences (unit
// managers, community managers, agencies) name the presence, and it must be theirs. Asked by the
// route and the CLI alike.
import { type Access, forbidden } from '../core/access';
import type { Db } from '../core/db';
import { NotFound } from '../core/errors';
import { keyedKind, objectKind } from '../core/guard';
import { uuidTextSchema } from '../core/ids';
import { getPresenceRow } from '../registry/store';

/** An import job, followed only by the user who started it (jobs live in the server's memory). */
export const JOB = keyedKind(uuidTextSchema, 'imports.job_not_found', async (c, id) => {
  const job = c.get('services').importJobs.get(id);
  return job && job.ownerUserId !== null ? { ownerUserId: job.ownerUserId } : null;
});

/** A past data import, scoped by the presence it was imported into. */
export const DATA_IMPORT = objectKind('imports.import_not_found', async (c, id) => {
  const row = await c
    .get('services')
    .db.db.selectFrom('data_imports as d')
    .leftJoin('presences as p', 'p.id', 'd.presence_id')
    .select(['d.id', 'p.id as presence_id', 'p.unit_id'])
    .where('d.id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id, presenceId: row.presence_id, unitId: row.unit_id } : null;
});

async function presenceTarget(h: Db, id: number) {
  const p = await getPresenceRow(h.db, id);
  if (!p) throw new NotFound('presence.not_found', `No presence with id ${id}.`, { id });
  return { id: p.id, presenceId: p.id, unitId: p.unit_id };
}

export async function checkImportTarget(
  h: Db,
  access: Access,
  presenceId: number | undefined,
): Promise<void> {
  access.require('data.import');
  if (access.scope('data.import').all) return;
  if (!presenceId) throw forbidden('data.import');
  access.requireOn('data.import', await presenceTarget(h, presenceId));
}

/** Posts and activity of a presence the user may read (404 otherwise, as for an unknown one). */
export async function checkDataRead(h: Db, access: Access, presenceId: number): Promise<void> {
  access.require('data.read');
  access.requireOn('data.read', await presenceTarget(h, presenceId));
}
