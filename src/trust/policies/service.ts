// The organisation's social-media policy and brand charter as versioned documents, and who has read
// and accepted them. Publishing adds a version and never edits an earlier one; only the latest version
// of each kind asks to be acknowledged; acknowledging twice changes nothing. Anyone signed in reads
// and acknowledges; `policies.manage` publishes and sees who has (not) acknowledged. Every write is
// one transaction, logged in the change log (entity `policy`, actions `publish` and `acknowledge`).
import { createHash } from 'node:crypto';
import type { Access } from '../../core/access';
import type { Db } from '../../core/db';
import { Conflict, Forbidden, Invalid, type Issue, NotFound } from '../../core/errors';
import { fill } from '../../core/i18n';
import { appendChanges, type Q } from '../../core/log';
import { userNames } from '../../registry/names';
import { type POLICY_KINDS, type Policy, policyInputSchema } from '../model';
import { policiesMessages as M } from './messages';
import * as store from './store';

export type PolicyKind = (typeof POLICY_KINDS)[number];

export interface PolicyInput {
  kind: PolicyKind;
  title: string;
  language: 'fr' | 'en';
  body: string;
  summary?: string | null;
}

export interface Acknowledgements {
  acknowledged: { userId: number; name: string; login: string; at: string }[];
  pending: { userId: number; name: string; login: string }[];
}

/** A current version and who has not acknowledged it (the CLI's `pending`). */
export interface PendingReport {
  policy: Policy;
  total: number;
  pending: Acknowledgements['pending'];
}

function msg(key: keyof typeof M, params: Record<string, string | number> = {}): string {
  return fill(M[key].en, params);
}

function issue(field: string, code: keyof typeof M, params: Record<string, string | number> = {}): Issue {
  const all = { field, ...params };
  return { field, code, params: all, message: msg(code, all) };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused.
const CONTROL = /[\u0000-\u001f\u007f]/;
/** A summary may run over several lines. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused.
const SUMMARY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The input's problems, each naming its field, with the catalogue's codes (translated for people). */
export function policyInputIssues(raw: unknown): { value: PolicyInput | null; issues: Issue[] } {
  const parsed = policyInputSchema.safeParse(raw);
  const given = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const issues: Issue[] = [];
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const field = i.path.map(String).join('.') || '(body)';
      if (i.code === 'unrecognized_keys') {
        for (const k of i.keys) issues.push(issue(k, 'policy.field.unknown'));
      } else if (i.path.length === 1 && (given[field] === undefined || given[field] === null)) {
        issues.push(issue(field, 'policy.field.required'));
      } else if (i.code === 'too_small') {
        issues.push(issue(field, given[field] === '' ? 'policy.field.required' : 'policy.field.blank'));
      } else if (i.code === 'too_big') {
        issues.push(issue(field, 'policy.field.too_long', { max: String(i.maximum) }));
      } else if (i.code === 'invalid_value') {
        issues.push(issue(field, 'policy.field.choice', { allowed: i.values.map(String).join(', ') }));
      } else if (i.code === 'invalid_type') {
        issues.push(issue(field, 'policy.field.type', { expected: String(i.expected) }));
      } else {
        issues.push({
          field,
          code: 'request.invalid_field',
          params: { field, detail: i.message },
          message: `${field}: ${i.message}`,
        });
      }
    }
  }
  // What the schema lets through, checked on the text given so that every problem is told at once.
  const reported = new Set(issues.map((i) => i.field));
  const text = (field: string) => {
    const v = given[field];
    return typeof v === 'string' && !reported.has(field) ? v : null;
  };
  const body = text('body');
  // A policy must say something: a body of spaces says nothing.
  if (body !== null && !body.trim()) issues.push(issue('body', 'policy.field.blank'));
  // PostgreSQL refuses NUL in text, and a title is one line of text: refused alike on both databases.
  if (body?.includes('\u0000')) issues.push(issue('body', 'policy.field.control'));
  const title = text('title');
  if (title !== null && CONTROL.test(title.trim())) issues.push(issue('title', 'policy.field.control'));
  const summary = text('summary');
  if (summary !== null && SUMMARY_CONTROL.test(summary))
    issues.push(issue('summary', 'policy.field.control'));
  if (issues.length || !parsed.success) return { value: null, issues };
  const v = parsed.data;
  return {
    value: {
      kind: v.kind,
      title: v.title,
      language: v.language,
      body: v.body,
      summary: v.summary ? v.summary : null,
    },
    issues,
  };
}

