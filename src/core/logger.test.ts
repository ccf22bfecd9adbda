import { describe, expect, it } from 'vitest';
import { createLogger, logFormatFromEnv, logLevelFromEnv, REDACTED, textLine } from './logger';

function capture(format: 'json' | 'text' = 'json') {
  const lines: string[] = [];
  const logger = createLogger({
    level: 'debug',
    format,
    destination: { write: (l: string) => lines.push(l) },
  });
  return { logger, lines };
}

describe('the server log', () => {
  it('writes one JSON object per line, with an ISO time and a named level', () => {
    const { logger, lines } = capture();
    logger.info({ method: 'GET', path: '/api/presences', status: 200 }, 'request');
    expect(lines).toHaveLength(1);
    const o = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(o).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'GET',
      path: '/api/presences',
      status: 200,
    });
    expect(o.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('never writes passwords, tokens, cookies, CSRF headers, secrets or bodies, even when given them', () => {
    const { logger, lines } = capture();
    const secrets = [
      'hunter2-correct-horse',
      'tok-3f9a8b',
      'vigie_session=abcdef',
      'csrf-77aa',
      'TOTPSEED123',
      '{"password":"in-a-body"}',
      'Bearer eyJhbGciOi',
      'setup-code-xyz',
      'sk-client-secret',
    ];
    logger.info(
      {
        password: secrets[0],
        token: secrets[1],
        cookie: secrets[2],
        body: secrets[5],
        setupCode: secrets[7],
        user: { login: 'claire', password: secrets[0], newPassword: secrets[0], csrf: secrets[3] },
        secret: { value: secrets[4] },
        oidc: { clientSecret: secrets[8], idToken: secrets[1] },
        req: {
          method: 'POST',
          headers: {
            cookie: secrets[2],
            authorization: secrets[6],
            'x-vigie-csrf': secrets[3],
            'x-csrf-token': secrets[3],
            'user-agent': 'test',
          },
        },
        res: { headers: { 'set-cookie': secrets[2] } },
        headers: { cookie: secrets[2] },
      },
      'a careless call',
    );
    const out = lines.join('');
    for (const s of secrets) expect(out).not.toContain(s);
    expect(out).toContain(REDACTED);
    // What is not secret stays readable.
    expect(out).toContain('"login":"claire"');
    expect(out).toContain('"user-agent":"test"');
  });

  it('keeps an error’s message, stack and code', () => {
    const { logger, lines } = capture();
    const e = Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    logger.error({ err: e }, 'unexpected error');
    const o = JSON.parse(lines[0]!) as { err: { message: string; stack: string; code: string } };
    expect(o.err.message).toBe('disk full');
    expect(o.err.code).toBe('ENOSPC');
    expect(o.err.stack).toContain('logger.test.ts');
  });

  it('writes a short readable line on a terminal, redacted the same way', () => {
    const { logger, lines } = capture('text');
    logger.info({ reqId: 'r1', method: 'GET', path: '/x', status: 200, password: 'p4ss-w0rd' }, 'request');
    expect(lines[0]).toMatch(
      /^\d\d:\d\d:\d\d INFO {2}request reqId=r1 method=GET path=\/x status=200 password=\[redacted\]\n$/,
    );
    expect(textLine('not json')).toBe('not json');
  });
});

describe('its settings', () => {
  it('reads VIGIE_LOG_LEVEL, info by default, and names the variable when it is wrong', () => {
    expect(logLevelFromEnv({})).toBe('info');
    expect(logLevelFromEnv({ VIGIE_LOG_LEVEL: ' DEBUG ' })).toBe('debug');
    expect(logLevelFromEnv({ VIGIE_LOG_LEVEL: 'silent' })).toBe('silent');
    expect(() => logLevelFromEnv({ VIGIE_LOG_LEVEL: 'verbose' })).toThrow(
      /VIGIE_LOG_LEVEL must be one of fatal, error/,
    );
  });

  it('reads VIGIE_LOG_FORMAT: text on a terminal outside production, JSON otherwise', () => {
    expect(logFormatFromEnv({}, true)).toBe('text');
    expect(logFormatFromEnv({}, false)).toBe('json');
    expect(logFormatFromEnv({ NODE_ENV: 'production' }, true)).toBe('json');
    expect(logFormatFromEnv({ VIGIE_LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormatFromEnv({ VIGIE_LOG_FORMAT: 'text', NODE_ENV: 'production' }, false)).toBe('text');
    expect(() => logFormatFromEnv({ VIGIE_LOG_FORMAT: 'pretty' }, true)).toThrow(
      /VIGIE_LOG_FORMAT must be json or text/,
    );
  });
});
