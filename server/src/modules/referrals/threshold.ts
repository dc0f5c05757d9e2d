import type { Offence, ThresholdCheck } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import { getSetting, type SettingKey } from '../../platform/settings.js';

/** The setting holding each offence's criminal threshold (yuan). */
export const thresholdSetting: Record<Offence, SettingKey> = {
  trademark_counterfeit: 'referral.threshold.trademark_counterfeit_yuan',
  counterfeit_goods_sale: 'referral.threshold.counterfeit_goods_sale_yuan',
  patent_counterfeit: 'referral.threshold.patent_counterfeit_yuan',
};

/**
 * The threshold helper (涉嫌犯罪标准提示): the case value against the offence's criminal threshold. It informs,
 * it does not decide: a case below the threshold may still be referred (other aggravating facts), and none of
 * the thresholds is verified against the 2025 judicial interpretation (domain-rules.md: configurable), which
 * the answer says (`verified: false`).
 */
export async function checkThreshold(db: Executor, offence: Offence, valueYuan: number | null): Promise<ThresholdCheck> {
  const setting = thresholdSetting[offence];
  const thresholdYuan = await getSetting(db, setting);
  return { offence, valueYuan, thresholdYuan, meets: valueYuan === null ? null : valueYuan >= thresholdYuan, verified: false, setting };
}
