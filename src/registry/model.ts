// The registry's vocabulary: types and zod schemas shared by the store, the services, the HTTP API,
// the CLI and the web app. No I/O here.
import { z } from 'zod';
import { idSchema, idTextSchema } from '../core/ids';
import { LOG_ENTITIES } from '../core/log-model';
import { RISKS, type RiskCounts } from './risks';
import type { OverviewFigures } from './trend';

export const PRESENCE_STATUSES = [
  'discovered',
  'active',
  'dormant',
  'abandoned',
  'closing',
  'redirecting',
  'closed',
  'archived',
] as const;
export type PresenceStatus = (typeof PRESENCE_STATUSES)[number];

export const UNIT_KINDS = ['hub', 'business_unit', 'region', 'brand', 'agency', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const MFA_STATES = ['on', 'off', 'unknown'] as const;
export type MfaState = (typeof MFA_STATES)[number];

export const RECOVERY_KINDS = ['corporate', 'personal', 'unknown'] as const;
export type RecoveryKind = (typeof RECOVERY_KINDS)[number];

export const PERSON_STATUSES = ['active', 'left'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** A platform of the catalogue (src/registry/urls/catalogue.ts). */
export interface Platform {
  id: string;
  name: string;
  /** Host names that belong to the platform, without `www.`: `twitter.com`, `x.com`… */
  hosts: string[];
  /** How the canonical profile URL is written; `{handle}` is replaced. */
  profileUrl: string;
  /** What a valid handle looks like on this platform (checked after normalisation). */
  handlePattern: string;
  /** Whether `Foo` and `foo` are different accounts. */
  caseSensitive: boolean;
  /** Whether the platform still operates. */
  alive: boolean;
  /** Year the platform closed, for dead ones. */
  closedYear?: number;
  /** Other names people write in inventories ("Twitter", "FB", "Google+"…), matched case-insensitively. */
  aliases: string[];
  category:
    | 'social'
    | 'video'
    | 'photo'
    | 'professional'
    | 'messaging'
    | 'blog'
    | 'audio'
    | 'local'
    | 'code'
    | 'other';
}

/** Where a pasted URL or handle leads. `kind: 'website'` and `'other'` keep unknown URLs. */
export interface ResolvedProfile {
  platform: string;
  handle: string | null;
  url: string;
  /** The identity of the presence: two inputs with the same platform and key are one presence. */
  key: string;
  kind: 'profile' | 'website' | 'other';
}

export const resolvedProfileSchema = z.object({
  platform: z.string(),
  handle: z.string().nullable(),
  url: z.string(),
  key: z.string(),
  kind: z.enum(['profile', 'website', 'other']),
});

/** A record's version (optimistic concurrency): how many changes it has had, from 1. */
export const versionSchema = z
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const language = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'expected a language code such as fr or en-GB');

export const presenceStatusSchema = z.enum(PRESENCE_STATUSES);

/** Fields a person may set on a presence. Unknown keys are refused. */
export const presencePatchSchema = z
  .object({
    platform: z.string().min(1).max(40),
    handle: z.string().max(200).nullable(),
    url: z.string().max(2048),
    name: z.string().max(300).nullable(),
    unitId: idSchema.nullable(),
    ownerId: idSchema.nullable(),
    deputyId: idSchema.nullable(),
    custodianId: idSchema.nullable(),
    objective: z.string().max(500).nullable(),
    status: presenceStatusSchema,
    languages: z.array(language).max(10),
    audience: z.number().int().min(0).max(1e13).nullable(),
    audienceOn: isoDate.nullable(),
    createdOn: isoDate.nullable(),
    lastActivityOn: isoDate.nullable(),
    mfa: z.enum(MFA_STATES),
    recoveryContact: z.enum(RECOVERY_KINDS),
    tags: z.array(z.string().min(1).max(60)).max(30),
    notes: z.string().max(10_000).nullable(),
    /** The profile's description as the platform shows it (the brand charter checks its link). */
    bio: z.string().max(1000).nullable(),
    /** Why the change was made, kept in the history. */
    reason: z.string().max(1000),
    /**
     * The presence's `version` the editor saw. When given, an edit made after someone else's is
     * refused (409, with what changed since); without it, the edit applies to the current record.
     */
    version: versionSchema,
  })
  .partial()
  .strict();
export type PresencePatch = z.infer<typeof presencePatchSchema>;

/** A new presence: a URL, or a platform and a handle, at least. */
export const presenceCreateSchema = presencePatchSchema
  .omit({ version: true })
  .refine((v) => Boolean(v.url || (v.platform && v.handle)), {
    message: 'give a url, or a platform and a handle',
  });
export type PresenceCreate = z.infer<typeof presenceCreateSchema>;

export const bulkEditSchema = z
  .object({
    ids: z.array(idSchema).min(1).max(10_000),
    set: z
      .object({
        unitId: idSchema.nullable(),
        ownerId: idSchema.nullable(),
        status: presenceStatusSchema,
      })
      .partial()
      .strict()
      .refine((s) => Object.keys(s).length > 0, { message: 'nothing to change' }),
    reason: z.string().max(1000).optional(),
    /**
     * The version of each presence as the editor saw it (`{ "12": 3 }`). A presence changed since
     * makes the whole edit refused (409, naming what changed); presences not listed are not checked.
     */
    versions: z.record(z.string().regex(/^[1-9][0-9]{0,15}$/), versionSchema).optional(),
  })
  .strict();
export type BulkEdit = z.infer<typeof bulkEditSchema>;

export const presenceQuerySchema = z.object({
  q: z.string().max(200).optional(),
  platform: z.string().max(40).optional(),
  unitId: idTextSchema.optional(),
  /** Include the unit's sub-units. */
  subUnits: z.enum(['true', 'false']).optional(),
  status: presenceStatusSchema.optional(),
  ownerId: idTextSchema.optional(),
  /** Risk filters, as on the overview (src/registry/risks.ts). */
  risk: z.enum(RISKS).optional(),
  sort: z
    .enum(['platform', 'handle', 'name', 'unit', 'owner', 'status', 'audience', 'last_activity', 'updated'])
    .optional(),
  dir: z.enum(['asc', 'desc']).optional(),
});
export type PresenceQuery = z.infer<typeof presenceQuerySchema>;

/** A presence as the API, the CLI and the exports show it. */
export const presenceSchema = z.object({
  id: z.number().int(),
  platform: z.string(),
  handle: z.string().nullable(),
  url: z.string(),
  name: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unit: z.string().nullable(),
  ownerId: z.number().int().nullable(),
  owner: z.string().nullable(),
  /** The owner has left the organisation. */
  ownerLeft: z.boolean(),
  deputyId: z.number().int().nullable(),
  deputy: z.string().nullable(),
  custodianId: z.number().int().nullable(),
  custodian: z.string().nullable(),
  /**
   * The credential custodian has left the organisation. Always given by the store; optional so that
   * a presence written by hand (a fixture) may leave it out, which reads as not known to have left.
   */
  custodianLeft: z.boolean().optional(),
  objective: z.string().nullable(),
  status: presenceStatusSchema,
  languages: z.array(z.string()),
  audience: z.number().nullable(),
  audienceOn: z.string().nullable(),
  createdOn: z.string().nullable(),
  lastActivityOn: z.string().nullable(),
  mfa: z.enum(MFA_STATES),
  recoveryContact: z.enum(RECOVERY_KINDS),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  bio: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Changes made since it was registered (from 1); an edit sends back the one it saw. */
  version: z.number().int(),
});
export type Presence = z.infer<typeof presenceSchema>;

/** The kinds of things the change log names by id. */
export const NAMED_KINDS = [
  'presence',
  'unit',
  'person',
  'organisation',
  'user',
  'policy',
  'reassignment',
  'audit',
  'audit_task',
  'audit_template',
  'kpi',
  'data_import',
  'inventory_import',
  'value_mapping',
] as const;
export type NamedKind = (typeof NAMED_KINDS)[number];

/**
 * Something the log refers to by id, by name: its current name, else the last one the log recorded
 * (`deleted` says it is gone), else none (a deleted thing the log never named).
 */
export const nameRefSchema = z.object({
  kind: z.enum(NAMED_KINDS),
  id: z.number().int(),
  name: z.string().nullable(),
  deleted: z.boolean(),
});
export type NameRef = z.infer<typeof nameRefSchema>;

/** The names a log or history entry needs, so that a person reads names where it stores ids and logins. */
export const entryNamesSchema = z.object({
  /** The acting user's name, when the actor is a user's login. */
  actor: z.string().nullable(),
  /** What the entry is about (null for the log itself, the database, the audit settings). */
  subject: nameRefSchema.nullable(),
  /** Diff values that are ids (`unitId`, `into`…): `[before, after]`, null where the value is not one. */
  fields: z.record(z.string(), z.tuple([nameRefSchema.nullable(), nameRefSchema.nullable()])),
  /** The batch's audit (`audit:12`), by name. */
  batch: nameRefSchema.nullable(),
});
export type EntryNames = z.infer<typeof entryNamesSchema>;

/** One recorded change (history of a presence, unit or person). */
export const changeSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  entity: z.enum(LOG_ENTITIES),
  entityId: z.number().int(),
  /** create | update | delete, or an event (sign_in, reveal, acknowledge, run…). */
  action: z.string(),
  /** `{ field: [before, after] }`, people and units by name. */
  diff: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
  batch: z.string().nullable(),
  reason: z.string().nullable(),
  /** What the entry's ids and login stand for, by name (src/registry/names.ts). */
  names: entryNamesSchema.optional(),
});
export type Change = z.infer<typeof changeSchema>;

