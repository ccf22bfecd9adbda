// Decisions on an audit's items (method steps d–g): taken or undone in one transaction with what
// follows from them. The registry follows a decision (status, people, unit) through its own service,
// under the decider's access: its scope, version, custody and history rules hold for a decision as
// for an edit of the presence, and the history says which audit decided and why. Accepting the
// recommendation for many presences at once goes through the very same path, in one transaction.
import type { Transaction } from 'kysely';
import type { Access, Permission } from '../core/access';
import { nowIso } from '../core/clock';
import { Conflict, Invalid, type Issue, VigieError } from '../core/errors';
import { parseInput } from '../core/http';
import { appendChanges, writeTransaction } from '../core/log';
import type { Database } from '../core/schema';
import { checkAssignment, presenceTarget, requireOnPresence } from '../registry/access';
import type { Presence, PresencePatch, PresenceStatus } from '../registry/model';
import { presenceName, userNames } from '../registry/names';
import { visiblePeopleOf } from '../registry/service';
import * as registry from '../registry/store';
import { platformName } from '../registry/urls/platforms';
import { requireOnAudit } from './access';
import { toItem } from './audits';
import { type AuditContext, auditRow, en, itemNotFound, M, type MessageCode } from './context';
import {
  type AcceptInput,
  type AcceptResult,
  type AuditItem,
  acceptSchema,
  type DecideInput,
  type Decision,
  type PresenceSnapshot,
  STATUS_AFTER,
  type Task,
} from './model';
import { checkDecision, type DecisionState } from './rules';
import * as store from './store';
import { listTasks, makeTasks } from './tasks';

/**
 * The presence as it is now must be within the user's scope: it may have left their units since
 * the audit (404 when they cannot see it any more, 403 when they see it only).
 */
async function presenceNow(db: registry.Q, access: Access, permission: Permission, id: number) {
  const row = await registry.getPresenceRow(db, id);
  if (row) requireOnPresence(access, permission, presenceTarget({ id, unitId: row.unit_id }));
  return row;
}

const REFERENCES = [
  ['ownerId', 'owner_id', 'person'],
  ['deputyId', 'deputy_id', 'person'],
  ['custodianId', 'custodian_id', 'person'],
  ['unitId', 'unit_id', 'unit'],
] as const;

/**
 * What the decision names must exist, refused with the decision's own field (after the assignment
 * rules, so that a person the user may not see stays unknown rather than invalid).
 */
async function checkReferences(
  trx: registry.Q,
  now: registry.PresenceRow,
  input: DecideInput,
): Promise<void> {
  for (const [field, column, what] of REFERENCES) {
    const v = input[field];
    if (v === undefined || v === null || v === now[column]) continue;
    const exists = what === 'unit' ? await registry.getUnitRow(trx, v) : await registry.getPersonRow(trx, v);
    if (exists) continue;
    const params = { what, id: v };
    const message = en('audit.bad_reference', params);
    throw new Invalid('audit.bad_reference', message, params, [
      { field, code: 'audit.bad_reference', params, message },
    ]);
  }
}

/**
 * The change a decision asks of the registry: its status, and the people and unit it names. The
 * history entry's reason is the decider's own words; its batch (`audit:12`) says that an audit
 * decision made it, which each reader's history words in their language.
 */
function registryPatch(input: DecideInput): PresencePatch {
  const patch: PresencePatch = { reason: input.reason };
  const status = STATUS_AFTER[input.decision];
  if (status) patch.status = status as PresenceStatus;
  for (const [field] of REFERENCES) if (input[field] !== undefined) patch[field] = input[field];
  if (input.version !== undefined) patch.version = input.version;
  return patch;
}

/** Each audited presence's decision and recommendation, as the conflict rules read them. */
type DecisionRow = Awaited<ReturnType<typeof store.decisionRows>>[number];

/**
 * Where an audit's decisions stand, read once in the transaction: a bulk accept reads it once for
 * all its presences and records each decision in it, so that the next one is checked against it.
 */
interface Book {
  rows: Map<number, DecisionRow>;
  state: DecisionState['items'];
}

async function readBook(trx: registry.Q, auditId: number): Promise<Book> {
  const rows = await store.decisionRows(trx, auditId);
  return {
    rows: new Map(rows.map((r) => [r.presence_id, r])),
    state: new Map(
      rows.map((r) => [
        r.presence_id,
        {
          status: (JSON.parse(r.snapshot) as PresenceSnapshot).status as PresenceStatus,
          decision: r.decision as Decision | null,
          recommendation: r.recommendation as Decision,
          into: r.decision ? r.decision_into : r.recommendation_into,
        },
      ]),
    ),
  };
}

function recordInBook(book: Book, presenceId: number, decision: Decision, into: number | null): void {
  const row = book.rows.get(presenceId);
  if (row) book.rows.set(presenceId, { ...row, decision, decision_into: into });
  const state = book.state.get(presenceId);
  if (state) book.state.set(presenceId, { ...state, decision, into });
}

