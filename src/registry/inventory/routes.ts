// Inventory import (preview, then import) and export over HTTP.
import { PassThrough, Readable } from 'node:stream';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { scopeFilter } from '../../core/access';
import { Invalid, TooLarge } from '../../core/errors';
import { guard, objectKind, pathParams } from '../../core/guard';
import { apiApp, errorSchemaDoc } from '../../core/http';
import { userNames } from '../names';
import * as store from '../store';
import { type ExplicitMapping, explicitMapping, parseMapOption } from './columns';
import { writeCsv, writeJson, writeXlsx } from './export';
import { MAX_UPLOAD_MB } from './limits';
import { findMapping, forgetMapping, listMappings } from './mappings';
import { rollbackInventoryImport } from './rollback';
import { type InventoryOptions, importInventory, previewInventory } from './service';
import {
  checkValueEntries,
  givenSourceKey,
  MAX_MAPPED_VALUE,
  MAX_MAPPINGS,
  parseValuesOption,
} from './valuemap';

/** A remembered value mapping: the organisation's (no unit), under the import permission. */
const VALUE_MAPPING = objectKind('inventory.value_mapping_not_found', async (c, id) => {
  const m = await findMapping(c.get('services').db.db, id);
  return m ? { id: m.id } : null;
});

/** A past inventory import: the organisation's (imports are organisation-wide). */
const INVENTORY_IMPORT = objectKind('inventory.import_not_found', async (c, id) => {
  const row = await c
    .get('services')
    .db.db.selectFrom('inventory_imports')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id } : null;
});

/** `values` as the web app sends it: a JSON array of { field, value, meaning }. */
const valueEntriesSchema = z
  .array(
    z.strictObject({
      field: z.string().max(40),
      value: z.string().max(MAX_MAPPED_VALUE),
      meaning: z.string().max(MAX_MAPPED_VALUE),
    }),
  )
  .max(MAX_MAPPINGS);

/** `values`: the JSON array, or the CLI's `field:Value=meaning,…`. */
function readValues(text: string) {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (!trimmed.startsWith('[')) return parseValuesOption(trimmed);
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    parsed = undefined;
  }
  const r = valueEntriesSchema.safeParse(parsed);
  if (!r.success) {
    const message = 'The "values" field must be a JSON array of { field, value, meaning }.';
    throw new Invalid('inventory.values_invalid', message, {}, [
      { field: 'values', code: 'inventory.values_invalid', message },
    ]);
  }
  return checkValueEntries(r.data);
}

const formSchema = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary' }),
  map: z.string().optional().openapi({ description: 'JSON object: header text → field' }),
  unit: z.string().optional(),
  skipInvalid: z.enum(['true', 'false']).optional(),
  format: z.enum(['csv', 'xlsx', 'json']).optional(),
  values: z.string().optional().openapi({
    description:
      'What the file\'s own words mean: a JSON array of { field, value, meaning }, or "language:Bilingual=fr/en,status:Dormant=dormant"',
  }),
  source: z
    .string()
    .optional()
    .openapi({ description: 'The source mappings are remembered for (default: from the file name)' }),
});

async function readForm(
  form: Record<string, unknown>,
): Promise<{ name: string; bytes: Uint8Array; options: InventoryOptions }> {
  const file = form.file;
  if (!(file instanceof File))
    throw new Invalid('request.no_file', 'Attach a file in the "file" field.', {}, [
      { field: 'file', code: 'request.no_file', message: 'Attach a file in the "file" field.' },
    ]);
  let map: ExplicitMapping | undefined;
  if (typeof form.map === 'string' && form.map.trim()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(form.map);
    } catch {
      // Also accept the CLI's form, "Header=field,…".
      parsed = null;
    }
    map =
      parsed && typeof parsed === 'object'
        ? explicitMapping(
            Object.entries(parsed as Record<string, unknown>).filter(
              (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '',
            ),
          )
        : parseMapOption(form.map);
  }
  return {
    name: file.name || 'upload',
    bytes: new Uint8Array(await file.arrayBuffer()),
    options: {
      map,
      defaultUnit: typeof form.unit === 'string' && form.unit.trim() ? form.unit.trim() : undefined,
      skipInvalid: form.skipInvalid === 'true',
      format:
        form.format === 'csv' || form.format === 'xlsx' || form.format === 'json' ? form.format : undefined,
      values: typeof form.values === 'string' ? readValues(form.values) : undefined,
      source:
        typeof form.source === 'string' && givenSourceKey(form.source) !== null ? form.source : undefined,
    },
  };
}

const upload = { body: { content: { 'multipart/form-data': { schema: formSchema } }, required: true } };

