import { ZOk, ZSavedSearch, ZSavedSearchList, type ZCreateSavedSearchBody } from '@zhichan/contract';
import type { z } from 'zod';
import { api } from './client';

/** The signed-in user's saved searches (我的检索式). */
export const fetchSavedSearches = () => api.get('/api/saved-searches', ZSavedSearchList);
/** Saves a search; with `alert`, new matches after an import are notified. */
export const createSavedSearch = (body: z.input<typeof ZCreateSavedSearchBody>) => api.post('/api/saved-searches', ZSavedSearch, body);
export const deleteSavedSearch = (id: number) => api.delete(`/api/saved-searches/${id}`, ZOk);