/** What a transaction deciding for many presences reads once: the decisions, the people one may name. */
interface Shared {
  book: Book;
  visible: () => Promise<Set<number> | null>;
}

function shareIn(ctx: AuditContext, trx: Transaction<Database>, access: Access, book: Book): Shared {
  let visible: Promise<Set<number> | null> | undefined;
  return { book, visible: () => (visible ??= visiblePeopleOf(trx, ctx.h.dialect, access)) };
}

/**
 * One decision, in the caller's transaction (the audit is known to be in the user's scope): the
 * registry's rules, the conflict rules, the audit item, the log, the registry change and the tasks.
 */
async function decideIn(
  ctx: AuditContext,
  trx: Transaction<Database>,
  access: Access,
  auditId: number,
  presenceId: number,
  input: DecideInput,
  shared: Shared,
): Promise<void> {
  const actor = access.actor;
  const now = await presenceNow(trx, access, 'audit.run', presenceId);
  if (now) {
    // The registry applies these rules again below; checked first, the answers come in the order
    // the API has always given them.
    const target = {
      ...presenceTarget({ id: presenceId, unitId: now.unit_id, custodianId: now.custodian_id }),
      ownerId: now.owner_id,
      deputyId: now.deputy_id,
    };
    checkAssignment(access, 'audit.run', target, input, await shared.visible());
  }
  if (input.into != null) {
    const into = await registry.getPresenceRow(trx, input.into);
    if (into)
      requireOnPresence(access, 'registry.read', presenceTarget({ id: into.id, unitId: into.unit_id }));
  }
  const mine = shared.book.rows.get(presenceId);
  if (!mine) throw itemNotFound(auditId, presenceId);
  const conflict = checkDecision(
    { presenceId, decision: input.decision, into: input.into },
    { items: shared.book.state },
  );
  if (conflict) {
    const key = conflict.code as MessageCode;
    throw new Conflict(conflict.code, M[key] ? en(key, conflict.params) : conflict.code, conflict.params);
  }
  if (now) await checkReferences(trx, now, input);
  const at = nowIso();
  await store.setDecision(trx, auditId, presenceId, {
    decision: input.decision,
    decision_into: input.into,
    decision_reason: input.reason,
    decided_by: actor,
    decided_at: at,
  });
  // The item is named by its presence; the batch names the audit.
  const diff: Record<string, [unknown, unknown]> = { decision: [mine.decision, input.decision] };
  if ((mine.decision_into ?? null) !== (input.into ?? null))
    diff.into = [mine.decision_into, input.into ?? null];
  await appendChanges(trx, [
    {
      at,
      actor,
      entity: 'audit_item',
      entity_id: presenceId,
      action: 'decide',
      diff,
      batch: `audit:${auditId}`,
      reason: input.reason,
    },
  ]);
  recordInBook(shared.book, presenceId, input.decision, input.into);
  // Deleted since the audit: the decision is recorded, there is nothing to change.
  const presence: Presence | null = now
    ? await ctx.registry.updatePresence(access, presenceId, registryPatch(input), {
        trx,
        permission: 'audit.run',
        batch: `audit:${auditId}`,
      })
    : null;
  await store.deleteUnstartedTasks(trx, auditId, presenceId);
  if (presence) await makeTasks(trx, ctx.h, actor, auditId, presence, input);
}

/** An item as the API gives it, its decider named. */
async function itemNow(ctx: AuditContext, auditId: number, presenceId: number): Promise<AuditItem> {
  const [row] = await store.itemRows(ctx.h.db, auditId, presenceId);
  if (!row) throw itemNotFound(auditId, presenceId);
  return toItem(row, await userNames(ctx.h.db, row.decided_by ? [row.decided_by] : []));
}

export async function decide(
  ctx: AuditContext,
  access: Access,
  auditId: number,
  presenceId: number,
  input: DecideInput,
): Promise<{ item: AuditItem; tasks: Task[] }> {
  await requireOnAudit(ctx.h, access, 'audit.run', auditId);
  await writeTransaction(ctx.h.db, async (trx) => {
    await auditRow(trx, auditId);
    const shared = shareIn(ctx, trx, access, await readBook(trx, auditId));
    await decideIn(ctx, trx, access, auditId, presenceId, input, shared);
  });
  const tasks = await listTasks(ctx.h, auditId, { presenceId });
  return { item: await itemNow(ctx, auditId, presenceId), tasks };
}

/** How far a bulk accept has gone: presences decided (or left as decided) out of all. */
export type AcceptProgress = (done: number, total: number) => void;

/** Names the presence a bulk accept stopped at, keeping why (its code, words and issues) as issues. */
function refusedFor(e: VigieError, presenceId: number, snapshot: PresenceSnapshot): VigieError {
  const params = {
    id: presenceId,
    presence: `${presenceName(snapshot)} (${platformName(snapshot.platform)})`,
  };
  const why: Issue = { code: e.code, params: e.params, message: e.message };
  return new VigieError(e.kind, 'audit.accept.refused', en('audit.accept.refused', params), params, [
    why,
    ...e.issues,
  ]);
}

