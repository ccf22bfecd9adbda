// Who is signed in, for the whole app: /api/auth/session once on load (and after each change), what the user
// may do (`useCan`), the CSRF token handed to the API module, and the ways in and out. A session that
// ends while a page is open (401 from any call) sends the reader to the sign-in page, then back.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { Permission, Target } from '../../../src/core/access';
import type { Me, PermissionScope } from '../../../src/trust/model';
import { setCsrfToken, setUnauthenticatedHandler } from '../app/api';
import { Loading, QueryError } from '../app/ui';
import { scopeCovers } from '../registry/scope';
import { signInPath } from './paths';
import { signOutRequest, useAuthStatus, useMeQuery, useSessionCache } from './queries';

export interface Session {
  me: Me | null;
  /** Loading: /api/auth/session has not answered yet; error: it could not be asked (server down). */
  state: 'loading' | 'error' | 'ready';
  error: unknown;
  /** Signed out on purpose: the next sign-in starts afresh rather than on the page left. */
  signedOutOnPurpose: boolean;
  retry(): void;
  /** After sign-in or setup: the answer is the new session; other users' data is dropped. */
  signedIn(me: Me): void;
  /** Asks /api/auth/session again (after a password change, a policy acknowledged…). */
  refresh(): Promise<unknown>;
  /** Everywhere: every session of the user, in every browser. */
  signOut(everywhere?: boolean): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const cache = useSessionCache();
  const navigate = useNavigate();
  const query = useMeQuery();
  const me = query.data ?? null;
  if (me) setCsrfToken(me.csrf);
  const [signedOutOnPurpose, setSignedOutOnPurpose] = useState(false);

  // A 401 from any page: the session ended (expired, signed out elsewhere, password reset by an
  // admin). Nobody is signed in any more; RequireSession then asks for a sign-in and comes back.
  useEffect(
    () =>
      setUnauthenticatedHandler(() => {
        setCsrfToken(null);
        cache.setMe(null);
      }),
    [cache],
  );

  const signedIn = useCallback(
    (next: Me) => {
      setCsrfToken(next.csrf);
      cache.forgetData();
      setSignedOutOnPurpose(false);
      cache.setMe(next);
    },
    [cache],
  );

  const signOut = useCallback(
    async (everywhere = false) => {
      try {
        await signOutRequest(everywhere);
      } catch {
        // Signed out already (expired session) or the server is gone: the cookie is dropped either way
        // as soon as the server sees it again; the app forgets everything now.
      }
      setCsrfToken(null);
      setSignedOutOnPurpose(true);
      cache.forgetData();
      cache.setMe(null);
      await navigate('/signin', { replace: true });
    },
    [cache, navigate],
  );

  const value = useMemo<Session>(
    () => ({
      me,
      state: query.isPending ? 'loading' : query.isError ? 'error' : 'ready',
      error: query.error,
      signedOutOnPurpose,
      retry: () => void query.refetch(),
      signedIn,
      refresh: cache.refresh,
      signOut,
    }),
    [
      me,
      query.isPending,
      query.isError,
      query.error,
      query.refetch,
      signedOutOnPurpose,
      signedIn,
      signOut,
      cache,
    ],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it.');
  return session;
}

/** The signed-in user (null on the public pages). */
export function useMe(): Me | null {
  return useSession().me;
}

/** Whether the signed-in user's roles give this permission over at least part of the organisation. */
export function useCan(permission: Permission): boolean {
  const me = useMe();
  return Boolean(me?.permissions.includes(permission));
}

/**
 * Where the permission applies, as the server decides it (/api/me: everywhere, or units with their
 * sub-units and named presences); undefined when the user does not hold it.
 */
export function useScope(permission: Permission): PermissionScope | undefined {
  return useMe()?.scopes?.[permission];
}

/** Whether the permission covers this presence or unit, as the server decides it (see useScope). */
export function useCanOn(permission: Permission, target: Target): boolean {
  return scopeCovers(useScope(permission), target);
}

/** Whether any of these permissions is held. */
export function useCanAny(permissions: readonly Permission[]): boolean {
  const me = useMe();
  return Boolean(me && permissions.some((p) => me.permissions.includes(p)));
}

/** Nobody signed in: the one-time setup page while no user exists, else the sign-in page. */
function SignedOut() {
  const location = useLocation();
  const session = useSession();
  const status = useAuthStatus();
  if (session.signedOutOnPurpose) return <Navigate to="/signin" replace />;
  if (status.isPending) return <Loading />;
  if (status.data?.needsSetup) return <Navigate to="/setup" replace />;
  return <Navigate to={signInPath(`${location.pathname}${location.search}${location.hash}`)} replace />;
}

/**
 * The pages behind sign-in. A user who must change their password (a temporary one given by an
 * admin) is kept on their account page until they have.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.state === 'loading') return <Loading height={400} />;
  if (session.state === 'error') return <QueryError error={session.error} onRetry={session.retry} />;
  if (!session.me) return <SignedOut />;
  if (session.me.user.mustChangePassword && location.pathname !== '/account') {
    return <Navigate to="/account" replace />;
  }
  return children;
}
