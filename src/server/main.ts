// Listens: the API and the built web app on one port.
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Db } from '../core/db';
import type { Vault } from '../trust/vault/vault';
import { createApp } from './app';
import { WEB_DIST } from './web';

export interface ServerOptions {
  db: Db;
  port: number;
  host: string;
  /** The one-time code of the first-admin setup page. */
  setupCode?: string;
  vault?: Vault;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { app } = createApp({ db: options.db, setupCode: options.setupCode, vault: options.vault });
  const root = path.relative(process.cwd(), WEB_DIST) || '.';
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_p, c) => c.header('cache-control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.use('*', serveStatic({ root }));
  // Every other page is the single-page app; it routes on the client.
  app.get('*', (c) => {
    const index = path.join(WEB_DIST, 'index.html');
    if (!fs.existsSync(index)) return c.text('The web app is not built: run `npm run build:web`.', 503);
    return c.html(fs.readFileSync(index, 'utf8'));
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      const host = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
    server.on('error', reject);
  });
}
