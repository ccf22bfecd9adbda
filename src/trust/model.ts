// Trust's vocabulary: roles, permissions, scopes, users, sessions, the vault, leavers and policies.
// Shared by the store, the services, the HTTP API, the CLI and the web app: no I/O here.
import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../core/access';
import { idSchema, idTextSchema } from '../core/ids';

export {
  PERMISSIONS,
  type Permission,
  ROLE_PERMISSIONS,
  ROLE_SCOPE,
  ROLES,
  type Role,
} from '../core/access';

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** One grant: a role over the organisation, a unit or a presence. */
export const grantSchema = z.object({
  id: z.number().int(),
  role: z.enum(ROLES),
  unitId: z.number().int().nullable(),
  unit: z.string().nullable(),
  presenceId: z.number().int().nullable(),
  presence: z.string().nullable(),
});
export type Grant = z.infer<typeof grantSchema>;

export const grantInputSchema = z
  .object({
    role: z.enum(ROLES),
    unitId: idSchema.nullable().optional(),
    presenceId: idSchema.nullable().optional(),
  })
  .strict();
export type GrantInput = z.infer<typeof grantInputSchema>;

export const userSchema = z.object({
  id: z.number().int(),
  login: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  personId: z.number().int().nullable(),
  status: z.enum(USER_STATUSES),
  /**
   * Sign-in from browsers that have not signed in as this user before waits until then, after
   * failed attempts (src/trust/throttle.ts); an admin's unlock clears it. No account is locked.
   */
  throttledUntil: z.string().nullable(),
  /** Failed sign-ins remembered for this login (the last 24 hours, since the last success). */
  failedSignIns: z.number().int(),
  mustChangePassword: z.boolean(),
  hasPassword: z.boolean(),
  sso: z.boolean(),
  lastSignInAt: z.string().nullable(),
  grants: z.array(grantSchema),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

/** Passwords: long enough to resist guessing, bounded so that hashing cannot be abused. */
export const passwordSchema = z.string().min(12).max(200);

const login = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(120)
  .regex(/^[a-z0-9][a-z0-9._@+-]*$/, 'letters, digits and . _ @ + - only');

export const userInputSchema = z
  .object({
    login,
    name: z.string().trim().min(1).max(200),
    email: z.string().trim().toLowerCase().email().max(320).nullable().optional(),
    personId: idSchema.nullable().optional(),
    /** Omitted: a temporary password is generated, shown once, and must be changed at first sign-in. */
    password: passwordSchema.optional(),
    grants: z.array(grantInputSchema).max(500).optional(),
  })
  .strict();
export type UserInput = z.infer<typeof userInputSchema>;

export const userPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.string().trim().toLowerCase().email().max(320).nullable(),
    personId: idSchema.nullable(),
    status: z.enum(USER_STATUSES),
    grants: z.array(grantInputSchema).max(500),
  })
  .partial()
  .strict();
export type UserPatch = z.infer<typeof userPatchSchema>;

export const signInSchema = z
  .object({ login: z.string().trim().toLowerCase().min(1).max(120), password: z.string().min(1).max(200) })
  .strict();

export const passwordChangeSchema = z
  .object({ current: z.string().min(1).max(200), next: passwordSchema })
  .strict();

export const setupSchema = z
  .object({
    code: z.string().min(1).max(100),
    login,
    name: z.string().trim().min(1).max(200),
    password: passwordSchema,
  })
  .strict();

/**
 * Where one permission applies, as the server checks it (src/core/access.ts `scope`): everywhere, or
 * these units (sub-units included) and these presences.
 */
export const permissionScopeSchema = z.object({
  all: z.boolean(),
  unitIds: z.array(z.number().int()),
  presenceIds: z.array(z.number().int()),
});
export type PermissionScope = z.infer<typeof permissionScopeSchema>;

/** Who is signed in, what they may do and where: what the web app shows and hides. */
export const meSchema = z.object({
  user: userSchema,
  /** Permissions over at least part of the organisation. */
  permissions: z.array(z.enum(PERMISSIONS)),
  /**
   * Where each of those permissions applies, so that the web app offers only the units a change may
   * go to (the server refuses the others anyway).
   */
  scopes: z.partialRecord(z.enum(PERMISSIONS), permissionScopeSchema),
  /** Roles the user holds, for display. */
  roles: z.array(z.enum(ROLES)),
  /** The token the web app sends back in `X-Vigie-CSRF` on every change. */
  csrf: z.string(),
  /** Policies published and not yet acknowledged by this user. */
  pendingPolicies: z.number().int(),
  via: z.enum(['password', 'oidc']),
});
export type Me = z.infer<typeof meSchema>;

/** Who is signed in, if anyone: the app's first question, answered without a 401 when nobody is. */
export const sessionStateSchema = z.object({ me: meSchema.nullable() });
export type SessionState = z.infer<typeof sessionStateSchema>;