/** Most other names a unit has. */
export const MAX_UNIT_ALIASES = 20;

export const unitInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: z.enum(UNIT_KINDS),
    parentId: idSchema.nullable(),
    country: z.string().trim().max(80).nullable(),
    /**
     * Other names inventories use for the unit: acronyms, short or old names ("DRH", "RH"). An
     * import reads them as this unit; none may be another unit's name or other name.
     */
    aliases: z.array(z.string().trim().min(1).max(200)).max(MAX_UNIT_ALIASES),
    /** The unit's `version` the editor saw (refused with 409 if it changed since; see presences). */
    version: versionSchema,
  })
  .partial()
  .strict();
export type UnitInput = z.infer<typeof unitInputSchema>;

export const unitSchema = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  country: z.string().nullable(),
  /** Other names inventories use for it ("DRH"): an import reads them as this unit. */
  aliases: z.array(z.string()),
  version: z.number().int(),
  /** Presences attached directly to this unit. */
  presences: z.number().int(),
  people: z.number().int(),
});
export type Unit = z.infer<typeof unitSchema>;

export const personInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.string().trim().toLowerCase().email().max(320).nullable(),
    unitId: idSchema.nullable(),
    jobTitle: z.string().trim().max(200).nullable(),
    status: z.enum(PERSON_STATUSES),
    leftOn: isoDate.nullable(),
    /** The person's `version` the editor saw (refused with 409 if it changed since; see presences). */
    version: versionSchema,
  })
  .partial()
  .strict();
