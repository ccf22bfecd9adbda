// Listens: the API and the built web app on one port.
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';
import type { Db } from '../core/db';
import type { Logger } from '../core/logger';
import type { Vault } from '../trust/vault/vault';
import { createApp } from './app';
import { withNonce } from './csp';
import { drainServer, type ShutdownResult } from './shutdown';
import { WEB_DIST } from './web';

export interface ServerOptions {
  db: Db;
  port: number;
  host: string;
  /** The one-time code of the first-admin setup page. */
  setupCode?: string;
  vault?: Vault;
  logger?: Logger;
}

export interface RunningServer {
  url: string;
  /** Platform imports running now. */
  readonly runningImports: number;
  close(): Promise<void>;
  /**
   * Graceful stop (src/server/shutdown.ts): no new connections, running imports and requests get
   * until `timeoutMs` to end. The database stays open: the caller closes it when nothing was abandoned.
   */
  shutdown(timeoutMs: number): Promise<ShutdownResult>;
}

/**
 * The built web app on `app`: its assets, and index.html for every other page (the app routes on the
 * client), with this response's CSP nonce written in (src/server/csp.ts) and never cached.
 */
export function serveWebApp(app: ReturnType<typeof createApp>['app'], dist: string = WEB_DIST): void {
  const root = path.relative(process.cwd(), dist) || '.';
  const index = path.join(dist, 'index.html');
  const page = (c: Context) => {
    if (!fs.existsSync(index)) return c.text('The web app is not built: run `npm run build:web`.', 503);
    c.header('cache-control', 'no-store');
    return c.html(withNonce(fs.readFileSync(index, 'utf8'), c.get('secureHeadersNonce')));
  };
  // Before the static files, which would send index.html as it is built (with the placeholder).
  app.get('/', page);
  app.get('/index.html', page);
  // Built assets have content-hashed names: cached for good. (Set on the response itself: serveStatic's
  // onFound runs after the response is built, too late for c.header.)
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok && !/^text\/html\b/.test(c.res.headers.get('content-type') ?? ''))
      c.res.headers.set('cache-control', 'public, max-age=31536000, immutable');
  });
  // Brotli or gzip copies written at build (web/precompress.ts), chosen by the browser's Accept-Encoding.
  app.use('/assets/*', serveStatic({ root, precompressed: true }));
  app.use('*', serveStatic({ root }));
  app.get('*', page);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { app, services, lifecycle, logger } = createApp({
    db: options.db,
    setupCode: options.setupCode,
    vault: options.vault,
    logger: options.logger,
  });
  serveWebApp(app);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      const host = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
      resolve({
        url: `http://${host}:${info.port}`,
        get runningImports() {
          return services.importJobs.running;
        },
        close: () => new Promise<void>((r) => server.close(() => r())),
        shutdown: (timeoutMs) =>
          drainServer({ server: server as Server, jobs: services.importJobs, lifecycle, timeoutMs, logger }),
      });
    });
    server.on('error', reject);
  });
}