/** What the sign-in page needs to know before anyone is signed in. */
export const authStatusSchema = z.object({
  /** No user yet: the one-time setup page creates the first admin. */
  needsSetup: z.boolean(),
  /** Single sign-on is configured: the page shows its button. */
  oidc: z.object({ enabled: z.boolean(), label: z.string().nullable() }),
});

// ---------- credential custody (the vault)

export const SECRET_KINDS = ['login', 'password', 'recovery_codes', 'totp_seed', 'note'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export const secretInputSchema = z
  .object({
    kind: z.enum(SECRET_KINDS),
    value: z.string().min(1).max(20_000),
    reason: z.string().trim().max(1000).optional(),
  })
  .strict();

export const revealSchema = z.object({ reason: z.string().trim().min(5).max(1000) }).strict();

/** A presence's custody, without any secret value. */
export const custodySchema = z.object({
  presenceId: z.number().int(),
  custodianId: z.number().int().nullable(),
  custodian: z.string().nullable(),
  custodianLeft: z.boolean(),
  recoveryContact: z.enum(['corporate', 'personal', 'unknown']),
  mfa: z.enum(['on', 'off', 'unknown']),
  secrets: z.array(
    z.object({
      kind: z.enum(SECRET_KINDS),
      updatedAt: z.string(),
      updatedBy: z.string(),
      /** Who wrote it, by name (`updatedBy` is their login); null when not a user. */
      updatedByName: z.string().nullable(),
    }),
  ),
  /** Whether the user asking may reveal (admin, or the custodian). */
  canReveal: z.boolean(),
  canWrite: z.boolean(),
});
export type Custody = z.infer<typeof custodySchema>;

// ---------- leavers

export const REASSIGN_ROLES = ['owner', 'deputy', 'custodian', 'secret_holder'] as const;
export const REASSIGN_STATUSES = ['open', 'done', 'cancelled'] as const;

export const reassignmentSchema = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  person: z.string(),
  presenceId: z.number().int(),
  presence: z.string(),
  unitId: z.number().int().nullable(),
  role: z.enum(REASSIGN_ROLES),
  status: z.enum(REASSIGN_STATUSES),
  toPersonId: z.number().int().nullable(),
  toPerson: z.string().nullable(),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable(),
  /** Who closed it, by name (`doneBy` is their login); null when open or not a user. */
  doneByName: z.string().nullable(),
});
export type Reassignment = z.infer<typeof reassignmentSchema>;

export const reassignmentPatchSchema = z
  .object({
    /** Done: the presence's owner/deputy/custodian becomes this person, in the same transaction. */
    status: z.enum(REASSIGN_STATUSES),
    toPersonId: idSchema.nullable().optional(),
    reason: z.string().trim().max(1000).optional(),
  })
  .strict();

// ---------- policies

export const POLICY_KINDS = ['policy', 'charter'] as const;

export const policyInputSchema = z
  .object({
    kind: z.enum(POLICY_KINDS),
    title: z.string().trim().min(1).max(300),
    language: z.enum(['fr', 'en']),
    body: z.string().min(1).max(200_000),
    summary: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();

export const policySchema = z.object({
  id: z.number().int(),
  kind: z.enum(POLICY_KINDS),
  version: z.number().int(),
  title: z.string(),
  language: z.enum(['fr', 'en']),
  body: z.string(),
  summary: z.string().nullable(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  /** Who published it, by name (`publishedBy` is their login); null when not a user. */
  publishedByName: z.string().nullable(),
  /** The latest version of its kind (only the latest asks to be acknowledged). */
  current: z.boolean(),
  /** When the user asking acknowledged this version, if they did. */
  acknowledgedAt: z.string().nullable(),
  /** For policy managers: how many active users have / have not acknowledged. */
  acknowledged: z.number().int().optional(),
  pending: z.number().int().optional(),
});
export type Policy = z.infer<typeof policySchema>;

// ---------- the change log

export const logQuerySchema = z.object({
  actor: z.string().max(200).optional(),
  entity: z.string().max(40).optional(),
  entityId: idTextSchema.optional(),
  action: z.string().max(40).optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  /** Rows with an id below this one (the next page). */
  before: idTextSchema.optional(),
});
export type LogQuery = z.infer<typeof logQuerySchema>;

export const logEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.number().int(),
  action: z.string(),
  diff: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
  batch: z.string().nullable(),
  reason: z.string().nullable(),
  hash: z.string().nullable(),
});
export type LogEntry = z.infer<typeof logEntrySchema>;

export const verifyResultSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first entry whose hash or link does not match, and why. */
  broken: z
    .object({
      id: z.number().int(),
      problem: z.enum(['content_changed', 'link_broken', 'rows_missing_at_end', 'rows_added_at_end']),
    })
    .nullable(),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;
