// Decisions on an audit's items (method steps d–g): taken or undone in one transaction with what
// follows from them. The registry follows a decision (status, people, unit) through its own service,
// under the decider's access: its scope, version, custody and history rules hold for a decision as
// for an edit of the presence, and the history says which audit decided and why.
import type { Access, Permission } from '../core/access';
import { nowIso } from '../core/clock';
import { Conflict, Invalid } from '../core/errors';
import { fill } from '../core/i18n';
import { appendChanges, writeTransaction } from '../core/log';
import { checkAssignment, presenceTarget, requireOnPresence } from '../registry/access';
import type { Presence, PresencePatch, PresenceStatus } from '../registry/model';
import { visiblePeopleOf } from '../registry/service';
import * as registry from '../registry/store';
import { requireOnAudit } from './access';
import { toItem } from './audits';
import { type AuditContext, auditRow, en, itemNotFound, M, type MessageCode } from './context';
import { auditMessages } from './messages';
import {
  type AuditItem,
  type DecideInput,
  type Decision,
  type PresenceSnapshot,
  STATUS_AFTER,
  type Task,
} from './model';
import { checkDecision } from './rules';
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

/** The change a decision asks of the registry: its status, and the people and unit it names. */
function registryPatch(input: DecideInput, auditName: string): PresencePatch {
  const label = auditMessages[`audit.decision.${input.decision}` as keyof typeof auditMessages]?.en;
  const patch: PresencePatch = {
    reason: en('audit.decision_reason', {
      audit: auditName,
      decision: fill(label ?? input.decision),
      reason: input.reason,
    }),
  };
  const status = STATUS_AFTER[input.decision];
  if (status) patch.status = status as PresenceStatus;
  for (const [field] of REFERENCES) if (input[field] !== undefined) patch[field] = input[field];
  if (input.version !== undefined) patch.version = input.version;
  return patch;
}

export async function decide(
  ctx: AuditContext,
  access: Access,
  auditId: number,
  presenceId: number,
  input: DecideInput,
): Promise<{ item: AuditItem; tasks: Task[] }> {
  const actor = access.actor;
  await requireOnAudit(ctx.h, access, 'audit.run', auditId);
  await writeTransaction(ctx.h.db, async (trx) => {
    const audit = await auditRow(trx, auditId);
    const now = await presenceNow(trx, access, 'audit.run', presenceId);
    if (now) {
      // The registry applies these rules again below; checked first, the answers come in the order
      // the API has always given them.
      const target = {
        ...presenceTarget({ id: presenceId, unitId: now.unit_id, custodianId: now.custodian_id }),
        ownerId: now.owner_id,
        deputyId: now.deputy_id,
      };
      checkAssignment(access, 'audit.run', target, input, await visiblePeopleOf(trx, ctx.h.dialect, access));
    }
    if (input.into != null) {
      const into = await registry.getPresenceRow(trx, input.into);
      if (into)
        requireOnPresence(access, 'registry.read', presenceTarget({ id: into.id, unitId: into.unit_id }));
    }
    const rows = await store.decisionRows(trx, auditId);
    const mine = rows.find((r) => r.presence_id === presenceId);
    if (!mine) throw itemNotFound(auditId, presenceId);
    const state = new Map(
      rows.map((r) => [
        r.presence_id,
        {
          status: (JSON.parse(r.snapshot) as PresenceSnapshot).status as PresenceStatus,
          decision: r.decision as Decision | null,
          recommendation: r.recommendation as Decision,
          into: r.decision ? r.decision_into : r.recommendation_into,
        },
      ]),
    );
    const conflict = checkDecision(
      { presenceId, decision: input.decision, into: input.into },
      { items: state },
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
    // Deleted since the audit: the decision is recorded, there is nothing to change.
    const presence: Presence | null = now
      ? await ctx.registry.updatePresence(access, presenceId, registryPatch(input, audit.name), {
          trx,
          permission: 'audit.run',
          batch: `audit:${auditId}`,
        })
      : null;
    await store.deleteUnstartedTasks(trx, auditId, presenceId);
    if (presence) await makeTasks(trx, ctx.h, actor, auditId, presence, input);
  });
  const [row] = await store.itemRows(ctx.h.db, auditId, presenceId);
  const tasks = await listTasks(ctx.h, auditId, { presenceId });
  return { item: toItem(row!), tasks };
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
    const audit = await auditRow(trx, auditId);
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
      const patch = {
        status: row.snapshot.status as PresenceStatus,
        reason: en('audit.undo_reason', { audit: audit.name }),
      };
      await ctx.registry.updatePresence(access, presenceId, patch, {
        trx,
        permission: 'audit.run',
        batch: `audit:${auditId}`,
      });
    }
  });
  const [row] = await store.itemRows(ctx.h.db, auditId, presenceId);
  return { item: toItem(row!) };
}
