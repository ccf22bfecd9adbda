// API answers compressed (gzip through CompressionStream): the presences list is 150 kB of JSON
// raw, a sixth of it compressed. Never the answers that carry a secret (the session's CSRF token,
// a revealed password, a reset password): compressed in the same answer as text a visitor can
// choose, their compressed length could give them away (BREACH).
import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

const SECRET_ANSWERS = [
  /^\/api\/auth\//,
  /^\/api\/me$/,
  /^\/api\/presences\/[^/]+\/secrets(\/|$)/,
  /^\/api\/users\/[^/]+\/reset-password$/,
];

export function compressAnswers(): MiddlewareHandler {
  const gzip = compress({ encoding: 'gzip' });
  return (c, next) => (SECRET_ANSWERS.some((r) => r.test(c.req.path)) ? next() : gzip(c, next));
}
