// The presences table's filters and sort live in the URL, so that a filtered view can be shared,
// bookmarked, and opened from the overview's cards and map. `view` names the saved view last applied
// (src/views): a change of filter keeps it, so that the view can be updated; clearing drops it.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PresenceQuery } from '../../../src/registry/model';
import { isRisk, isStatus } from './meta';

export const SORTABLE = ['platform', 'name', 'unit', 'owner', 'status', 'audience', 'last_activity'] as const;
export type SortColumn = (typeof SORTABLE)[number];

export interface PresenceFilters {
  q: string;
  platform: string | null;
  unitId: number | null;
  subUnits: boolean;
  status: PresenceQuery['status'] | null;
  risk: PresenceQuery['risk'] | null;
  ownerId: number | null;
  sort: SortColumn | null;
  dir: 'asc' | 'desc';
  /** The id of the saved view applied, if any (not a filter: the API is not asked for it). */
  view: number | null;
}

/** A change to the filters; null removes one. */
export type FilterPatch = { [K in keyof PresenceFilters]?: PresenceFilters[K] | null };

const positive = (v: string | null): number | null => {
  const n = Number(v);
  return v && Number.isInteger(n) && n > 0 ? n : null;
};

export function usePresenceFilters() {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<PresenceFilters>(() => {
    const sort = params.get('sort');
    const status = params.get('status');
    const risk = params.get('risk');
    return {
      q: params.get('q') ?? '',
      platform: params.get('platform') || null,
      unitId: positive(params.get('unitId')),
      subUnits: params.get('subUnits') === 'true',
      status: isStatus(status) ? status : null,
      risk: isRisk(risk) ? risk : null,
      ownerId: positive(params.get('ownerId')),
      sort: (SORTABLE as readonly string[]).includes(sort ?? '') ? (sort as SortColumn) : null,
      dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
      view: positive(params.get('view')),
    };
  }, [params]);

  const update = useCallback(
    (patch: FilterPatch, options: { replace?: boolean } = {}) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === null || v === undefined || v === '' || v === false) next.delete(k);
            else next.set(k, String(v));
          }
          if (!next.get('unitId')) next.delete('subUnits');
          if (!next.get('sort')) next.delete('dir');
          return next;
        },
        { replace: options.replace ?? false },
      );
    },
    [setParams],
  );

  const clear = useCallback(() => {
    setParams((prev) => {
      const next = new URLSearchParams();
      const sort = prev.get('sort');
      if (sort) {
        next.set('sort', sort);
        const dir = prev.get('dir');
        if (dir) next.set('dir', dir);
      }
      return next;
    });
  }, [setParams]);

  /** What the API is asked for (sorting is done in the table). */
  const apiQuery = useMemo<PresenceQuery>(() => {
    const q: PresenceQuery = {};
    if (filters.q.trim()) q.q = filters.q.trim();
    if (filters.platform) q.platform = filters.platform;
    if (filters.unitId) {
      q.unitId = filters.unitId;
      if (filters.subUnits) q.subUnits = 'true';
    }
    if (filters.status) q.status = filters.status;
    if (filters.risk) q.risk = filters.risk;
    if (filters.ownerId) q.ownerId = filters.ownerId;
    return q;
  }, [filters]);

  const active =
    Boolean(filters.q.trim()) ||
    filters.platform !== null ||
    filters.unitId !== null ||
    filters.status !== null ||
    filters.risk !== null ||
    filters.ownerId !== null;

  return { filters, update, clear, apiQuery, active };
}
