// Saved views over HTTP. Open to anyone signed in (`signedIn`): what they answer is the user's own, by
// construction. The view a path names must be one of the user's own, or the gate answers 404 — the
// same 404 as for a view that does not exist.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { objectKind, pathParams, signedIn } from '../core/guard';
import { type AppEnv, apiApp, errorSchemaDoc } from '../core/http';
import { savedViewSchema, VIEW_PAGES, viewInputSchema, viewPatchSchema } from './model';
import { ownViewTarget, type ViewService } from './service';

declare module '../core/http' {
  interface Services {
    views: ViewService;
  }
}

/** One of the signed-in user's own saved views. */
const OWN_VIEW = objectKind('views.not_found', (c, id) =>
  ownViewTarget(c.get('services').db.db, c.get('access'), id),
);
const view = { id: OWN_VIEW };

const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  content: { 'application/json': { schema } },
  description,
});
const errors = { 401: errorSchemaDoc, 404: errorSchemaDoc, 409: errorSchemaDoc, 422: errorSchemaDoc };
const service = (c: Context<AppEnv>) => c.get('services').views;

export function viewsRoutes() {
  const app = apiApp();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/views',
      tags: ['views'],
      middleware: [signedIn()],
      summary: 'My saved views of a table (presences), by name',
      request: { query: z.object({ page: z.enum(VIEW_PAGES).default('presences') }).strict() },
      responses: { 200: json(z.array(savedViewSchema)), ...errors },
    }),
    async (c) => c.json(await service(c).list(c.get('access'), c.req.valid('query').page), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/views',
      tags: ['views'],
      middleware: [signedIn()],
      summary:
        'Save a view: a name, the list’s filters and the columns shown (409 if I have one of that name)',
      request: {
        body: { content: { 'application/json': { schema: viewInputSchema } }, required: true },
      },
      responses: { 201: json(savedViewSchema, 'Created'), ...errors },
    }),
    async (c) => c.json(await service(c).create(c.get('access'), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/views/{id}',
      tags: ['views'],
      middleware: [signedIn(view)],
      summary: 'Rename one of my views, or replace its filters or its columns',
      request: {
        params: pathParams(view),
        body: { content: { 'application/json': { schema: viewPatchSchema } }, required: true },
      },
      responses: { 200: json(savedViewSchema), ...errors },
    }),
    async (c) =>
      c.json(await service(c).update(c.get('access'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/views/{id}',
      tags: ['views'],
      middleware: [signedIn(view)],
      summary: 'Delete one of my views',
      request: { params: pathParams(view) },
      responses: { 200: json(savedViewSchema, 'Deleted: the view as it was'), ...errors },
    }),
    async (c) => c.json(await service(c).remove(c.get('access'), c.req.valid('param').id), 200),
  );

  return app;
}
