// Each persona's home (issue #12), pure so that it is tested: where signing in leads when no page was
// asked for, who has a "My work" entry in the menu, and what its badge counts.
import type { Me } from '../../../src/trust/model';
import { isPressing } from '../../../src/work/model';

type Who = Pick<Me, 'roles' | 'permissions'>;

/**
 * The page to open after signing in. A page the reader was going to (`next`) comes first. Otherwise:
 * a community manager starts from their work, an auditor from the change log, everyone else from the
 * overview. Someone who also administers or manages a unit starts from the overview, as they do.
 */
export function landingPath(me: Who, next = '/'): string {
  if (next !== '/') return next;
  const roles = me.roles;
  if (roles.includes('admin') || roles.includes('unit_manager')) return '/';
  if (roles.includes('community_manager')) return '/work';
  if (roles.includes('auditor') && me.permissions.includes('log.read')) return '/log';
  return '/';
}

/**
 * Whether the menu offers "My work": to people who can have some — an account linked to a registry
 * person (tasks are assigned to people), policies to accept, or handovers to complete.
 */
export function hasWork(
  me: Pick<Me, 'permissions' | 'pendingPolicies'> & { user: { personId: number | null } },
) {
  return me.user.personId !== null || me.pendingPolicies > 0 || me.permissions.includes('reassign.manage');
}

/** What the menu's badge counts: the user's open tasks overdue or due within three days. */
export function pressingCount(tasks: readonly { status: string; dueOn: string }[], today: string): number {
  return tasks.filter((t) => isPressing(t, today)).length;
}
