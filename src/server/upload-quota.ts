// Per-person upload quota: at most `maxInFlight` uploads at once, and at most `bytesPerDay` bytes over
// any rolling 24 hours, counted as the bytes arrive (a declared Content-Length is only used to refuse
// early). Beyond either, 429 with Retry-After; a single file larger than the whole quota, 413.
//
// The counts live in this process's memory: Vigie serves from one process, the quota protects that
// process's disk and CPU, and counts that a restart forgets give back at most one day's quota (an
// attacker would have to restart the server to gain it). Several instances behind a load balancer
// each count their own uploads.
import type { Context, MiddlewareHandler } from 'hono';
import { Invalid, TooLarge, TooMany } from '../core/errors';
import type { AppEnv } from '../core/http';

/** Routes whose bodies are uploads, read as streams by their handlers under their own size limits. */
export const UPLOAD_ROUTES = [
  'PUT /api/data-imports',
  'POST /api/inventory/preview',
  'POST /api/inventory/import',
] as const;

export const UPLOAD_QUOTA_ENV = 'VIGIE_UPLOAD_QUOTA_MB';
/** 20 GB a day: five platform exports of the largest size accepted (4 GB) and room for inventories. */
export const DEFAULT_UPLOAD_QUOTA_MB = 20 * 1024;
export const MAX_UPLOADS_IN_FLIGHT = 2;

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;
/** When uploads in progress are the limit, how long to wait before asking again (seconds). */
const BUSY_RETRY_SECONDS = 10;

export interface UploadQuotaOptions {
  maxInFlight: number;
  bytesPerDay: number;
  /** The clock, in milliseconds (tests move it). */
  now?: () => number;
}

/** The quota from the environment (`VIGIE_UPLOAD_QUOTA_MB`, megabytes per person per 24 hours). */
export function uploadQuotaFromEnv(env: NodeJS.ProcessEnv = process.env): UploadQuotaOptions {
  const raw = env[UPLOAD_QUOTA_ENV]?.trim();
  const mb = raw ? Number(raw) : DEFAULT_UPLOAD_QUOTA_MB;
  if (!Number.isFinite(mb) || mb <= 0)
    throw new Invalid(
      'config.upload_quota',
      `${UPLOAD_QUOTA_ENV} must be a positive number of megabytes (found "${raw}").`,
      { variable: UPLOAD_QUOTA_ENV, value: String(raw) },
    );
  return { maxInFlight: MAX_UPLOADS_IN_FLIGHT, bytesPerDay: Math.round(mb * 1024 ** 2) };
}

const mb = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;

/** The counts, per user: uploads in progress, and bytes received per minute over the last day. */
export class UploadQuota {
  private readonly inFlight = new Map<string, number>();
  private readonly received = new Map<string, { minute: number; bytes: number }[]>();
  private readonly now: () => number;

  constructor(readonly options: UploadQuotaOptions) {
    this.now = options.now ?? Date.now;
  }

  private minute(): number {
    return Math.floor(this.now() / MINUTE);
  }

  /** The user's minutes of the last 24 hours, older ones dropped. */
  private recent(user: string): { minute: number; bytes: number }[] {
    const list = this.received.get(user);
    if (!list) return [];
    const from = this.minute() - DAY_MINUTES;
    while (list.length && list[0]!.minute <= from) list.shift();
    if (!list.length) this.received.delete(user);
    return list;
  }

  /** Bytes the user sent over the last 24 hours. */
  used(user: string): number {
    return this.recent(user).reduce((sum, m) => sum + m.bytes, 0);
  }

  add(user: string, bytes: number): void {
    const minute = this.minute();
    const list = this.recent(user);
    const last = list.at(-1);
    if (last?.minute === minute) last.bytes += bytes;
    else {
      list.push({ minute, bytes });
      this.received.set(user, list);
    }
  }

  /** Seconds until `need` more bytes fit in the user's day (at least 1). */
  retryAfter(user: string, need: number): number {
    const list = this.recent(user);
    let used = list.reduce((sum, m) => sum + m.bytes, 0);
    for (const m of list) {
      if (used + need <= this.options.bytesPerDay) break;
      used -= m.bytes;
      const freed = (m.minute + DAY_MINUTES + 1) * MINUTE;
      if (used + need <= this.options.bytesPerDay) return Math.max(1, Math.ceil((freed - this.now()) / 1000));
    }
    return 1;
  }

  inProgress(user: string): number {
    return this.inFlight.get(user) ?? 0;
  }

  /** Counts an upload in progress; the function returned ends it. */
  begin(user: string): () => void {
    this.inFlight.set(user, this.inProgress(user) + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const n = this.inProgress(user) - 1;
      if (n > 0) this.inFlight.set(user, n);
      else this.inFlight.delete(user);
    };
  }
}

/** A wait as people read it, the same in French and English: `45 s`, `12 min`, `23 h 59 min`. */
export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

function quotaReached(c: Context, quota: UploadQuota, user: string, need: number): TooMany {
  const seconds = quota.retryAfter(user, need);
  c.header('retry-after', String(seconds));
  c.header('connection', 'close');
  const used = mb(quota.used(user));
  const limit = mb(quota.options.bytesPerDay);
  const wait = duration(seconds);
  return new TooMany(
    'upload.quota',
    `Upload quota reached: you have sent ${used} MB in the last 24 hours, and the limit is ${limit} MB per person. Try again in ${wait}.`,
    { used, quota: limit, wait, seconds },
  );
}

/**
 * The quota on the upload routes (`METHOD /path`), after authentication: the body handed to the
 * route counts its bytes against the user's day as the route reads them.
 */
export function uploadQuota(
  quota: UploadQuota,
  routes: readonly string[] = UPLOAD_ROUTES,
): MiddlewareHandler<AppEnv> {
  const watched = new Set(routes);
  return async (c, next) => {
    if (!watched.has(`${c.req.method} ${c.req.path}`)) return next();
    const access = c.get('access');
    if (!access) return next();
    const user = access.userId === null ? `actor:${access.actor}` : `user:${access.userId}`;
    const { bytesPerDay, maxInFlight } = quota.options;
    const declared = Number(c.req.header('content-length') ?? Number.NaN);
    if (declared > bytesPerDay) {
      c.header('connection', 'close');
      throw new TooLarge(
        'upload.above_quota',
        `This file (${mb(declared)} MB) is larger than the upload quota of ${mb(bytesPerDay)} MB per person and per 24 hours.`,
        { size: mb(declared), quota: mb(bytesPerDay) },
      );
    }
    if (quota.inProgress(user) >= maxInFlight) {
      c.header('retry-after', String(BUSY_RETRY_SECONDS));
      c.header('connection', 'close');
      throw new TooMany(
        'upload.busy',
        `You already have ${maxInFlight} uploads in progress: wait until one ends, then try again.`,
        { max: maxInFlight, seconds: BUSY_RETRY_SECONDS },
      );
    }
    const need = Number.isFinite(declared) && declared > 0 ? declared : 1;
    if (quota.used(user) + need > bytesPerDay) throw quotaReached(c, quota, user, need);
    const end = quota.begin(user);
    try {
      const body = c.req.raw.body;
      if (body) {
        const counted = body.pipeThrough(
          new TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              quota.add(user, chunk.byteLength);
              if (quota.used(user) > bytesPerDay) throw quotaReached(c, quota, user, 1);
              controller.enqueue(chunk);
            },
          }),
        );
        c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit);
      }
      await next();
    } finally {
      end();
    }
  };
}
