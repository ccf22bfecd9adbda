// Each persona's home: where signing in leads, who has "My work" in the menu, what its badge counts.
import { describe, expect, it } from 'vitest';
import type { Permission, Role } from '../../../src/core/access';
import { ROLE_PERMISSIONS } from '../../../src/core/access';
import { hasWork, landingPath, pressingCount } from './home';

const who = (...roles: Role[]) => ({
  roles,
  permissions: [...new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r]))] as Permission[],
});

describe('landingPath', () => {
  it('sends a community manager to their work, an auditor to the change log, others to the overview', () => {
    expect(landingPath(who('community_manager'))).toBe('/work');
    expect(landingPath(who('auditor'))).toBe('/log');
    for (const role of ['admin', 'unit_manager', 'analyst', 'records_manager', 'agency'] as const)
      expect(landingPath(who(role)), role).toBe('/');
    expect(landingPath(who())).toBe('/');
  });

  it('keeps the page the reader was going to', () => {
    expect(landingPath(who('community_manager'), '/presences/12')).toBe('/presences/12');
    expect(landingPath(who('auditor'), '/audits?x=1')).toBe('/audits?x=1');
  });

  it('starts someone who also runs things from the overview; a manager who is also an auditor from the log', () => {
    expect(landingPath(who('admin', 'community_manager'))).toBe('/');
    expect(landingPath(who('unit_manager', 'auditor'))).toBe('/');
    expect(landingPath(who('community_manager', 'auditor'))).toBe('/work');
    expect(landingPath(who('analyst', 'auditor'))).toBe('/log');
  });

  it('does not send an "auditor" to a log their permissions do not open', () => {
    expect(landingPath({ roles: ['auditor'], permissions: ['registry.read'] })).toBe('/');
  });
});

describe('hasWork', () => {
  const me = (personId: number | null, pendingPolicies = 0, permissions: Permission[] = []) => ({
    user: { personId },
    pendingPolicies,
    permissions,
  });
  it('offers "My work" to a person, to whoever has policies to accept or handovers to complete', () => {
    expect(hasWork(me(12))).toBe(true);
    expect(hasWork(me(null, 1))).toBe(true);
    expect(hasWork(me(null, 0, ['reassign.manage']))).toBe(true);
    expect(hasWork(me(null, 0, ['registry.read', 'log.read']))).toBe(false);
  });
});

describe('pressingCount', () => {
  it('counts open tasks overdue or due within three days', () => {
    const today = '2026-11-10';
    const tasks = [
      { status: 'todo', dueOn: '2026-11-01' },
      { status: 'doing', dueOn: '2026-11-13' },
      { status: 'todo', dueOn: '2026-11-14' },
      { status: 'done', dueOn: '2026-11-01' },
      { status: 'skipped', dueOn: '2026-11-10' },
    ];
    expect(pressingCount(tasks, today)).toBe(2);
    expect(pressingCount([], today)).toBe(0);
  });
});
