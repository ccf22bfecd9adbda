// The answer to an edit made from a version that is no longer current (optimistic concurrency,
// migration 007): a Conflict (409, CLI exit 4) naming, field by field, what the editor saw, what it
// is now, and who changed it when. Pure: the service reads the log and the record.
import { Conflict, type Issue } from '../core/errors';
import { fill } from '../core/i18n';
import { registryMessages as M } from './messages';
import type { ChangedField } from './rules';

/** Field names as the history records them, in both languages. */
export const LABELS: Record<string, [en: string, fr: string]> = {
  platform: ['Platform', 'Plateforme'],
  handle: ['Handle', 'Identifiant'],
  url: ['URL', 'URL'],
  name: ['Name', 'Nom'],
  unit: ['Unit', 'Entité'],
  owner: ['Owner', 'Responsable'],
  deputy: ['Deputy', 'Suppléant'],
  custodian: ['Credential custodian', 'Détenteur des accès'],
  objective: ['Objective', 'Objectif'],
  status: ['Status', 'Statut'],
  languages: ['Languages', 'Langues'],
  audience: ['Audience', 'Audience'],
  audienceOn: ['Audience counted on', 'Audience comptée le'],
  createdOn: ['Created on', 'Créée le'],
  lastActivityOn: ['Last activity', 'Dernière activité'],
  mfa: ['Two-factor authentication', 'Double authentification'],
  recoveryContact: ['Recovery contact', 'Contact de récupération'],
  tags: ['Tags', 'Étiquettes'],
  notes: ['Notes', 'Notes'],
  bio: ['Bio', 'Biographie'],
  kind: ['Kind', 'Type'],
  parentId: ['Parent unit', 'Entité parente'],
  country: ['Country', 'Pays'],
  aliases: ['Other names', 'Autres noms'],
  email: ['E-mail', 'E-mail'],
  unit_id: ['Unit', 'Entité'],
  job_title: ['Job title', 'Fonction'],
  left_on: ['Left on', 'Départ le'],
};

function shown(field: string, v: unknown, locale: 'en' | 'fr'): string {
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) {
    return locale === 'fr' ? '(vide)' : '(empty)';
  }
  if (Array.isArray(v)) return v.map(String).join(', ');
  if (field === 'status' && typeof v === 'string') {
    const entry = M[`status.${v}` as Extract<keyof typeof M, `status.${string}`>];
    if (entry) return entry[locale];
  }
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** `2026-12-07T12:03:45.123Z` → `2026-12-07 12:03 UTC` (the web app formats `at` itself). */
function when(at: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at) ? `${at.slice(0, 10)} ${at.slice(11, 16)} UTC` : at;
}

/** One issue per changed field; its params carry the raw values (JSON) for clients that format them. */
export function changedFieldIssue(c: ChangedField): Issue {
  const [label, labelFr] = LABELS[c.field] ?? [c.field, c.field];
  const params = {
    label,
    label_fr: labelFr,
    seen: shown(c.field, c.seen, 'en'),
    seen_fr: shown(c.field, c.seen, 'fr'),
    current: shown(c.field, c.current, 'en'),
    current_fr: shown(c.field, c.current, 'fr'),
    actor: c.actor,
    // The name a person reads (the web app shows it, the login in its tooltip); absent when unknown.
    ...(c.actorName ? { actorName: c.actorName } : {}),
    at: when(c.at),
    changedAt: c.at,
    seenValue: JSON.stringify(c.seen ?? null),
    currentValue: JSON.stringify(c.current ?? null),
  };
  return {
    field: c.field,
    code: 'record.changed_field',
    params,
    message: fill(M['record.changed_field'].en, params),
  };
}

/** The edit of a presence, unit or person made from version `seen` while the record is at `current`. */
export function staleError(
  entity: 'presence' | 'unit' | 'person',
  id: number,
  seen: number,
  current: number,
  changes: ChangedField[],
): Conflict {
  const code = `${entity}.stale` as const;
  const params = { id, seen, current };
  return new Conflict(code, fill(M[code].en, params), params, changes.map(changedFieldIssue));
}
