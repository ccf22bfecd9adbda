// Rolling back one platform data import (issue #12): what it added goes, what it changed on the
// presence comes back, in one transaction, logged under `undo:data-import:<id>`.
//
// What an import writes, and what a rollback can do with it:
// - posts, interactions and days of metrics it added carry its id (`import_id`): deleted;
// - posts it found already stored with other counts were updated in place (import_id moved to it),
//   and days of metrics already stored were filled in: the earlier values are not kept anywhere, so
//   an import that updated posts (`updated`) or filled in stored days (`metrics_replaced`) is
//   refused, saying why. Imports made before migration 011 did not count the days they filled in:
//   they are refused when an earlier import of the same presence brought metrics too;
// - the presence's last activity, audience and bio it refreshed are in its log entry, value by
//   value: put back, unless the presence was changed since (then refused, naming the change);
// - a presence it created is deleted with it, or archived when other records hang from it.
// Imports of the same presence are rolled back newest first: a later one that still stands refuses.
import { type Access, scopeFilter } from '../core/access';
import { nowIso } from '../core/clock';
import type { Db } from '../core/db';
import { Conflict, NotFound } from '../core/errors';
import { fill } from '../core/i18n';
import { type ChangeValues, writeTransaction } from '../core/log';
import { LABELS } from '../registry/conflict';
import { presenceName, userNames } from '../registry/names';
import { diffValues } from '../registry/rules';
import { presenceRecord } from '../registry/service';
import * as registryStore from '../registry/store';
import { standing, undoBatch, when } from '../registry/undo';
import { pipelineMessages as M } from './pipeline-messages';

export interface DataRollbackResult {
  importId: number;
  /** The batch of the rollback's entries in the change log. */
  batch: string;
  posts: number;
  interactions: number;
  metrics: number;
  /** What became of the presence: its refreshed fields put back, or, created by the import, deleted or archived. */
  presence: 'restored' | 'unchanged' | 'deleted' | 'archived';
}

/** The presence's columns an import refreshes, by the names its log entry gives them. */
const REFRESHED: Record<string, 'bio' | 'last_activity_on' | 'audience' | 'audience_on'> = {
  bio: 'bio',
  lastActivityOn: 'last_activity_on',
  audience: 'audience',
  audienceOn: 'audience_on',
};

/** What may hang from a presence besides this import's own data. */
const OTHER_USES = ['audit_items', 'audit_tasks', 'kpis', 'secrets', 'reassignments', 'grants'] as const;

const en = (code: keyof typeof M, params: Record<string, string | number>) => fill(M[code].en, params);

