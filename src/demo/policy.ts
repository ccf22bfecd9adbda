// When the demo organisation (whose users share a published password) may be loaded. Pure rules:
// the caller counts users and presences and reads the environment; these functions decide.
import { Conflict, Invalid } from '../core/errors';

/** What `vigie start` was told: `--demo` / VIGIE_DEMO=1 (true), `--no-demo` / VIGIE_DEMO=0 (false), nothing. */
export type DemoRequest = boolean | undefined;

export interface DemoSituation {
  /** NODE_ENV=production. */
  production: boolean;
  /** The database's kind: the embedded SQLite file is the development database. */
  dialect: 'sqlite' | 'postgres';
  users: number;
  presences: number;
}

export type StartDemoDecision =
  | { load: true }
  | {
      load: false;
      /** Why not, for the start's message: nothing to say when the database already holds data. */
      reason: 'not_asked' | 'opted_out' | 'production' | 'has_users' | 'not_empty' | 'postgres';
    };

/** `NODE_ENV=production`, exactly (as Node libraries read it). */
export function isProduction(env: NodeJS.ProcessEnv): boolean {
  return env.NODE_ENV?.trim() === 'production';
}

/**
 * VIGIE_DEMO: `1` asks for the demo, `0` refuses it, unset or empty leaves the default. Anything else
 * stops the start, naming the variable.
 */
export function demoFromEnv(env: NodeJS.ProcessEnv): DemoRequest {
  const raw = env.VIGIE_DEMO?.trim();
  if (!raw) return undefined;
  if (raw === '1') return true;
  if (raw === '0') return false;
  throw new Invalid('demo.env_invalid', `VIGIE_DEMO must be 1 or 0 (it is "${raw}").`, { value: raw });
}

/** The option wins over the environment. */
export function demoRequest(option: DemoRequest, env: NodeJS.ProcessEnv): DemoRequest {
  const fromEnv = demoFromEnv(env);
  return option ?? fromEnv;
}

/** Asked for in production: refused before anything is opened. */
export function checkDemoRequest(request: DemoRequest, production: boolean): void {
  if (production && request === true) refuseInProduction();
}

function refuseInProduction(): never {
  throw new Invalid(
    'demo.production',
    'The demo organisation has published passwords: it is never loaded when NODE_ENV=production.',
  );
}

/**
 * Whether `vigie start` loads the demo. Asked for in production, it refuses (an error, not a silent
 * skip: the operator asked for something that must not happen). Otherwise it loads only into a
 * database without users or presences, and into PostgreSQL only when asked: by default only the
 * embedded SQLite development database gets it.
 */
export function startDemoDecision(request: DemoRequest, s: DemoSituation): StartDemoDecision {
  checkDemoRequest(request, s.production);
  if (request === false) return { load: false, reason: 'opted_out' };
  if (s.production) return { load: false, reason: 'production' };
  if (s.users > 0) return { load: false, reason: 'has_users' };
  if (s.presences > 0) return { load: false, reason: 'not_empty' };
  if (request === true) return { load: true };
  if (s.dialect === 'postgres') return { load: false, reason: 'postgres' };
  return { load: true };
}

/**
 * Whether `vigie demo` may load (after `checkDemoRequest`, which refuses production): never into a
 * database with users of its own (demo users would add accounts with a published password beside
 * them). Users the demo itself created (`demoUsers`) do not count, so `vigie demo --reset` still
 * reloads a demo database.
 */
export function checkDemoCommand(s: { users: number; demoUsers: number }): void {
  const own = s.users - s.demoUsers;
  if (own > 0) {
    throw new Conflict(
      'demo.has_users',
      `This database has users of its own (${own}): the demo organisation, with its published passwords, is never loaded beside them.`,
      { users: own },
    );
  }
}
