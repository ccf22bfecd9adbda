// Loads the demo organisation into the registry, in one transaction, as an inventory import would:
// URLs are resolved to platform + handle, and the duplicates planted in the data merge into one.
import { nowIso } from '../core/clock';
import type { Db } from '../core/db';
import { Conflict, Invalid } from '../core/errors';
import { fill } from '../core/i18n';
import { nameKey } from '../core/text';
import { registryMessages as M } from '../registry/messages';
import { resolveProfile } from '../registry/resolve';
import * as store from '../registry/store';
import type { DemoOrganisation } from './model';
import { demoOrganisation } from './organisation';

export interface DemoLoadResult {
  organisation: string;
  units: number;
  people: number;
  presences: number;
  /** Rows of the demo data that repeated a presence written another way. */
  merged: number;
}

/** Deletes everything the registry holds (for `vigie demo --reset`). */
export async function clearRegistry(db: store.Q): Promise<void> {
  await db.deleteFrom('interactions').execute();
  await db.deleteFrom('daily_metrics').execute();
  await db.deleteFrom('posts').execute();
  await db.deleteFrom('data_imports').execute();
  await db.deleteFrom('changes').execute();
  await db.deleteFrom('inventory_imports').execute();
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
    if (options.reset) await clearRegistry(trx);
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
      });
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
    return {
      organisation: data.organisation.name,
      units: unitIds.size,
      people: personIds.size,
      presences: rows.length,
      merged,
    };
  });
}