export type PersonInput = z.infer<typeof personInputSchema>;

export const personSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unit: z.string().nullable(),
  jobTitle: z.string().nullable(),
  status: z.enum(PERSON_STATUSES),
  leftOn: z.string().nullable(),
  version: z.number().int(),
  /** Presences this person owns, deputises or holds the credentials of. */
  owns: z.number().int(),
  deputises: z.number().int(),
  holds: z.number().int(),
});
export type Person = z.infer<typeof personSchema>;

/** The overview: the map of presences and the risks a head of digital looks at first. */
export interface Overview {
  organisation: string;
  totals: {
    /** Every presence registered, history included (the map and the status breakdown count them). */
    presences: number;
    /** Platforms of the current presences. */
    platforms: number;
    units: number;
    /** Followers of the current presences, added up. */
    audience: number;
    byStatus: Record<PresenceStatus, number>;
    /** Presences neither closed nor archived: those risks are counted over, and an audit judges. */
    current: number;
  };
  /** Presences carrying each risk, among the current ones (src/registry/risks.ts). */
  risks: RiskCounts;
  /**
   * The same figures (current presences, platforms, audience, risks) as the last audit of the whole
   * organisation froze them, over what the reader may see (src/registry/trend.ts); null when there is
   * no such audit.
   */
  since: OverviewSince | null;
  /** Platform × unit matrix: rows are units (null = no unit), columns platforms. */
  matrix: {
    platforms: string[];
    units: { id: number | null; name: string | null }[];
    cells: {
      platform: string;
      unitId: number | null;
      count: number;
      byStatus: Partial<Record<PresenceStatus, number>>;
    }[];
  };
  /** Every platform with a presence, most used first; `current`: those neither closed nor archived. */
  byPlatform: { platform: string; count: number; current: number; alive: boolean }[];
}

export interface OverviewSince {
  auditId: number;
  /** The date the audit judged the presences at (YYYY-MM-DD). */
  asOf: string;
  figures: OverviewFigures;
}
