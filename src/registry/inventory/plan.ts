// Planning an inventory import against the registry, as a pure function: which presences are
// created, updated (with before → after) or unchanged, which repeated rows merge, which units and
// people are new. The same plan is shown as the preview and then applied, so the preview never lies.
import type { Issue } from '../../core/errors';
import { issueFrom } from '../../core/i18n';
import { nameKey } from '../../core/text';
import { registryMessages as M } from '../messages';
import type { MfaState, PresenceStatus, RecoveryKind, UnitKind } from '../model';
import { sameValue } from '../rules';

export interface PersonRef {
  name?: string;
  email?: string;
}

/** One presence read from a file (only the fields the file gives). */
export interface PlanRow {
  line: number;
  platform: string;
  handle: string | null;
  url: string;
  key: string;
  name?: string;
  unit?: string;
  owner?: PersonRef;
  deputy?: PersonRef;
  custodian?: PersonRef;
  languages?: string[];
  status?: PresenceStatus;
  audience?: number;
  audienceOn?: string;
  createdOn?: string;
  lastActivityOn?: string;
  mfa?: MfaState;
  recoveryContact?: RecoveryKind;
  tags?: string[];
  objective?: string;
  notes?: string;
  bio?: string;
}

/** What the registry holds, indexed the way the plan looks things up. */
export interface RegistrySnapshot {
  presences: Map<string, ExistingPresence>;
  units: Map<string, { id: number; name: string }>;
  peopleByEmail: Map<string, { id: number; name: string }>;
  peopleByName: Map<string, { id: number; name: string }>;
  hubId: number | null;
}

export interface ExistingPresence {
  id: number;
  name: string | null;
  unitId: number | null;
  ownerId: number | null;
  deputyId: number | null;
  custodianId: number | null;
  status: PresenceStatus;
  languages: string[];
  audience: number | null;
  audienceOn: string | null;
  createdOn: string | null;
  lastActivityOn: string | null;
  mfa: MfaState;
  recoveryContact: RecoveryKind;
  tags: string[];
  objective: string | null;
  notes: string | null;
  bio: string | null;
  /** Names for the history and the preview. */
  unitName: string | null;
  ownerName: string | null;
  deputyName: string | null;
  custodianName: string | null;
}

/** A reference to a unit or person that exists (`id`) or that the import creates (`key`). */
export type Ref = { id: number } | { key: string };

export interface PlannedValues {
  name?: string | null;
  unit?: Ref | null;
  owner?: Ref | null;
  deputy?: Ref | null;
  custodian?: Ref | null;
  status?: PresenceStatus;
  languages?: string[];
  audience?: number | null;
  audienceOn?: string | null;
  createdOn?: string | null;
  lastActivityOn?: string | null;
  mfa?: MfaState;
  recoveryContact?: RecoveryKind;
  tags?: string[];
  objective?: string | null;
  notes?: string | null;
  bio?: string | null;
}

export interface PlannedChange {
  line: number;
  action: 'create' | 'update' | 'unchanged';
  /** The existing presence, for updates and unchanged rows. */
  id: number | null;
  platform: string;
  handle: string | null;
  key: string;
  url: string;
  name: string | null;
  values: PlannedValues;
  /** Before → after, with people and units by name, as the history will record it. */
  diff: Record<string, [unknown, unknown]>;
}

export interface NewUnit {
  key: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
}

export interface NewPerson {
  key: string;
  name: string;
  email: string | null;
  /** The unit of the first row that named this person. */
  unit: Ref | null;
}

export interface InventoryPlan {
  changes: PlannedChange[];
  newUnits: NewUnit[];
  newPeople: NewPerson[];
  create: number;
  update: number;
  unchanged: number;
  /** Rows that repeated a presence already given on an earlier row. */
  merged: number;
  warnings: Issue[];
  /** Rows refused by the plan itself (the importer naming themselves custodian). */
  issues: Issue[];
}

const MERGE_FIELDS = [
  'name',
  'unit',
  'owner',
  'deputy',
  'custodian',
  'status',
  'audience',
  'audienceOn',
  'createdOn',
  'lastActivityOn',
  'mfa',
  'recoveryContact',
  'objective',
  'notes',
  'bio',
] as const;

/** How a merged field is named in a warning, in each language. */
const FIELD_LABELS: Record<(typeof MERGE_FIELDS)[number], { en: string; fr: string }> = {
  name: { en: 'name', fr: 'nom' },
  unit: { en: 'unit', fr: 'entité' },
  owner: { en: 'owner', fr: 'responsable' },
  deputy: { en: 'deputy', fr: 'suppléant' },
  custodian: { en: 'credential custodian', fr: 'détenteur des accès' },
  status: { en: 'status', fr: 'statut' },
  audience: { en: 'audience', fr: 'audience' },
  audienceOn: { en: 'audience date', fr: 'date de l’audience' },
  createdOn: { en: 'creation date', fr: 'date de création' },
  lastActivityOn: { en: 'last activity', fr: 'dernière activité' },
  mfa: { en: 'MFA', fr: 'double authentification' },
  recoveryContact: { en: 'recovery contact', fr: 'contact de récupération' },
  objective: { en: 'objective', fr: 'objectif' },
  notes: { en: 'notes', fr: 'notes' },
  bio: { en: 'bio', fr: 'bio' },
};

