// The change log over HTTP: the list with its filters, the export for auditors (streamed), and the
// verification of the hash chain. Reading the log needs `log.read`; exporting it also `export`.
import { PassThrough, Readable } from 'node:stream';
import { createRoute, z } from '@hono/zod-openapi';
import { guard } from '../../core/guard';
import { apiApp, errorSchemaDoc } from '../../core/http';
import { logQuerySchema, verifyResultSchema } from '../model';
import { CONTENT_TYPES, EXPORT_FORMATS, exportFileName, recordExport, writeLogExport } from './export';
import { checkFilter, listLog, streamLog } from './store';
import { verifyLog } from './verify';
import { forReading, logViewEntrySchema } from './view';

const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  content: { 'application/json': { schema } },
  description,
});
const errors = { 401: errorSchemaDoc, 403: errorSchemaDoc, 422: errorSchemaDoc };

export const logPageSchema = z.object({
  /** Each entry with the names of what it refers to, and the client's address apart from the reason. */
  entries: z.array(logViewEntrySchema),
  nextBefore: z.number().int().nullable(),
});

export const logExportQuerySchema = logQuerySchema
  .omit({ limit: true, before: true })
  .extend({ format: z.enum(EXPORT_FORMATS).default('csv') });

export function logRoutes() {
  const app = apiApp();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/log',
      tags: ['log'],
      middleware: [guard('log.read')],
      summary: 'The change log, newest first, with filters; `nextBefore` asks for the next page',
      request: { query: logQuerySchema },
      responses: { 200: json(logPageSchema), ...errors },
    }),
    async (c) => {
      const { db } = c.get('services');
      const page = await listLog(db.db, db.dialect, c.req.valid('query'));
      return c.json({ ...page, entries: await forReading(db.db, page.entries, c.get('locale')) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/log/export',
      tags: ['log'],
      middleware: [guard('log.read')],
      summary: 'The change log for auditors, oldest first, each entry with its hash (CSV or JSON Lines)',
      request: { query: logExportQuerySchema },
      responses: { 200: { description: 'The file, streamed' }, ...errors },
    }),
    async (c) => {
      const access = c.get('access');
      access.require('export');
      const { db } = c.get('services');
      const { format, ...filter } = c.req.valid('query');
      // Anything wrong with the filters is said before the download starts.
      checkFilter(filter);
      await recordExport(db.db, access.actor, format, filter);
      const out = new PassThrough();
      writeLogExport(streamLog(db.db, db.dialect, filter), format, out).catch((e: unknown) =>
        out.destroy(e as Error),
      );
      return new Response(Readable.toWeb(out) as ReadableStream, {
        headers: {
          'content-type': CONTENT_TYPES[format],
          'content-disposition': `attachment; filename="${exportFileName(format)}"`,
          'cache-control': 'no-store',
        },
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/log/verify',
      tags: ['log'],
      middleware: [guard('log.read')],
      summary: 'Check the hash chain end to end; names the first broken entry and the problem',
      responses: { 200: json(verifyResultSchema), ...errors },
    }),
    async (c) => {
      const r = await verifyLog(c.get('services').db.db);
      // The end of the chain too, so that it can be anchored outside Vigie.
      return c.json({ ok: r.ok, checked: r.checked, broken: r.broken, last: r.last }, 200);
    },
  );

  return app;
}