/** Rolls back data import `importId` (see the file's header), for a user who may import onto its presence. */
export async function rollbackDataImport(
  h: Db,
  access: Access,
  importId: number,
): Promise<DataRollbackResult> {
  access.require('data.import');
  return writeTransaction(h.db, async (trx) => {
    const row = await trx
      .selectFrom('data_imports')
      .selectAll()
      .where('id', '=', importId)
      .executeTakeFirst();
    const unknown = () =>
      new NotFound('imports.import_not_found', en('imports.import_not_found', { id: importId }), {
        id: importId,
      });
    if (!row) throw unknown();
    const pid = row.presence_id;
    // An import is seen through its presence: one out of the user's reach is as unknown as none.
    if (scopeFilter(access.scope('data.import'))) {
      const p = pid === null ? null : await registryStore.getPresenceRow(trx, pid);
      if (!p) throw unknown();
      access.requireOn(
        'data.import',
        { id: importId, presenceId: p.id, unitId: p.unit_id },
        'imports.import_not_found',
      );
    }
    const params = { id: importId, file: row.file_name };
    const refuse = (code: keyof typeof M, more: Record<string, string | number> = {}) =>
      new Conflict(code, en(code, { ...params, ...more }), { ...params, ...more });
    if (row.rolled_back_at) {
      const by = row.rolled_back_by ?? '?';
      throw refuse('imports.already_rolled_back', {
        actor: (await userNames(trx, [by])).get(by) ?? by,
        at: when(row.rolled_back_at),
      });
    }
    if (row.updated > 0) throw refuse('imports.rollback_updated', { count: row.updated });
    if ((row.metrics_replaced ?? 0) > 0)
      throw refuse('imports.rollback_metrics', { count: row.metrics_replaced ?? 0 });
    if (pid === null) throw refuse('imports.rollback_no_presence');
    const others = await trx
      .selectFrom('data_imports')
      .select(['id', 'file_name', 'metrics'])
      .where('presence_id', '=', pid)
      .where('id', '<>', importId)
      .where('rolled_back_at', 'is', null)
      .orderBy('id')
      .execute();
    const later = others.filter((o) => o.id > importId);
    if (later.length) {
      const list = later
        .slice(-5)
        .reverse()
        .map((o) => `#${o.id} (${o.file_name})`)
        .join(', ');
      throw refuse('imports.rollback_later', { later: list });
    }
    const earlierMetrics = others.find((o) => o.id < importId && o.metrics > 0);
    if (row.metrics > 0 && row.metrics_replaced == null && earlierMetrics)
      throw refuse('imports.rollback_metrics_unknown', {
        earlier: `#${earlierMetrics.id} (${earlierMetrics.file_name})`,
      });

    const batch = `data-import:${importId}`;
    const history = await registryStore.listChanges(trx, 'presence', pid);
    const ours = history.filter((c) => c.batch === batch);
    // Newest first: what came after this import's last entry, less batches undone since.
    const since = ours.length ? standing(history.slice(0, history.indexOf(ours[0]!))) : [];
    const [presence] = await registryStore.listPresences(trx, h.dialect, { ids: [pid] });
    if (since.length && presence) {
      const fields = [...new Set(since.flatMap((c) => Object.keys(c.diff)))].map((f) => LABELS[f] ?? [f, f]);
      const actor = since[0]!.actor;
      throw refuse('imports.rollback_changed', {
        name: presenceName(presence),
        fields: fields.map(([e]) => e).join(', '),
        fields_fr: fields.map(([, f]) => f).join(', '),
        actor: (await userNames(trx, [actor])).get(actor) ?? actor,
        at: when(since[0]!.at),
      });
    }

    const at = nowIso();
    const actor = access.actor;
    const undo = undoBatch(batch);
    const changes: ChangeValues[] = [];
    const deleted = async (table: 'posts' | 'interactions' | 'daily_metrics') =>
      Number(
        (
          await trx
            .deleteFrom(table)
            .where('presence_id', '=', pid)
            .where('import_id', '=', importId)
            .executeTakeFirst()
        ).numDeletedRows,
      );
    const result: DataRollbackResult = {
      importId,
      batch: undo,
      interactions: await deleted('interactions'),
      metrics: await deleted('daily_metrics'),
      posts: await deleted('posts'),
      presence: 'unchanged',
    };
    if (presence && row.presence_created === 1) {
      if (await presenceInUse(trx, pid, importId)) {
        if (presence.status !== 'archived') {
          changes.push(
            entry(at, actor, undo, 'presence', pid, 'update', { status: [presence.status, 'archived'] }),
          );
          await registryStore.versionedUpdate(trx, 'presences', pid, { status: 'archived', updated_at: at });
        }
        result.presence = 'archived';
      } else {
        changes.push(
          entry(at, actor, undo, 'presence', pid, 'delete', diffValues(presenceRecord(presence), {})),
        );
        await registryStore.deletePresenceRow(trx, pid);
        result.presence = 'deleted';
      }
    } else if (presence) {
      // The import's refresh, value by value ([before, after]): each goes back to `before`.
      const set: Record<string, unknown> = {};
      const diff: Record<string, [unknown, unknown]> = {};
      for (const c of ours) {
        if (c.action !== 'update') continue;
        for (const [field, [before, after]] of Object.entries(c.diff)) {
          const column = REFRESHED[field];
          if (!column) continue;
          set[column] = before;
          diff[field] = [after, before];
        }
      }
      if (Object.keys(set).length) {
        changes.push(entry(at, actor, undo, 'presence', pid, 'update', diff));
        await registryStore.versionedUpdate(trx, 'presences', pid, { ...set, updated_at: at });
        result.presence = 'restored';
      }
    }
    await trx
      .updateTable('data_imports')
      .set({ rolled_back_at: at, rolled_back_by: actor })
      .where('id', '=', importId)
      .execute();
    changes.push(
      entry(at, actor, undo, 'data_import', importId, 'rollback', {
        rolledBack: [false, true],
        posts: [result.posts, 0],
        interactions: [result.interactions, 0],
        metrics: [result.metrics, 0],
      }),
    );
    // The log's lock is held since the transaction began (writeTransaction): one lock order.
    await registryStore.insertChanges(trx, changes);
    return result;
  });
}

/** Whether records other than this import's own data hang from the presence. */
async function presenceInUse(trx: registryStore.Q, pid: number, importId: number): Promise<boolean> {
  for (const table of ['posts', 'interactions', 'daily_metrics'] as const) {
    const r = await trx
      .selectFrom(table)
      .select('presence_id')
      .where('presence_id', '=', pid)
      .where('import_id', '<>', importId)
      .limit(1)
      .executeTakeFirst();
    if (r) return true;
  }
  const imports = await trx
    .selectFrom('data_imports')
    .select('id')
    .where('presence_id', '=', pid)
    .where('id', '<>', importId)
    .where('rolled_back_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  if (imports) return true;
  for (const table of OTHER_USES) {
    const r = await trx
      .selectFrom(table)
      .select('presence_id')
      .where('presence_id', '=', pid)
      .limit(1)
      .executeTakeFirst();
    if (r) return true;
  }
  return false;
}

function entry(
  at: string,
  actor: string,
  batch: string,
  entity: ChangeValues['entity'],
  id: number,
  action: string,
  diff: Record<string, [unknown, unknown]>,
): ChangeValues {
  return { at, actor, entity, entity_id: id, action, diff, batch, reason: null };
}
