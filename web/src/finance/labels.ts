import {
  enterpriseTagLabels,
  financeApplicationStatusLabels,
  financeProductKindLabels,
  financeProductStatusLabels,
  type EnterpriseTag,
  type FinanceApplicationStatus,
  type FinanceProductKind,
  type FinanceProductStatus,
} from '@zhichan/contract';

type Lang = 'zh' | 'en';

export const kindLabel = (k: FinanceProductKind, lang: Lang) => financeProductKindLabels[k][lang];
export const productStatusLabel = (s: FinanceProductStatus, lang: Lang) => financeProductStatusLabels[s][lang];
export const applicationStatusLabel = (s: FinanceApplicationStatus, lang: Lang) => financeApplicationStatusLabels[s][lang];
export const tagLabel = (t: string, lang: Lang) => enterpriseTagLabels[t as EnterpriseTag]?.[lang] ?? t;

export const applicationStatusColours: Record<FinanceApplicationStatus, string> = {
  submitted: 'blue',
  accepted: 'cyan',
  valued: 'geekblue',
  approved: 'green',
  disbursed: 'success',
  returned: 'orange',
  declined: 'red',
  withdrawn: 'default',
};

/** An amount in yuan as 万元 (the unit banks quote), or the dash. */
export function wan(yuan: number | null | undefined, lang: Lang): string {
  if (yuan === null || yuan === undefined) return '—';
  const w = yuan / 10_000;
  const s = w.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 2 });
  return lang === 'en' ? `${s} × 10,000 yuan` : `${s}万元`;
}
