// The registry's data, fetched and cached by TanStack Query, and its writes. After any write the app
// refetches everything it shows: the registry is small enough, and the figures must never disagree.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type {
  BulkEdit,
  Change,
  Overview,
  Person,
  PersonInput,
  Platform,
  Presence,
  PresenceCreate,
  PresencePatch,
  PresenceQuery,
  ResolvedProfile,
  Unit,
  UnitInput,
} from '../../../src/registry/model';
import { ApiError, api, postForm, query } from '../app/api';
import type { WriteHandlers } from '../app/mutations';
import { type ImportOptions, type ImportResult, type InventoryPreview, importForm } from './inventory';

export interface PresenceList {
  items: Presence[];
  total: number;
}

export interface ImportRecord {
  id: number;
  at: string;
  actor: string;
  /** The importing user's name (null when the actor is not a user: the command line as root…). */
  actorName: string | null;
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
  /** When it was rolled back, by whom (login, and name when a user); null while it stands. */
  rolledBackAt: string | null;
  rolledBackBy: string | null;
  rolledBackByName: string | null;
}

/** What rolling back an inventory import did (POST /api/inventory/imports/{id}/rollback). */
export interface ImportRollback {
  importId: number;
  presencesRestored: number;
  presencesDeleted: number;
  presencesArchived: number;
  unitsDeleted: number;
  peopleDeleted: number;
  unitsKept: string[];
  peopleKept: string[];
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

/** The whole registry as an inventory file, to download. */
export function inventoryExportUrl(format: string): string {
  return `/api/inventory/export${query({ format })}`;
}

/** Reads an inventory file without writing anything: how it was read, and what an import would do. */
export function previewInventory(
  file: File,
  options: ImportOptions,
  onProgress: (fraction: number) => void,
): Promise<InventoryPreview> {
  return postForm<InventoryPreview>('/inventory/preview', importForm(file, options), onProgress);
}

/** Imports an inventory file, all or nothing. */
export function importInventory(
  file: File,
  options: ImportOptions,
  onProgress: (fraction: number) => void,
): Promise<ImportResult> {
  return postForm<ImportResult>('/inventory/import', importForm(file, options), onProgress);
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

export const PLATFORMS_KEY = ['platforms'] as const;

/** The platform catalogue: it changes only with a new version of Vigie. */
export function usePlatforms() {
  return useQuery({
    queryKey: PLATFORMS_KEY,
    queryFn: () => api<Platform[]>('/platforms'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** What the server makes of a pasted profile URL or @handle (platform, handle, canonical URL). */
export function useResolveProfile(input: string, enabled: boolean) {
  return useQuery({
    queryKey: ['resolve', input],
    queryFn: ({ signal }) =>
      api<(ResolvedProfile | null)[]>('/resolve', { method: 'POST', body: { inputs: [input] }, signal }),
    enabled,
    staleTime: 60_000,
  });
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
    () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== PLATFORMS_KEY[0] }),
    [client],
  );
}

/**
 * A write after which everything shown is read again; with `onConflict`, after a refusal because
 * someone else changed the record meanwhile (409) too, so that the page shows what is there now.
 */
export function useRefreshingWrite<TData, TVariables>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  on: WriteHandlers<TData, TVariables>,
  { onConflict = false }: { onConflict?: boolean } = {},
) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn,
    onSuccess: (data, variables) => {
      void refresh();
      on.onSuccess?.(data, variables);
    },
    onError: (err, variables) => {
      if (onConflict && err instanceof ApiError && err.status === 409) void refresh();
      on.onError?.(err, variables);
    },
  });
}

export function useCreatePresence(on: WriteHandlers<Presence, PresenceCreate> = {}) {
  return useRefreshingWrite(
    (body: PresenceCreate) => api<Presence>('/presences', { method: 'POST', body }),
    on,
  );
}

/** Saves an edit of a presence; `patch.version` is the version the editor saw. */
export function useSavePresence(id: number, on: WriteHandlers<Presence, PresencePatch> = {}) {
  return useRefreshingWrite(
    (patch: PresencePatch) => api<Presence>(`/presences/${id}`, { method: 'PATCH', body: patch }),
    on,
  );
}

export function useDeletePresence(id: number, on: WriteHandlers<unknown, void> = {}) {
  return useRefreshingWrite(() => api<unknown>(`/presences/${id}`, { method: 'DELETE' }), on);
}

export interface BulkAnswer {
  updated: number;
  unchanged: number;
  /** Names the edit for undoing it; null when it changed nothing. */
  batch: string | null;
}

/** One unit, owner or status for many presences; those changed since they were listed refuse it (409). */
export function useBulkEdit(on: WriteHandlers<BulkAnswer, BulkEdit> = {}) {
  return useRefreshingWrite(
    (body: BulkEdit) => api<BulkAnswer>('/presences/bulk', { method: 'POST', body }),
    on,
    { onConflict: true },
  );
}

/** Undoes a bulk edit, named by its batch: refused (409) when one of its presences changed since. */
export function useUndoBulk(on: WriteHandlers<{ restored: number }, string> = {}) {
  return useRefreshingWrite(
    (batch: string) =>
      api<{ restored: number }>(`/presences/bulk/${encodeURIComponent(batch)}/undo`, { method: 'POST' }),
    on,
    { onConflict: true },
  );
}

/** Rolls back an inventory import: refused (409) when what it changed was changed since. */
export function useRollbackImport(on: WriteHandlers<ImportRollback, number> = {}) {
  return useRefreshingWrite(
    (id: number) => api<ImportRollback>(`/inventory/imports/${id}/rollback`, { method: 'POST' }),
    on,
    { onConflict: true },
  );
}

/** Creates a person (no id) or changes one. */
export function useSavePerson(on: WriteHandlers<Person, { id?: number; body: PersonInput }> = {}) {
  return useRefreshingWrite(
    (v: { id?: number; body: PersonInput }) =>
      v.id
        ? api<Person>(`/people/${v.id}`, { method: 'PATCH', body: v.body })
        : api<Person>('/people', { method: 'POST', body: v.body }),
    on,
    { onConflict: true },
  );
}

/** Creates a unit (no id), or renames or moves one. */
export function useSaveUnit(on: WriteHandlers<Unit, { id?: number; body: UnitInput }> = {}) {
  return useRefreshingWrite(
    (v: { id?: number; body: UnitInput }) =>
      v.id
        ? api<Unit>(`/units/${v.id}`, { method: 'PATCH', body: v.body })
        : api<Unit>('/units', { method: 'POST', body: v.body }),
    on,
    { onConflict: true },
  );
}

export function useDeleteUnit(on: WriteHandlers<unknown, number> = {}) {
  return useRefreshingWrite((id: number) => api<unknown>(`/units/${id}`, { method: 'DELETE' }), on);
}
