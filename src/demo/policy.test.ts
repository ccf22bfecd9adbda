import { describe, expect, it } from 'vitest';
import { VigieError } from '../core/errors';
import {
  checkDemoCommand,
  checkDemoRequest,
  demoFromEnv,
  demoRequest,
  isProduction,
  startDemoDecision,
} from './policy';

const empty = { production: false, dialect: 'sqlite' as const, users: 0, presences: 0 };

function refusal(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof VigieError ? `${e.kind} ${e.code}` : String(e);
  }
  return undefined;
}

describe('when `vigie start` loads the demo organisation', () => {
  it('loads it into an empty SQLite database outside production, unasked (the README’s npm start)', () => {
    expect(startDemoDecision(undefined, empty)).toEqual({ load: true });
    expect(startDemoDecision(true, empty)).toEqual({ load: true });
  });

  it('loads it into PostgreSQL only when asked', () => {
    const pg = { ...empty, dialect: 'postgres' as const };
    expect(startDemoDecision(undefined, pg)).toEqual({ load: false, reason: 'postgres' });
    expect(startDemoDecision(true, pg)).toEqual({ load: true });
  });

  it('never loads it in production: unasked it offers the setup, asked it refuses', () => {
    const prod = { ...empty, production: true };
    expect(startDemoDecision(undefined, prod)).toEqual({ load: false, reason: 'production' });
    expect(startDemoDecision(false, prod)).toEqual({ load: false, reason: 'opted_out' });
    expect(refusal(() => startDemoDecision(true, prod))).toBe('invalid demo.production');
    expect(refusal(() => startDemoDecision(true, { ...prod, dialect: 'postgres' }))).toBe(
      'invalid demo.production',
    );
  });

  it('never loads it into a database with users or presences, even when asked', () => {
    for (const request of [undefined, true] as const) {
      expect(startDemoDecision(request, { ...empty, users: 1 })).toEqual({
        load: false,
        reason: 'has_users',
      });
      expect(startDemoDecision(request, { ...empty, presences: 3 })).toEqual({
        load: false,
        reason: 'not_empty',
      });
    }
  });

  it('does not load it when told not to', () => {
    expect(startDemoDecision(false, empty)).toEqual({ load: false, reason: 'opted_out' });
  });
});

describe('reading the environment', () => {
  it('is in production only when NODE_ENV is production', () => {
    expect(isProduction({ NODE_ENV: 'production' })).toBe(true);
    expect(isProduction({ NODE_ENV: ' production ' })).toBe(true);
    expect(isProduction({ NODE_ENV: 'development' })).toBe(false);
    expect(isProduction({})).toBe(false);
  });

  it('reads VIGIE_DEMO as 1 or 0, and stops on anything else, naming the variable', () => {
    expect(demoFromEnv({})).toBeUndefined();
    expect(demoFromEnv({ VIGIE_DEMO: '' })).toBeUndefined();
    expect(demoFromEnv({ VIGIE_DEMO: '1' })).toBe(true);
    expect(demoFromEnv({ VIGIE_DEMO: '0' })).toBe(false);
    for (const bad of ['yes', 'true', '2', 'on']) {
      expect(() => demoFromEnv({ VIGIE_DEMO: bad })).toThrow(/VIGIE_DEMO must be 1 or 0/);
    }
  });

  it('lets the option win over the variable (but still checks the variable)', () => {
    expect(demoRequest(false, { VIGIE_DEMO: '1' })).toBe(false);
    expect(demoRequest(true, { VIGIE_DEMO: '0' })).toBe(true);
    expect(demoRequest(undefined, { VIGIE_DEMO: '1' })).toBe(true);
    expect(() => demoRequest(true, { VIGIE_DEMO: 'x' })).toThrow(/VIGIE_DEMO/);
  });
});

describe('when `vigie demo` loads the demo organisation', () => {
  it('refuses in production, before anything else', () => {
    expect(refusal(() => checkDemoRequest(true, true))).toBe('invalid demo.production');
    expect(refusal(() => checkDemoRequest(true, false))).toBeUndefined();
    expect(refusal(() => checkDemoRequest(undefined, true))).toBeUndefined();
  });

  it('refuses beside users of the organisation’s own, not beside the demo’s own users', () => {
    expect(refusal(() => checkDemoCommand({ users: 8, demoUsers: 7 }))).toBe('conflict demo.has_users');
    expect(refusal(() => checkDemoCommand({ users: 7, demoUsers: 7 }))).toBeUndefined();
    expect(refusal(() => checkDemoCommand({ users: 0, demoUsers: 0 }))).toBeUndefined();
  });
});