function invalid(issues: Issue[]): Invalid {
  const details = issues.map((i) => i.message).join('; ');
  return new Invalid('policy.invalid', msg('policy.invalid', { details }), { details }, issues);
}

/** A unique-constraint violation, on either database (two versions published at the same moment). */
function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === '23505' || (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT'));
}

function asQ(db: Db | Q): Q {
  return 'dialect' in db && 'close' in db ? (db as Db).db : (db as Q);
}

/** How many current versions this user has not acknowledged (for /api/me). */
export async function pendingPoliciesFor(db: Db | Q, userId: number): Promise<number> {
  return store.pendingCount(asQ(db), userId);
}

export class PolicyService {
  constructor(private readonly h: Db) {}

  private get db() {
    return this.h.db;
  }

  /** Every version, current ones first, with the asking user's acknowledgements (and, for managers, counts). */
  async list(access: Access): Promise<Policy[]> {
    const rows = await store.policyRows(this.db);
    return this.shape(access, rows);
  }

  async get(access: Access, id: number): Promise<Policy> {
    const row = await store.policyRow(this.db, id);
    if (!row)
      throw new NotFound('policy.not_found', msg('policy.not_found', { id: String(id) }), { id: String(id) });
    const [p] = await this.shape(access, [row]);
    return p as Policy;
  }

  /** A new version of its kind (the previous ones stay as they were). */
  async publish(access: Access, input: unknown): Promise<Policy> {
    access.require('policies.manage');
    const { value, issues } = policyInputIssues(input);
    if (!value) throw invalid(issues);
    const at = new Date().toISOString();
    let id = 0;
    for (let attempt = 0; ; attempt++) {
      try {
        id = await this.db.transaction().execute((trx) => publishIn(trx, access.actor, value, at));
        break;
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        if (attempt >= 2) {
          const kind = M[`policy.kind.${value.kind}`].en;
          throw new Conflict('policy.version_conflict', msg('policy.version_conflict', { kind }), { kind });
        }
      }
    }
    return this.get(access, id);
  }

  /**
   * Records that the signed-in user has read and accepted this version. Only the current version of
   * its kind can be accepted; accepting it again changes nothing (the first time stays).
   */
  async acknowledge(access: Access, id: number): Promise<Policy> {
    if (access.userId === null) throw new Forbidden('policy.no_user', msg('policy.no_user'));
    const userId = access.userId;
    await this.db.transaction().execute(async (trx) => {
      const row = await store.policyRow(trx, id);
      if (!row)
        throw new NotFound('policy.not_found', msg('policy.not_found', { id: String(id) }), {
          id: String(id),
        });
      const latest = await store.latestVersion(trx, row.kind);
      if (row.version !== latest) {
        const params = { title: row.title, version: String(row.version), current: String(latest) };
        throw new Conflict('policy.not_current', msg('policy.not_current', params), params);
      }
      await acknowledgeIn(trx, row, userId, access.actor, new Date().toISOString());
    });
    return this.get(access, id);
  }

  /** Active users who have and have not acknowledged a version. */
  async acknowledgements(access: Access, id: number): Promise<Acknowledgements> {
    access.require('policies.manage');
    const row = await store.policyRow(this.db, id);
    if (!row)
      throw new NotFound('policy.not_found', msg('policy.not_found', { id: String(id) }), { id: String(id) });
    return store.acknowledgementsOf(this.db, id);
  }

