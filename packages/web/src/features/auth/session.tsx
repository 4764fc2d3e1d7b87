import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError, getJson, sendJson } from '../../api/client.ts';

/** A staff role. */
export type Role = 'owner' | 'therapist' | 'front-desk' | 'student';

/** The signed-in user and clinic. */
export interface Me {
  readonly user: { id: string; email: string; displayName: string; role: Role; totp: boolean };
  readonly clinic: { id: string; name: string };
}

/** What the app knows about the session. */
export type SessionState =
  | { readonly state: 'loading' }
  | { readonly state: 'setup-needed' }
  | { readonly state: 'signed-out' }
  | { readonly state: 'signed-in'; readonly me: Me };

interface SessionApi {
  readonly session: SessionState;
  /** Re-reads /api/me (after sign-in, setup or accepting an invite). */
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionApi | undefined>(undefined);

/** Loads the session once and shares it; pages call useSession(). */
export function SessionProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const [session, setSession] = useState<SessionState>({ state: 'loading' });
  const refresh = useCallback(async () => {
    try {
      const me = await getJson<Me>('/api/me');
      setSession({ state: 'signed-in', me });
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
      const setup = await getJson<{ needed: boolean }>('/api/setup');
      setSession({ state: setup.needed ? 'setup-needed' : 'signed-out' });
    }
  }, []);
  const signOut = useCallback(async () => {
    await sendJson('POST', '/api/auth/logout').catch(() => undefined);
    setSession({ state: 'signed-out' });
  }, []);
  useEffect(() => {
    void refresh().catch(() => setSession({ state: 'signed-out' }));
  }, [refresh]);
  const value = useMemo(() => ({ session, refresh, signOut }), [session, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session and its actions. */
export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (api === undefined) throw new Error('useSession outside SessionProvider');
  return api;
}

/**
 * Shows `children` only to a signed-in user (optionally of given roles): sends others to sign-in (or
 * first-run setup) and back afterwards. The server checks every request anyway; this only spares a
 * useless page.
 */
export function RequireSignIn({
  children,
  roles,
}: {
  children: ReactNode;
  roles?: readonly Role[];
}): React.JSX.Element {
  const { session } = useSession();
  const location = useLocation();
  if (session.state === 'loading')
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    );
  if (session.state === 'setup-needed') return <Navigate to="/setup" replace />;
  if (session.state === 'signed-out')
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (roles !== undefined && !roles.includes(session.me.user.role))
    return (
      <div className="card empty-state" role="alert">
        <p>Your role ({session.me.user.role}) does not open this page.</p>
      </div>
    );
  return <>{children}</>;
}
