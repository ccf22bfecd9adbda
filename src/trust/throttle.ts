// Sign-in throttling (penetration test, issue #10, finding 6; OWASP ASVS 5.0 6.3.1, 6.1.1), after
// OWASP's "Slow down online guessing attacks with device cookies":
// - no account is ever locked by failed attempts: a lock lets anyone lock anyone out, and tells
//   real logins from unknown ones;
// - failures are counted per login, whether it exists or not (so the answers, their timing and the
//   throttling tell nothing about it), from the browsers that do not carry a device cookie for it;
//   after FREE_FAILURES of them, that login's attempts from such browsers wait, longer after each
//   further failure (30 s, 1, 2, 4, 8 min, then 15 min at most), answered 429 with Retry-After;
// - a successful sign-in gives the browser a device cookie (HMAC-signed, bound to the login, 180
//   days, httpOnly, SameSite=Strict, sent to the sign-in route only); attempts carrying a valid one
//   count on that cookie's own counter, so the real person keeps signing in from their browser
//   while an attacker elsewhere waits;
// - the counts live in the database (`sign_in_throttle`): every instance sees the same ones, a
//   restart forgets nothing, and an admin's unlock (API or `vigie user unlock`, another process)
//   clears them. The per-address limit stays in each instance's memory (src/trust/limits.ts).
// An attempt counts from its start, before the password is checked, so that attempts sent in
// parallel cannot all slip under the limit; a success then clears the count it was made on.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { TooMany } from '../core/errors';
import type { Q } from '../core/log';
import * as store from './store';

/** Failures of one login (or one device cookie) before its attempts have to wait. */
export const FREE_FAILURES = 5;
/** The first wait, doubled after each further failure, up to MAX_WAIT_MS. */
export const FIRST_WAIT_MS = 30_000;
export const MAX_WAIT_MS = 15 * 60_000;
/** A count without any failure for this long starts again from zero. */
export const FORGET_MS = 24 * 3600_000;

export const DEVICE_COOKIE = 'vigie_device';
export const DEVICE_MAX_AGE_MS = 180 * 24 * 3600_000;

const SECRET_NAME = 'sign_in_hmac';

/** How long attempts wait once `failures` have been counted (0: they do not). */
export function waitMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** Math.min(failures - FREE_FAILURES, 20), MAX_WAIT_MS);
}

/** "45 seconds" / "3 minutes", in English and French, for the message. */
export function waitWords(seconds: number): { wait: string; wait_fr: string } {
  if (seconds < 120) {
    return seconds === 1
      ? { wait: '1 second', wait_fr: '1 seconde' }
      : { wait: `${seconds} seconds`, wait_fr: `${seconds} secondes` };
  }
  const m = Math.ceil(seconds / 60);
  return { wait: `${m} minutes`, wait_fr: `${m} minutes` };
}

/** The same answer for every login, existing or not. */
export function throttled(seconds: number): TooMany {
  const words = waitWords(seconds);
  return new TooMany(
    'auth.throttled',
    `Too many attempts for this login from this device or address: try again in ${words.wait}.`,
    { seconds, ...words },
  );
}

/** One sign-in attempt, counted on its key. */
export interface Attempt {
  key: string;
  loginKey: string;
  /** Made with a valid device cookie for this login. */
  trusted: boolean;
  /** Attempts counted on the key, this one included. */
  failures: number;
  /** When this attempt's failure makes the key wait, until when. */
  blockedUntil: string | null;
}

export interface ThrottleState {
  /** Failed sign-ins of the login still remembered (unknown browsers and device cookies). */
  failures: number;
  /** Until when the login's attempts from unknown browsers wait, if they do. */
  throttledUntil: string | null;
}

const mac = (secret: Buffer, ...parts: string[]) =>
  createHmac('sha256', secret).update(JSON.stringify(parts)).digest('base64url');

const TOKEN = /^v1\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

export class SignInThrottle {
  private secretKey: Promise<Buffer> | null = null;
  private inserted = 0;

  constructor(private readonly db: Q) {}

  /** The HMAC key, made by the first instance that needs it and then shared through the database. */
  private secret(at: Date): Promise<Buffer> {
    if (!this.secretKey) {
      const made = store
        .serverSecret(this.db, SECRET_NAME, () => randomBytes(32).toString('base64url'), at.toISOString())
        .then((v) => Buffer.from(v, 'base64url'));
      made.catch(() => {
        if (this.secretKey === made) this.secretKey = null;
      });
      this.secretKey = made;
    }
    return this.secretKey;
  }

