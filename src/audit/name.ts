// An audit's name as a reader reads it. A leaf of its own (core, messages and dates only), so that
// the log can name audits in the reader's language without depending on the audit service.
import { fill, type Locale } from '../core/i18n';
import { formatDate } from './plan';
import { auditServiceMessages as M } from './service-messages';
import type { AuditRow } from './store';

/**
 * The audit's name in the reader's language: the one given when it was run, else Vigie's wording of
 * its scope and date ("Audit de la Branche Énergie au 1er décembre 2026"), so that it follows the
 * reader's language and a renamed unit.
 */
export function auditName(
  row: Pick<AuditRow, 'name' | 'name_generated' | 'unit_id' | 'unit_name' | 'as_of'>,
  locale: Locale,
): string {
  if (!row.name_generated) return row.name;
  const worded = (language: Locale, scope: string) =>
    fill(M['audit.default_name'][language], { scope, date: formatDate(row.as_of, language) }, language);
  const organisation = (language: Locale) => fill(M['audit.scope_all'][language], {}, language);
  if (row.unit_id !== null && row.unit_name !== null) return worded(locale, row.unit_name);
  // A unit deleted since leaves unit_id empty too: only the organisation's own wording is re-worded.
  const wasOrganisation = (['en', 'fr'] as const).some((l) => row.name === worded(l, organisation(l)));
  return wasOrganisation ? worded(locale, organisation(locale)) : row.name;
}
