// The registry's HTTP API under /api: presences, units, people, platforms, overview, URL resolution.
import { createRoute, z } from '@hono/zod-openapi';
import { type Access, forbidden, type Permission, scopeFilter, type Target } from '../core/access';
import { guard, personTarget, presenceTarget, unitTarget } from '../core/guard';
import { apiApp, errorSchemaDoc } from '../core/http';
import {
  bulkEditSchema,
  changeSchema,
  PERSON_STATUSES,
  personInputSchema,
  personSchema,
  presenceCreateSchema,
  presencePatchSchema,
  presenceQuerySchema,
  presenceSchema,
  resolvedProfileSchema,
  unitInputSchema,
  unitSchema,
} from './model';
import { PLATFORMS } from './platforms';
import type { RegistryService } from './service';

declare module '../core/http' {
  interface Services {
    registry: RegistryService;
  }
}

const idParam = z.object({ id: z.coerce.number().int().positive() });
const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  content: { 'application/json': { schema } },
  description,
});
const errors = { 404: errorSchemaDoc, 409: errorSchemaDoc, 422: errorSchemaDoc };
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const overviewSchema = z
  .object({
    organisation: z.string(),
    totals: z.object({
      presences: z.number(),
      platforms: z.number(),
      units: z.number(),
      audience: z.number(),
      byStatus: z.record(z.string(), z.number()),
    }),
    risks: z.record(z.string(), z.number()),
    matrix: z.object({
      platforms: z.array(z.string()),
      units: z.array(z.object({ id: z.number().nullable(), name: z.string().nullable() })),
      cells: z.array(
        z.object({
          platform: z.string(),
          unitId: z.number().nullable(),
          count: z.number(),
          byStatus: z.record(z.string(), z.number()),
        }),
      ),
    }),
    byPlatform: z.array(z.object({ platform: z.string(), count: z.number(), alive: z.boolean() })),
  })
  .openapi('Overview');

const platformSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    hosts: z.array(z.string()),
    profileUrl: z.string(),
    handlePattern: z.string(),
    caseSensitive: z.boolean(),
    alive: z.boolean(),
    closedYear: z.number().optional(),
    aliases: z.array(z.string()),
    category: z.string(),
  })
  .openapi('Platform');

/** Refuses (403) a write that would put something in a unit outside the user's scope. */
function inScope(access: Access, permission: Permission, target: Target): void {
  if (!access.covers(permission, target)) throw forbidden(permission);
}

/** A patch that moves something to another unit must move it within the user's scope. */
function movedInScope<T extends { unitId?: number | null }>(
  access: Access,
  permission: Permission,
  patch: T,
): T {
  if (patch.unitId !== undefined) inScope(access, permission, { unitId: patch.unitId });
  return patch;
}

function parentInScope<T extends { parentId?: number | null }>(access: Access, patch: T): T {
  if (patch.parentId !== undefined) inScope(access, 'organisation.manage', { unitId: patch.parentId });
  return patch;
}

