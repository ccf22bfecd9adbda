// The one door to the HTTP API: every request says which language error messages should come back
// in and travels with the session cookie; every change carries the session's CSRF token
// (X-Vigie-CSRF); every error becomes an ApiError carrying the server's kind, code, message and
// row-level issues. A session that has ended (401) sends the app back to the sign-in page.

export interface ApiIssue {
  file?: string;
  line?: number;
  column?: string;
  field?: string;
  code: string;
  message: string;
  /** What the message was built from (e.g. a changed field's values as JSON, who changed it, when). */
  params?: Record<string, string | number>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly kind: string;
  readonly code: string;
  readonly issues: ApiIssue[];
  /** The error's parameters when the server sends them (e.g. when a locked account unlocks). */
  readonly params: Record<string, string | number>;
  /** Seconds to wait before trying again, from a 429's Retry-After header. */
  readonly retryAfter: number | null;

  constructor(
    status: number,
    kind: string,
    code: string,
    message: string,
    issues: ApiIssue[] = [],
    params: Record<string, string | number> = {},
    retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.kind = kind;
    this.code = code;
    this.issues = issues;
    this.params = params;
    this.retryAfter = retryAfter;
  }
}

let currentLanguage = 'en';

/** Called by the i18n module whenever the interface language changes. */
export function setApiLanguage(language: string): void {
  currentLanguage = language;
}

let csrfToken: string | null = null;

/** Set by the session from /api/auth/session (and on sign-in); sent back on every request that changes something. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type UnauthenticatedHandler = () => void;

/** Where the current page is, for the sign-in page to come back to. */
export function currentPath(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

let onUnauthenticated: UnauthenticatedHandler = () => {
  window.location.assign(`/signin?next=${encodeURIComponent(currentPath())}`);
};

/** The session replaces the default (a full reload to the sign-in page) with a move inside the app. */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler): () => void {
  const previous = onUnauthenticated;
  onUnauthenticated = handler;
  return () => {
    onUnauthenticated = previous;
  };
}

/** Sign-in, setup and the "who am I" probe answer 401 as a matter of course: no redirect for them. */
export function isSessionProbe(path: string): boolean {
  return path === '/me' || path.startsWith('/me?') || path.startsWith('/auth/');
}

function sessionEnded(status: number, path: string): void {
  if (status === 401 && !isSessionProbe(path)) onUnauthenticated();
}

function headers(write: boolean, json: boolean): Record<string, string> {
  const h: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLanguage };
  if (json) h['Content-Type'] = 'application/json';
  if (write && csrfToken) h['X-Vigie-CSRF'] = csrfToken;
  return h;
}

function retryAfterOf(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - Date.now()) / 1000));
}

function errorFrom(
  status: number,
  body: unknown,
  fallback: string,
  retryAfter: string | null = null,
): ApiError {
  const e = (
    body as {
      error?: {
        kind?: string;
        code?: string;
        message?: string;
        issues?: ApiIssue[];
        params?: Record<string, string | number>;
      };
    } | null
  )?.error;
  const wait = retryAfterOf(retryAfter);
  if (e && typeof e.message === 'string') {
    return new ApiError(
      status,
      e.kind ?? 'unknown',
      e.code ?? 'unknown',
      e.message,
      e.issues ?? [],
      e.params && typeof e.params === 'object' ? e.params : {},
      wait,
    );
  }
  return new ApiError(status, 'unavailable', 'http_error', fallback, [], {}, wait);
}

async function parse(text: string): Promise<unknown> {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers: headers(method !== 'GET', hasBody),
      body: hasBody ? JSON.stringify(options.body) : undefined,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'unavailable', 'network', (err as Error).message);
  }
  const body = await parse(await response.text());
  if (!response.ok) {
    sessionEnded(response.status, path);
    throw errorFrom(
      response.status,
      body,
      `${response.status} ${response.statusText}`,
      response.headers.get('Retry-After'),
    );
  }
  return body as T;
}

/** Posts a multipart form, reporting upload progress (0–1); resolves with the parsed JSON answer. */
export function postForm<T>(
  path: string,
  form: FormData,
  onProgress?: (fraction: number) => void,
): Promise<T> {
  return new Promise<T>((resolvePromise, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    for (const [k, v] of Object.entries(headers(true, false))) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress?.(1);
    xhr.onerror = () => reject(new ApiError(0, 'unavailable', 'network', 'network error'));
    xhr.onload = async () => {
      const body = await parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolvePromise(body as T);
      else {
        sessionEnded(xhr.status, path);
        reject(
          errorFrom(
            xhr.status,
            body,
            `${xhr.status} ${xhr.statusText}`,
            xhr.getResponseHeader('Retry-After'),
          ),
        );
      }
    };
    xhr.send(form);
  });
}

/**
 * Sends a file as the raw body of a PUT (no multipart: the server streams it to disk as it comes),
 * reporting upload progress in bytes; aborting the signal stops the upload.
 */
export function putFile<T>(
  path: string,
  file: Blob,
  onProgress?: (sent: number, total: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolvePromise, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `/api${path}`);
    for (const [k, v] of Object.entries(headers(true, false))) xhr.setRequestHeader(k, v);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => {
      if (onProgress) onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    };
    xhr.upload.onload = () => onProgress?.(file.size, file.size);
    xhr.onerror = () => reject(new ApiError(0, 'unavailable', 'network', 'network error'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    xhr.onload = async () => {
      const body = await parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolvePromise(body as T);
      else {
        sessionEnded(xhr.status, path);
        reject(
          errorFrom(
            xhr.status,
            body,
            `${xhr.status} ${xhr.statusText}`,
            xhr.getResponseHeader('Retry-After'),
          ),
        );
      }
    };
    if (signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
      return;
    }
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** Builds a query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `?${s}` : '';
}
