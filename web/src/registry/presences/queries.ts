// The presences table's own write: a field changed in place (./InlineEdit.tsx). The answer, the record
// as stored, goes into the cached list at once, so that the row shows the new value and carries the
// new version before the list is read again (a second change of the same row must not be refused
// as stale because of the first).
import { type QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { createElement, type ReactNode, useCallback } from 'react';
import type { Presence, PresencePatch } from '../../../../src/registry/model';
import { ApiError, api } from '../../app/api';
import { type PresenceList, useRefreshAll } from '../queries';

function putInCache(client: QueryClient, saved: Presence): void {
  client.setQueryData(['presence', saved.id], saved);
  client.setQueriesData<PresenceList>({ queryKey: ['presences'] }, (old) =>
    old && Array.isArray(old.items)
      ? { ...old, items: old.items.map((p) => (p.id === saved.id ? saved : p)) }
      : old,
  );
}

/** A change of one presence made in the table: `patch` (with the row's `version`) is what is sent. */
export interface TableWrite {
  id: number;
  patch: PresencePatch;
}

/**
 * Saves a change made in the table, of any of its presences, and reads everything again after (after
 * a refusal because someone changed the presence meanwhile, 409, too). A plain function rather than a
 * mutation hook: a mutation's state would re-draw the whole table at each step of each save.
 */
export function useSavePresenceInTable(): (write: TableWrite) => Promise<Presence> {
  const client = useQueryClient();
  const refresh = useRefreshAll();
  return useCallback(
    async ({ id, patch }: TableWrite) => {
      try {
        const saved = await api<Presence>(`/presences/${id}`, { method: 'PATCH', body: patch });
        putInCache(client, saved);
        void refresh();
        return saved;
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) void refresh();
        throw err;
      }
    },
    [client, refresh],
  );
}

/**
 * The newest copy of a presence the app holds: the row's, or the one a change has just stored (the
 * table draws its rows from a deferred copy of the list, which may lag behind for a moment).
 */
export function useFreshest(): (p: Presence) => Presence {
  const client = useQueryClient();
  return useCallback(
    (p: Presence) => {
      const stored = client.getQueryData<Presence>(['presence', p.id]);
      return stored && stored.version > p.version ? stored : p;
    },
    [client],
  );
}

/**
 * Wraps what is shown outside the app's query provider (a notification's message, drawn by Mantine's
 * Notifications above it) so that it may still read units and people.
 */
export function useWithQueries(): (node: ReactNode) => ReactNode {
  const client = useQueryClient();
  return useCallback((node: ReactNode) => createElement(QueryClientProvider, { client }, node), [client]);
}
