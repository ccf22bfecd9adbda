// Where sign-in leads back to, and the shapes the public pages read. Pure, so that it is tested.
import type { z } from 'zod';
import type { authStatusSchema } from '../../../src/trust/model';

export type AuthStatus = z.infer<typeof authStatusSchema>;

const PUBLIC = ['/signin', '/setup'];

/**
 * The page to open after signing in: only a path of this app (never another site: `//evil.example`,
 * `/\evil.example` or `https://…` would take the reader away), and never a public page again.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if ([...next].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127)) return '/';
  const path = next.split(/[?#]/)[0] ?? '/';
  if (PUBLIC.some((p) => path === p || path.startsWith(`${p}/`))) return '/';
  if (path.startsWith('/api/')) return '/';
  return next;
}

/** The sign-in page, remembering where the reader was going. */
export function signInPath(next: string | null | undefined): string {
  const target = safeNext(next);
  return target === '/' ? '/signin' : `/signin?next=${encodeURIComponent(target)}`;
}

/** The account is locked or rate-limited until then (ISO), from the error's parameters or its wait. */
export function waitUntil(
  params: Record<string, string | number>,
  retryAfter: number | null,
  now = Date.now(),
): string | null {
  const raw = params.until ?? params.lockedUntil ?? params.retryAt;
  if (typeof raw === 'string' && !Number.isNaN(Date.parse(raw))) return new Date(raw).toISOString();
  if (retryAfter !== null && retryAfter > 0) return new Date(now + retryAfter * 1000).toISOString();
  return null;
}