/** Rows naming the same presence become one: first value wins, lists are united, conflicts are reported. */
export function mergeRows(
  rows: PlanRow[],
  file?: string,
): { rows: PlanRow[]; merged: number; warnings: Issue[] } {
  const byKey = new Map<string, PlanRow>();
  const warnings: Issue[] = [];
  let merged = 0;
  for (const row of rows) {
    const k = `${row.platform}|${row.key}`;
    const first = byKey.get(k);
    if (!first) {
      byKey.set(k, { ...row });
      continue;
    }
    merged++;
    for (const f of MERGE_FIELDS) {
      const v = row[f];
      if (v === undefined) continue;
      const kept = first[f];
      if (kept === undefined) {
        (first as unknown as Record<string, unknown>)[f] = v;
      } else if (!sameText(kept, v)) {
        warnings.push(
          issueFrom(
            M,
            'inventory.conflicting_values',
            {
              line: row.line,
              first: first.line,
              field: FIELD_LABELS[f].en,
              champ: FIELD_LABELS[f].fr,
              value: show(v),
              kept: show(kept),
            },
            { file, line: row.line, field: f },
          ),
        );
      }
    }
    for (const f of ['languages', 'tags'] as const) {
      if (row[f]) first[f] = unite(first[f] ?? [], row[f]);
    }
  }
  return { rows: [...byKey.values()], merged, warnings };
}

function sameText(a: unknown, b: unknown): boolean {
  if (typeof a === 'object' && typeof b === 'object')
    return personKey(a as PersonRef) === personKey(b as PersonRef);
  if (typeof a === 'string' && typeof b === 'string') return nameKey(a) === nameKey(b);
  return a === b;
}

function show(v: unknown): string {
  if (v && typeof v === 'object') {
    const p = v as PersonRef;
    return p.name ?? p.email ?? '';
  }
  return String(v).slice(0, 80);
}

function unite(a: string[], b: string[]): string[] {
  const out = [...a];
  for (const x of b) if (!out.some((y) => y.toLowerCase() === x.toLowerCase())) out.push(x);
  return out;
}

/** How a person reference is recognised: by e-mail when there is one, else by name. */
export function personKey(p: PersonRef): string {
  return p.email ? `email:${p.email.toLowerCase()}` : `name:${nameKey(p.name ?? '')}`;
}

/** A unit kind guessed from its name, for units an import creates. */
export function guessUnitKind(name: string): UnitKind {
  const k = nameKey(name);
  if (/\b(agence|agency|prestataire)\b/.test(k)) return 'agency';
  if (/\b(region|regional|regionale|dr|territoire|pays|country|filiale)\b/.test(k)) return 'region';
  if (/\b(marque|brand)\b/.test(k)) return 'brand';
  if (/\b(bu|business|division|metier|pole)\b/.test(k)) return 'business_unit';
  if (/\b(groupe|group|siege|headquarters|hq|corporate)\b/.test(k)) return 'hub';
  return 'other';
}

