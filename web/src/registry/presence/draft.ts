// A presence as its form holds it (text fields as strings, ids as the selects' strings), and the
// patch the API takes: only what changed, blanks as null.
import type {
  MfaState,
  Presence,
  PresencePatch,
  PresenceStatus,
  RecoveryKind,
} from '../../../../src/registry/model';

/** The editable fields, as the form holds them. */
export interface Draft {
  name: string;
  bio: string;
  unitId: string | null;
  ownerId: string | null;
  deputyId: string | null;
  custodianId: string | null;
  objective: string;
  status: PresenceStatus;
  languages: string[];
  audience: number | null;
  audienceOn: string;
  createdOn: string;
  lastActivityOn: string;
  mfa: MfaState;
  recoveryContact: RecoveryKind;
  tags: string[];
  notes: string;
}

const id = (v: number | null) => (v === null ? null : String(v));

export function toDraft(p: Presence): Draft {
  return {
    name: p.name ?? '',
    bio: p.bio ?? '',
    unitId: id(p.unitId),
    ownerId: id(p.ownerId),
    deputyId: id(p.deputyId),
    custodianId: id(p.custodianId),
    objective: p.objective ?? '',
    status: p.status,
    languages: p.languages,
    audience: p.audience,
    audienceOn: p.audienceOn ?? '',
    createdOn: p.createdOn ?? '',
    lastActivityOn: p.lastActivityOn ?? '',
    mfa: p.mfa,
    recoveryContact: p.recoveryContact,
    tags: p.tags,
    notes: p.notes ?? '',
  };
}

/** Only what changed, in the API's shape. */
export function patchOf(before: Draft, after: Draft): PresencePatch {
  const out: PresencePatch = {};
  const text = (v: string) => (v.trim() === '' ? null : v.trim());
  const num = (v: string | null) => (v === null ? null : Number(v));
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (text(before.name) !== text(after.name)) out.name = text(after.name);
  if (text(before.bio) !== text(after.bio)) out.bio = text(after.bio);
  if (before.unitId !== after.unitId) out.unitId = num(after.unitId);
  if (before.ownerId !== after.ownerId) out.ownerId = num(after.ownerId);
  if (before.deputyId !== after.deputyId) out.deputyId = num(after.deputyId);
  if (before.custodianId !== after.custodianId) out.custodianId = num(after.custodianId);
  if (text(before.objective) !== text(after.objective)) out.objective = text(after.objective);
  if (before.status !== after.status) out.status = after.status;
  if (!same(before.languages, after.languages)) out.languages = after.languages;
  if (before.audience !== after.audience) out.audience = after.audience;
  if (before.audienceOn !== after.audienceOn) out.audienceOn = after.audienceOn || null;
  if (before.createdOn !== after.createdOn) out.createdOn = after.createdOn || null;
  if (before.lastActivityOn !== after.lastActivityOn) out.lastActivityOn = after.lastActivityOn || null;
  if (before.mfa !== after.mfa) out.mfa = after.mfa;
  if (before.recoveryContact !== after.recoveryContact) out.recoveryContact = after.recoveryContact;
  if (!same(before.tags, after.tags)) out.tags = after.tags;
  if (text(before.notes) !== text(after.notes)) out.notes = text(after.notes);
  return out;
}
