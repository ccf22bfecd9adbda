// The HTTP application: each capability's routes under /api, the OpenAPI document, and the web app.
import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { auditRoutes } from '../audit/routes';
import { AuditService } from '../audit/service';
import type { Db } from '../core/db';
import { NotFound } from '../core/errors';
import { publicRoute, undeclaredRoutes } from '../core/guard';
import type { AppEnv, Services } from '../core/http';
import { createLogger, type Logger } from '../core/logger';
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
import { viewsRoutes } from '../views/routes';
import { ViewService } from '../views/service';
import { workRoutes } from '../work/routes';
import { WorkService } from '../work/service';
import { bodyLimit, JSON_BODY_LIMIT } from './body-limit';
import { compressAnswers } from './compress';
import { CONTENT_SECURITY_POLICY, documentCsp } from './csp';
import { healthRoutes, type Lifecycle } from './health';
import { errorBody, localeFrom, onError } from './http';
import { requestLog } from './request-log';
import { UPLOAD_ROUTES, UploadQuota, uploadQuota, uploadQuotaFromEnv } from './upload-quota';

export interface AppOptions {
  db: Db;
  /** The one-time code of the first-admin setup page (the server prints it); random when omitted. */
  setupCode?: string;
  /** Single sign-on; by default from the VIGIE_OIDC_* environment (null: not offered). */
  oidc?: OidcConfig | null;
  /** The credential vault, opened with the master key (src/trust/vault); without it, secrets answer 503. */
  vault?: Vault;
  /** Where requests and errors are logged; without one, only errors, on standard error (tests). */
  logger?: Logger;
  /** Set by the shutdown: from then on /readyz answers 503. */
  lifecycle?: Lifecycle;
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
    work: new WorkService(db),
    views: new ViewService(db),
  };
}

const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Vigie API',
    version: '0.1.0',
    description: 'Inventory and governance of an organisation’s social-media presences.',
  },
};

export function createApp(options: AppOptions) {
  const services = createServices(options.db, { setupCode: options.setupCode, vault: options.vault });
  const app = new OpenAPIHono<AppEnv>();
  const logger = options.logger ?? createLogger({ level: 'error', destination: process.stderr });
  const lifecycle = options.lifecycle ?? { draining: false };
  // First: every request gets its id and its log line, whatever answers it.
  app.use('*', requestLog(logger));
  // HTML documents under /api (the audit report) get their own policy; it runs after secureHeaders.
  app.use('/api/*', documentCsp());
  app.use('*', secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }));
  // Bodies are bounded before anyone reads them, sign-in included: 1 MB for JSON, uploads under
  // their own routes' limits (streamed) and the per-person quota below.
  app.use('/api/*', bodyLimit({ maxBytes: JSON_BODY_LIMIT, except: UPLOAD_ROUTES }));
  app.use('/api/*', async (c, next) => {
    c.set('services', services);
    const locale = localeFrom(c);
    c.set('locale', locale);
    c.set('localise', (issue) => localiseIssue(issue, locale));
    await next();
  });
  app.use('/api/*', authenticate(services.trust));
  app.use('/api/*', compressAnswers());
  app.use('/api/*', uploadQuota(new UploadQuota(uploadQuotaFromEnv(process.env)), UPLOAD_ROUTES));
  app.onError(onError);

  // Public, like /healthz: it says the server answers, nothing about what it runs on.
  app.get('/api/health', publicRoute(), (c) => c.json({ ok: true }));
  healthRoutes(app, { db: services.db, vault: services.vault, lifecycle, logger });
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
  app.route('/api', workRoutes());
  app.route('/api', viewsRoutes());
  app.get('/api/openapi.json', publicRoute(), (c) => c.json(app.getOpenAPI31Document(OPENAPI_INFO)));
  // Every route declares its gate and the objects its path names, or the server does not start.
  const undeclared = undeclaredRoutes(app.routes, '/');
  if (undeclared.length) throw new Error(`Routes without a declared scope:\n${undeclared.join('\n')}`);
  app.all('/api/*', (c) => {
    const e = new NotFound('request.not_found', `No such page or resource: ${c.req.path}`, {
      path: c.req.path,
    });
    return c.json(errorBody(e, c.get('locale') ?? localeFrom(c)), 404);
  });
  return { app, services, lifecycle, logger };
}
