// Loads the demo organisation into the registry, in one transaction, as an inventory import would:
// URLs are resolved to platform + handle, and the duplicates planted in the data merge into one.
// Then what the presences published, as if their platform exports had been imported: posts and weekly
// audiences, one data import per presence, written with the imports' own bulk inserts.
import { createHash } from 'node:crypto';
import { DEFAULT_SETTINGS } from '../audit/rules';
import { getSettingsText, putSettingsText } from '../audit/store';
import { nowIso } from '../core/clock';
import type { Db } from '../core/db';
import { Conflict, Invalid } from '../core/errors';
import { fill } from '../core/i18n';
import { nameKey } from '../core/text';
import { EXPORT_PLATFORMS } from '../imports/model';
import * as imports from '../imports/store';
import { registryMessages as M } from '../registry/messages';
import * as store from '../registry/store';
import { resolveProfile } from '../registry/urls/resolve';
import { type DemoLogin, loadDemoUsers } from '../trust/demo';
import { openReassignments } from '../trust/leavers/service';
import { loadDemoPolicies } from '../trust/policies/demo';
import { acknowledgeIn } from '../trust/policies/service';
import { type DemoActivity, demoActivity } from './activity';
import type { DemoOrganisation, DemoPresence } from './model';
import { DEMO_CHARTER, demoOrganisation } from './organisation';

export interface DemoLoadResult {
  organisation: string;
  /** A user for each role (src/trust/demo.ts), all with the demo password. */
  logins: DemoLogin[];
  units: number;
  people: number;
  presences: number;
  /** Rows of the demo data that repeated a presence written another way. */
  merged: number;
  /** Presences with posts or metrics (one data import each), posts and weekly audience figures. */
  dataImports: number;
  posts: number;
  metrics: number;
}

/**
 * Deletes everything the registry holds (for `vigie demo --reset`), children before parents: the
 * audits' plans, items and KPIs, then what the imports brought, then the registry itself. The audit
 * settings and message templates are the organisation's choices, not data: they stay.
 */
export async function clearRegistry(db: store.Q, actor = 'demo'): Promise<void> {
  await store.insertChanges(db, [
    {
      at: nowIso(),
      actor,
      entity: 'organisation',
      entity_id: 0,
      action: 'reset',
      diff: {},
      batch: 'demo',
      reason: null,
    },
  ]);
  await db.deleteFrom('kpis').execute();
  await db.deleteFrom('task_reminders').execute();
  await db.deleteFrom('audit_tasks').execute();
  await db.deleteFrom('audit_items').execute();
  await db.deleteFrom('audits').execute();
  await db.deleteFrom('interactions').execute();
  await db.deleteFrom('daily_metrics').execute();
  await db.deleteFrom('posts').execute();
  await db.deleteFrom('data_imports').execute();
  // The change log is append-only: it keeps the history of what is deleted here, and says so.
  await db.deleteFrom('inventory_imports').execute();
  // What undoing a batch would put back: the batches are gone with the registry they changed.
  await db.deleteFrom('batch_snapshots').execute();
  await db.deleteFrom('reassignments').execute();
  // Saved views filter by unit and owner ids, which the new registry does not keep.
  await db.deleteFrom('saved_views').execute();
  await db.deleteFrom('secrets').execute();
  await db.deleteFrom('vault_keys').execute();
  await db.deleteFrom('presences').execute();
  await db.deleteFrom('people').execute();
  await db.updateTable('units').set({ parent_id: null }).execute();
  await db.deleteFrom('units').execute();
  await db.deleteFrom('organisation').execute();
}

