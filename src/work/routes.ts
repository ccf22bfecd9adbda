// "My work" over HTTP. Both routes are open to anyone signed in (`signedIn`): what they answer is
// the user's own, by construction. The task a path names must be one of the user's own tasks within
// their sight, or the gate answers 404 — the same 404 as for a task that does not exist.
import { createRoute, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { objectKind, pathParams, signedIn } from '../core/guard';
import { type AppEnv, apiApp, errorSchemaDoc } from '../core/http';
import { workSchema, workTaskPatchSchema, workTaskSchema } from './model';
import { ownTaskTarget, type WorkService } from './service';

declare module '../core/http' {
  interface Services {
    work: WorkService;
  }
}

/** One of the signed-in user's own tasks (assigned to their person, within their scope). */
const OWN_TASK = objectKind('work.task_not_found', (c, id) =>
  ownTaskTarget(c.get('services').db.db, c.get('access'), id),
);
const task = { id: OWN_TASK };

const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  content: { 'application/json': { schema } },
  description,
});
const errors = { 401: errorSchemaDoc, 404: errorSchemaDoc, 422: errorSchemaDoc };
const service = (c: Context<AppEnv>) => c.get('services').work;

export function workRoutes() {
  const app = apiApp();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/work',
      tags: ['work'],
      middleware: [signedIn()],
      summary:
        'My work: the audit tasks assigned to me (open first, by due date), the policies I have not accepted, the handovers I may complete',
      responses: { 200: json(workSchema), ...errors },
    }),
    async (c) => c.json(await service(c).mine(c.get('access')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/work/tasks/{id}',
      tags: ['work'],
      middleware: [signedIn(task)],
      summary: 'Mark one of my tasks done, not needed (skipped), in progress or to do again',
      request: {
        params: pathParams(task),
        body: { content: { 'application/json': { schema: workTaskPatchSchema } }, required: true },
      },
      responses: { 200: json(workTaskSchema), ...errors },
    }),
    async (c) =>
      c.json(await service(c).setStatus(c.get('access'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  return app;
}
