import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Permission, SessionInfo, SessionUser } from '@zhichan/contract';
import { fetchSession } from '../api/auth';
import { queryKeys } from '../api/query-keys';

/** The session (user or null, CSRF token, idle timeout), loaded once and refreshed after sign-in/out. */
export function useSession() {
  return useQuery<SessionState>({ queryKey: queryKeys.session, queryFn: loadSession, staleTime: Infinity, retry: 1 });
}

/** A page loaded after the session timed out says so on the sign-in page, and comes back afterwards. */
async function loadSession(): Promise<SessionState> {
  const info = await fetchSession();
  return info.expired && !info.user ? { ...info, signedOut: { message: '会话已超时，请重新登录', returnHere: true } } : info;
}

/** The signed-in user; only under RequireAuth, which renders nothing until the user is known. */
export function useCurrentUser(): SessionUser {
  const { data } = useSession();
  if (!data?.user) throw new Error('useCurrentUser outside RequireAuth');
  return data.user;
}

/** True when the user holds the permission. */
export function hasPermission(user: SessionUser | null | undefined, permission: Permission): boolean {
  return Boolean(user?.permissions.includes(permission));
}

/** Enterprises and universities have an own-enterprise profile, whether or not it is approved yet. */
export function hasOwnEnterprise(user: SessionUser): boolean {
  return user.org.kind === 'enterprise' || user.org.kind === 'university';
}

/** Why a session ended: the message for the sign-in page, and whether to come back to the page afterwards. */
export interface SignedOut {
  message: string;
  /** True when the session expired (come back after signing in); false after a deliberate sign-out. */
  returnHere: boolean;
}

/** The cached session; once it has ended it says why. */
export type SessionState = SessionInfo & { signedOut?: SignedOut };

/**
 * Replaces the cached session (after sign-in, registration or sign-out), dropping every other cached
 * answer. RequireAuth then sends a signed-out user to sign in with `signedOut.message`; only an expired
 * session remembers the page, so the next person to sign in never lands on the previous user's page.
 */
export function useReplaceSession() {
  const client = useQueryClient();
  return useCallback(
    (info: SessionInfo | null, signedOut?: SignedOut) => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.session[0] });
      client.setQueryData<SessionState>(
        queryKeys.session,
        (old) => info ?? { user: null, csrfToken: null, idleTimeoutMinutes: old?.idleTimeoutMinutes ?? 30, expired: false, signedOut },
      );
    },
    [client],
  );
}
