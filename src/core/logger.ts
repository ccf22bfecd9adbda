// The server's log: one JSON object per line (pino), or a short readable line on a terminal during
// development. Whatever is logged goes through the redaction below first: passwords, tokens, cookies,
// CSRF headers, secrets and bodies never reach the output, even if a caller passes them by mistake.
import { pino } from 'pino';
import { Invalid } from './errors';

export type Logger = pino.Logger;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = 'json' | 'text';

/** Keys whose values are never written, at the top level and one level down (`*.password`). */
const SENSITIVE_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'temporaryPassword',
  'passwordHash',
  'password_hash',
  'token',
  'accessToken',
  'refreshToken',
  'idToken',
  'secret',
  'clientSecret',
  'masterKey',
  'setupCode',
  'cookie',
  'authorization',
  'csrf',
  'body',
];
const SENSITIVE_HEADERS = [
  'cookie',
  'set-cookie',
  'authorization',
  'proxy-authorization',
  'x-vigie-csrf',
  'x-csrf-token',
];

export const REDACTED = '[redacted]';

export const REDACT_PATHS: string[] = [
  ...SENSITIVE_KEYS,
  ...SENSITIVE_KEYS.map((k) => `*.${k}`),
  ...['req', 'res'].flatMap((o) => SENSITIVE_HEADERS.map((h) => `${o}.headers["${h}"]`)),
  ...SENSITIVE_HEADERS.map((h) => `headers["${h}"]`),
];

export interface LoggerOptions {
  level?: LogLevel;
  format?: LogFormat;
  /** Where lines go (standard output by default); for tests, anything with `write`. */
  destination?: { write(line: string): unknown };
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const out = options.destination ?? process.stdout;
  const destination =
    options.format === 'text' ? { write: (line: string) => out.write(textLine(line)) } : out;
  return pino(
    {
      level: options.level ?? 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
    },
    destination,
  );
}

/** A logger that writes nothing (tests, in-process servers that did not ask for one). */
export function silentLogger(): Logger {
  return createLogger({ level: 'silent' });
}

const TEXT_SKIP = new Set(['level', 'time', 'pid', 'msg', 'err']);

/** A JSON log line as a person reads it on a terminal: `12:05:26 INFO  request GET /api/x status=200`. */
export function textLine(json: string): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = typeof o.time === 'string' ? o.time.slice(11, 19) : '';
  const level = String(o.level ?? '')
    .toUpperCase()
    .padEnd(5);
  const fields = Object.entries(o)
    .filter(([k]) => !TEXT_SKIP.has(k))
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  const err = o.err as { stack?: string; message?: string } | undefined;
  const tail = err ? `\n${err.stack ?? err.message ?? ''}` : '';
  return `${[time, level, o.msg ?? '', ...fields].filter(Boolean).join(' ')}${tail}\n`;
}

/** VIGIE_LOG_LEVEL: one of pino's levels (default `info`); anything else names the variable. */
export function logLevelFromEnv(env: NodeJS.ProcessEnv): LogLevel {
  const raw = env.VIGIE_LOG_LEVEL?.trim().toLowerCase();
  if (!raw) return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return raw as LogLevel;
  throw new Invalid(
    'config.log_level',
    `VIGIE_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (it is "${env.VIGIE_LOG_LEVEL}").`,
    { value: String(env.VIGIE_LOG_LEVEL), allowed: LOG_LEVELS.join(', ') },
  );
}

/**
 * VIGIE_LOG_FORMAT: `json` or `text`. By default, text on a terminal outside production (a person is
 * reading), JSON everywhere else (a collector is).
 */
export function logFormatFromEnv(env: NodeJS.ProcessEnv, isTty: boolean): LogFormat {
  const raw = env.VIGIE_LOG_FORMAT?.trim().toLowerCase();
  if (!raw) return isTty && env.NODE_ENV?.trim() !== 'production' ? 'text' : 'json';
  if (raw === 'json' || raw === 'text') return raw;
  throw new Invalid(
    'config.log_format',
    `VIGIE_LOG_FORMAT must be json or text (it is "${env.VIGIE_LOG_FORMAT}").`,
    { value: String(env.VIGIE_LOG_FORMAT) },
  );
}