  /** The login as the table knows it: an HMAC, never the text typed. */
  async loginKey(login: string, at: Date): Promise<string> {
    return mac(await this.secret(at), 'login', login);
  }

  /** A new device cookie's value for a login that has just signed in. */
  async issueDevice(login: string, at: Date): Promise<string> {
    const secret = await this.secret(at);
    const issued = Math.floor(at.getTime() / 1000).toString(36);
    const nonce = randomBytes(16).toString('base64url');
    return `v1.${issued}.${nonce}.${mac(secret, 'device', login, issued, nonce)}`;
  }

  /** The cookie's nonce when it is a device cookie this server issued for this login, still valid. */
  private openDevice(secret: Buffer, login: string, token: string, at: Date): string | null {
    const m = TOKEN.exec(token);
    if (!m) return null;
    const [, issued = '', nonce = '', sig = ''] = m;
    const t = Number.parseInt(issued, 36) * 1000;
    if (!(t <= at.getTime() + 60_000 && at.getTime() - t < DEVICE_MAX_AGE_MS)) return null;
    const want = Buffer.from(mac(secret, 'device', login, issued, nonce), 'base64url');
    const got = Buffer.from(sig, 'base64url');
    return got.length === want.length && timingSafeEqual(got, want) ? nonce : null;
  }

  /**
   * Counts an attempt before its password is checked, or refuses it (429) while its key waits. The
   * same for every login, existing or not.
   */
  async begin(login: string, device: string | null | undefined, at: Date): Promise<Attempt> {
    const secret = await this.secret(at);
    const loginKey = mac(secret, 'login', login);
    const nonce = device ? this.openDevice(secret, login, device, at) : null;
    const key = nonce ? `device:${mac(secret, 'device-key', login, nonce)}` : `login:${loginKey}`;
    const t = at.getTime();
    // Optimistic: read, then move the count on only if nobody did in between (else read again).
    for (let tries = 0; tries < 10; tries++) {
      const row = await store.throttleRow(this.db, key);
      const live = row && Date.parse(row.last_failure_at) + FORGET_MS > t ? row : undefined;
      const until = live?.blocked_until ? Date.parse(live.blocked_until) : 0;
      if (until > t) throw throttled(Math.max(1, Math.ceil((until - t) / 1000)));
      const failures = (live?.failures ?? 0) + 1;
      const wait = waitMs(failures);
      const next = {
        failures,
        last_failure_at: at.toISOString(),
        blocked_until: wait ? new Date(t + wait).toISOString() : null,
      };
      const counted = row
        ? await store.updateThrottle(this.db, row, next)
        : await store.insertThrottle(this.db, { key, login_key: loginKey, ...next });
      if (!counted) continue;
      if (!row && ++this.inserted % 100 === 0) {
        await store.pruneThrottle(this.db, new Date(t - FORGET_MS).toISOString());
      }
      return { key, loginKey, trusted: Boolean(nonce), failures, blockedUntil: next.blocked_until };
    }
    // Attempts for one login racing each other: the burst itself is the attack.
    throw throttled(1);
  }

  /** The attempt's password was right: its key starts again from zero. */
  async succeeded(attempt: Attempt, db: Q = this.db): Promise<void> {
    await store.deleteThrottle(db, attempt.key);
  }

  /** What is remembered about these logins' failed sign-ins. */
  async state(logins: string[], at: Date): Promise<Map<string, ThrottleState>> {
    const out = new Map<string, ThrottleState>();
    if (!logins.length) return out;
    const secret = await this.secret(at);
    const byKey = new Map(logins.map((l) => [mac(secret, 'login', l), l]));
    for (const l of logins) out.set(l, { failures: 0, throttledUntil: null });
    const t = at.getTime();
    for (const r of await store.throttleRowsOfLogins(this.db, [...byKey.keys()])) {
      const login = byKey.get(r.login_key);
      const s = login === undefined ? undefined : out.get(login);
      if (!s || Date.parse(r.last_failure_at) + FORGET_MS <= t) continue;
      s.failures += r.failures;
      if (r.key.startsWith('login:') && r.blocked_until && Date.parse(r.blocked_until) > t) {
        s.throttledUntil = r.blocked_until;
      }
    }
    return out;
  }

  /** Forgets every count of a login: its unknown browsers' and its device cookies' (admin unlock). */
  async clear(login: string, at: Date, db: Q = this.db): Promise<void> {
    await store.deleteThrottleOfLogin(db, await this.loginKey(login, at));
  }
}
