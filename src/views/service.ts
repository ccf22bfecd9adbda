// Saved views for one user. Personal by construction: every read and write names the acting user, so
// another user's view answers exactly as a view that does not exist (404), whatever the roles. Views
// are preferences, not the organisation's data: they are not written to the change log (like a page
// size kept in the browser), and need no permission beyond being signed in. Their filters never widen
// what a person sees: the list applies the reader's scope whatever the view says.
import type { Access, Target } from '../core/access';
import { nowIso } from '../core/clock';
import type { Db } from '../core/db';
import { Conflict, NotFound, Unauthenticated } from '../core/errors';
import { parseInput } from '../core/http';
import { fill } from '../core/i18n';
import { parseId } from '../core/ids';
import type { Q } from '../core/log';
import { viewsMessages as M } from './messages';
import {
  MAX_VIEWS,
  nameKey,
  normaliseColumns,
  normaliseFilters,
  type SavedView,
  type ViewPage,
  viewInputSchema,
  viewPatchSchema,
} from './model';
import * as store from './store';

/** The acting user's id: views are a user's own, and the local operator (no user yet) has none. */
function userOf(access: Access): number {
  if (access.userId === null) throw new Unauthenticated('views.user_required', M['views.user_required'].en);
  return access.userId;
}

export function viewNotFound(id: number | string): NotFound {
  return new NotFound('views.not_found', fill(M['views.not_found'].en, { id: String(id) }), {
    id: String(id),
  });
}

function duplicate(name: string): Conflict {
  return new Conflict('views.duplicate', fill(M['views.duplicate'].en, { name }), { name });
}

function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === '23505' || (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT'));
}

/** One of the user's own views, for the route's gate; null (404) for anyone else's or none. */
export async function ownViewTarget(db: Q, access: Access | undefined, id: number): Promise<Target | null> {
  if (!access || access.userId === null) return null;
  const view = await store.viewOf(db, access.userId, id);
  return view ? { id, ownerUserId: access.userId } : null;
}

export class ViewService {
  constructor(private readonly h: Db) {}

  async list(access: Access, page: ViewPage = 'presences'): Promise<SavedView[]> {
    return store.listViews(this.h.db, userOf(access), page);
  }

  async get(access: Access, id: number): Promise<SavedView> {
    const view = await store.viewOf(this.h.db, userOf(access), id);
    if (!view) throw viewNotFound(id);
    return view;
  }

  /**
   * One of the user's views named as a person would on the command line: its exact name, else the
   * same name in other capitals, else its id.
   */
  async find(access: Access, page: ViewPage, nameOrId: string): Promise<SavedView> {
    const views = await this.list(access, page);
    const id = parseId(nameOrId.trim());
    const found =
      views.find((v) => v.name === nameOrId.trim()) ??
      views.find((v) => nameKey(v.name) === nameKey(nameOrId)) ??
      (id === null ? undefined : views.find((v) => v.id === id));
    if (!found) {
      const name = nameOrId.slice(0, 80);
      throw new NotFound('views.not_found_name', fill(M['views.not_found_name'].en, { name }), { name });
    }
    return found;
  }

  async create(access: Access, input: unknown): Promise<SavedView> {
    const userId = userOf(access);
    const v = parseInput(viewInputSchema, input);
    const existing = await store.listViews(this.h.db, userId, v.page);
    if (existing.some((e) => nameKey(e.name) === nameKey(v.name))) throw duplicate(v.name);
    if (existing.length >= MAX_VIEWS)
      throw new Conflict('views.too_many', fill(M['views.too_many'].en, { max: MAX_VIEWS }), {
        max: MAX_VIEWS,
      });
    let id: number;
    try {
      id = await store.insertView(this.h.db, {
        userId,
        page: v.page,
        name: v.name,
        filters: normaliseFilters(v.filters),
        columns: normaliseColumns(v.columns),
        at: nowIso(),
      });
    } catch (e) {
      // The same name saved at the same moment from another tab: the constraint decides.
      if (isUniqueViolation(e)) throw duplicate(v.name);
      throw e;
    }
    return this.get(access, id);
  }

  /** Renames the view, or replaces its filters or its columns (each given whole). */
  async update(access: Access, id: number, input: unknown): Promise<SavedView> {
    const userId = userOf(access);
    const patch = parseInput(viewPatchSchema, input);
    const view = await this.get(access, id);
    if (patch.name !== undefined) {
      const others = (await store.listViews(this.h.db, userId, view.page)).filter((e) => e.id !== id);
      if (others.some((e) => nameKey(e.name) === nameKey(patch.name as string))) throw duplicate(patch.name);
    }
    try {
      await store.updateView(this.h.db, userId, id, {
        name: patch.name,
        filters: patch.filters === undefined ? undefined : normaliseFilters(patch.filters),
        columns: patch.columns === undefined ? undefined : normaliseColumns(patch.columns),
        at: nowIso(),
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw duplicate(patch.name ?? view.name);
      throw e;
    }
    return this.get(access, id);
  }

  async remove(access: Access, id: number): Promise<SavedView> {
    const view = await this.get(access, id);
    if (!(await store.deleteView(this.h.db, userOf(access), id))) throw viewNotFound(id);
    return view;
  }
}
