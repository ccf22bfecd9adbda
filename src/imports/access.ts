// Who may import onto which presence: users whose imports are limited to some presences (unit
// managers, community managers, agencies) name the presence, and it must be theirs. Asked by the
// route and the CLI alike.
import { type Access, forbidden } from '../core/access';
import type { Db } from '../core/db';
import { getPresenceRow } from '../registry/store';

export async function checkImportTarget(
  h: Db,
  access: Access,
  presenceId: number | undefined,
): Promise<void> {
  access.require('data.import');
  if (access.scope('data.import').all) return;
  if (!presenceId) throw forbidden('data.import');
  const p = await getPresenceRow(h.db, presenceId);
  if (p) access.requireOn('data.import', { id: p.id, presenceId: p.id, unitId: p.unit_id });
}

/** Posts and activity of a presence the user may read (404 otherwise, as for an unknown one). */
export async function checkDataRead(h: Db, access: Access, presenceId: number): Promise<void> {
  access.require('data.read');
  const p = await getPresenceRow(h.db, presenceId);
  if (p) access.requireOn('data.read', { id: p.id, presenceId: p.id, unitId: p.unit_id });
}
