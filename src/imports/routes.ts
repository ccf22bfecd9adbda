// Platform exports over HTTP: upload (streamed to a temporary file), a job to follow, the history,
// and the posts and activity of a presence.
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Invalid, NotFound, TooLarge, VigieError } from '../core/errors';
import { guard, PRESENCE, pathParams } from '../core/guard';
import { apiApp, errorSchemaDoc } from '../core/http';
import { idTextSchema } from '../core/ids';
import { checkImportTarget, DATA_IMPORT, JOB } from './access';
import type { Jobs } from './jobs';
import { EXPORT_PLATFORMS } from './model';
import { rollbackDataImport } from './rollback';
import { importHistory, importPath, presenceActivity, presencePosts } from './service';

declare module '../core/http' {
  interface Services {
    importJobs: Jobs;
  }
}

/** Exports can be large (years of posts and media): uploads go to disk, never into memory. */
export const MAX_EXPORT_BYTES = 4 * 1024 ** 3;

/** 413, and the connection closed after it: the rest of the upload is never read. */
function exportTooLarge(c: Context): TooLarge {
  c.header('connection', 'close');
  const limit = MAX_EXPORT_BYTES / 1024 ** 2;
  return new TooLarge('request.too_large', `The file is too large (limit ${limit} MB).`, { limit });
}

const presence = { id: PRESENCE };
const job = { id: JOB };
const dataImport = { id: DATA_IMPORT };

export function importRoutes() {
  const app = apiApp();

  app.openapi(
    createRoute({
      method: 'put',
      path: '/data-imports',
      middleware: [guard('data.import')],
      tags: ['imports'],
      summary: 'Upload a platform export (the raw file as the body) and start importing it',
      request: {
        query: z.object({
          name: z.string().min(1).max(255),
          platform: z.enum(['auto', ...EXPORT_PLATFORMS]).default('auto'),
          presenceId: idTextSchema.optional(),
          dryRun: z.enum(['true', 'false']).optional(),
        }),
      },
      responses: { 202: { description: 'The job to follow' }, 422: errorSchemaDoc },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const access = c.get('access');
      await checkImportTarget(c.get('services').db, access, q.presenceId);
      // A server shutting down takes no new import (it waits for the running ones).
      c.get('services').importJobs.assertAccepting();
      const body = c.req.raw.body;
      if (!body) throw new Invalid('request.no_file', 'Send the file as the request body.');
      // A declared length above the limit is refused before anything is read.
      if (Number(c.req.header('content-length')) > MAX_EXPORT_BYTES) throw exportTooLarge(c);
      // Readable by Vigie's user only (mkdtemp makes the folder 0700; the file is 0600 as well).
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vigie-upload-'));
      // The upload keeps its name (for format detection), without any directory part.
      const file = path.join(dir, path.basename(q.name).replace(/[\\/:\0]/g, '_') || 'export');
      let size = 0;
      try {
        await pipeline(
          Readable.fromWeb(body as never),
          async function* (chunks) {
            for await (const chunk of chunks) {
              size += (chunk as Buffer).length;
              // Counted as it streams to disk: the read stops at the first byte beyond the limit.
              if (size > MAX_EXPORT_BYTES) throw exportTooLarge(c);
              yield chunk;
            }
          },
          createWriteStream(file, { mode: 0o600 }),
        );
      } catch (e) {
        // A refused or interrupted upload leaves nothing behind.
        await fs.rm(dir, { recursive: true, force: true });
        throw e;
      }
      const services = c.get('services');
      const started = services.importJobs.start(
        q.name,
        size,
        (progress) =>
          importPath(services.db, access, file, {
            platform: q.platform,
            presenceId: q.presenceId,
            dryRun: q.dryRun === 'true',
            onProgress: progress,
          }).finally(() => fs.rm(dir, { recursive: true, force: true })),
        access.userId,
      );
      return c.json({ jobId: started.id }, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/data-imports/jobs/{id}',
      // A job is followed by whoever started it (the gate finds it and checks its owner).
      middleware: [guard('data.import', job)],
      tags: ['imports'],
      summary: 'Progress and result of an import started from the web',
      request: { params: pathParams(job) },
      responses: { 200: { description: 'The job' }, 404: errorSchemaDoc },
    }),
    (c) => {
      const job = c.get('services').importJobs.get(c.req.valid('param').id);
      if (!job) throw new NotFound('imports.job_not_found', 'No such import job (jobs are kept one hour).');
      const localise = c.get('localise');
      const error =
        job.error instanceof VigieError
          ? {
              kind: job.error.kind,
              code: job.error.code,
              message: localise({
                code: job.error.code,
                params: job.error.params,
                message: job.error.message,
              }).message,
              issues: job.error.issues.map(localise),
            }
          : job.error
            ? {
                kind: 'internal',
                code: 'internal.error',
                message: localise({ code: 'internal.error', message: 'Internal error' }).message,
              }
            : undefined;
      if (job.error && !(job.error instanceof VigieError))
        c.get('logger').error({ err: job.error, jobId: job.id }, 'import job failed');
      return c.json(
        {
          id: job.id,
          file: job.file,
          state: job.state,
          read: job.read,
          total: job.total,
          summary: job.summary,
          error,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/data-imports',
      middleware: [guard('data.read')],
      tags: ['imports'],
      summary: 'Past imports of platform exports',
      responses: { 200: { description: 'OK' } },
    }),
    async (c) => c.json(await importHistory(c.get('services').db, c.get('access')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/data-imports/{id}/rollback',
      middleware: [guard('data.import', dataImport)],
      tags: ['imports'],
      summary: 'Roll back a data import: delete what it added, put back what it changed on the presence',
      description:
        'Refused (409, nothing changed) when the import updated posts already stored or filled in days of ' +
        'metrics already stored (`imports.rollback_updated`, `imports.rollback_metrics`: their earlier values ' +
        'are not kept), when a later import of the same presence still stands (`imports.rollback_later`), when ' +
        'the presence was changed since (`imports.rollback_changed`), and the second time.',
      request: { params: pathParams(dataImport) },
      responses: { 200: { description: 'Rolled back' }, 404: errorSchemaDoc, 409: errorSchemaDoc },
    }),
    async (c) =>
      c.json(await rollbackDataImport(c.get('services').db, c.get('access'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/presences/{id}/posts',
      middleware: [guard('data.read', presence)],
      tags: ['imports'],
      summary: 'A presence’s posts, newest first',
      request: {
        params: pathParams(presence),
        query: z.object({
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          before: z.string().max(40).optional(),
        }),
      },
      responses: { 200: { description: 'Posts' }, 404: errorSchemaDoc },
    }),
    async (c) =>
      c.json(
        await presencePosts(
          c.get('services').db,
          c.get('access'),
          c.req.valid('param').id,
          c.req.valid('query'),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/presences/{id}/activity',
      middleware: [guard('data.read', presence)],
      tags: ['imports'],
      summary: 'Posts per week, engagement per post, daily metrics',
      request: { params: pathParams(presence) },
      responses: { 200: { description: 'Activity' }, 404: errorSchemaDoc },
    }),
    async (c) =>
      c.json(await presenceActivity(c.get('services').db, c.get('access'), c.req.valid('param').id), 200),
  );
  return app;
}
