import type { Executor } from '../db/database.js';
import { getTextSetting } from './settings.js';

/** A statutory act the platform records: a filing of a contract (by kind), or a pledge registration. */
export type StatutoryAct = 'licence_contract' | 'transfer_contract' | 'patent_product' | 'patent_intensive_product' | 'pledge';

/** The authority that performs an act: CNIPA, or the CNIPA 代办处 this deployment is under delegation. */
export interface CompetentAuthority {
  kind: 'cnipa' | 'agency';
  name: string;
}

/**
 * Who performs `act` (issue #20): CNIPA, unless the setting `authority.delegated` says this deployment *is* a
 * delegated authority for it (a CNIPA 代办处 registering pledges or filing contracts), in which case the act is
 * recorded under that authority's name. Never the platform: its own steps stay in the workflow history.
 */
export async function competentAuthority(db: Executor, act: StatutoryAct): Promise<CompetentAuthority> {
  const raw = await getTextSetting(db, 'authority.delegated');
  if (raw.trim() !== '') {
    try {
      const v = JSON.parse(raw) as { name?: unknown; acts?: unknown };
      if (typeof v.name === 'string' && v.name.trim() !== '' && Array.isArray(v.acts) && v.acts.includes(act)) return { kind: 'agency', name: v.name.trim() };
    } catch {
      // A malformed setting delegates nothing.
    }
  }
  return { kind: 'cnipa', name: '国家知识产权局' };
}
