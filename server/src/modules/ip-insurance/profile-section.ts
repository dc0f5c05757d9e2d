import { insuranceKindLabels, type InsuranceKind } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { registerProfileSection, type ProfileItem } from '../../platform/profile-sections.js';
import { findProfileFacts } from './repository.js';

/** The utilization section of an enterprise profile (一户一档·运用): its IP insurance and securitization. */
export async function insuranceFacts(ctx: AppContext, orgId: number): Promise<ProfileItem[]> {
  const { policies, deals } = await findProfileFacts(ctx.db, orgId);
  const items: ProfileItem[] = [];
  for (const p of policies.slice(0, 5)) {
    items.push({
      label: `${insuranceKindLabels[p.kind as InsuranceKind]?.zh ?? p.kind} ${p.policy_no}`,
      value: `${p.insurer_name}承保，保险金额 ${Number(p.sum_insured).toLocaleString('zh-CN')} 元（${p.starts_on} 至 ${p.ends_on}）`,
      href: `/ip-insurance/policies/${Number(p.id)}`,
    });
  }
  for (const d of deals.slice(0, 5)) {
    items.push({
      label: `知识产权证券化 ${d.name}`,
      value: `${d.issuer}发行，规模 ${Number(d.amount).toLocaleString('zh-CN')} 元（${d.issued_on}）`,
      href: '/ip-insurance/securitizations',
    });
  }
  return items;
}

export function registerInsuranceProfileSection(): void {
  registerProfileSection('utilization', insuranceFacts);
}
