// Leavers over HTTP: reassignment tasks (scoped: unit managers see their units' presences), completing
// one, and what a person who left holds.
import { createRoute, z } from '@hono/zod-openapi';
import { guard, objectKind, pathParams } from '../../core/guard';
import { apiApp, errorSchemaDoc } from '../../core/http';
import { reassignmentPatchSchema, reassignmentSchema } from '../model';
import { leaverSchema, reassignmentQuerySchema } from './model';
import { LeaverService } from './service';

/** A reassignment task, scoped by its presence (and the presence's unit). */
const REASSIGNMENT = objectKind('reassignment.not_found', async (c, id) => {
  const row = await c
    .get('services')
    .db.db.selectFrom('reassignments as r')
    .leftJoin('presences as p', 'p.id', 'r.presence_id')
    .select(['r.presence_id', 'p.unit_id'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  return row ? { id, presenceId: row.presence_id, unitId: row.unit_id } : null;
});
const reassignment = { id: REASSIGNMENT };
/**
 * A leaver: a person of the user's units, or one who holds a presence the user manages (a unit
 * manager follows the hub's people who ran their unit's accounts). What they hold is then shown
 * within the user's scope by the service.
 */
const LEAVER = objectKind('person.not_found', async (c, id) => {
  const db = c.get('services').db.db;
  const person = await db
    .selectFrom('people')
    .select(['id', 'unit_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!person) return null;
  const own = { id, unitId: person.unit_id };
  const access = c.get('access');
  if (access.covers('reassign.manage', own)) return own;
  const held = await db
    .selectFrom('presences')
    .select(['id', 'unit_id'])
    .where((eb) => eb.or([eb('owner_id', '=', id), eb('deputy_id', '=', id), eb('custodian_id', '=', id)]))
    .execute();
  const mine = held.find((p) => access.covers('reassign.manage', { presenceId: p.id, unitId: p.unit_id }));
  return mine ? { id, presenceId: mine.id, unitId: mine.unit_id } : own;
});
const person = { id: LEAVER };
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
      middleware: [guard('reassign.manage', reassignment)] as const,
      request: {
        params: pathParams(reassignment),
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
      middleware: [guard('reassign.manage', person)] as const,
      request: { params: pathParams(person) },
      responses: { 200: json(leaverSchema), ...errors },
    }),
    async (c) => c.json(await service(c).leaver(c.get('access'), c.req.valid('param').id), 200),
  );

  return app;
}
