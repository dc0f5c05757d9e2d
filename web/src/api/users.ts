import { ZUser, ZUserList, type ZCreateUserBody, type ZUpdateUserBody, type ZUserListQuery } from '@zhichan/contract';
import type { z } from 'zod';
import { api } from './client';

export type UserListQuery = Partial<z.infer<typeof ZUserListQuery>>;

export const fetchUsers = (query: UserListQuery) => api.get('/api/users', ZUserList, query);
export const createUser = (body: z.input<typeof ZCreateUserBody>) => api.post('/api/users', ZUser, body);
export const updateUser = (id: number, body: z.input<typeof ZUpdateUserBody>) => api.patch(`/api/users/${id}`, ZUser, body);
export const resetUserPassword = (id: number, newPassword: string) => api.post(`/api/users/${id}/reset-password`, ZUser, { newPassword });
export const unlockUser = (id: number) => api.post(`/api/users/${id}/unlock`, ZUser);
export const fetchUser = (id: number) => api.get(`/api/users/${id}`, ZUser);
