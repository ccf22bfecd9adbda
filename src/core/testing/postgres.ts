// Vitest global setup: starts a throwaway PostgreSQL cluster for the whole test run, on a random
// port in a temporary directory, and hands its URL to the tests. In CI a PostgreSQL that cannot be
// started fails the run: a skipped dialect is a failure there.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
    /** A database migrated once for the run, from which each test's database is copied. */
    pgTemplate: string | null;
  }
}

function findBinDir(): string | null {
  const fromPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  if (fromPath) return path.dirname(fs.realpathSync(fromPath));
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface Cluster {
  url: string;
  stop(): void;
}

/** Starts PostgreSQL as the `postgres` user when run as root (initdb refuses root). */
export async function startCluster(): Promise<Cluster> {
  const bin = findBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries (pg_ctl, initdb) not found');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const full = path.join(bin, cmd);
    if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' });
    else execFileSync(full, args, { stdio: 'pipe' });
  };
  if (asRoot) {
    fs.chmodSync(dir, 0o755);
    execFileSync('chown', ['postgres', dir]);
  }
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    path.join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

let cluster: Cluster | null = null;

/**
 * Migrates one database for the whole run: each test's database is then a copy of it
 * (`CREATE DATABASE … TEMPLATE`), which takes a few milliseconds where migrating takes hundreds.
 */
async function migratedTemplate(url: string): Promise<{ name: string; drop(): Promise<void> }> {
  const { createDb, migrate } = await import('../db');
  const name = `vigie_template_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const h = createDb(u.toString());
  try {
    await migrate(h);
  } finally {
    // A template may have no open connection while it is copied.
    await h.close();
  }
  return { name, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export default async function setup(project: TestProject) {
  let url = process.env.VIGIE_TEST_PG_URL ?? null;
  if (!url) {
    try {
      cluster = await startCluster();
      url = cluster.url;
    } catch (e) {
      const msg = `PostgreSQL could not be started for the tests: ${(e as Error).message}`;
      if (process.env.CI) throw new Error(msg);
      console.warn(`${msg}\nPostgreSQL tests are skipped on this machine (they fail in CI).`);
    }
  }
  const template = url ? await migratedTemplate(url) : null;
  project.provide('pgUrl', url);
  project.provide('pgTemplate', template?.name ?? null);
  return async () => {
    // An external server (VIGIE_TEST_PG_URL) keeps nothing of the run; a cluster of ours goes whole.
    if (!cluster) await template?.drop();
    cluster?.stop();
    cluster = null;
  };
}
