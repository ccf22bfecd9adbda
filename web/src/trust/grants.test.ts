import { describe, expect, it } from 'vitest';
import { passwordProblem } from './forms';
import { draftProblem, emptyDraft, sameGrants, toDrafts, toGrantInputs } from './grants';
import { safeNext, signInPath, waitUntil } from './paths';

describe('grants editor rows', () => {
  const grants = [
    { role: 'admin' as const, unitId: null, presenceId: null },
    { role: 'unit_manager' as const, unitId: 3, presenceId: null },
    { role: 'unit_manager' as const, unitId: 5, presenceId: null },
    { role: 'community_manager' as const, unitId: null, presenceId: 10 },
    { role: 'community_manager' as const, unitId: null, presenceId: 11 },
    { role: 'agency' as const, unitId: null, presenceId: 12 },
  ];

  it('gathers the presences of one role on one row, one row per unit', () => {
    const rows = toDrafts(grants);
    expect(rows.map((r) => [r.role, r.unitId, r.presenceIds])).toEqual([
      ['admin', null, []],
      ['unit_manager', 3, []],
      ['unit_manager', 5, []],
      ['community_manager', null, [10, 11]],
      ['agency', null, [12]],
    ]);
  });

  it('gives back the same grants', () => {
    const back = toGrantInputs(toDrafts(grants));
    expect(sameGrants(back, grants)).toBe(true);
    expect(back).toHaveLength(grants.length);
  });

  it('says what an incomplete row lacks and leaves it out', () => {
    const role = emptyDraft();
    const unit = { ...emptyDraft(), role: 'unit_manager' as const };
    const presences = { ...emptyDraft(), role: 'agency' as const };
    expect([draftProblem(role), draftProblem(unit), draftProblem(presences)]).toEqual([
      'role',
      'unit',
      'presences',
    ]);
    expect(toGrantInputs([role, unit, presences])).toEqual([]);
  });

  it('drops duplicates', () => {
    const a = { ...emptyDraft(), role: 'analyst' as const };
    const b = { ...emptyDraft(), role: 'analyst' as const };
    expect(toGrantInputs([a, b])).toEqual([{ role: 'analyst', unitId: null, presenceId: null }]);
  });
});

describe('where sign-in leads back to', () => {
  it('keeps paths of the app', () => {
    expect(safeNext('/presences?status=active')).toBe('/presences?status=active');
    expect(safeNext('/presences?q=%C3%A9t%C3%A9')).toBe('/presences?q=%C3%A9t%C3%A9');
    expect(signInPath('/audits/3')).toBe('/signin?next=%2Faudits%2F3');
    expect(signInPath('/')).toBe('/signin');
  });

  it('never leads elsewhere, nor back to a public page', () => {
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '/presences\r\nSet-Cookie: a=b',
      '/présences',
      '',
      null,
    ]) {
      expect(safeNext(bad)).toBe('/');
    }
    expect(safeNext('/signin?next=/x')).toBe('/');
    expect(safeNext('/setup')).toBe('/');
    expect(safeNext('/api/inventory/export')).toBe('/');
  });
});

describe('waiting and passwords', () => {
  it('reads when a lock ends from the parameters, else from Retry-After', () => {
    expect(waitUntil({ until: '2030-01-01T10:00:00.000Z' }, null)).toBe('2030-01-01T10:00:00.000Z');
    expect(waitUntil({}, 60, Date.parse('2030-01-01T10:00:00.000Z'))).toBe('2030-01-01T10:01:00.000Z');
    expect(waitUntil({}, null)).toBeNull();
  });

  it('applies the server’s length rules and the confirmation', () => {
    expect(passwordProblem('short', 'short')).toBe('short');
    expect(passwordProblem('x'.repeat(201), 'x'.repeat(201))).toBe('long');
    expect(passwordProblem('a long enough one', 'a long enough 1')).toBe('mismatch');
    expect(passwordProblem('a long enough one', 'a long enough one')).toBeNull();
  });
});