export async function loadDemo(
  h: Db,
  options: { reset?: boolean; actor?: string; data?: DemoOrganisation } = {},
): Promise<DemoLoadResult> {
  const data = options.data ?? demoOrganisation();
  const actor = options.actor ?? 'demo';
  const at = nowIso();
  return h.db.transaction().execute(async (trx) => {
    const existing = await store.countPresences(trx);
    if (existing > 0 && !options.reset) {
      throw new Conflict('demo.not_empty', fill(M['demo.not_empty'].en, { presences: existing }), {
        presences: existing,
      });
    }
    if (options.reset) await clearRegistry(trx, actor);
    await store.setOrganisationName(trx, data.organisation.name, at);
    const changes: store.ChangeValues[] = [];
    const record = (entity: 'unit' | 'person' | 'presence', id: number, values: Record<string, unknown>) =>
      changes.push({
        at,
        actor,
        entity,
        entity_id: id,
        action: 'create',
        diff: Object.fromEntries(
          Object.entries(values)
            .filter(([, v]) => v != null)
            .map(([k, v]) => [k, [null, v]]),
        ),
        batch: 'demo',
        reason: null,
      });

    const unitIds = new Map<string, number>();
    // Parents first, whatever the order of the data.
    const pending = [...data.units];
    while (pending.length) {
      const i = pending.findIndex((u) => !u.parent || unitIds.has(u.parent));
      if (i < 0)
        throw new Invalid(
          'demo.bad_units',
          `Demo units refer to unknown parents: ${pending.map((u) => u.key).join(', ')}`,
        );
      const [u] = pending.splice(i, 1);
      const id = await store.insertUnit(trx, {
        name: u!.name,
        name_key: nameKey(u!.name),
        kind: u!.kind,
        parent_id: u!.parent ? unitIds.get(u!.parent)! : null,
        country: u!.country ?? null,
        at,
      });
      unitIds.set(u!.key, id);
      record('unit', id, { name: u!.name, kind: u!.kind });
    }

    const personIds = new Map<string, number>();
    for (const p of data.people) {
      const id = await store.insertPerson(trx, {
        name: p.name,
        name_key: nameKey(p.name),
        email: p.email?.toLowerCase() ?? null,
        unit_id: p.unit ? (unitIds.get(p.unit) ?? null) : null,
        job_title: p.jobTitle ?? null,
        status: p.status,
        left_on: p.leftOn ?? null,
        at,
      });
      personIds.set(p.key, id);
      record('person', id, { name: p.name, email: p.email, status: p.status });
    }

    const seen = new Set<string>();
    const rows: store.PresenceValues[] = [];
    const sources: DemoPresence[] = [];
    let merged = 0;
    for (const p of data.presences) {
      const r = resolveProfile(p.url, p.platform);
      if (!r) throw new Invalid('demo.bad_url', `Demo presence URL cannot be resolved: ${p.url}`);
      const k = `${r.platform}|${r.key}`;
      if (seen.has(k)) {
        merged++;
        continue;
      }
      seen.add(k);
      const person = (key?: string) => (key ? (personIds.get(key) ?? null) : null);
      rows.push({
        platform: r.platform,
        handle: r.handle,
        handle_key: r.key,
        url: r.url,
        name: p.name ?? null,
        unit_id: p.unit ? (unitIds.get(p.unit) ?? null) : null,
        owner_id: person(p.owner),
        deputy_id: person(p.deputy),
        custodian_id: person(p.custodian),
        objective: p.objective ?? null,
        status: p.status,
        languages: JSON.stringify(p.languages),
        audience: p.audience ?? null,
        audience_on: p.audienceOn ?? null,
        created_on: p.createdOn ?? null,
        last_activity_on: p.lastActivityOn ?? null,
        mfa: p.mfa,
        recovery_contact: p.recoveryContact,
        tags: JSON.stringify(p.tags),
        notes: p.notes ?? null,
        bio: p.bio ?? null,
      });
      sources.push(p);
    }
    const ids = await store.insertPresences(trx, rows, at);
    for (const [i, r] of rows.entries()) {
      record('presence', ids[i]!, {
        platform: r.platform,
        handle: r.handle,
        url: r.url,
        name: r.name,
        status: r.status,
      });
    }
    await store.insertChanges(trx, changes);

    // What each presence published, recorded as one data import per presence.
    const exported = rows.flatMap((r, i) => {
      const activity = demoActivity(sources[i]!, r.platform);
      return activity ? [{ presenceId: ids[i]!, row: r, activity }] : [];
    });
    const importIds = new Map(
      (
        await imports.insertDataImports(
          trx,
          exported.map((e) => importRecord(at, e.presenceId, e.row, e.activity)),
        )
      ).map((r) => [r.presence_id, r.id]),
    );
    const posts: imports.PostRow[] = [];
    const metrics: Parameters<typeof imports.upsertMetrics>[1] = [];
    for (const { presenceId, activity } of exported) {
      const importId = importIds.get(presenceId)!;
      for (const p of activity.posts) {
        posts.push({
          presence_id: presenceId,
          external_id: p.externalId,
          published_at: p.publishedAt,
          text: p.text,
          language: p.language,
          kind: p.kind,
          url: null,
          links: JSON.stringify(p.links),
          media: JSON.stringify(p.media),
          likes: p.likes,
          shares: p.shares,
          replies: p.replies,
          quotes: null,
          views: p.views,
          saves: null,
          clicks: null,
          import_id: importId,
        });
      }
      for (const m of activity.metrics) {
        metrics.push({
          presence_id: presenceId,
          day: m.day,
          audience: m.audience,
          audience_gained: null,
          impressions: null,
          engagements: null,
          visits: null,
          video_views: null,
          import_id: importId,
        });
      }
    }
    await imports.insertPosts(h, trx, posts);
    await imports.upsertMetrics(trx, metrics, h);
    // The group's brand charter, for the audit to check (an organisation's own settings stay).
    if (!(await getSettingsText(trx)))
      await putSettingsText(
        trx,
        JSON.stringify({
          ...DEFAULT_SETTINGS,
          charter: { ...DEMO_CHARTER, languages: [...DEMO_CHARTER.languages] },
        }),
        actor,
        at,
      );
    const logins = await loadDemoUsers(trx, at);
    // The group's social-media policy and charter; the hub's admin and the unit manager have
    // acknowledged the current versions, the others have not yet.
    const docs = await loadDemoPolicies(trx, at);
    for (const l of logins.filter((x) => x.role === 'admin' || x.role === 'unit_manager')) {
      const u = await trx
        .selectFrom('users')
        .select('id')
        .where('login', '=', l.login)
        .executeTakeFirstOrThrow();
      for (const id of [docs.policyId, docs.charterId]) {
        const p = await trx
          .selectFrom('policies')
          .select(['id', 'version'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        await acknowledgeIn(trx, p, u.id, l.login, at);
      }
    }
    // People who already left hand over what they held: reassignment tasks, as for any leaver.
    const leavers = await trx.selectFrom('people').select('id').where('status', '=', 'left').execute();
    for (const l of leavers) await openReassignments(trx, l.id, actor);
    return {
      organisation: data.organisation.name,
      logins,
      units: unitIds.size,
      people: personIds.size,
      presences: rows.length,
      merged,
      dataImports: exported.length,
      posts: posts.length,
      metrics: metrics.length,
    };
  });
}

/** The record of a demo presence's "export": named `demo`, by `demo`. */
function importRecord(at: string, presenceId: number, r: store.PresenceValues, a: DemoActivity) {
  // No file was read: the digest names what the "export" holds, and the size is that of its texts.
  const last = a.posts.at(-1)?.publishedAt ?? '';
  const digest = `${r.platform}|${r.handle_key}|${a.posts.length}|${a.metrics.length}|${last}`;
  return {
    at,
    actor: 'demo',
    file_name: 'demo',
    size: a.posts.reduce((n, p) => n + p.text.length, 0),
    sha256: createHash('sha256').update(digest).digest('hex'),
    // The format's name: platforms Vigie has no reader for count as the generic CSV.
    platform: (EXPORT_PLATFORMS as readonly string[]).includes(r.platform) ? r.platform : 'csv',
    presence_id: presenceId,
    presence_created: 0,
    posts: a.posts.length,
    added: a.posts.length,
    updated: 0,
    interactions: 0,
    metrics: a.metrics.length,
    unknown_fields: '[]',
    duration_ms: 0,
  };
}