  /** For each current version (or the one asked), who has not acknowledged it. */
  async pending(access: Access, id?: number): Promise<PendingReport[]> {
    access.require('policies.manage');
    const ids = id === undefined ? await store.currentIds(this.db) : [id];
    const out: PendingReport[] = [];
    for (const policyId of ids) {
      const policy = await this.get(access, policyId);
      const acks = await store.acknowledgementsOf(this.db, policyId);
      out.push({ policy, total: acks.acknowledged.length + acks.pending.length, pending: acks.pending });
    }
    return out.sort((a, b) => kindOrder(a.policy.kind) - kindOrder(b.policy.kind));
  }

  private async shape(access: Access, rows: store.PolicyRow[]): Promise<Policy[]> {
    if (!rows.length) return [];
    const latest = new Map<string, number>();
    for (const k of new Set(rows.map((r) => r.kind))) latest.set(k, await store.latestVersion(this.db, k));
    const ids = rows.map((r) => r.id);
    const mine =
      access.userId === null
        ? new Map<number, string>()
        : await store.acknowledgedAt(this.db, access.userId, ids);
    const counts = access.can('policies.manage') ? await store.acknowledgementCounts(this.db, ids) : null;
    const names = await userNames(this.db, [...new Set(rows.map((r) => r.publishedBy))]);
    const out = rows.map((r): Policy => {
      const c = counts?.get(r.id);
      return {
        id: r.id,
        kind: r.kind,
        version: r.version,
        title: r.title,
        language: r.language,
        body: r.body,
        summary: r.summary,
        publishedAt: r.publishedAt,
        publishedBy: r.publishedBy,
        publishedByName: names.get(r.publishedBy) ?? null,
        current: latest.get(r.kind) === r.version,
        acknowledgedAt: mine.get(r.id) ?? null,
        ...(c ? { acknowledged: c.acknowledged, pending: c.pending } : {}),
      };
    });
    // Current versions first (policy, then charter), then the history, newest first.
    return out.sort(
      (a, b) =>
        Number(b.current) - Number(a.current) ||
        kindOrder(a.kind) - kindOrder(b.kind) ||
        b.version - a.version,
    );
  }
}

function kindOrder(k: string): number {
  return k === 'policy' ? 0 : 1;
}

/** Publishes a version in the caller's transaction, logged; answers its id. Used by the demo too. */
export async function publishIn(trx: Q, actor: string, value: PolicyInput, at: string): Promise<number> {
  const version = (await store.latestVersion(trx, value.kind)) + 1;
  const summary = value.summary ?? null;
  const id = await store.insertPolicy(trx, {
    kind: value.kind,
    version,
    title: value.title,
    language: value.language,
    body: value.body,
    summary,
    publishedAt: at,
    publishedBy: actor,
  });
  await appendChanges(trx, [
    {
      at,
      actor,
      entity: 'policy',
      entity_id: id,
      action: 'publish',
      // The text can be long: the log keeps its length and digest (proof of what was published), the row the text.
      diff: {
        kind: [null, value.kind],
        version: [null, version],
        title: [null, value.title],
        language: [null, value.language],
        summary: [null, summary],
        bodyLength: [null, value.body.length],
        bodySha256: [null, createHash('sha256').update(value.body).digest('hex')],
      },
      batch: null,
      reason: null,
    },
  ]);
  return id;
}

/**
 * Records that a user accepted a version, in the caller's transaction, logged; nothing when they
 * already had (answers whether this call recorded it). The demo uses it for its users.
 */
export async function acknowledgeIn(
  trx: Q,
  policy: { id: number; version: number },
  userId: number,
  actor: string,
  at: string,
): Promise<boolean> {
  if (!(await store.insertAcknowledgement(trx, policy.id, userId, at))) return false;
  await appendChanges(trx, [
    {
      at,
      actor,
      entity: 'policy',
      entity_id: policy.id,
      action: 'acknowledge',
      diff: { acknowledgedBy: [null, userId], version: [null, policy.version] },
      batch: null,
      reason: null,
    },
  ]);
  return true;
}
