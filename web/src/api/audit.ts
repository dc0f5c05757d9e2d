import { ZAuditList, type ZAuditQuery } from '@zhichan/contract';
import type { z } from 'zod';
import { api } from './client';

export type AuditQuery = Partial<z.infer<typeof ZAuditQuery>>;

export const fetchAudit = (query: AuditQuery) => api.get('/api/audit', ZAuditList, query);
