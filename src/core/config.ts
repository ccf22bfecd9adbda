import path from 'node:path';

export interface Config {
  /** `sqlite:PATH`, a bare file path, or `postgres://…` */
  databaseUrl: string;
  port: number;
  host: string;
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/vigie.db';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.VIGIE_DATABASE_URL?.trim() || DEFAULT_DATABASE_URL,
    port: Number(env.VIGIE_PORT ?? env.PORT ?? 8080) || 8080,
    host: env.VIGIE_HOST?.trim() || '127.0.0.1',
  };
}

export type DatabaseTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/** Reads a database URL: `postgres://` or `postgresql://` → PostgreSQL; `sqlite:PATH`, `file:PATH`, `:memory:` or a path → SQLite. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  const u = url.trim();
  if (/^postgres(ql)?:\/\//i.test(u)) return { dialect: 'postgres', url: u };
  if (u === ':memory:' || u === 'sqlite::memory:') return { dialect: 'sqlite', file: ':memory:' };
  const m = /^(?:sqlite|file):(?:\/\/)?(.*)$/i.exec(u);
  const file = m ? m[1]! : u;
  if (!file) throw new Error(`Database URL "${url}" names no file`);
  return { dialect: 'sqlite', file: path.resolve(file) };
}