/**
 * Accepts the recommendation of each presence named, with one reason, in one transaction: each one
 * goes through the same path as a single decision (the registry's rules and history, the conflict
 * rules, the tasks), in the order given. All or nothing: the first presence refused (out of the
 * user's scope, a conflict with another decision, a rule of the registry) refuses them all, naming it,
 * and nothing is kept. A presence already decided when the accept runs (by someone else meanwhile)
 * is left as decided: the accept is for the undecided ones, and says which it left.
 */
export async function acceptRecommendations(
  ctx: AuditContext,
  access: Access,
  auditId: number,
  raw: AcceptInput,
  onProgress?: AcceptProgress,
): Promise<AcceptResult> {
  await requireOnAudit(ctx.h, access, 'audit.run', auditId);
  const input = parseInput(acceptSchema, raw);
  const seen = new Set<number>();
  for (const id of input.presenceIds) {
    if (seen.has(id)) {
      const params = { id };
      const message = en('audit.accept.repeated', params);
      throw new Invalid('audit.accept.repeated', message, params, [
        { field: 'presenceIds', code: 'audit.accept.repeated', params, message },
      ]);
    }
    seen.add(id);
  }
  const total = input.presenceIds.length;
  onProgress?.(0, total);
  return writeTransaction(ctx.h.db, async (trx) => {
    await auditRow(trx, auditId);
    const book = await readBook(trx, auditId);
    // Every presence named must be one the audit judged: said for all of them at once.
    const unknown = input.presenceIds.filter((id) => !book.rows.has(id));
    if (unknown.length) {
      const first = itemNotFound(auditId, unknown[0]!);
      throw new VigieError(
        first.kind,
        first.code,
        first.message,
        first.params,
        unknown.slice(0, 50).map((id) => {
          const params = { id: auditId, presence: id };
          return {
            field: 'presenceIds',
            code: 'audit.item_not_found',
            params,
            message: en('audit.item_not_found', params),
          };
        }),
      );
    }
    const shared = shareIn(ctx, trx, access, book);
    const result: AcceptResult = { accepted: [], skipped: [], tasks: 0 };
    for (const presenceId of input.presenceIds) {
      const row = book.rows.get(presenceId)!;
      if (row.decision) result.skipped.push(presenceId);
      else {
        const decision: DecideInput = {
          decision: row.recommendation as Decision,
          into: row.recommendation_into,
          reason: input.reason,
        };
        try {
          await decideIn(ctx, trx, access, auditId, presenceId, decision, shared);
        } catch (e) {
          if (!(e instanceof VigieError)) throw e;
          throw refusedFor(e, presenceId, JSON.parse(row.snapshot) as PresenceSnapshot);
        }
        result.accepted.push(presenceId);
      }
      onProgress?.(result.accepted.length + result.skipped.length, total);
    }
    const accepted = new Set(result.accepted);
    result.tasks = (await store.taskRows(trx, { auditId })).filter((t) => accepted.has(t.presence_id)).length;
    return result;
  });
}

export async function undo(
  ctx: AuditContext,
  access: Access,
  auditId: number,
  presenceId: number,
): Promise<{ item: AuditItem }> {
  const actor = access.actor;
  await requireOnAudit(ctx.h, access, 'audit.run', auditId);
  await writeTransaction(ctx.h.db, async (trx) => {
    await auditRow(trx, auditId);
    const current = await presenceNow(trx, access, 'audit.run', presenceId);
    const [row] = await store.itemRows(trx, auditId, presenceId);
    if (!row) throw itemNotFound(auditId, presenceId);
    if (!row.decision) return;
    await store.setDecision(trx, auditId, presenceId, {
      decision: null,
      decision_into: null,
      decision_reason: null,
      decided_by: null,
      decided_at: null,
    });
    const undoDiff: Record<string, [unknown, unknown]> = { decision: [row.decision, null] };
    if (row.decision_into !== null) undoDiff.into = [row.decision_into, null];
    if (row.decision_reason) undoDiff.reason = [row.decision_reason, null];
    await appendChanges(trx, [
      {
        at: nowIso(),
        actor,
        entity: 'audit_item',
        entity_id: presenceId,
        action: 'undo',
        diff: undoDiff,
        batch: `audit:${auditId}`,
        reason: null,
      },
    ]);
    await store.deleteUnstartedTasks(trx, auditId, presenceId);
    // The registry status goes back to what the audit saw, if the decision is what changed it.
    const after = STATUS_AFTER[row.decision as Decision];
    if (current && after && current.status === after && row.snapshot.status !== after) {
      // The batch says the audit's decision was withdrawn (`audit-undo:12`), in each reader's words.
      const patch = { status: row.snapshot.status as PresenceStatus };
      await ctx.registry.updatePresence(access, presenceId, patch, {
        trx,
        permission: 'audit.run',
        batch: `audit-undo:${auditId}`,
      });
    }
  });
  const [row] = await store.itemRows(ctx.h.db, auditId, presenceId);
  return { item: toItem(row!) };
}
