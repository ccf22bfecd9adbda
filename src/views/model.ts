// Saved views (issue #12, "tables like the ones people like"): a person's named filters and columns
// of a table, opened again from the table's "Views" menu or with `vigie presences list --view`.
// Shared by the server, the CLI and the web app: no I/O here.
import { z } from 'zod';
import { idSchema } from '../core/ids';
import { presenceQuerySchema } from '../registry/model';

/** The tables a view can be saved of (one so far; the column keeps the name for the others). */
export const VIEW_PAGES = ['presences'] as const;
export type ViewPage = (typeof VIEW_PAGES)[number];

/** The presences table's columns, by id, in the order it shows them (web/src/registry/presences/columns.tsx). */
export const PRESENCE_COLUMNS = [
  'select',
  'platform',
  'name',
  'unit',
  'owner',
  'status',
  'audience',
  'last_activity',
] as const;
export type PresenceColumn = (typeof PRESENCE_COLUMNS)[number];

/** Always shown: the selection's checkbox and the name, which opens the presence. */
export const FIXED_COLUMNS = ['select', 'name'] as const satisfies readonly PresenceColumn[];

/** The columns a person may hide or show. */
export const OPTIONAL_COLUMNS = ['platform', 'unit', 'owner', 'status', 'audience', 'last_activity'] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

/** How many views one person may keep per table: a menu, not a store. */
export const MAX_VIEWS = 100;

/**
 * A view's filters: the keys and values GET /api/presences accepts (its query's own schema), strictly
 * (an unknown key is refused, not dropped). Ids are numbers here, as everywhere in a JSON body.
 */
export const viewFiltersSchema = presenceQuerySchema
  .extend({ unitId: idSchema.optional(), ownerId: idSchema.optional() })
  .strict();
export type ViewFilters = z.infer<typeof viewFiltersSchema>;

/**
 * The optional columns shown, in any order, each once; null: the table's default (all of them).
 * The fixed columns are not listed: they are always shown.
 */
export const viewColumnsSchema = z
  .array(z.enum(OPTIONAL_COLUMNS))
  .max(OPTIONAL_COLUMNS.length)
  .refine((c) => new Set(c).size === c.length, { message: 'Each column once.' })
  .nullable();

export const viewNameSchema = z.string().trim().min(1).max(80);

export const viewInputSchema = z
  .object({
    page: z.enum(VIEW_PAGES),
    name: viewNameSchema,
    filters: viewFiltersSchema,
    columns: viewColumnsSchema.default(null),
  })
  .strict();
export type ViewInput = z.input<typeof viewInputSchema>;

/** Renaming a view, or replacing its filters or its columns (what is given is replaced whole). */
export const viewPatchSchema = z
  .object({ name: viewNameSchema, filters: viewFiltersSchema, columns: viewColumnsSchema })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Nothing to change.' });
export type ViewPatch = z.input<typeof viewPatchSchema>;

export const savedViewSchema = z.object({
  id: z.number().int(),
  page: z.enum(VIEW_PAGES),
  name: z.string(),
  filters: viewFiltersSchema,
  columns: z.array(z.enum(OPTIONAL_COLUMNS)).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedView = z.infer<typeof savedViewSchema>;

/**
 * The filters as one way of writing them, so that two that select and sort the same rows are equal:
 * no empty words (search text trimmed), sub-units only with a unit, "false" and the ascending order
 * (the defaults) left out, a direction only with a sort, keys in one order.
 */
export function normaliseFilters(f: ViewFilters): ViewFilters {
  const out: ViewFilters = {};
  const q = f.q?.trim();
  if (q) out.q = q;
  if (f.platform) out.platform = f.platform;
  if (f.unitId) {
    out.unitId = f.unitId;
    if (f.subUnits === 'true') out.subUnits = 'true';
  }
  if (f.status) out.status = f.status;
  if (f.ownerId) out.ownerId = f.ownerId;
  if (f.risk) out.risk = f.risk;
  if (f.sort) {
    out.sort = f.sort;
    if (f.dir === 'desc') out.dir = 'desc';
  }
  return out;
}

export function sameFilters(a: ViewFilters, b: ViewFilters): boolean {
  return JSON.stringify(normaliseFilters(a)) === JSON.stringify(normaliseFilters(b));
}

/** The columns in the table's order (null stays null: the default). */
export function normaliseColumns(columns: readonly OptionalColumn[] | null): OptionalColumn[] | null {
  return columns ? OPTIONAL_COLUMNS.filter((c) => columns.includes(c)) : null;
}

/** Whether two choices of columns show the same ones (null is every optional column). */
export function sameColumns(
  a: readonly OptionalColumn[] | null,
  b: readonly OptionalColumn[] | null,
): boolean {
  const all = (c: readonly OptionalColumn[] | null) => normaliseColumns(c ?? [...OPTIONAL_COLUMNS]);
  return JSON.stringify(all(a)) === JSON.stringify(all(b));
}

/** Names compared as people read them: "Pages FB" and "pages fb" are the same view. */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLocaleLowerCase('fr');
}
