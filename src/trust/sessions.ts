// Sessions: a random token in an httpOnly, SameSite cookie; the database keeps only its SHA-256, so
// a copy of the database does not let anyone in. Sessions end after 8 hours without use, and after
// 7 days in any case; signing out, disabling the user or resetting their password ends them.
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ChangeValues, Q } from '../core/log';
import { DEVICE_COOKIE, DEVICE_MAX_AGE_MS } from './throttle';

export const SESSION_COOKIE = 'vigie_session';
export const IDLE_MS = 8 * 3600_000;
export const ABSOLUTE_MS = 7 * 24 * 3600_000;
/** Last-seen is written at most this often, not on every request. */
const TOUCH_MS = 60_000;

export type SessionVia = 'password' | 'oidc';

export interface OpenedSession {
  token: string;
  csrf: string;
  expiresAt: string;
}

export interface ActiveSession {
  id: number;
  userId: number;
  csrf: string;
  via: SessionVia;
  expiresAt: string;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function openSession(
  db: Q,
  userId: number,
  via: SessionVia,
  meta: { ip?: string | null; userAgent?: string | null },
  now = new Date(),
): Promise<OpenedSession> {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + ABSOLUTE_MS).toISOString();
  await db
    .insertInto('sessions')
    .values({
      token_hash: tokenHash(token),
      user_id: userId,
      csrf,
      via,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt,
      ip: meta.ip?.slice(0, 64) ?? null,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrf, expiresAt };
}

/** The session a token opens, or null when it is unknown, expired or idle too long (then deleted). */
export async function findSession(db: Q, token: string, now = new Date()): Promise<ActiveSession | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'csrf', 'via', 'expires_at', 'last_seen_at'])
    .where('token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row) return null;
  const t = now.getTime();
  if (Date.parse(row.expires_at) <= t || Date.parse(row.last_seen_at) + IDLE_MS <= t) {
    await db.deleteFrom('sessions').where('id', '=', row.id).execute();
    return null;
  }
  if (Date.parse(row.last_seen_at) + TOUCH_MS <= t) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
  }
  return {
    id: row.id,
    userId: row.user_id,
    csrf: row.csrf,
    via: row.via as SessionVia,
    expiresAt: row.expires_at,
  };
}

export async function closeSession(db: Q, id: number): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user (password reset, disabled, signed out everywhere). */
export async function closeUserSessions(db: Q, userId: number, except?: number): Promise<number> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (except !== undefined) q = q.where('id', '!=', except);
  const r = await q.executeTakeFirst();
  return Number(r.numDeletedRows ?? 0);
}

function secure(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function setSessionCookie(c: Context, token: string, expiresAt: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: secure(c),
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secure(c) });
}

export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/**
 * The device cookie (src/trust/throttle.ts): this browser has signed in as a login before. Sent only
 * to the sign-in route, never readable by scripts, never sent from another site.
 */
export function setDeviceCookie(c: Context, value: string): void {
  setCookie(c, DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/api/auth/signin',
    secure: secure(c),
    maxAge: Math.floor(DEVICE_MAX_AGE_MS / 1000),
  });
}

export function deviceToken(c: Context): string | undefined {
  return getCookie(c, DEVICE_COOKIE);
}

/**
 * The client's address as a field of a sign-in's change (`ip`), never as its reason: a reason is
 * what a person wrote. (Entries written before say it in the reason: see splitAddress.)
 */
export function withAddress(diff: ChangeValues['diff'], ip: string | null | undefined): ChangeValues['diff'] {
  return ip ? { ...diff, ip: [null, ip] } : diff;
}
