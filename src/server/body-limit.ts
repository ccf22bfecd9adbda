// The size of a request body, bounded before anything reads it: before authentication (sign-in is
// public), before validation parses it. A body above the limit is refused 413 at the limit, and the
// connection is closed so that the rest is never read:
// - a declared Content-Length above the limit is refused before one byte of the body is read (Node's
//   parser never delivers more than the length it declares, so a smaller one is believed);
// - a body without one (chunked) is counted as it arrives and refused at the first byte beyond the
//   limit; what came before (at most the limit) is then handed on to the route as the body.
// Uploads are not JSON: their routes read their bodies as streams under their own limits (`except`).
import type { Context, MiddlewareHandler } from 'hono';
import { TooLarge } from '../core/errors';

/** JSON bodies: the largest (a policy of 200,000 characters) is well under this. */
export const JSON_BODY_LIMIT = 1024 * 1024;

export interface BodyLimitOptions {
  maxBytes: number;
  /** Routes whose handlers stream their own bodies under their own limits: `METHOD /path`. */
  except?: readonly string[];
}

const mb = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;

/** The 413: Vigie's error body, and the connection closed after it (the rest of the body unread). */
export function tooLarge(c: Context, maxBytes: number): TooLarge {
  c.header('connection', 'close');
  return new TooLarge(
    'request.body_too_large',
    `The request is too large: this address accepts at most ${mb(maxBytes)} MB. Nothing beyond that was read.`,
    { limit: mb(maxBytes) },
  );
}

export function bodyLimit(options: BodyLimitOptions): MiddlewareHandler {
  const except = new Set(options.except ?? []);
  const max = options.maxBytes;
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body || except.has(`${c.req.method} ${c.req.path}`)) return next();
    const declared = c.req.header('content-length');
    if (declared !== undefined && !c.req.header('transfer-encoding')) {
      // A length that is not a number is refused by Node's parser before it reaches here.
      if (Number(declared) > max) throw tooLarge(c, max);
      return next();
    }
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => {});
        throw tooLarge(c, max);
      }
      chunks.push(value);
    }
    const whole = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      whole.set(chunk, at);
      at += chunk.byteLength;
    }
    c.req.raw = new Request(c.req.raw, { body: whole });
    return next();
  };
}
