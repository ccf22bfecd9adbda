// What every capability's routes share, without depending on the server that composes them:
// the request context (who acts, in which language, the services) and a validating sub-app factory.
import { OpenAPIHono } from '@hono/zod-openapi';
import { type output, type ZodType, z } from 'zod';
import type { Access } from './access';
import type { Db } from './db';
import { Invalid, type Issue } from './errors';
import type { Locale } from './i18n';
import type { Logger } from './logger';

/** The services a request can use. Each capability adds its own with `declare module`. */
export interface Services {
  db: Db;
}

export type AppEnv = {
  Variables: {
    /** How changes are signed in the log (the signed-in user's login). */
    actor: string;
    /** What the signed-in user may do, and where; unset on public routes (sign-in, health). */
    access: Access;
    /** The signed-in session (its CSRF token is checked on every change). */
    session: { id: number; userId: number; csrf: string; via: 'password' | 'oidc' };
    locale: Locale;
    services: Services;
    /** An issue's message in the request's language. */
    localise: (issue: Issue) => Issue;
    /** This request's id (X-Request-Id) and the log that names it (src/server/request-log.ts). */
    requestId: string;
    logger: Logger;
  };
};

type ZodIssueLike = { path: PropertyKey[]; message: string; code?: string; input?: unknown };

const zodEnglish = z.locales.en().localeError;
const zodFrench = z.locales.fr().localeError;
/** A value of each type zod names after "received", for issues that no longer carry their input. */
const RECEIVED: Record<string, unknown> = {
  string: '',
  number: 0,
  boolean: false,
  undefined: undefined,
  null: null,
  array: [],
  object: {},
  date: new Date(0),
  nan: Number.NaN,
};

function text(m: ReturnType<typeof zodEnglish>): string | undefined {
  return typeof m === 'string' ? m : m?.message;
}

/**
 * zod's message in French: zod's own French catalogue, for the messages that are zod's defaults
 * (a message a schema wrote itself stays as written).
 */
export function zodDetailFr(issue: ZodIssueLike): string {
  let raw: unknown = issue;
  if (issue.code === 'invalid_type' && !('input' in issue)) {
    const received = /received (\w+)$/.exec(issue.message)?.[1] ?? '';
    if (received in RECEIVED) raw = { ...issue, input: RECEIVED[received] };
  }
  try {
    const asked = raw as Parameters<typeof zodFrench>[0];
    if (text(zodEnglish(asked)) !== issue.message) return issue.message;
    return text(zodFrench(asked)) ?? issue.message;
  } catch {
    return issue.message;
  }
}

/** zod's issues as Vigie issues, naming the field (the detail in English and in French). */
export function zodIssues(issues: ZodIssueLike[]): Issue[] {
  return issues.map((i) => {
    const field = i.path.map(String).join('.') || '(body)';
    return {
      field,
      code: 'request.invalid_field',
      params: { field, detail: i.message, detail_fr: zodDetailFr(i) },
      message: `${field}: ${i.message}`,
    };
  });
}

/** zod's issues as the Invalid error every route and command answers (422, exit 2), naming the fields. */
export function invalidInput(zod: ZodIssueLike[]): Invalid {
  const issues = zodIssues(zod);
  const details = issues.map((i) => i.message).join('; ');
  const detailsFr = issues.map((i) => `${i.field} : ${i.params?.detail_fr}`).join(' ; ');
  return new Invalid(
    'request.invalid',
    `The request is not valid: ${details}`,
    { details, details_fr: detailsFr },
    issues,
  );
}

/**
 * Input checked by a schema, for services that the CLI calls as well as the API: the command line
 * gets the same rules (and the same errors) as a request.
 */
export function parseInput<S extends ZodType>(schema: S, input: unknown): output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error.issues);
  return parsed.data;
}

/** A sub-app whose request validation fails like every other Vigie error (422, issues naming fields). */
export function apiApp(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      throw invalidInput(result.error.issues);
    },
  });
}

export const errorSchemaDoc = {
  description: 'Error: `{ error: { kind, code, message, issues? } }`',
};
