// Trust as the web app asks for it (src/trust/routes.ts): the session and the ways in and out, users
// and their roles, a presence's credential custody, and leavers' reassignments. The change log and the
// policies have their own (log/queries.ts, policies/queries.ts).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type {
  Custody,
  GrantInput,
  Me,
  Reassignment,
  SecretKind,
  SessionState,
  User,
} from '../../../src/trust/model';
import { api, query, setCsrfToken } from '../app/api';
import { useWriteThenRefetch, useWriteThenStore, type WriteHandlers } from '../app/mutations';
import type { AuthStatus } from './paths';

// ---------- the session

export const ME_KEY = ['me'] as const;
export const STATUS_KEY = ['auth-status'] as const;

/** The signed-in user, or null when nobody is (or the session has ended). */
async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  const { me } = await api<SessionState>('/auth/session', { signal });
  setCsrfToken(me?.csrf ?? null);
  return me;
}

/** /api/auth/session, asked once on load and again after each change. */
export function useMeQuery() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: ({ signal }) => fetchMe(signal),
    retry: false,
    staleTime: 60_000,
  });
}

/** The session's place in the cache: who is signed in, and everything cached for them. */
export function useSessionCache() {
  const client = useQueryClient();
  return useMemo(
    () => ({
      /** Who is signed in now (null: nobody). */
      setMe: (me: Me | null) => client.setQueryData(ME_KEY, me),
      /** Everything cached belongs to the user who asked for it: none of it survives a change of user. */
      forgetData: () => {
        void client.cancelQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
        client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      },
      /** Asks /api/auth/session again. */
      refresh: () => client.invalidateQueries({ queryKey: ME_KEY }),
    }),
    [client],
  );
}

/** Ends this session, or every session of the user in every browser. */
export function signOutRequest(everywhere: boolean): Promise<unknown> {
  return api<unknown>(everywhere ? '/auth/signout?everywhere=true' : '/auth/signout', { method: 'POST' });
}

/** Whether setup is still needed and how one may sign in (public). */
export function useAuthStatus() {
  return useQuery({
    queryKey: STATUS_KEY,
    queryFn: ({ signal }) => api<AuthStatus>('/auth/status', { signal }),
    retry: 1,
    staleTime: 30_000,
  });
}

/** Where single sign-on starts, coming back to `next` once signed in. */
export function ssoStartUrl(next: string): string {
  return `/api/auth/oidc/start${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`;
}

export function useSignIn(on: WriteHandlers<Me, { login: string; password: string }> = {}) {
  return useMutation({
    mutationFn: (body: { login: string; password: string }) =>
      api<Me>('/auth/signin', { method: 'POST', body }),
    ...on,
  });
}

export interface SetupBody {
  code: string;
  login: string;
  name: string;
  password: string;
}

/** Creates the first administrator with the one-time setup code, and signs them in. */
export function useSetup(on: WriteHandlers<Me, SetupBody> = {}) {
  return useMutation({
    mutationFn: (body: SetupBody) => api<Me>('/auth/setup', { method: 'POST', body }),
    ...on,
  });
}

export function useChangePassword(on: WriteHandlers<unknown, { current: string; next: string }> = {}) {
  return useMutation({
    mutationFn: (body: { current: string; next: string }) =>
      api<unknown>('/auth/password', { method: 'POST', body }),
    ...on,
  });
}

// ---------- users

export const USERS_KEY = ['users'] as const;

export function useUsers() {
  return useQuery({ queryKey: USERS_KEY, queryFn: () => api<User[]>('/users') });
}

export interface UserCreate {
  login: string;
  name: string;
  email?: string;
  personId: number | null;
  grants: GrantInput[];
}

/** What changes in a user (only the fields given). */
export type UserPatch = Partial<Pick<User, 'name' | 'email' | 'personId' | 'status'>> & {
  grants?: GrantInput[];
};

export type UserSave = { create: UserCreate } | { id: number; patch: UserPatch };

/** A new user (answered with a temporary password, when not by single sign-on), or a user's changes. */
export function useSaveUser(
  on: WriteHandlers<{ user: User; temporaryPassword?: string } | null, UserSave> = {},
) {
  return useWriteThenRefetch(
    USERS_KEY,
    async (v: UserSave) => {
      if ('create' in v) {
        return api<{ user: User; temporaryPassword?: string }>('/users', { method: 'POST', body: v.create });
      }
      // Nothing changed: nothing to send.
      if (Object.keys(v.patch).length > 0) {
        await api<User>(`/users/${v.id}`, { method: 'PATCH', body: v.patch });
      }
      return null;
    },
    on,
  );
}

