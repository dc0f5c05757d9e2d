import { useEffect } from 'react';
import { onUnauthorised } from '../api/client';
import { useReplaceSession } from './use-session';

/**
 * When any request answers 401 (session expired or ended elsewhere), forget the session; RequireAuth
 * then shows the sign-in page with the server's message and comes back to this page afterwards.
 */
export function UnauthorisedWatcher() {
  const replaceSession = useReplaceSession();
  useEffect(() => onUnauthorised((message) => replaceSession(null, { message, returnHere: true })), [replaceSession]);
  return null;
}
