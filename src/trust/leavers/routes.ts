// Leavers over HTTP: reassignment tasks (scoped: unit managers see their units' presences), completing
// one, and what a person who left holds.
import { createRoute, z } from '@hono/zod-openapi';
import { guard } from '../../core/guard';
import { apiApp, errorSchemaDoc } from '../../core/http';
import { reassignmentPatchSchema, reassignmentSchema } from '../model';
import { leaverSchema, reassignmentQuerySchema } from './model';
import { LeaverService } from './service';

const id = z.coerce.number().int().positive();
const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  content: { 'application/json': { schema } },
  description,
});
const errors = {
  401: errorSchemaDoc,
  403: errorSchemaDoc,
  404: errorSchemaDoc,
  409: errorSchemaDoc,
  422: errorSchemaDoc,
};

export function leaverRoutes() {
  const app = apiApp();
  const service = (c: { get(k: 'services'): { db: ConstructorParameters<typeof LeaverService>[0] } }) =>
    new LeaverService(c.get('services').db);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/reassignments',
      tags: ['leavers'],
      summary: 'Reassignment tasks opened for people who left (within the reader’s units)',
      middleware: [guard('reassign.manage')] as const,
      request: { query: reassignmentQuerySchema },
      responses: { 200: json(z.array(reassignmentSchema)), ...errors },
    }),
    async (c) => c.json(await service(c).list(c.get('access'), c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/reassignments/{id}',
      tags: ['leavers'],
      summary: 'Complete a task (the role goes to another person, in the same transaction) or cancel it',
      middleware: [guard('reassign.manage')] as const,
      request: {
        params: z.object({ id }),
        body: { content: { 'application/json': { schema: reassignmentPatchSchema } }, required: true },
      },
      responses: { 200: json(reassignmentSchema), ...errors },
    }),
    async (c) =>
      c.json(await service(c).update(c.get('access'), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/people/{id}/leaver',
      tags: ['leavers'],
      summary: 'What a person holds (presences, roles) and their reassignment tasks',
      middleware: [guard('reassign.manage')] as const,
      request: { params: z.object({ id }) },
      responses: { 200: json(leaverSchema), ...errors },
    }),
    async (c) => c.json(await service(c).leaver(c.get('access'), c.req.valid('param').id), 200),
  );

  return app;
}
