// What every route shares: who is acting, in which language, and how errors become responses.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { VigieError } from '../core/errors';
import type { AppEnv } from '../core/http';
import { type Locale, pickLocale } from '../core/i18n';
import { localiseError, localiseIssue, t } from '../messages';

export function localeFrom(c: Context): Locale {
  return pickLocale(c.req.query('lang'), c.req.header('accept-language'));
}

export function errorBody(e: VigieError, locale: Locale) {
  return {
    error: {
      kind: e.kind,
      code: e.code,
      message: localiseError(e, locale),
      // What the message was built from (a lock's end, a field's name), for clients that format it.
      ...(Object.keys(e.params).length ? { params: e.params } : {}),
      ...(e.issues.length ? { issues: e.issues.map((i) => localiseIssue(i, locale)) } : {}),
    },
  };
}

export function onError(e: Error, c: Context<AppEnv>) {
  const locale = c.get('locale') ?? localeFrom(c);
  if (e instanceof VigieError) return c.json(errorBody(e, locale), e.status as 400);
  if (e instanceof HTTPException && e.status < 500) {
    const params = { details: e.message };
    return c.json(
      { error: { kind: 'invalid', code: 'request.invalid', message: t(locale, 'request.invalid', params) } },
      e.status,
    );
  }
  if (e instanceof SyntaxError && /JSON/.test(e.message)) {
    const params = { details: e.message };
    return c.json(
      { error: { kind: 'invalid', code: 'request.invalid', message: t(locale, 'request.invalid', params) } },
      400,
    );
  }
  // The details stay in the server log: they may contain paths or data a visitor should not see.
  c.get('logger')?.error({ err: e }, 'unexpected error');
  return c.json(
    { error: { kind: 'internal', code: 'internal.error', message: t(locale, 'internal.error') } },
    500,
  );
}
