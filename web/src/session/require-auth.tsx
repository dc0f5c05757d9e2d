import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Permission } from '@zhichan/contract';
import { PageSpinner } from '../components/page-spinner';
import { ForbiddenPage } from '../pages/forbidden-page';
import { hasPermission, useSession } from './use-session';

export const PASSWORD_PATH = '/account/password';

/**
 * Shows its children only to a signed-in user; sends others to the sign-in page (remembering where
 * they were going) and users who must change their password to the password page first.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { data, isPending } = useSession();
  const location = useLocation();
  if (isPending) return <PageSpinner />;
  if (!data?.user) {
    const from = location.pathname + location.search;
    const ended = data?.signedOut;
    const state = ended ? { message: ended.message, ...(ended.returnHere ? { from } : {}) } : { from };
    return <Navigate to="/login" replace state={state} />;
  }
  if (data.user.mustChangePassword && location.pathname !== PASSWORD_PATH) return <Navigate to={PASSWORD_PATH} replace />;
  return children;
}

/** Shows its children only when the user holds the permission. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { data } = useSession();
  if (!hasPermission(data?.user, permission)) return <ForbiddenPage />;
  return children;
}
