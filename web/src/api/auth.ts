import { ZOk, ZSessionInfo, type LoginBody, type ZChangePasswordBody } from '@zhichan/contract';
import type { z } from 'zod';
import { api, setCsrfToken } from './client';

/** Reads the current session and keeps its CSRF token for later writes. */
export async function fetchSession() {
  const info = await api.get('/api/auth/session', ZSessionInfo);
  setCsrfToken(info.csrfToken);
  return info;
}

/** Signs in; a 401 here means wrong credentials, so the caller shows the message. */
export async function signIn(body: LoginBody) {
  const info = await api.post('/api/auth/login', ZSessionInfo, body, { handleUnauthorised: true });
  setCsrfToken(info.csrfToken);
  return info;
}

/** Ends this session. */
export const signOut = () => api.post('/api/auth/logout', ZOk);

/** Ends every session of the user on every device (退出所有设备). */
export const signOutEverywhere = () => api.post('/api/auth/logout-all', ZOk);

/** Changes the caller's password; other sessions end. */
export const changePassword = (body: z.input<typeof ZChangePasswordBody>) => api.post('/api/auth/password', ZOk, body);