export function inventoryRoutes() {
  const app = apiApp();
  app.use('/inventory/preview', bodyLimit({ maxSize: MAX_UPLOAD_MB * 1024 * 1024, onError: tooLarge }));
  app.use('/inventory/import', bodyLimit({ maxSize: MAX_UPLOAD_MB * 1024 * 1024, onError: tooLarge }));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/inventory/preview',
      middleware: [guard('inventory.import')],
      tags: ['inventory'],
      summary: 'What importing this file would change, its columns and its row errors; nothing is stored',
      request: upload,
      responses: { 200: { description: 'Preview' }, 422: errorSchemaDoc },
    }),
    async (c) => {
      const f = await readForm(await c.req.parseBody());
      const preview = await previewInventory(
        c.get('services').db,
        { name: f.name, bytes: f.bytes },
        { ...f.options, selfPersonId: c.get('access').personId },
      );
      const localise = c.get('localise');
      return c.json(
        { ...preview, issues: preview.issues.map(localise), warnings: preview.warnings.map(localise) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/inventory/import',
      middleware: [guard('inventory.import')],
      tags: ['inventory'],
      summary: 'Import an inventory file, all or nothing (or skipping invalid rows)',
      request: upload,
      responses: { 200: { description: 'Imported' }, 422: errorSchemaDoc },
    }),
    async (c) => {
      const f = await readForm(await c.req.parseBody());
      const r = await importInventory(
        c.get('services').db,
        c.get('actor'),
        { name: f.name, bytes: f.bytes },
        { ...f.options, selfPersonId: c.get('access').personId },
      );
      const localise = c.get('localise');
      return c.json(
        { ...r, warnings: r.warnings.map(localise), rejectedIssues: r.rejectedIssues.map(localise) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/inventory/imports',
      middleware: [guard('inventory.import')],
      tags: ['inventory'],
      summary: 'Past inventory imports',
      responses: { 200: { description: 'OK' } },
    }),
    async (c) => {
      const { db } = c.get('services').db;
      const rows = await store.listImports(db);
      // Who imported, by name (the row keeps the login).
      const names = await userNames(db, [
        ...new Set(rows.flatMap((r) => (r.rolledBackBy ? [r.actor, r.rolledBackBy] : [r.actor]))),
      ]);
      return c.json(
        rows.map((r) => ({
          ...r,
          actorName: names.get(r.actor) ?? null,
          rolledBackByName: r.rolledBackBy ? (names.get(r.rolledBackBy) ?? null) : null,
        })),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/inventory/imports/{id}/rollback',
      middleware: [guard('inventory.import', { id: INVENTORY_IMPORT })],
      tags: ['inventory'],
      summary: 'Roll back an inventory import: the registry as the import found it (all or nothing)',
      description:
        'Presences it changed get back what they had; presences it created are deleted (archived when posts, ' +
        'audit items or other records hang from them); units and people it created are deleted when nothing uses ' +
        'them. 409 `inventory.rollback_changed` when any of its presences was changed since (the issues name ' +
        'them; nothing is changed), `inventory.already_rolled_back` the second time, ' +
        '`inventory.rollback_unavailable` for an import made before rollbacks existed.',
      request: { params: pathParams({ id: INVENTORY_IMPORT }) },
      responses: { 200: { description: 'Rolled back' }, 404: errorSchemaDoc, 409: errorSchemaDoc },
    }),
    async (c) => {
      const services = c.get('services');
      return c.json(
        await rollbackInventoryImport(services.registry, c.get('access'), c.req.valid('param').id),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/inventory/value-mappings',
      middleware: [guard('inventory.import')],
      tags: ['inventory'],
      summary: "What inventories' own words mean, remembered per source (one source, or all)",
      request: { query: z.object({ source: z.string().max(200).optional() }) },
      responses: { 200: { description: 'OK' } },
    }),
    async (c) => {
      const { source } = c.req.valid('query');
      const key = source === undefined ? undefined : (givenSourceKey(source) ?? '');
      return c.json({ items: await listMappings(c.get('services').db.db, key) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/inventory/value-mappings/{id}',
      middleware: [guard('inventory.import', { id: VALUE_MAPPING })],
      tags: ['inventory'],
      summary: 'Forget a remembered value mapping: the next import of its source asks again',
      request: { params: pathParams({ id: VALUE_MAPPING }) },
      responses: { 200: { description: 'Forgotten' }, 404: errorSchemaDoc },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await forgetMapping(c.get('services').db.db, id, c.get('actor')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/inventory/export',
      middleware: [guard('export')],
      tags: ['inventory'],
      summary: 'The whole registry as CSV, XLSX or JSON (re-imports to the same registry)',
      request: { query: z.object({ format: z.enum(['csv', 'xlsx', 'json']).default('csv') }) },
      responses: { 200: { description: 'The file' }, 422: errorSchemaDoc },
    }),
    async (c) => {
      const { format } = c.req.valid('query');
      const scope = scopeFilter(c.get('access').scope('registry.read'));
      const { items } = await c.get('services').registry.listPresences({}, scope);
      const out = new PassThrough();
      const write = format === 'csv' ? writeCsv : format === 'xlsx' ? writeXlsx : writeJson;
      write(items, out, { locale: c.get('locale') }).catch((e: unknown) => out.destroy(e as Error));
      const type = {
        csv: 'text/csv; charset=utf-8',
        xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        json: 'application/json; charset=utf-8',
      }[format];
      const name = `vigie-inventory-${new Date().toISOString().slice(0, 10)}.${format}`;
      return new Response(Readable.toWeb(out) as ReadableStream, {
        headers: { 'content-type': type, 'content-disposition': `attachment; filename="${name}"` },
      });
    },
  );
  return app;
}

/**
 * 413, and the connection closed after it. hono's bodyLimit checks a declared length before reading
 * anything; without one it counts the body as it comes and stops at the limit (held in memory: an
 * inventory is parsed whole, and at most MAX_UPLOAD_MB is ever read).
 */
function tooLarge(c: Context): never {
  c.header('connection', 'close');
  throw new TooLarge('request.too_large', `The file is too large (limit ${MAX_UPLOAD_MB} MB).`, {
    limit: MAX_UPLOAD_MB,
  });
}
