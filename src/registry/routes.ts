// The registry's HTTP API under /api: presences, units, people, platforms, overview, URL resolution.
import { createRoute, z } from '@hono/zod-openapi';
import { scopeFilter } from '../core/access';
import { guard, PERSON, PRESENCE, pathParams, UNIT, valueParam } from '../core/guard';
import { apiApp, errorSchemaDoc } from '../core/http';
import { idTextSchema } from '../core/ids';
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
import type { RegistryService } from './service';
import { bulkBatchSchema } from './undo';
import { PLATFORMS } from './urls/platforms';

declare module '../core/http' {
  interface Services {
    registry: RegistryService;
  }
}

const presence = { id: PRESENCE };
const unit = { id: UNIT };
const person = { id: PERSON };
/** A bulk edit, named by its batch (`bulk:2026-12-07T10:15:00.000Z`): read strictly, 404 otherwise. */
const bulkBatch = { batch: valueParam(bulkBatchSchema, 'bulk.not_found') };
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
      /** Presences neither closed nor archived: the population of the risks. */
      current: z.number(),
    }),
    risks: z.record(z.string(), z.number()),
    /** The same figures as the last audit of the whole organisation froze them; null: no audit. */
    since: z
      .object({
        auditId: z.number(),
        asOf: z.string(),
        figures: z.object({
          presences: z.number(),
          platforms: z.number(),
          audience: z.number(),
          risks: z.record(z.string(), z.number()),
        }),
      })
      .nullable(),
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
    byPlatform: z.array(
      z.object({ platform: z.string(), count: z.number(), current: z.number(), alive: z.boolean() }),
    ),
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
    async (c) => c.json(await c.get('services').registry.overview(c.get('access')), 200),
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
    async (c) =>
      c.json(await c.get('services').registry.createPresence(c.get('access'), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/presences/bulk',
      middleware: [guard('presence.delete')],
      tags: ['registry'],
      summary: 'Change the unit, owner or status of many presences at once (all or nothing)',
      description:
        'With `versions` (`{ id: version }` as listed), a presence changed since refuses the whole edit: 409 `bulk.stale`.',
      request: body(bulkEditSchema),
      responses: {
        200: json(
          z.object({
            updated: z.number(),
            unchanged: z.number(),
            /** What names the edit for undoing it; null when it changed nothing. */
            batch: z.string().nullable(),
          }),
        ),
        ...errors,
      },
    }),
    async (c) => c.json(await c.get('services').registry.bulkEdit(c.get('access'), c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/presences/bulk/{batch}/undo',
      middleware: [guard('presence.delete', bulkBatch)],
      tags: ['registry'],
      summary: 'Undo a bulk edit: every presence it changed gets back what it had (all or nothing)',
      description:
        '`batch` is the bulk edit’s (its answer’s `batch`, URL-encoded). Each presence is changed as by an edit ' +
        '(new version, history entry under `undo:<batch>`). 409 `bulk.undo_changed` when any of them was changed ' +
        'since (the issues name each one and what changed; nothing is changed), 409 `bulk.already_undone` the ' +
        'second time, 404 `bulk.not_found` for an edit that changed nothing or was made before undoing existed.',
      request: { params: pathParams(bulkBatch) },
      responses: { 200: json(z.object({ restored: z.number(), batch: z.string() })), ...errors },
    }),
    async (c) =>
      c.json(await c.get('services').registry.undoBulk(c.get('access'), c.req.valid('param').batch), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/presences/{id}',
      middleware: [guard('registry.read', presence)],
      tags: ['registry'],
      request: { params: pathParams(presence) },
      responses: { 200: json(presenceSchema), ...errors },
    }),
    async (c) =>
      c.json(await c.get('services').registry.presence(c.get('access'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/presences/{id}',
      middleware: [guard('presence.edit', presence)],
      tags: ['registry'],
      summary: 'Change a presence',
      description:
        'Send `version`, the presence’s version as read, to refuse the edit when someone changed it since: ' +
        'the answer is then 409 `presence.stale`, nothing is stored, and `issues` names each field changed ' +
        '(`params`: seenValue, currentValue as JSON, actor and its actorName when a user, changedAt). Without `version` the edit applies ' +
        'to the current record.',
      request: { params: pathParams(presence), ...body(presencePatchSchema) },
      responses: { 200: json(presenceSchema), ...errors },
    }),
    async (c) =>
      c.json(
        await c
          .get('services')
          .registry.updatePresence(c.get('access'), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/presences/{id}',
      middleware: [guard('presence.delete', presence)],
      tags: ['registry'],
      summary: 'Remove a presence registered by mistake (its history is kept)',
      request: { params: pathParams(presence), query: z.object({ reason: z.string().max(1000).optional() }) },
      responses: { 204: { description: 'Deleted' }, ...errors },
    }),
    async (c) => {
      await c
        .get('services')
        .registry.deletePresence(c.get('access'), c.req.valid('param').id, c.req.valid('query').reason);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/presences/{id}/history',
      middleware: [guard('registry.read', presence)],
      tags: ['registry'],
      summary: 'Every change to a presence, newest first',
      request: { params: pathParams(presence) },
      responses: { 200: json(z.array(changeSchema)), ...errors },
    }),
    async (c) =>
      c.json(await c.get('services').registry.history(c.get('access'), c.req.valid('param').id), 200),
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
    async (c) => c.json(await c.get('services').registry.unitsFor(c.get('access')), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/units',
      middleware: [guard('organisation.manage')],
      tags: ['registry'],
      request: body(unitInputSchema.omit({ version: true })),
      responses: { 201: json(unitSchema), ...errors },
    }),
    async (c) =>
      c.json(await c.get('services').registry.createUnit(c.get('access'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/units/{id}',
      middleware: [guard('organisation.manage', unit)],
      tags: ['registry'],
      request: { params: pathParams(unit), ...body(unitInputSchema) },
      responses: { 200: json(unitSchema), ...errors },
    }),
    async (c) =>
      c.json(
        await c
          .get('services')
          .registry.updateUnit(c.get('access'), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/units/{id}',
      middleware: [guard('organisation.manage', unit)],
      tags: ['registry'],
      summary: 'Delete an empty unit',
      request: { params: pathParams(unit) },
      responses: { 204: { description: 'Deleted' }, ...errors },
    }),
    async (c) => {
      await c.get('services').registry.deleteUnit(c.get('access'), c.req.valid('param').id);
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
          unitId: idTextSchema.optional(),
          status: z.enum(PERSON_STATUSES).optional(),
        }),
      },
      responses: { 200: json(z.array(personSchema)), 422: errorSchemaDoc },
    }),
    async (c) =>
      c.json(await c.get('services').registry.peopleFor(c.get('access'), c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/people',
      middleware: [guard('organisation.manage')],
      tags: ['registry'],
      request: body(personInputSchema.omit({ version: true })),
      responses: { 201: json(personSchema), ...errors },
    }),
    async (c) =>
      c.json(await c.get('services').registry.createPerson(c.get('access'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/people/{id}',
      middleware: [guard('organisation.manage', person)],
      tags: ['registry'],
      request: { params: pathParams(person), ...body(personInputSchema) },
      responses: { 200: json(personSchema), ...errors },
    }),
    async (c) =>
      c.json(
        await c
          .get('services')
          .registry.updatePerson(c.get('access'), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  return app;
}
