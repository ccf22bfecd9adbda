// Between the presences table's state (filters in the URL, columns shown) and saved views (src/views):
// the filters a view stores, the URL change that applies one, which view the page shows, and the
// columns' visibility as TanStack reads it. Pure functions, tested beside.
import {
  normaliseColumns,
  OPTIONAL_COLUMNS,
  type OptionalColumn,
  type SavedView,
  sameColumns,
  sameFilters,
  type ViewFilters,
} from '../../../../src/views/model';
import type { FilterPatch, PresenceFilters } from '../presenceFilters';

export { OPTIONAL_COLUMNS, type OptionalColumn, type SavedView };

/** What a view keeps of the page's filters: the list's query, with the sort. */
export function viewFiltersOf(f: PresenceFilters): ViewFilters {
  const out: ViewFilters = {};
  if (f.q.trim()) out.q = f.q.trim();
  if (f.platform) out.platform = f.platform;
  if (f.unitId) {
    out.unitId = f.unitId;
    if (f.subUnits) out.subUnits = 'true';
  }
  if (f.status) out.status = f.status;
  if (f.risk) out.risk = f.risk;
  if (f.ownerId) out.ownerId = f.ownerId;
  if (f.sort) {
    out.sort = f.sort;
    if (f.dir === 'desc') out.dir = 'desc';
  }
  return out;
}

/** The URL change that applies a view: every filter it sets, every other one removed. */
export function applyPatch(view: SavedView): FilterPatch {
  const f = view.filters;
  return {
    q: f.q ?? null,
    platform: f.platform ?? null,
    unitId: f.unitId ?? null,
    subUnits: f.unitId && f.subUnits === 'true' ? true : null,
    status: f.status ?? null,
    risk: f.risk ?? null,
    ownerId: f.ownerId ?? null,
    // The table sorts by the columns it has; a view saved with another sort (by the API) is unsorted here.
    sort: (f.sort as PresenceFilters['sort']) ?? null,
    dir: f.sort && f.dir === 'desc' ? 'desc' : null,
    view: view.id,
  };
}

export interface ViewMatch {
  /** The view the page shows: the one applied, or one whose filters the page's equal. */
  view: SavedView | null;
  /** The view is the one applied (named in the URL), not only recognised from the filters. */
  applied: boolean;
  /** The view applied and changed since: its filters or columns differ. */
  changed: boolean;
}

/**
 * Which view the page shows. The view named in the URL, when it is one of the user's; otherwise a view
 * whose filters equal the page's (only when some filter is set: every page is not "All presences").
 */
export function matchView(
  views: readonly SavedView[],
  filters: PresenceFilters,
  columns: readonly OptionalColumn[] | null,
): ViewMatch {
  const current = viewFiltersOf(filters);
  const applied = filters.view ? views.find((v) => v.id === filters.view) : undefined;
  if (applied) {
    const changed = !sameFilters(applied.filters, current) || !sameColumns(applied.columns, columns);
    return { view: applied, applied: true, changed };
  }
  const found = Object.keys(current).length ? views.find((v) => sameFilters(v.filters, current)) : undefined;
  return { view: found ?? null, applied: false, changed: false };
}

/** TanStack's column visibility for the columns shown (null: all of them). */
export function visibilityOf(columns: readonly OptionalColumn[] | null): Record<string, boolean> {
  return Object.fromEntries(OPTIONAL_COLUMNS.map((c) => [c, !columns || columns.includes(c)]));
}

/** The columns shown after one is shown or hidden; null when that is all of them (the default). */
export function toggleColumn(
  columns: readonly OptionalColumn[] | null,
  column: OptionalColumn,
  shown: boolean,
): OptionalColumn[] | null {
  const now = new Set(columns ?? OPTIONAL_COLUMNS);
  if (shown) now.add(column);
  else now.delete(column);
  const next = normaliseColumns([...now]);
  return next && next.length === OPTIONAL_COLUMNS.length ? null : next;
}

/** Columns as kept in the browser, or null (every column) for anything else than a list of them. */
export function readStoredColumns(text: string | null | undefined): OptionalColumn[] | null {
  if (!text) return null;
  try {
    const raw: unknown = JSON.parse(text);
    if (!Array.isArray(raw)) return null;
    return normaliseColumns(OPTIONAL_COLUMNS.filter((c) => raw.includes(c)));
  } catch {
    return null;
  }
}