export function planInventory(
  input: PlanRow[],
  snap: RegistrySnapshot,
  options: { file?: string; today: string; selfPersonId?: number | null },
): InventoryPlan {
  const { rows, merged, warnings } = mergeRows(input, options.file);
  const issues: Issue[] = [];
  // The registry person a reference names, without creating one (null: none yet).
  const known = (p: PersonRef | undefined): number | null => {
    if (!p) return null;
    const email = p.email?.toLowerCase();
    const found =
      (email ? snap.peopleByEmail.get(email) : undefined) ??
      (p.name ? snap.peopleByName.get(nameKey(p.name)) : undefined);
    return found?.id ?? null;
  };
  const newUnits = new Map<string, NewUnit>();
  const newPeople = new Map<string, NewPerson>();

  const unitRef = (name: string | undefined): { ref: Ref; name: string } | undefined => {
    if (name === undefined) return undefined;
    const key = nameKey(name);
    if (!key) return undefined;
    const existing = snap.units.get(key);
    if (existing) return { ref: { id: existing.id }, name: existing.name };
    if (!newUnits.has(key)) {
      const kind = guessUnitKind(name);
      // New units are spokes of the hub, unless they are a hub themselves.
      newUnits.set(key, { key, name, kind, parentId: kind === 'hub' ? null : snap.hubId });
    }
    return { ref: { key }, name: newUnits.get(key)!.name };
  };

  const newByEmail = new Map<string, NewPerson>();
  const newByName = new Map<string, NewPerson>();
  const personRef = (p: PersonRef | undefined, unit: Ref | null): { ref: Ref; name: string } | undefined => {
    if (!p || (!p.name && !p.email)) return undefined;
    const email = p.email?.toLowerCase();
    const nkey = p.name ? nameKey(p.name) : undefined;
    const found =
      (email ? snap.peopleByEmail.get(email) : undefined) ?? (nkey ? snap.peopleByName.get(nkey) : undefined);
    if (found) return { ref: { id: found.id }, name: found.name };
    // Someone named first by e-mail and later by name (or the reverse) is one new person;
    // the e-mail decides when the two disagree.
    const alias = (email ? newByEmail.get(email) : undefined) ?? (nkey ? newByName.get(nkey) : undefined);
    if (alias) {
      if (!alias.email && email && !newByEmail.has(email)) {
        alias.email = email;
        newByEmail.set(email, alias);
      }
      return { ref: { key: alias.key }, name: alias.name };
    }
    const key = personKey(p);
    const person: NewPerson = { key, name: p.name ?? nameFromEmail(email!), email: email ?? null, unit };
    newPeople.set(key, person);
    if (email) newByEmail.set(email, person);
    newByName.set(nameKey(person.name), person);
    return { ref: { key }, name: person.name };
  };

  const changes: PlannedChange[] = [];
  for (const row of rows) {
    const existing = snap.presences.get(`${row.platform}|${row.key}`);
    // Nobody names themselves custodian, through a file either (docs/trust.md): the row is refused
    // before it creates any unit or person.
    const self = options.selfPersonId ?? null;
    if (self !== null && known(row.custodian) === self && existing?.custodianId !== self) {
      issues.push(
        issueFrom(M, 'custody.self_assign', {}, { file: options.file, line: row.line, field: 'custodian' }),
      );
      continue;
    }
    const unit = unitRef(row.unit);
    const people = {
      owner: personRef(row.owner, unit?.ref ?? null),
      deputy: personRef(row.deputy, unit?.ref ?? null),
      custodian: personRef(row.custodian, unit?.ref ?? null),
    };
    const values: PlannedValues = {};
    const diff: Record<string, [unknown, unknown]> = {};
    const set = (
      field: keyof PlannedValues,
      value: unknown,
      before: unknown,
      shownBefore = before,
      shownAfter = value,
    ) => {
      if (value === undefined) return;
      if (existing && sameValue(before, value)) return;
      (values as Record<string, unknown>)[field] = value;
      diff[field] = [existing ? (shownBefore ?? null) : null, shownAfter];
    };
    set('name', row.name, existing?.name);
    // References compare by id; a unit or person the import creates is always a change.
    const refs = { unit, ...people };
    for (const role of ['unit', 'owner', 'deputy', 'custodian'] as const) {
      const r = refs[role];
      if (!r) continue;
      if (existing && 'id' in r.ref && r.ref.id === existing[`${role}Id`]) continue;
      values[role] = r.ref;
      diff[role] = [existing ? (existing[`${role}Name`] ?? null) : null, r.name];
    }
    set('status', row.status, existing?.status);
    set('languages', row.languages, existing?.languages);
    if (row.audience !== undefined && (!existing || existing.audience !== row.audience)) {
      set('audience', row.audience, existing?.audience);
      set('audienceOn', row.audienceOn ?? options.today, existing?.audienceOn);
    } else if (row.audienceOn !== undefined) {
      set('audienceOn', row.audienceOn, existing?.audienceOn);
    }
    set('createdOn', row.createdOn, existing?.createdOn);
    set('lastActivityOn', row.lastActivityOn, existing?.lastActivityOn);
    // "unknown" in a file never erases what the registry knows about MFA or the recovery contact.
    if (row.mfa !== 'unknown' || !existing) set('mfa', row.mfa, existing?.mfa);
    if (row.recoveryContact !== 'unknown' || !existing)
      set('recoveryContact', row.recoveryContact, existing?.recoveryContact);
    if (row.tags && existing) {
      const union = unite(existing.tags, row.tags);
      set('tags', union, existing.tags);
    } else set('tags', row.tags, undefined);
    set('objective', row.objective, existing?.objective);
    set('notes', row.notes, existing?.notes);
    set('bio', row.bio, existing?.bio);

    const action = !existing ? 'create' : Object.keys(values).length ? 'update' : 'unchanged';
    if (action === 'create') {
      diff.platform = [null, row.platform];
      diff.url = [null, row.url];
      if (row.handle) diff.handle = [null, row.handle];
    }
    changes.push({
      line: row.line,
      action,
      id: existing?.id ?? null,
      platform: row.platform,
      handle: row.handle,
      key: row.key,
      url: row.url,
      name: row.name ?? existing?.name ?? null,
      values,
      diff,
    });
  }
  return {
    changes,
    newUnits: [...newUnits.values()],
    newPeople: [...newPeople.values()],
    create: changes.filter((c) => c.action === 'create').length,
    update: changes.filter((c) => c.action === 'update').length,
    unchanged: changes.filter((c) => c.action === 'unchanged').length,
    merged,
    warnings,
    issues,
  };
}

/** "claire.martin@x.fr" → "Claire Martin", for people only known by their e-mail. */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
