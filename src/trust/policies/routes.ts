// The policies over HTTP: anyone signed in reads them and accepts the current versions; publishing a
// version and seeing who has (not) accepted one needs `policies.manage`.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { guard, objectKind, pathParams, signedIn } from '../../core/guard';
import { type AppEnv, apiApp, errorSchemaDoc } from '../../core/http';
import { POLICY_KINDS, policySchema } from '../model';
import { PolicyService } from './service';

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
/** A policy: the organisation's (every signed-in user reads it; only organisation-wide roles manage it). */
const POLICY = objectKind('policy.not_found', async (c, id) => {
  const row = await c
    .get('services')
    .db.db.selectFrom('policies')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id } : null;
});
const policy = { id: POLICY };
const params = pathParams(policy);

/**
 * The body of a new version. The service validates it (src/trust/model.ts `policyInputSchema`) so
 * that every problem names its field in the reader's language; this schema documents it.
 */
const publishBody = z
  .object({
    kind: z.unknown().openapi({ type: 'string', enum: [...POLICY_KINDS] }),
    title: z.unknown().openapi({ type: 'string', description: '1 to 300 characters' }),
    language: z.unknown().openapi({ type: 'string', enum: ['fr', 'en'] }),
    body: z.unknown().openapi({ type: 'string', description: 'Markdown, up to 200,000 characters' }),
    summary: z
      .unknown()
      .optional()
      .openapi({ type: ['string', 'null'], description: 'What changed since the previous version' }),
  })
  .loose();

const userRef = z.object({ userId: z.number().int(), name: z.string(), login: z.string() });
export const acknowledgementsSchema = z.object({
  acknowledged: z.array(userRef.extend({ at: z.string() })),
  pending: z.array(userRef),
});

const service = (c: Context<AppEnv>) => new PolicyService(c.get('services').db);

export function policiesRoutes() {
  const app = apiApp();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/policies',
      tags: ['policies'],
      middleware: [signedIn()],
      summary: 'The social-media policy and the brand charter: current versions first, then the history',
      responses: { 200: json(z.array(policySchema)), ...errors },
    }),
    async (c) => c.json(await service(c).list(c.get('access')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/policies',
      tags: ['policies'],
      middleware: [guard('policies.manage')],
      summary: 'Publish a new version (earlier versions are kept unchanged)',
      request: { body: { content: { 'application/json': { schema: publishBody } }, required: true } },
      responses: { 201: json(policySchema, 'Published'), ...errors },
    }),
    async (c) => c.json(await service(c).publish(c.get('access'), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/policies/{id}',
      tags: ['policies'],
      middleware: [signedIn(policy)],
      summary: 'One version',
      request: { params },
      responses: { 200: json(policySchema), ...errors },
    }),
    async (c) => c.json(await service(c).get(c.get('access'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/policies/{id}/acknowledge',
      tags: ['policies'],
      middleware: [signedIn(policy)],
      summary:
        'I have read and accept this version (the current one of its kind); doing it again changes nothing',
      request: { params },
      responses: { 200: json(policySchema), ...errors },
    }),
    async (c) => c.json(await service(c).acknowledge(c.get('access'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/policies/{id}/acknowledgements',
      tags: ['policies'],
      middleware: [guard('policies.manage', policy)],
      summary: 'Active users who have and have not accepted this version',
      request: { params },
      responses: { 200: json(acknowledgementsSchema), ...errors },
    }),
    async (c) => c.json(await service(c).acknowledgements(c.get('access'), c.req.valid('param').id), 200),
  );

  return app;
}
