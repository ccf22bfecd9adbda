// What every capability's routes share, without depending on the server that composes them:
// the request context (who acts, in which language, the services) and a validating sub-app factory.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Access } from './access';
import type { Db } from './db';
import { Invalid, type Issue } from './errors';
import type { Locale } from './i18n';

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
  };
};

/** zod's issues as Vigie issues, naming the field. */
export function zodIssues(issues: { path: PropertyKey[]; message: string }[]): Issue[] {
  return issues.map((i) => {
    const field = i.path.map(String).join('.') || '(body)';
    return {
      field,
      code: 'request.invalid_field',
      params: { field, detail: i.message },
      message: `${field}: ${i.message}`,
    };
  });
}

/** A sub-app whose request validation fails like every other Vigie error (422, issues naming fields). */
export function apiApp(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const issues = zodIssues(result.error.issues);
      const details = issues.map((i) => i.message).join('; ');
      throw new Invalid('request.invalid', `The request is not valid: ${details}`, { details }, issues);
    },
  });
}

export const errorSchemaDoc = {
  description: 'Error: `{ error: { kind, code, message, issues? } }`',
};
