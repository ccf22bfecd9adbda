// The registry's rules as pure functions: differences between versions, the unit tree, the overview.
import {
  type Change,
  type Overview,
  PRESENCE_STATUSES,
  type Presence,
  type PresenceStatus,
  type Unit,
} from './model';
import { isCurrent, riskFactsOf } from './risks';
import { figuresOf, type OverviewFigures } from './trend';

/** Field-by-field difference, `{ field: [before, after] }`, for the fields whose values differ. */
export function diffValues(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const k of Object.keys(after)) {
    const a = before[k] ?? null;
    const b = after[k] ?? null;
    if (!sameValue(a, b)) out[k] = [a, b];
  }
  return out;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  return (a ?? null) === (b ?? null);
}

/** The unit and all units below it. */
export function descendantIds(units: Pick<Unit, 'id' | 'parentId'>[], id: number): number[] {
  const children = new Map<number, number[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const out: number[] = [];
  const stack = [id];
  const seen = new Set<number>();
  while (stack.length) {
    const cur = stack.pop()!;
    if (seen.has(cur)) continue;
    seen.add(cur);
    out.push(cur);
    stack.push(...(children.get(cur) ?? []));
  }
  return out;
}

/** Would making `parentId` the parent of `id` close a loop in the tree? */
export function wouldCycle(
  units: Pick<Unit, 'id' | 'parentId'>[],
  id: number,
  parentId: number | null,
): boolean {
  if (parentId === null) return false;
  return descendantIds(units, id).includes(parentId);
}

/** Units in tree order (each parent before its children, siblings by name), with their depth. */
export function treeOrder<T extends Pick<Unit, 'id' | 'parentId' | 'name'>>(
  units: T[],
): (T & { depth: number })[] {
  const ids = new Set(units.map((u) => u.id));
  const byParent = new Map<number | null, T[]>();
  for (const u of units) {
    const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(u);
    byParent.set(parent, list);
  }
  for (const list of byParent.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const out: (T & { depth: number })[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const u of byParent.get(parent) ?? []) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      out.push({ ...u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/**
 * The overview a head of digital sees first: totals, risks and the platform × unit map. The map, the
 * status breakdown and `totals.presences` show every presence registered; the figures (current
 * presences, their platforms and audience) and the risks count the current ones only (closed and
 * archived presences are history), by the definitions of risks.ts, as an audit does: `since` holds
 * the same figures as the last audit froze them (trend.ts), or null.
 */
export function buildOverview(
  organisation: string,
  presences: Presence[],
  units: Unit[],
  alive: (platformId: string) => boolean,
  since: Overview['since'] = null,
): Overview {
  const byStatus = Object.fromEntries(PRESENCE_STATUSES.map((s) => [s, 0])) as Record<PresenceStatus, number>;
  const figures: OverviewFigures = figuresOf(
    presences.map((p) => ({
      platform: p.platform,
      audience: p.audience,
      facts: riskFactsOf(p, alive(p.platform)),
    })),
  );
  const platformCount = new Map<string, { count: number; current: number }>();
  const cells = new Map<string, Overview['matrix']['cells'][number]>();
  for (const p of presences) {
    byStatus[p.status]++;
    const counts = platformCount.get(p.platform) ?? { count: 0, current: 0 };
    counts.count++;
    if (isCurrent(p.status)) counts.current++;
    platformCount.set(p.platform, counts);
    const key = `${p.platform}|${p.unitId ?? ''}`;
    const cell = cells.get(key) ?? { platform: p.platform, unitId: p.unitId, count: 0, byStatus: {} };
    cell.count++;
    cell.byStatus[p.status] = (cell.byStatus[p.status] ?? 0) + 1;
    cells.set(key, cell);
  }
  const platforms = [...platformCount.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(([id]) => id);
  const ordered = treeOrder(units);
  const unitRows: Overview['matrix']['units'] = ordered.map((u) => ({ id: u.id, name: u.name }));
  if (presences.some((p) => p.unitId === null)) unitRows.push({ id: null, name: null });
  return {
    organisation,
    totals: {
      presences: presences.length,
      platforms: figures.platforms,
      units: units.length,
      audience: figures.audience,
      byStatus,
      current: figures.presences,
    },
    risks: figures.risks,
    since,
    matrix: { platforms, units: unitRows, cells: [...cells.values()] },
    byPlatform: platforms.map((id) => ({
      platform: id,
      count: platformCount.get(id)!.count,
      current: platformCount.get(id)!.current,
      alive: alive(id),
    })),
  };
}

/** One field of a record that changed between the version an editor saw and the current one. */
export interface ChangedField {
  field: string;
  /** Its value when the editor opened the record. */
  seen: unknown;
  /** Its value now. */
  current: unknown;
  /** Who changed it last, and when. */
  actor: string;
  /** The name of that user, when known (`actor` is their login). */
  actorName?: string | null;
  at: string;
}

/**
 * What changed since an editor opened a record, from the log's `update` entries made since (newest
 * first, as `lastUpdates` gives them): for each field, the value before the first of them, the
 * current value, and the last change's author and time. A field changed and then changed back is
 * not listed.
 */
export function changedSince(updates: Change[], current: Record<string, unknown>): ChangedField[] {
  const byField = new Map<string, ChangedField>();
  for (const c of [...updates].reverse()) {
    for (const [field, [before, after]] of Object.entries(c.diff)) {
      const first = byField.get(field);
      const seen = first ? first.seen : (before ?? null);
      byField.set(field, { field, seen, current: after ?? null, actor: c.actor, at: c.at });
    }
  }
  const out: ChangedField[] = [];
  for (const f of byField.values()) {
    if (Object.hasOwn(current, f.field)) f.current = current[f.field] ?? null;
    if (!sameValue(f.seen, f.current)) out.push(f);
  }
  return out;
}
