// The policies as the web app asks for them (src/trust/policies/routes.ts): every version (current ones
// first), who has and has not accepted one (managers), accepting, and publishing a new version. A change
// refetches the list and the session (/api/auth/session), whose count of policies to accept drives the menu's badge.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { POLICY_KINDS, Policy } from '../../../../src/trust/model';
import { api } from '../../app/api';
import { ME_KEY } from '../queries';

export type { Policy };
export type PolicyKind = (typeof POLICY_KINDS)[number];
export const KINDS: readonly PolicyKind[] = ['policy', 'charter'];

export interface PolicyDraft {
  kind: PolicyKind;
  title: string;
  language: 'fr' | 'en';
  body: string;
  summary: string | null;
}

export interface UserRef {
  userId: number;
  name: string;
  login: string;
}

export interface Acknowledgements {
  acknowledged: (UserRef & { at: string })[];
  pending: UserRef[];
}

export const POLICIES_KEY = ['policies'] as const;

export function usePolicies() {
  return useQuery({
    queryKey: POLICIES_KEY,
    queryFn: ({ signal }) => api<Policy[]>('/policies', { signal }),
  });
}

export function useAcknowledgements(id: number | null, enabled: boolean) {
  return useQuery({
    queryKey: [...POLICIES_KEY, id, 'acknowledgements'],
    queryFn: ({ signal }) => api<Acknowledgements>(`/policies/${id}/acknowledgements`, { signal }),
    enabled: enabled && id !== null,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: POLICIES_KEY }),
      client.invalidateQueries({ queryKey: ME_KEY }),
    ]);
}

export function useAcknowledge() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) => api<Policy>(`/policies/${id}/acknowledge`, { method: 'POST' }),
    onSettled: refresh,
  });
}

export function usePublish() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (draft: PolicyDraft) => api<Policy>('/policies', { method: 'POST', body: draft }),
    onSuccess: refresh,
  });
}

/** The current version of a kind and its history (newest first), from the list the server gives. */
export function byKind(
  list: readonly Policy[],
  kind: PolicyKind,
): { current: Policy | null; versions: Policy[] } {
  const versions = list.filter((p) => p.kind === kind).sort((a, b) => b.version - a.version);
  return { current: versions.find((p) => p.current) ?? null, versions };
}

/** Current versions the user has not accepted yet. */
export function toAccept(list: readonly Policy[]): Policy[] {
  return list.filter((p) => p.current && !p.acknowledgedAt);
}
