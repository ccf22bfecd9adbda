// Where sign-in leads back to, and the shapes the public pages read. Pure, so that it is tested.
import type { z } from 'zod';
import type { authStatusSchema } from '../../../src/trust/model';
import { safeNext } from '../../../src/trust/next';

export { safeNext };

export type AuthStatus = z.infer<typeof authStatusSchema>;

/** The sign-in page, remembering where the reader was going. */
export function signInPath(next: string | null | undefined): string {
  const target = safeNext(next);
  return target === '/' ? '/signin' : `/signin?next=${encodeURIComponent(target)}`;
}

/** Sign-in waits until then (ISO), from the error's parameters or its Retry-After. */
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
