// Credential custody over HTTP: read a presence's custody, store / replace / delete a secret, reveal
// one with a reason. The presence's custodian may read its custody and store its secrets even without
// a role that allows it elsewhere; revealing needs the vault.reveal permission and, in the service,
// being an admin or the custodian.
import { createRoute, z } from '@hono/zod-openapi';
import { guard, PRESENCE, pathParams, valueParam } from '../../core/guard';
import { type AppEnv, apiApp, errorSchemaDoc } from '../../core/http';
import { custodySchema, revealSchema, SECRET_KINDS, secretInputSchema } from '../model';
import { VaultService } from './service';
import { Vault } from './vault';

declare module '../../core/http' {
  interface Services {
    /** The vault opened at start (`openVault`); absent: custody reads work, sealing and opening refuse. */
    vault?: Vault;
  }
}

// The presence's custodian passes the gates (custody read, secrets they keep): the service decides.
const presence = { id: PRESENCE };
const secret = { id: PRESENCE, kind: valueParam(z.enum(SECRET_KINDS), 'vault.unknown_kind') };
const custodianToo = { orCustodian: true };
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
      middleware: [guard('custody.read', presence, custodianToo)] as const,
      request: { params: pathParams(presence) },
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
      middleware: [guard('vault.write', secret, custodianToo)] as const,
      request: { params: pathParams(secret), ...body(secretBody) },
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
      middleware: [guard('vault.write', secret, custodianToo)] as const,
      request: {
        params: pathParams(secret),
        query: z.object({ reason: z.string().trim().max(1000).optional() }),
      },
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
      middleware: [guard('vault.reveal', secret, custodianToo)] as const,
      request: { params: pathParams(secret), ...body(revealSchema) },
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
