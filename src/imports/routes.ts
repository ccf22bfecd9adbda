// Platform exports over HTTP: upload (streamed to a temporary file), a job to follow, the history,
// and the posts and activity of a presence.
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createRoute, z } from '@hono/zod-openapi';
import { scopeFilter } from '../core/access';
import { Invalid, NotFound, VigieError } from '../core/errors';
import { guard, presenceTarget } from '../core/guard';
import { apiApp, errorSchemaDoc } from '../core/http';
import { checkImportTarget } from './access';
import type { Jobs } from './jobs';
import { EXPORT_PLATFORMS } from './model';
import { importHistory, importPath, presenceActivity, presencePosts } from './service';

declare module '../core/http' {
  interface Services {
    importJobs: Jobs;
  }
}

/** Exports can be large (years of posts and media): uploads go to disk, never into memory. */
export const MAX_EXPORT_BYTES = 4 * 1024 ** 3;

const idParam = z.object({ id: z.coerce.number().int().positive() });

export function importRoutes() {
  const app = apiApp();
  /** Who started each job (user id). */
  const jobOwners = new Map<string, number | null>();

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
          presenceId: z.coerce.number().int().positive().optional(),
          dryRun: z.enum(['true', 'false']).optional(),
        }),
      },
      responses: { 202: { description: 'The job to follow' }, 422: errorSchemaDoc },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const access = c.get('access');
      await checkImportTarget(c.get('services').db, access, q.presenceId);
      const body = c.req.raw.body;
      if (!body) throw new Invalid('request.no_file', 'Send the file as the request body.');
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vigie-upload-'));
      // The upload keeps its name (for format detection), without any directory part.
      const file = path.join(dir, path.basename(q.name).replace(/[\\/:\0]/g, '_') || 'export');
      let size = 0;
      await pipeline(
        Readable.fromWeb(body as never),
        async function* (chunks) {
          for await (const chunk of chunks) {
            size += (chunk as Buffer).length;
            if (size > MAX_EXPORT_BYTES) throw Object.assign(new Error('payload too large'), { status: 413 });
            yield chunk;
          }
        },
        createWriteStream(file),
      );
      const services = c.get('services');
      const job = services.importJobs.start(q.name, size, (progress) =>
        importPath(services.db, c.get('actor'), file, {
          platform: q.platform,
          presenceId: q.presenceId,
          dryRun: q.dryRun === 'true',
          onProgress: progress,
        }).finally(() => fs.rm(dir, { recursive: true, force: true })),
      );
      jobOwners.set(job.id, access.userId);
      return c.json({ jobId: job.id }, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/data-imports/jobs/{id}',
      middleware: [guard('data.import')],
      tags: ['imports'],
      summary: 'Progress and result of an import started from the web',
      request: { params: z.object({ id: z.string().uuid() }) },
      responses: { 200: { description: 'The job' }, 404: errorSchemaDoc },
    }),
    (c) => {
      const found = c.get('services').importJobs.get(c.req.valid('param').id);
      // A job is followed by whoever started it.
      const job = found && jobOwners.get(found.id) === c.get('access').userId ? found : undefined;
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
      if (job.error && !(job.error instanceof VigieError)) console.error(job.error);
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
    async (c) => {
      const all = await importHistory(c.get('services').db);
      const scope = scopeFilter(c.get('access').scope('data.read'));
      if (!scope) return c.json(all, 200);
      const { items } = await c.get('services').registry.listPresences({}, scope);
      const mine = new Set(items.map((p) => p.id));
      return c.json(
        all.filter((i) => i.presence && mine.has(i.presence.id)),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/presences/{id}/posts',
      middleware: [guard('data.read', presenceTarget())],
      tags: ['imports'],
      summary: 'A presence’s posts, newest first',
      request: {
        params: idParam,
        query: z.object({
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          before: z.string().max(40).optional(),
        }),
      },
      responses: { 200: { description: 'Posts' }, 404: errorSchemaDoc },
    }),
    async (c) =>
      c.json(await presencePosts(c.get('services').db, c.req.valid('param').id, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/presences/{id}/activity',
      middleware: [guard('data.read', presenceTarget())],
      tags: ['imports'],
      summary: 'Posts per week, engagement per post, daily metrics',
      request: { params: idParam },
      responses: { 200: { description: 'Activity' }, 404: errorSchemaDoc },
    }),
    async (c) => c.json(await presenceActivity(c.get('services').db, c.req.valid('param').id), 200),
  );
  return app;
}
