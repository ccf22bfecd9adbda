// The registry's data, fetched and cached by TanStack Query. After any write the app refetches
// everything it shows: the registry is small enough, and the figures must never disagree.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type {
  Change,
  Overview,
  Person,
  Presence,
  PresencePatch,
  PresenceQuery,
  Unit,
} from '../../../src/registry/model';
import { api, query } from '../app/api';

export interface PresenceList {
  items: Presence[];
  total: number;
}

export interface ImportRecord {
  id: number;
  at: string;
  actor: string;
  fileName: string;
  format: string;
  size: number;
  sha256: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  merged: number;
  rejected: number;
  unitsCreated: number;
  peopleCreated: number;
}

export function useOverview() {
  return useQuery({ queryKey: ['overview'], queryFn: () => api<Overview>('/overview') });
}

export function usePresences(filters: PresenceQuery) {
  return useQuery({
    queryKey: ['presences', filters],
    queryFn: ({ signal }) => api<PresenceList>(`/presences${query({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePresence(id: number) {
  return useQuery({
    queryKey: ['presence', id],
    queryFn: () => api<Presence>(`/presences/${id}`),
    enabled: Number.isInteger(id) && id > 0,
    retry: false,
  });
}

/** Fetches a presence as it is now (after a 409), and puts it in the cache the page reads. */
export function useFetchPresence() {
  const client = useQueryClient();
  return useCallback(
    (id: number) =>
      client.fetchQuery({
        queryKey: ['presence', id],
        queryFn: () => api<Presence>(`/presences/${id}`),
        staleTime: 0,
      }),
    [client],
  );
}

/** Forgets a value mapping remembered for an inventory source: its next import asks again. */
export function forgetValueMapping(id: number): Promise<unknown> {
  return api(`/inventory/value-mappings/${id}`, { method: 'DELETE' });
}

/** Saves an edit of a presence; `patch.version` is the version the editor saw. */
export function savePresence(id: number, patch: PresencePatch): Promise<Presence> {
  return api<Presence>(`/presences/${id}`, { method: 'PATCH', body: patch });
}

export function useHistory(id: number) {
  return useQuery({
    queryKey: ['presence', id, 'history'],
    queryFn: () => api<Change[]>(`/presences/${id}/history`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useUnits() {
  return useQuery({ queryKey: ['units'], queryFn: () => api<Unit[]>('/units') });
}

export function usePeople() {
  return useQuery({ queryKey: ['people'], queryFn: () => api<Person[]>('/people') });
}

export function useImports() {
  return useQuery({ queryKey: ['imports'], queryFn: () => api<ImportRecord[]>('/inventory/imports') });
}

export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: () => api<unknown>('/health'),
    refetchInterval: 30_000,
    retry: false,
  });
}

/** Refetches everything after a write. */
export function useRefreshAll() {
  const client = useQueryClient();
  return useCallback(
    () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'platforms' }),
    [client],
  );
}
