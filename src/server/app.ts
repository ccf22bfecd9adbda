// The HTTP application: each capability's routes under /api, the OpenAPI document, and the web app.
import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { auditRoutes } from '../audit/routes';
import { AuditService } from '../audit/service';
import type { Db } from '../core/db';
import { NotFound } from '../core/errors';
import type { AppEnv, Services } from '../core/http';
import { Jobs } from '../imports/jobs';
import { importRoutes } from '../imports/routes';
import { localiseIssue } from '../messages';
import { inventoryRoutes } from '../registry/inventory/routes';
import { registryRoutes } from '../registry/routes';
import { RegistryService } from '../registry/service';
import { authenticate } from '../trust/middleware';
import { trustRoutes } from '../trust/routes';
import { TrustService } from '../trust/service';
import { errorBody, localeFrom, onError } from './http';

export interface AppOptions {
  db: Db;
  /** The one-time code of the first-admin setup page (the server prints it); random when omitted. */
  setupCode?: string;
}

export function createServices(db: Db, options: { setupCode?: string } = {}): Services {
  return {
    db,
    registry: new RegistryService(db),
    importJobs: new Jobs(),
    audit: new AuditService(db),
    trust: new TrustService(db, options),
  };
}

// TEMPORARY until src/trust/policies lands (replaced by its pendingPoliciesFor).
async function pendingPolicies(h: Db, userId: number): Promise<number> {
  const latest = await h.db
    .selectFrom('policies')
    .select(['kind', (eb) => eb.fn.max('version').as('version')])
    .groupBy('kind')
    .execute();
  let n = 0;
  for (const l of latest) {
    const acked = await h.db
      .selectFrom('policies as p')
      .innerJoin('acknowledgements as a', 'a.policy_id', 'p.id')
      .select('p.id')
      .where('p.kind', '=', l.kind)
      .where('p.version', '=', Number(l.version))
      .where('a.user_id', '=', userId)
      .executeTakeFirst();
    if (!acked) n++;
  }
  return n;
}

export function createApp(options: AppOptions) {
  const services = createServices(options.db, { setupCode: options.setupCode });
  const app = new OpenAPIHono<AppEnv>();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('/api/*', async (c, next) => {
    c.set('services', services);
    const locale = localeFrom(c);
    c.set('locale', locale);
    c.set('localise', (issue) => localiseIssue(issue, locale));
    await next();
  });
  app.use('/api/*', authenticate(services.trust));
  app.onError(onError);

  app.get('/api/health', (c) => c.json({ ok: true, database: services.db.dialect }));
  app.route('/api', trustRoutes({ pendingPolicies, oidc: { enabled: false, label: null } }));
  app.route('/api', registryRoutes());
  app.route('/api', inventoryRoutes());
  app.route('/api', importRoutes());
  app.route('/api', auditRoutes());
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Vigie API',
      version: '0.1.0',
      description: 'Inventory and governance of an organisation’s social-media presences.',
    },
  });
  app.all('/api/*', (c) => {
    const e = new NotFound('request.not_found', `No such page or resource: ${c.req.path}`, {
      path: c.req.path,
    });
    return c.json(errorBody(e, c.get('locale') ?? localeFrom(c)), 404);
  });
  return { app, services };
}
