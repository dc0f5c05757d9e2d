import { ZConcordance, ZHighValueCounts, ZHighValueSettings, type ZConcordanceRow } from '@zhichan/contract';
import type { z } from 'zod';
import { api } from './client';

export type ConcordanceRowInput = z.input<typeof ZConcordanceRow>;

/** The strategic-emerging-industry ↔ IPC concordance (参照关系表) used by criterion 1. */
export const fetchConcordance = () => api.get('/api/high-value/concordance', ZConcordance);
/** Replaces the whole concordance; the server then re-assesses every patent. */
export const replaceConcordance = (rows: ConcordanceRowInput[]) => api.put('/api/high-value/concordance', ZConcordance, { rows });
export const fetchHighValueSettings = () => api.get('/api/high-value/settings', ZHighValueSettings);
export const saveHighValueSettings = (body: z.infer<typeof ZHighValueSettings>) => api.put('/api/high-value/settings', ZHighValueSettings, body);
/** Effective and high-value invention patents of a region and its children, by criterion (null: no data for the region). */
export const fetchHighValueCounts = (regionCode: string) => api.get(`/api/high-value/counts?regionCode=${encodeURIComponent(regionCode)}`, ZHighValueCounts);
