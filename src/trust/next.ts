// Where signing in leads back to, by password (the web app) or by single sign-on (the server).
// Pure, shared by both, so that the rule is one.

const PUBLIC = ['/signin', '/setup'];

/**
 * The page to open after signing in: only a path of this app (never another site: `//evil.example`,
 * `/\evil.example` or `https://…` would take the reader away), and never a public page again.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  // Control characters could split a header; anything beyond ASCII is never in an address the app
  // wrote itself (it percent-encodes), and cannot go into a Location header as it is.
  if ([...next].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) > 126)) return '/';
  const path = next.split(/[?#]/)[0] ?? '/';
  if (PUBLIC.some((p) => path === p || path.startsWith(`${p}/`))) return '/';
  if (path.startsWith('/api/')) return '/';
  return next;
}
