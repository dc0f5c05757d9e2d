import dayjs from 'dayjs';
import { highValueCriterionLabels, type HighValueAssessment, type HighValueCriterion } from '@zhichan/contract';
import { legalStateOn, type LegalDates } from '../patents/api.js';

/** The stored facts of one patent (patent_value_facts) in parsed form. */
export interface ValueFacts {
  strategicIndustries: { code: string; name: string }[];
  overseasGranted: boolean;
  /** Each CNY pledge registration's amount credited to the patent (apportioned over a portfolio), dated by its registration. */
  pledgeCredits: { on: string; amount: number }[];
  /** Awards with the date each counts from. */
  awards: { award: string; year: number; grade: string | null; level?: string | null; on: string }[];
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
  // Facts count from their dates: a pledge from its registration, an award from its conferral, never for earlier dates.
  const credits = facts.pledgeCredits.filter((c) => c.on <= date);
  const maxPledge = Math.max(0, ...credits.map((c) => c.amount));
  const awards = facts.awards.filter((a) => a.on <= date);
  const later = facts.pledgeCredits.length - credits.length;
  const checks: Record<HighValueCriterion, [boolean, string]> = {
    strategic_industry: [
      facts.strategicIndustries.length > 0,
      facts.strategicIndustries.length > 0 ? `IPC 对应：${facts.strategicIndustries.map((i) => i.name).join('、')}` : '分类号未对应战略性新兴产业参照表',
    ],
    overseas_family: [facts.overseasGranted, facts.overseasGranted ? '有已授权的海外同族' : '无已授权的海外同族'],
    maintained_10_years: [maintainedOverTenYears(patent.app_date, date), `申请日 ${patent.app_date ?? '不详'}`],
    high_pledge: [
      maxPledge >= pledgeThreshold,
      maxPledge > 0
        ? `截至 ${date} 最高质押金额 ${wan(maxPledge)}（门槛 ${wan(pledgeThreshold)}；组合质押按件分摊）`
        : later > 0
          ? `${date} 前无质押登记（之后有 ${later} 笔）`
          : '无质押记录',
    ],
    patent_award: [
      awards.length > 0,
      awards.length > 0
        ? awards.map((a) => `${a.year}年${a.award}${a.grade ?? ''}（${a.on} 起）`).join('；')
        : facts.awards.length > 0
          ? `${date} 前无获奖记录（${facts.awards.map((a) => `${a.year}年${a.award}`).join('；')}自获奖之日起计）`
          : '无获奖记录',
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
