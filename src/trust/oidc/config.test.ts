import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { VigieError } from '../../core/errors';
import { oidcConfigFrom, oidcStatus } from './config';

const FULL = {
  VIGIE_OIDC_ISSUER: 'https://id.example.org/realms/main',
  VIGIE_OIDC_CLIENT_ID: 'vigie',
  VIGIE_OIDC_CLIENT_SECRET: 'a-very-secret-value',
  VIGIE_OIDC_REDIRECT_URL: 'https://vigie.example.org/api/auth/oidc/callback',
};

function failure(env: Record<string, string>): VigieError {
  try {
    oidcConfigFrom(env);
  } catch (e) {
    if (e instanceof VigieError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('oidcConfigFrom', () => {
  it('is off when nothing is set (the label alone does not turn it on)', () => {
    expect(oidcConfigFrom({})).toBeNull();
    expect(oidcConfigFrom({ VIGIE_OIDC_LABEL: 'Company account', VIGIE_OIDC_ISSUER: '  ' })).toBeNull();
    expect(oidcStatus(null)).toEqual({ enabled: false, label: null });
  });

  it('reads a full configuration', () => {
    const c = oidcConfigFrom({ ...FULL, VIGIE_OIDC_LABEL: ' Company account ' });
    expect(c?.issuer.href).toBe('https://id.example.org/realms/main');
    expect(c?.redirectUrl.href).toBe(FULL.VIGIE_OIDC_REDIRECT_URL);
    expect(c?.clientId).toBe('vigie');
    expect(c?.allowHttp).toBe(false);
    expect(oidcStatus(c)).toEqual({ enabled: true, label: 'Company account' });
    expect(oidcStatus(oidcConfigFrom(FULL))).toEqual({ enabled: true, label: null });
  });

  it('names the missing variable of a partial configuration', () => {
    for (const name of Object.keys(FULL)) {
      const env: Record<string, string> = { ...FULL };
      delete env[name];
      const e = failure(env);
      expect(e.kind).toBe('invalid');
      expect(e.code).toBe('oidc.config_missing');
      expect(e.params.variable).toBe(name);
      expect(e.message.startsWith(`${name} is not set`)).toBe(true);
      expect(e.issues[0]?.field).toBe(name);
    }
  });

  it('refuses plain http except towards loopback with VIGIE_OIDC_ALLOW_HTTP=1', () => {
    expect(failure({ ...FULL, VIGIE_OIDC_ISSUER: 'http://id.example.org' }).code).toBe('oidc.config_https');
    expect(
      failure({ ...FULL, VIGIE_OIDC_ISSUER: 'http://id.example.org', VIGIE_OIDC_ALLOW_HTTP: '1' }).code,
    ).toBe('oidc.config_https');
    expect(failure({ ...FULL, VIGIE_OIDC_ISSUER: 'http://127.0.0.1:9999' }).params.variable).toBe(
      'VIGIE_OIDC_ISSUER',
    );
    const ok = oidcConfigFrom({
      ...FULL,
      VIGIE_OIDC_ISSUER: 'http://127.0.0.1:9999',
      VIGIE_OIDC_ALLOW_HTTP: '1',
    });
    expect(ok?.allowHttp).toBe(true);
    // Vigie's own address may be http on the machine itself, never elsewhere.
    expect(
      oidcConfigFrom({ ...FULL, VIGIE_OIDC_REDIRECT_URL: 'http://localhost:5170/api/auth/oidc/callback' }),
    ).not.toBeNull();
    const e = failure({
      ...FULL,
      VIGIE_OIDC_REDIRECT_URL: 'http://vigie.example.org/api/auth/oidc/callback',
    });
    expect([e.code, e.params.variable]).toEqual(['oidc.config_https', 'VIGIE_OIDC_REDIRECT_URL']);
  });

  it('refuses addresses that are not addresses, and a callback elsewhere', () => {
    expect(failure({ ...FULL, VIGIE_OIDC_ISSUER: 'id.example.org' }).code).toBe('oidc.config_url');
    expect(failure({ ...FULL, VIGIE_OIDC_ISSUER: 'ftp://id.example.org' }).code).toBe('oidc.config_url');
    expect(failure({ ...FULL, VIGIE_OIDC_ISSUER: 'https://id.example.org/#x' }).code).toBe('oidc.config_url');
    expect(failure({ ...FULL, VIGIE_OIDC_REDIRECT_URL: 'https://vigie.example.org/callback' }).code).toBe(
      'oidc.config_redirect_path',
    );
    // Behind a proxy with a path prefix.
    expect(
      oidcConfigFrom({
        ...FULL,
        VIGIE_OIDC_REDIRECT_URL: 'https://example.org/vigie/api/auth/oidc/callback',
      }),
    ).not.toBeNull();
  });

  it('never shows the client secret when printed', () => {
    const c = oidcConfigFrom(FULL);
    expect(JSON.stringify(c)).not.toContain(FULL.VIGIE_OIDC_CLIENT_SECRET);
    expect(inspect(c)).not.toContain(FULL.VIGIE_OIDC_CLIENT_SECRET);
    expect(c?.clientSecret).toBe(FULL.VIGIE_OIDC_CLIENT_SECRET);
  });
});
