// For tests: a user with the given grants, signed in to a fresh app. `request` sends the session
// cookie and the CSRF token, as the web app does.
import { type GrantRow, ROLES, type Role } from '../core/access';
import type { Db } from '../core/db';
import { createApp } from '../server/app';
import { hashPassword } from './passwords';
import { openSession } from './sessions';
import { insertUserRow } from './store';

export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * The groups of roles the two matrices (API routes, CLI commands) expect, written by hand from the
 * issue's roles rather than read from the code's permission table, so that the tests can disagree.
 */
export const ROLE_SETS = {
  ALL: ROLES,
  /** Everyone who reads and may export: all but the agency. */
  READERS: ['admin', 'unit_manager', 'community_manager', 'analyst', 'records_manager', 'auditor'],
  /** Audit readers for an audit of the unit (community managers' scope is presences, not units). */
  UNIT_AUDIT: ['admin', 'unit_manager', 'analyst', 'records_manager', 'auditor'],
  A: ['admin'],
  AU: ['admin', 'unit_manager'],
  AUC: ['admin', 'unit_manager', 'community_manager'],
  EDITORS: ['admin', 'unit_manager', 'community_manager', 'agency'],
  IMPORTERS: ['admin', 'unit_manager', 'community_manager', 'records_manager', 'agency'],
  LOG: ['admin', 'auditor'],
  CUSTODY: ['admin', 'unit_manager', 'community_manager', 'auditor'],
} satisfies Record<string, readonly Role[]>;
let hashed: Promise<string> | null = null;

export interface SignedInClient {
  app: ReturnType<typeof createApp>['app'];
  user: { id: number; login: string };
  csrf: string;
  cookie: string;
  /** Like `app.request`, signed in; a JSON body may be given as `json`. */
  request(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
}

let seq = 0;

export async function signIn(
  h: Db,
  grants: GrantRow[] = [{ role: 'admin', unitId: null, presenceId: null }],
  opts: { login?: string; personId?: number | null; app?: SignedInClient['app'] } = {},
): Promise<SignedInClient> {
  const app = opts.app ?? createApp({ db: h }).app;
  hashed ??= hashPassword(TEST_PASSWORD);
  const login = opts.login ?? `user${++seq}-${grants.map((g) => g.role).join('-') || 'none'}@test.example`;
  const now = new Date().toISOString();
  const id = await insertUserRow(
    h.db,
    {
      login,
      name: login.split('@')[0] ?? login,
      email: login.includes('@') ? login : null,
      personId: opts.personId ?? null,
      passwordHash: await hashed,
    },
    now,
  );
  const row = { id };
  if (grants.length) {
    await h.db
      .insertInto('grants')
      .values(
        grants.map((g) => ({
          user_id: row.id,
          role: g.role,
          unit_id: g.unitId,
          presence_id: g.presenceId,
          created_at: now,
          created_by: 'test',
        })),
      )
      .execute();
  }
  const session = await openSession(h.db, row.id, 'password', {});
  const cookie = `vigie_session=${session.token}`;
  return {
    app,
    user: { id: row.id, login },
    csrf: session.csrf,
    cookie,
    async request(path, init = {}) {
      const { json, headers, ...rest } = init;
      const h2 = new Headers(headers);
      h2.set('cookie', cookie);
      h2.set('x-vigie-csrf', session.csrf);
      if (json !== undefined) h2.set('content-type', 'application/json');
      return app.request(path, {
        ...rest,
        headers: h2,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      });
    },
  };
}

/** The (method, path) pairs the app serves (the API and the probes), from Hono’s own route table. */
export function servedRoutes(app: SignedInClient['app']): string[] {
  const out = new Set<string>();
  for (const r of app.routes) {
    // The API, and the probes at the root (/healthz, /readyz); not the web app's pages and assets.
    if (r.method === 'ALL' || r.path.includes('*')) continue;
    out.add(`${r.method} ${r.path}`);
  }
  return [...out].sort();
}
