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
import { leaverRoutes } from '../trust/leavers/routes';
import { cancelReassignments, openReassignments } from '../trust/leavers/service';
import { logRoutes } from '../trust/log/routes';
import { authenticate, clientIp } from '../trust/middleware';
import { type OidcConfig, oidcConfigFrom, oidcStatus } from '../trust/oidc/config';
import { oidcRoutes } from '../trust/oidc/routes';
import { policiesRoutes } from '../trust/policies/routes';
import { pendingPoliciesFor } from '../trust/policies/service';
import { trustRoutes } from '../trust/routes';
import { TrustService } from '../trust/service';
import { vaultRoutes } from '../trust/vault/routes';
import { releaseUnitKey } from '../trust/vault/store';
import type { Vault } from '../trust/vault/vault';
import { errorBody, localeFrom, onError } from './http';

export interface AppOptions {
  db: Db;
  /** The one-time code of the first-admin setup page (the server prints it); random when omitted. */
  setupCode?: string;
  /** Single sign-on; by default from the VIGIE_OIDC_* environment (null: not offered). */
  oidc?: OidcConfig | null;
  /** The credential vault, opened with the master key (src/trust/vault); without it, secrets answer 503. */
  vault?: Vault;
}

export function createServices(db: Db, options: { setupCode?: string; vault?: Vault } = {}): Services {
  return {
    vault: options.vault,
    db,
    registry: new RegistryService(db, {
      personLeft: openReassignments,
      personBack: cancelReassignments,
      unitDeleting: releaseUnitKey,
    }),
    importJobs: new Jobs(),
    audit: new AuditService(db),
    trust: new TrustService(db, options),
  };
}

export function createApp(options: AppOptions) {
  const services = createServices(options.db, { setupCode: options.setupCode, vault: options.vault });
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
  const oidc = options.oidc === undefined ? oidcConfigFrom(process.env) : options.oidc;
  app.route('/api', trustRoutes({ pendingPolicies: pendingPoliciesFor, oidc: oidcStatus(oidc) }));
  app.route('/api', oidcRoutes(oidc, { clientIp }));
  app.route('/api', logRoutes());
  app.route('/api', policiesRoutes());
  app.route('/api', vaultRoutes());
  app.route('/api', leaverRoutes());
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
