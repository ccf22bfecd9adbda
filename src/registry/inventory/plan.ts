// Planning an inventory import against the registry, as a pure function: which presences are
// created, updated (with before → after) or unchanged, which repeated rows merge, which units and
// people are new. The same plan is shown as the preview and then applied, so the preview never lies.
import type { Issue } from '../../core/errors';
import { issueFrom } from '../../core/i18n';
import { nameKey } from '../../core/text';
import { registryMessages as M } from '../messages';
import type { MfaState, PresenceStatus, RecoveryKind, UnitKind } from '../model';
import { sameValue } from '../rules';
import { platformName } from '../urls/platforms';
import type { Candidate, KnownPerson, KnownUnit } from './match';
import { MESSAGES } from './messages';
import { type PersonRole, RefResolver, type RefValue, type Resolution, type ResolverOptions } from './refs';
import type { ValueMapping } from './valuemap';

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
  /** Every unit with its other names, and every person, active or not (see ./match.ts). */
  units: KnownUnit[];
  people: KnownPerson[];
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
  /** Fields the row would make older or smaller than the registry has them (a warning each). */
  older: OlderField[];
}

/** Values an import would take back in time: a smaller audience, an older activity or measure. */
export type OlderField = 'audience' | 'audienceOn' | 'lastActivityOn';

export interface NewUnit {
  key: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  /** The closest unit the registry has, if one is close. */
  closest: Candidate | null;
}

export interface NewPerson {
  key: string;
  name: string;
  email: string | null;
  /** The unit of the first row that named this person. */
  unit: Ref | null;
  /** The closest person the registry has (active or not), if one is close. */
  closest: Candidate | null;
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
  /**
   * Rows refused by the plan itself: the importer naming themselves custodian, a person or unit
   * close to a known one that nobody said is them or a new one.
   */
  issues: Issue[];
  /** Names of people and units read without asking, decided, or asked about, for the preview. */
  values: RefValue[];
}

