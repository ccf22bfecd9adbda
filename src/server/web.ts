// The built web app (web/dist): built on demand when missing or older than its sources, so that
// `npm start` and `npx vigie start` work on a fresh checkout without a separate build step.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIR = path.join(ROOT, 'web');
export const WEB_DIST = path.join(WEB_DIR, 'dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

export function webIsStale(): boolean {
  const index = path.join(WEB_DIST, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  const sources = [path.join(WEB_DIR, 'src'), path.join(ROOT, 'src')].filter((d) => fs.existsSync(d));
  const files = [path.join(WEB_DIR, 'index.html'), path.join(WEB_DIR, 'vite.config.ts')].filter((f) =>
    fs.existsSync(f),
  );
  const newest = Math.max(...sources.map(newestMtime), ...files.map((f) => fs.statSync(f).mtimeMs));
  return newest > built;
}

export async function buildWeb(log: (line: string) => void = () => {}): Promise<void> {
  log('Building the web app…');
  const { build } = await import('vite');
  // Vite sets NODE_ENV=production in this process when it builds; the server started next must not
  // inherit it (it would, for one, refuse the development master key on a first start).
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({ configFile: path.join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export async function ensureWeb(log: (line: string) => void = () => {}): Promise<void> {
  if (webIsStale()) await buildWeb(log);
}
