import {
  ZConcordance,
  ZHighValueCounts,
  ZHighValueSettings,
  ZValueFactImportResult,
  type ZAwardImportBody,
  type ZAwardImportRow,
  type ZConcordanceRow,
  type ZPledgeImportBody,
  type ZPledgeImportRow,
} from '@zhichan/contract';
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
export type AwardImportRow = z.input<typeof ZAwardImportRow>;
export type PledgeImportRow = z.input<typeof ZPledgeImportRow>;
/** Imports award records (China Patent Award, provincial awards) for criterion 5. */
export const importAwards = (body: z.input<typeof ZAwardImportBody>) => api.post('/api/high-value/awards/import', ZValueFactImportResult, body);
/** Imports CNIPA pledge registrations for criterion 4. */
export const importPledges = (body: z.input<typeof ZPledgeImportBody>) => api.post('/api/high-value/pledges/import', ZValueFactImportResult, body);