export interface PlanOptions {
  file?: string;
  today: string;
  selfPersonId?: number | null;
  /** What people said the file's names mean (`person` and `unit` value mappings). */
  decisions?: ValueMapping;
  /** The header of the unit and people columns, for messages. */
  columns?: ResolverOptions['columns'];
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

export function planInventory(input: PlanRow[], snap: RegistrySnapshot, options: PlanOptions): InventoryPlan {
  const { rows, merged, warnings } = mergeRows(input, options.file);
  const issues: Issue[] = [];
  const refs = new RefResolver({
    people: snap.people,
    units: snap.units,
    decisions: options.decisions,
    columns: options.columns,
    file: options.file,
  });
  const newUnits = new Map<string, NewUnit>();
  const newPeople = new Map<string, NewPerson>();

  const unitRef = (
    text: string | undefined,
    r: Resolution | undefined,
  ): { ref: Ref; name: string } | undefined => {
    if (text === undefined || !r || r.kind === 'ignore' || r.kind === 'refused') return undefined;
    if (r.kind === 'existing') return { ref: { id: r.id }, name: r.name };
    const key = nameKey(text);
    if (!newUnits.has(key)) {
      const kind = guessUnitKind(text);
      // New units are spokes of the hub, unless they are a hub themselves.
      newUnits.set(key, {
        key,
        name: text,
        kind,
        parentId: kind === 'hub' ? null : snap.hubId,
        closest: r.closest,
      });
    }
    return { ref: { key }, name: newUnits.get(key)!.name };
  };

  const newByEmail = new Map<string, NewPerson>();
  const newByName = new Map<string, NewPerson>();
  const personRef = (
    p: PersonRef | undefined,
    r: Resolution | undefined,
    unit: Ref | null,
  ): { ref: Ref; name: string } | undefined => {
    if (!p || !r || r.kind === 'ignore' || r.kind === 'refused') return undefined;
    if (r.kind === 'existing') return { ref: { id: r.id }, name: r.name };
    const email = p.email?.toLowerCase();
    const nkey = p.name ? nameKey(p.name) : undefined;
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
    const person: NewPerson = {
      key,
      name: p.name ?? nameFromEmail(email!),
      email: email ?? null,
      unit,
      closest: r.closest,
    };
    newPeople.set(key, person);
    if (email) newByEmail.set(email, person);
    newByName.set(nameKey(person.name), person);
    return { ref: { key }, name: person.name };
  };

  const changes: PlannedChange[] = [];
  for (const row of rows) {
    const existing = snap.presences.get(`${row.platform}|${row.key}`);
    const found = {
      unit: refs.unit(row.unit, row.line),
      ...Object.fromEntries(
        PERSON_ROLES.map((role) => [role, refs.person(row[role], role, row.line)] as const),
      ),
    } as Record<'unit' | PersonRole, Resolution | undefined>;
    // Nobody names themselves custodian, through a file either (docs/trust.md): the row is refused
    // before it creates any unit or person.
    const self = options.selfPersonId ?? null;
    const custodian = found.custodian;
    if (
      self !== null &&
      custodian?.kind === 'existing' &&
      custodian.id === self &&
      existing?.custodianId !== self
    ) {
      issues.push(
        issueFrom(M, 'custody.self_assign', {}, { file: options.file, line: row.line, field: 'custodian' }),
      );
      continue;
    }
    // A name close to a known one that nobody decided about: the row waits for the decision.
    const refused = Object.values(found).flatMap((r) => (r?.kind === 'refused' ? [r.issue] : []));
    if (refused.length) {
      issues.push(...refused);
      continue;
    }
    const unit = unitRef(row.unit, found.unit);
    const people = {
      owner: personRef(row.owner, found.owner, unit?.ref ?? null),
      deputy: personRef(row.deputy, found.deputy, unit?.ref ?? null),
      custodian: personRef(row.custodian, found.custodian, unit?.ref ?? null),
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
    const chosen = { unit, ...people };
    for (const role of ['unit', 'owner', 'deputy', 'custodian'] as const) {
      const r = chosen[role];
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
    const older = existing ? olderValues(row, existing, values) : [];
    for (const field of older) warnings.push(olderWarning(field, row, existing!, options.file));
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
      older,
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
    warnings: [...warnings, ...refs.warnings()],
    issues,
    values: refs.values(),
  };
}

const PERSON_ROLES: readonly PersonRole[] = ['owner', 'deputy', 'custodian'];

/**
 * The fields a row takes back in time: an audience smaller than the one stored, a last activity or
 * an audience measured before the one stored. Only what the plan would write is compared.
 */
export function olderValues(
  row: Pick<PlanRow, 'audience' | 'audienceOn' | 'lastActivityOn'>,
  existing: Pick<ExistingPresence, 'audience' | 'audienceOn' | 'lastActivityOn'>,
  values: PlannedValues,
): OlderField[] {
  const out: OlderField[] = [];
  if (values.audience != null && existing.audience !== null && values.audience < existing.audience)
    out.push('audience');
  if (
    row.audienceOn &&
    existing.audienceOn &&
    values.audienceOn != null &&
    values.audienceOn < existing.audienceOn
  )
    out.push('audienceOn');
  if (
    values.lastActivityOn != null &&
    existing.lastActivityOn &&
    values.lastActivityOn < existing.lastActivityOn
  )
    out.push('lastActivityOn');
  return out;
}

const OLDER_CODES: Record<OlderField, string> = {
  audience: 'inventory.audience_smaller',
  audienceOn: 'inventory.audience_date_older',
  lastActivityOn: 'inventory.activity_older',
};

function olderWarning(field: OlderField, row: PlanRow, existing: ExistingPresence, file?: string): Issue {
  const label = existing.name ?? row.handle ?? row.url;
  const presence = `${label} (${platformName(row.platform)})`;
  const before = field === 'audience' ? existing.audience! : existing[field]!;
  const after = field === 'audience' ? row.audience! : row[field]!;
  return issueFrom(
    MESSAGES,
    OLDER_CODES[field],
    { line: String(row.line), presence, before, after },
    {
      file,
      line: row.line,
      field: field === 'audience' ? 'audience' : field === 'audienceOn' ? 'audience_date' : 'last_activity',
    },
  );
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