export function useSetUserStatus(
  on: WriteHandlers<User, { user: User; status: 'active' | 'disabled' }> = {},
) {
  return useWriteThenRefetch(
    USERS_KEY,
    (v: { user: User; status: 'active' | 'disabled' }) =>
      api<User>(`/users/${v.user.id}`, { method: 'PATCH', body: { status: v.status } }),
    on,
  );
}

/** Lifts the slowing-down of a user's sign-in after failed attempts. */
export function useUnlockUser(on: WriteHandlers<User, User> = {}) {
  return useWriteThenRefetch(
    USERS_KEY,
    (u: User) => api<User>(`/users/${u.id}/unlock`, { method: 'POST' }),
    on,
  );
}

export function useResetPassword(on: WriteHandlers<{ temporaryPassword: string }, User> = {}) {
  return useWriteThenRefetch(
    USERS_KEY,
    (u: User) => api<{ temporaryPassword: string }>(`/users/${u.id}/reset-password`, { method: 'POST' }),
    on,
  );
}

// ---------- credential custody

export const custodyKey = (presenceId: number) => ['presence', presenceId, 'custody'] as const;

export function useCustody(presenceId: number) {
  return useQuery({
    queryKey: custodyKey(presenceId),
    queryFn: ({ signal }) => api<Custody>(`/presences/${presenceId}/custody`, { signal }),
    enabled: Number.isInteger(presenceId) && presenceId > 0,
    retry: false,
  });
}

export interface SecretWrite {
  kind: SecretKind;
  value: string;
  reason: string;
}

export function useStoreSecret(presenceId: number, on: WriteHandlers<Custody, SecretWrite> = {}) {
  // The value lives in the form only: not kept by the mutation cache once sent.
  return useWriteThenStore(
    custodyKey(presenceId),
    (v: SecretWrite) =>
      api<Custody>(`/presences/${presenceId}/secrets/${v.kind}`, {
        method: 'PUT',
        body: { value: v.value, ...(v.reason.trim() ? { reason: v.reason.trim() } : {}) },
      }),
    on,
    { gcTime: 0 },
  );
}

export function useRevealSecret(
  presenceId: number,
  on: WriteHandlers<{ kind: SecretKind; value: string }, { kind: SecretKind; reason: string }> = {},
) {
  // Not kept in the mutation cache: the value exists only in the reveal's own state.
  return useMutation({
    gcTime: 0,
    mutationFn: (v: { kind: SecretKind; reason: string }) =>
      api<{ kind: SecretKind; value: string }>(`/presences/${presenceId}/secrets/${v.kind}/reveal`, {
        method: 'POST',
        body: { reason: v.reason },
      }),
    ...on,
  });
}

export function useDeleteSecret(presenceId: number, on: WriteHandlers<Custody, SecretKind> = {}) {
  return useWriteThenStore(
    custodyKey(presenceId),
    (kind: SecretKind) => api<Custody>(`/presences/${presenceId}/secrets/${kind}`, { method: 'DELETE' }),
    on,
  );
}

// ---------- leavers' reassignments

export const REASSIGNMENT_FILTERS = ['open', 'done', 'cancelled', 'all'] as const;
export type ReassignmentFilter = (typeof REASSIGNMENT_FILTERS)[number];

export const reassignmentsKey = ['reassignments'] as const;

export function useReassignments(filter: ReassignmentFilter) {
  return useQuery({
    queryKey: [...reassignmentsKey, filter],
    queryFn: ({ signal }) =>
      api<Reassignment[]>(`/reassignments${query({ status: filter === 'all' ? undefined : filter })}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export type ReassignmentPatch = { status: 'done' | 'cancelled'; toPersonId?: number };

/** Hands a presence over (or gives up): the presence, the people and the overview change with it. */
export function usePatchReassignment(
  on: WriteHandlers<Reassignment, { task: Reassignment; patch: ReassignmentPatch }> = {},
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { task: Reassignment; patch: ReassignmentPatch }) =>
      api<Reassignment>(`/reassignments/${v.task.id}`, { method: 'PATCH', body: v.patch }),
    onSuccess: (done, v) => {
      void client.invalidateQueries({ queryKey: reassignmentsKey });
      void client.invalidateQueries({ queryKey: ['presence', v.task.presenceId] });
      void client.invalidateQueries({ queryKey: ['presences'] });
      void client.invalidateQueries({ queryKey: ['people'] });
      void client.invalidateQueries({ queryKey: ['overview'] });
      on.onSuccess?.(done, v);
    },
    onError: on.onError,
  });
}
