import dayjs from 'dayjs';
import { highValueCriterionLabels, type HighValueAssessment, type HighValueCriterion } from '@zhichan/contract';
import { legalStateOn, type LegalDates } from '../patents/api.js';

/** The stored facts of one patent (patent_value_facts) in parsed form. */
export interface ValueFacts {
  strategicIndustries: { code: string; name: string }[];
  overseasGranted: boolean;
  maxPledgeAmount: number;
  awards: { award: string; year: number; grade: string | null }[];
}

/** "Maintained more than 10 years": the date lies after the 10th anniversary of filing. */
export function maintainedOverTenYears(appDate: string | null, date: string): boolean {
  return appDate !== null && date > dayjs(appDate).add(10, 'year').format('YYYY-MM-DD');
}

/**
 * Assesses a patent against the five CNIPA criteria on a date. Only an effective invention patent
 * is eligible; it is high-value when it meets any one criterion. Every criterion says why.
 */
export function assessHighValue(patent: LegalDates & { kind: string }, facts: ValueFacts, date: string, pledgeThreshold: number): HighValueAssessment {
  const eligible = patent.kind === 'invention' && legalStateOn(patent, date) === 'effective';
  const wan = (n: number) => `${(n / 10_000).toLocaleString('zh-CN')}万元`;
  const checks: Record<HighValueCriterion, [boolean, string]> = {
    strategic_industry: [
      facts.strategicIndustries.length > 0,
      facts.strategicIndustries.length > 0 ? `IPC 对应：${facts.strategicIndustries.map((i) => i.name).join('、')}` : '分类号未对应战略性新兴产业参照表',
    ],
    overseas_family: [facts.overseasGranted, facts.overseasGranted ? '有已授权的海外同族' : '无已授权的海外同族'],
    maintained_10_years: [maintainedOverTenYears(patent.app_date, date), `申请日 ${patent.app_date ?? '不详'}`],
    high_pledge: [
      facts.maxPledgeAmount >= pledgeThreshold,
      facts.maxPledgeAmount > 0 ? `最高质押金额 ${wan(facts.maxPledgeAmount)}（门槛 ${wan(pledgeThreshold)}）` : '无质押记录',
    ],
    patent_award: [
      facts.awards.length > 0,
      facts.awards.length > 0 ? facts.awards.map((a) => `${a.year}年${a.award}${a.grade ?? ''}`).join('；') : '无获奖记录',
    ],
  };
  const criteria = (Object.keys(checks) as HighValueCriterion[]).map((c) => ({
    criterion: c,
    label: highValueCriterionLabels[c].zh,
    met: eligible && checks[c][0],
    evidence: checks[c][1],
  }));
  return { eligible, highValue: criteria.some((c) => c.met), asOf: date, criteria };
}