export function registryRoutes() {
  const app = apiApp();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/platforms',
      middleware: [guard('registry.read')],
      tags: ['registry'],
      summary: 'The platform catalogue',
      responses: { 200: json(z.array(platformSchema)) },
    }),
    (c) =>
      c.json(
        PLATFORMS.map((p) => ({ ...p, hosts: [...p.hosts], aliases: [...p.aliases] })),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/overview',
      middleware: [guard('registry.read')],
      tags: ['registry'],
      summary: 'Totals, risks and the platform × unit map',
      responses: { 200: json(overviewSchema) },
    }),
    async (c) =>
      c.json(
        await c.get('services').registry.overview(scopeFilter(c.get('access').scope('registry.read'))),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/presences',
      middleware: [guard('registry.read')],
      tags: ['registry'],
      summary: 'List presences, filtered and sorted',
      request: { query: presenceQuerySchema },
      responses: {
        200: json(z.object({ items: z.array(presenceSchema), total: z.number() })),
        422: errorSchemaDoc,
      },
    }),
    async (c) =>
      c.json(
        await c
          .get('services')
          .registry.listPresences(c.req.valid('query'), scopeFilter(c.get('access').scope('registry.read'))),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/presences',
      middleware: [guard('presence.create')],
      tags: ['registry'],
      summary: 'Register a presence (from a URL, or a platform and a handle)',
      request: body(presenceCreateSchema),
      responses: { 201: json(presenceSchema, 'Created'), ...errors },
    }),
    async (c) => {
      const input = c.req.valid('json');
      inScope(c.get('access'), 'presence.create', { unitId: input.unitId ?? null });
      return c.json(await c.get('services').registry.createPresence(c.get('actor'), input), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/presences/bulk',
      middleware: [guard('presence.delete')],
      tags: ['registry'],
      summary: 'Change the unit, owner or status of many presences at once (all or nothing)',
      request: body(bulkEditSchema),
      responses: { 200: json(z.object({ updated: z.number(), unchanged: z.number() })), ...errors },
    }),
    async (c) => {
      const edit = c.req.valid('json');
      const access = c.get('access');
      if (!access.scope('presence.delete').all) {
        // Every presence named, and the unit they would move to, must be the user's.
        const ids = [...new Set(edit.ids)];
        const scope = scopeFilter(access.scope('presence.delete'));
        const { items } = await c.get('services').registry.listPresences({}, scope);
        const mine = new Set(items.map((p) => p.id));
        const outside = ids.filter((id) => !mine.has(id));
        if (outside.length) throw forbidden('presence.delete');
        if (edit.set.unitId !== undefined) inScope(access, 'presence.delete', { unitId: edit.set.unitId });
      }
      return c.json(await c.get('services').registry.bulkEdit(c.get('actor'), edit), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/presences/{id}',
      middleware: [guard('registry.read', presenceTarget())],
      tags: ['registry'],
      request: { params: idParam },
      responses: { 200: json(presenceSchema), ...errors },
    }),
    async (c) => c.json(await c.get('services').registry.getPresence(c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/presences/{id}',
      middleware: [guard('presence.edit', presenceTarget())],
      tags: ['registry'],
      request: { params: idParam, ...body(presencePatchSchema) },
      responses: { 200: json(presenceSchema), ...errors },
    }),
    async (c) =>
      c.json(
        await c
          .get('services')
          .registry.updatePresence(
            c.get('actor'),
            c.req.valid('param').id,
            movedInScope(c.get('access'), 'presence.edit', c.req.valid('json')),
          ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/presences/{id}',
      middleware: [guard('presence.delete', presenceTarget())],
      tags: ['registry'],
      summary: 'Remove a presence registered by mistake (its history is kept)',
      request: { params: idParam, query: z.object({ reason: z.string().max(1000).optional() }) },
      responses: { 204: { description: 'Deleted' }, ...errors },
    }),
    async (c) => {
      await c
        .get('services')
        .registry.deletePresence(c.get('actor'), c.req.valid('param').id, c.req.valid('query').reason);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/presences/{id}/history',
      middleware: [guard('registry.read', presenceTarget())],
      tags: ['registry'],
      summary: 'Every change to a presence, newest first',
      request: { params: idParam },
      responses: { 200: json(z.array(changeSchema)), ...errors },
    }),
    async (c) => c.json(await c.get('services').registry.history(c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/resolve',
      middleware: [guard('registry.read')],
      tags: ['registry'],
      summary: 'Platform, handle and canonical URL of pasted profile URLs or handles',
      request: body(
        z.object({
          inputs: z.array(z.string().max(4096)).min(1).max(1000),
          platform: z.string().max(40).optional(),
        }),
      ),
      responses: { 200: json(z.array(resolvedProfileSchema.nullable())), 422: errorSchemaDoc },
    }),
    (c) => {
      const { inputs, platform } = c.req.valid('json');
      return c.json(c.get('services').registry.resolve(inputs, platform), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/units',
      middleware: [guard('registry.read')],
      tags: ['registry'],
      responses: { 200: json(z.array(unitSchema)) },
    }),
    async (c) => c.json(await c.get('services').registry.listUnits(), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/units',
      middleware: [guard('organisation.manage')],
      tags: ['registry'],
      request: body(unitInputSchema),
      responses: { 201: json(unitSchema), ...errors },
    }),
    async (c) => {
      const input = c.req.valid('json');
      inScope(c.get('access'), 'organisation.manage', { unitId: input.parentId ?? null });
      return c.json(await c.get('services').registry.createUnit(c.get('actor'), input), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/units/{id}',
      middleware: [guard('organisation.manage', unitTarget())],
      tags: ['registry'],
      request: { params: idParam, ...body(unitInputSchema) },
      responses: { 200: json(unitSchema), ...errors },
    }),
    async (c) =>
      c.json(
        await c
          .get('services')
          .registry.updateUnit(
            c.get('actor'),
            c.req.valid('param').id,
            parentInScope(c.get('access'), c.req.valid('json')),
          ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/units/{id}',
      middleware: [guard('organisation.manage', unitTarget())],
      tags: ['registry'],
      summary: 'Delete an empty unit',
      request: { params: idParam },
      responses: { 204: { description: 'Deleted' }, ...errors },
    }),
    async (c) => {
      await c.get('services').registry.deleteUnit(c.get('actor'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/people',
      middleware: [guard('registry.read')],
      tags: ['registry'],
      request: {
        query: z.object({
          unitId: z.coerce.number().int().positive().optional(),
          status: z.enum(PERSON_STATUSES).optional(),
        }),
      },
      responses: { 200: json(z.array(personSchema)), 422: errorSchemaDoc },
    }),
    async (c) => {
      const registry = c.get('services').registry;
      const people = await registry.listPeople(c.req.valid('query'));
      const scope = c.get('access').scope('registry.read');
      // Someone who only works on named presences (an agency, a community manager) sees the people
      // of those presences, not the organisation's whole directory.
      if (scope.all || scope.unitIds.size) return c.json(people, 200);
      const { items } = await registry.listPresences({}, scopeFilter(scope));
      const linked = new Set(items.flatMap((p) => [p.ownerId, p.deputyId, p.custodianId]));
      return c.json(
        people.filter((p) => linked.has(p.id)),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/people',
      middleware: [guard('organisation.manage')],
      tags: ['registry'],
      request: body(personInputSchema),
      responses: { 201: json(personSchema), ...errors },
    }),
    async (c) => {
      const input = c.req.valid('json');
      inScope(c.get('access'), 'organisation.manage', { unitId: input.unitId ?? null });
      return c.json(await c.get('services').registry.createPerson(c.get('actor'), input), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/people/{id}',
      middleware: [guard('organisation.manage', personTarget())],
      tags: ['registry'],
      request: { params: idParam, ...body(personInputSchema) },
      responses: { 200: json(personSchema), ...errors },
    }),
    async (c) =>
      c.json(
        await c
          .get('services')
          .registry.updatePerson(
            c.get('actor'),
            c.req.valid('param').id,
            movedInScope(c.get('access'), 'organisation.manage', c.req.valid('json')),
          ),
        200,
      ),
  );

  return app;
}
