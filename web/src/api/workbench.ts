import { ZWorkbench } from '@zhichan/contract';
import { api } from './client';

/** The caller's workbench: cards with counts, and notes. */
export const fetchWorkbench = () => api.get('/api/workbench', ZWorkbench);
