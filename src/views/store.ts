// Saved views: Kysely queries only, the same on SQLite and PostgreSQL. Every query names the user:
// a view is only ever read or changed through its owner. JSON is parsed at this edge.
import type { Q } from '../core/log';
import {
  OPTIONAL_COLUMNS,
  type OptionalColumn,
  type SavedView,
  type ViewFilters,
  type ViewPage,
  viewFiltersSchema,
} from './model';

type Row = {
  id: number;
  page: string;
  name: string;
  filters: string;
  columns: string | null;
  created_at: string;
  updated_at: string;
};

const COLUMNS = ['id', 'page', 'name', 'filters', 'columns', 'created_at', 'updated_at'] as const;

/**
 * What was stored, read back: a filter or column a later version no longer knows is left out rather
 * than making the whole view unreadable (each key is read by the list's own rule).
 */
function readFilters(text: string): ViewFilters {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const shape = viewFiltersSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  return Object.fromEntries(
    Object.entries(raw).filter(([k, v]) => shape[k]?.safeParse(v).success),
  ) as ViewFilters;
}

function readColumns(text: string | null): OptionalColumn[] | null {
  if (text === null) return null;
  try {
    const raw: unknown = JSON.parse(text);
    if (!Array.isArray(raw)) return null;
    return OPTIONAL_COLUMNS.filter((c) => raw.includes(c));
  } catch {
    return null;
  }
}

function toView(r: Row): SavedView {
  return {
    id: Number(r.id),
    page: r.page as ViewPage,
    name: r.name,
    filters: readFilters(r.filters),
    columns: readColumns(r.columns),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The user's views of a page, by name. */
export async function listViews(db: Q, userId: number, page: ViewPage): Promise<SavedView[]> {
  const rows = await db
    .selectFrom('saved_views')
    .select(COLUMNS)
    .where('user_id', '=', userId)
    .where('page', '=', page)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toView);
}

/** One of the user's views; undefined when it does not exist or is someone else's. */
export async function viewOf(db: Q, userId: number, id: number): Promise<SavedView | undefined> {
  const row = await db
    .selectFrom('saved_views')
    .select(COLUMNS)
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? toView(row) : undefined;
}

export async function insertView(
  db: Q,
  v: {
    userId: number;
    page: ViewPage;
    name: string;
    filters: ViewFilters;
    columns: OptionalColumn[] | null;
    at: string;
  },
): Promise<number> {
  const row = await db
    .insertInto('saved_views')
    .values({
      user_id: v.userId,
      page: v.page,
      name: v.name,
      filters: JSON.stringify(v.filters),
      columns: v.columns === null ? null : JSON.stringify(v.columns),
      created_at: v.at,
      updated_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function updateView(
  db: Q,
  userId: number,
  id: number,
  set: { name?: string; filters?: ViewFilters; columns?: OptionalColumn[] | null; at: string },
): Promise<void> {
  await db
    .updateTable('saved_views')
    .set({
      ...(set.name !== undefined ? { name: set.name } : {}),
      ...(set.filters !== undefined ? { filters: JSON.stringify(set.filters) } : {}),
      ...(set.columns !== undefined
        ? { columns: set.columns === null ? null : JSON.stringify(set.columns) }
        : {}),
      updated_at: set.at,
    })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .execute();
}

/** Deletes one of the user's views; false when there was none of theirs by that id. */
export async function deleteView(db: Q, userId: number, id: number): Promise<boolean> {
  const r = await db
    .deleteFrom('saved_views')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
