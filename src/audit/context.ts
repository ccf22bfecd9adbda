// What the audit's services share: the database, the registry's service (the one way the audit
// changes a presence, so that the registry's scope, version, custody and history rules hold for a
// decision as for an edit), and the English words of their errors.
import type { Db } from '../core/db';
import { NotFound } from '../core/errors';
import { fill } from '../core/i18n';
import type { RegistryService } from '../registry/service';
import type { Q } from '../registry/store';
import { auditMessages } from './messages';
import { auditServiceMessages } from './service-messages';
import * as store from './store';

export interface AuditContext {
  h: Db;
  registry: RegistryService;
}

export const M = { ...auditMessages, ...auditServiceMessages };
export type MessageCode = keyof typeof M;

/** The English text an error carries (clients word it again from its code and params). */
export const en = (code: MessageCode, params: Record<string, string | number> = {}) =>
  fill(M[code].en, params);

/** An audit's row, or NotFound. */
export async function auditRow(db: Q, id: number): Promise<store.AuditRow> {
  const row = await store.getAuditRow(db, id);
  if (!row) throw new NotFound('audit.not_found', en('audit.not_found', { id }), { id });
  return row;
}

/** A presence the audit did not judge. */
export function itemNotFound(auditId: number, presenceId: number): NotFound {
  const params = { id: auditId, presence: presenceId };
  return new NotFound('audit.item_not_found', en('audit.item_not_found', params), params);
}
