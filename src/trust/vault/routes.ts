// Credential custody over HTTP: read a presence's custody, store / replace / delete a secret, reveal
// one with a reason. The presence's custodian may read its custody and store its secrets even without
// a role that allows it elsewhere; revealing needs the vault.reveal permission and, in the service,
// being an admin or the custodian.
import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Permission } from '../../core/access';
import { Unauthenticated } from '../../core/errors';
import { guard, idParam } from '../../core/guard';
import { type AppEnv, apiApp, errorSchemaDoc } from '../../core/http';
import { custodySchema, revealSchema, SECRET_KINDS, secretInputSchema } from '../model';
import { isCustodian, VaultService } from './service';
import { Vault } from './vault';

declare module '../../core/http' {
  interface Services {
    /** The vault opened at start (`openVault`); absent: custody reads work, sealing and opening refuse. */
    vault?: Vault;
  }
}

const params = z.object({ id: z.coerce.number().int().positive(), kind: z.enum(SECRET_KINDS) });
const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  content: { 'application/json': { schema } },
  description,
});
const errors = {
  401: errorSchemaDoc,
  403: errorSchemaDoc,
  404: errorSchemaDoc,
  422: errorSchemaDoc,
  503: errorSchemaDoc,
};
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

/**
 * Like `guard(permission, presenceTarget('id'))`, except that the presence's custodian passes: the
 * service then decides (custody read, store and delete are the custodian's too).
 */
export function custodianOr(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const access = c.get('access');
    if (!access) throw new Unauthenticated('auth.required', 'Sign in first.');
    const id = idParam(c, 'id');
    const row =
      id === null
        ? undefined
        : await c
            .get('services')
            .db.db.selectFrom('presences')
            .select(['id', 'unit_id', 'custodian_id'])
            .where('id', '=', id)
            .executeTakeFirst();
    if (row && isCustodian(access, row)) {
      await next();
      return;
    }
    access.require(permission);
    if (row) access.requireOn(permission, { presenceId: row.id, unitId: row.unit_id });
    await next();
  };
}

const secretBody = secretInputSchema.omit({ kind: true });
const revealed = z.object({ kind: z.enum(SECRET_KINDS), value: z.string() });

export function vaultRoutes() {
  const app = apiApp();
  const service = (c: { get(k: 'services'): AppEnv['Variables']['services'] }) => {
    const s = c.get('services');
    return new VaultService(s.db, s.vault ?? Vault.none());
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/presences/{id}/custody',
      tags: ['custody'],
      summary:
        'Who holds the credentials, recovery contact, MFA, which secrets are stored (never their value)',
      middleware: [custodianOr('custody.read')] as const,
      request: { params: z.object({ id: z.coerce.number().int().positive() }) },
      responses: { 200: json(custodySchema), ...errors },
    }),
    async (c) => c.json(await service(c).custody(c.get('access'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/presences/{id}/secrets/{kind}',
      tags: ['custody'],
      summary: 'Store or replace a secret (sealed in the vault; the value is never sent back)',
      middleware: [custodianOr('vault.write')] as const,
      request: { params, ...body(secretBody) },
      responses: { 200: json(custodySchema), ...errors },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await service(c).write(c.get('access'), p.id, p.kind, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/presences/{id}/secrets/{kind}',
      tags: ['custody'],
      summary: 'Delete a stored secret',
      middleware: [custodianOr('vault.write')] as const,
      request: { params, query: z.object({ reason: z.string().trim().max(1000).optional() }) },
      responses: { 200: json(custodySchema), ...errors },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await service(c).remove(c.get('access'), p.id, p.kind, c.req.valid('query').reason), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/presences/{id}/secrets/{kind}/reveal',
      tags: ['custody'],
      summary: 'Reveal a secret: admins and the custodian only, with a stated reason, logged',
      middleware: [guard('vault.reveal')] as const,
      request: { params, ...body(revealSchema) },
      responses: { 200: json(revealed), ...errors },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const out = await service(c).reveal(c.get('access'), p.id, p.kind, c.req.valid('json'));
      // A revealed value must not be kept by the browser or any cache on the way.
      c.header('Cache-Control', 'no-store');
      return c.json(out, 200);
    },
  );

  return app;
}
