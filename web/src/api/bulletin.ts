import { ZBulletin } from '@zhichan/contract';
import { api, toQueryString } from './client';

/** The statistical bulletin of a region and period. */
export const fetchBulletin = (region: string | undefined, period: string) => api.get('/api/bulletin', ZBulletin, { region, period });
/** Where the Word version downloads from (a plain link: the browser saves the file). */
export const bulletinDocxUrl = (region: string | undefined, period: string) => `/api/bulletin/docx${toQueryString({ region, period })}`;
