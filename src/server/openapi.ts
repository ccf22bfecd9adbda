// A sub-app factory whose request validation answers like every other Vigie error.
import { OpenAPIHono } from '@hono/zod-openapi';
import { Invalid } from '../core/errors';
import { type AppEnv, errorBody, localeFrom, zodIssues } from './http';

export function apiApp(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = zodIssues(result.error.issues);
      const details = issues.map((i) => i.message).join('; ');
      const err = new Invalid('request.invalid', `The request is not valid: ${details}`, { details }, issues);
      return c.json(errorBody(err, c.get('locale') ?? localeFrom(c)), 422);
    },
  });
}

export const errorSchemaDoc = {
  description: 'Error: `{ error: { kind, code, message, issues? } }`',
};
