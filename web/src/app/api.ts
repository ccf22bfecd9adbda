// The one door to the HTTP API: every request says which language error messages should come back
// in, every write says who is acting (X-Vigie-Actor), and every error becomes an ApiError carrying
// the server's kind, code, message and row-level issues.

const ACTOR_KEY = 'vigie.actor';

export interface ApiIssue {
  file?: string;
  line?: number;
  column?: string;
  field?: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly kind: string;
  readonly code: string;
  readonly issues: ApiIssue[];

  constructor(status: number, kind: string, code: string, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.kind = kind;
    this.code = code;
    this.issues = issues;
  }
}

let currentLanguage = 'en';

/** Called by the i18n module whenever the interface language changes. */
export function setApiLanguage(language: string): void {
  currentLanguage = language;
}

export function readActor(): string {
  try {
    return localStorage.getItem(ACTOR_KEY) ?? '';
  } catch {
    return '';
  }
}

export function writeActor(name: string): void {
  try {
    if (name.trim()) localStorage.setItem(ACTOR_KEY, name.trim());
    else localStorage.removeItem(ACTOR_KEY);
  } catch {
    // Private browsing without storage: the name lasts for this page only.
  }
  window.dispatchEvent(new Event('vigie:actor'));
}

/** HTTP headers carry Latin-1 only; other names travel percent-encoded. */
function headerSafe(value: string): string {
  return /^[\u0020-\u007e\u00a0-\u00ff]*$/.test(value) ? value : encodeURIComponent(value);
}

function headers(write: boolean, json: boolean): Record<string, string> {
  const h: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLanguage };
  if (json) h['Content-Type'] = 'application/json';
  if (write) {
    const actor = readActor();
    if (actor) h['X-Vigie-Actor'] = headerSafe(actor);
  }
  return h;
}

function errorFrom(status: number, body: unknown, fallback: string): ApiError {
  const e = (
    body as { error?: { kind?: string; code?: string; message?: string; issues?: ApiIssue[] } } | null
  )?.error;
  if (e && typeof e.message === 'string') {
    return new ApiError(status, e.kind ?? 'unknown', e.code ?? 'unknown', e.message, e.issues ?? []);
  }
  return new ApiError(status, 'unavailable', 'http_error', fallback);
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
      signal: options.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'unavailable', 'network', (err as Error).message);
  }
  const body = await parse(await response.text());
  if (!response.ok) throw errorFrom(response.status, body, `${response.status} ${response.statusText}`);
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
      else reject(errorFrom(xhr.status, body, `${xhr.status} ${xhr.statusText}`));
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
      else reject(errorFrom(xhr.status, body, `${xhr.status} ${xhr.statusText}`));
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
