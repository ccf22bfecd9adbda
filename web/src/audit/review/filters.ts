// The review's filters and order, kept by the audit page: which presences to show (unit, platform,
// finding, recommendation, decided or not, words), and the order the table and the drawer share.
import type { SortingState } from '@tanstack/react-table';
import type { AuditItem, Decision } from '../../../../src/audit/model';
import { searchMatcher } from '../../app/search';
import { DECISIONS, SEVERITY_RANK } from '../meta';
import { presenceName } from '../names';

export type DecidedFilter = 'all' | 'undecided' | 'decided' | 'changed';

export interface ReviewFilters {
  q: string;
  unit: string | null;
  platform: string | null;
  finding: string | null;
  recommendation: Decision | null;
  decided: DecidedFilter;
}

export const NO_FILTERS: ReviewFilters = {
  q: '',
  unit: null,
  platform: null,
  finding: null,
  recommendation: null,
  decided: 'all',
};

const NO_UNIT = 'none';

export function unitKey(item: AuditItem): string {
  return item.presence.unitId === null ? NO_UNIT : String(item.presence.unitId);
}

/** What a presence comes to: the decision taken, else the one recommended. */
export function outcome(item: AuditItem): Decision {
  return item.decision?.decision ?? item.recommendation.decision;
}

export function filterItems(items: AuditItem[], filters: ReviewFilters): AuditItem[] {
  const matches = searchMatcher(filters.q);
  return items.filter((i) => {
    if (filters.unit && unitKey(i) !== filters.unit) return false;
    if (filters.platform && i.presence.platform !== filters.platform) return false;
    if (filters.finding && !i.findings.some((f) => f.code === filters.finding)) return false;
    if (filters.recommendation && i.recommendation.decision !== filters.recommendation) return false;
    if (filters.decided === 'undecided' && i.decision) return false;
    if (filters.decided === 'decided' && !i.decision) return false;
    if (filters.decided === 'changed' && (!i.decision || i.decision.decision === i.recommendation.decision))
      return false;
    if (!matches(i.presence.name, i.presence.handle, i.presence.url, i.presence.unit, i.presence.owner))
      return false;
    return true;
  });
}

/** Most severe first: high findings weigh most, then medium, then low. */
export const severityScore = (i: AuditItem) =>
  i.findings.reduce((n, f) => n + [100, 10, 1][SEVERITY_RANK[f.severity]]!, 0);

/** The same order as the table shows, for the drawer's previous/next. */
export function sortItems(items: AuditItem[], sorting: SortingState): AuditItem[] {
  const first = sorting[0];
  if (!first) return items;
  const value = (i: AuditItem): number | string | undefined => {
    switch (first.id) {
      case 'presence':
        return presenceName(i.presence).toLowerCase();
      case 'days':
        return i.facts.daysSinceActivity.value ?? undefined;
      case 'perWeek':
        return i.facts.postsPerWeek.value ?? undefined;
      case 'audience':
        return i.facts.audience.value ?? undefined;
      case 'perPost':
        return i.facts.engagementPerPost.value ?? undefined;
      case 'findings':
        return severityScore(i);
      case 'recommendation':
        return DECISIONS.indexOf(i.recommendation.decision);
      case 'decision':
        return i.decision ? DECISIONS.indexOf(i.decision.decision) : 99;
      default:
        return undefined;
    }
  };
  const dir = first.desc ? -1 : 1;
  return [...items].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === undefined && vb === undefined) return 0;
    if (va === undefined) return 1;
    if (vb === undefined) return -1;
    return (va < vb ? -1 : va > vb ? 1 : 0) * dir;
  });
}

/** Whether any filter is set (the review's bulk accept is offered for a filtered set only). */
export function filtersActive(filters: ReviewFilters): boolean {
  return JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
}

/**
 * At most this many presences are accepted at once: the server's limit (src/audit/model.ts), which
 * the type ties to this one without bringing zod into the page.
 */
export const ACCEPT_MAX: typeof import('../../../../src/audit/model').ACCEPT_MAX = 1000;

/** What the bulk accept would decide: the rows shown that are still to decide, in their order. */
export function acceptable(items: AuditItem[]): AuditItem[] {
  return items.filter((i) => !i.decision);
}

/** How many of them each recommended decision takes, in the method's order (for the confirmation). */
export function byRecommendation(items: AuditItem[]): [Decision, number][] {
  const counts = new Map<Decision, number>();
  for (const i of items)
    counts.set(i.recommendation.decision, (counts.get(i.recommendation.decision) ?? 0) + 1);
  return DECISIONS.filter((d) => counts.has(d)).map((d) => [d, counts.get(d)!]);
}
