import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { registerProfileSection, type ProfileItem } from '../../platform/profile-sections.js';
import { findOpenLicensingFacts } from './repository.js';

/**
 * The utilization section of an enterprise profile (一户一档·运用): its open-licence declarations,
 * the licences it granted and obtained under them.
 */
export async function openLicensingFacts(ctx: AppContext, orgId: number): Promise<ProfileItem[]> {
  const today = todayIso(ctx);
  const { decl, granted, obtained } = await findOpenLicensingFacts(ctx.db, orgId, today);
  const items: ProfileItem[] = [];
  if (Number(decl.n) > 0)
    items.push({
      label: '开放许可声明（国家知识产权局已公告/累计）',
      value: `${Number(decl.published ?? 0)} / ${Number(decl.n)} 项`,
      href: '/open-licences/mine',
    });
  if (granted.length > 0) {
    const fees = granted.reduce((s, g) => s + Number(g.fee_agreed), 0);
    items.push({
      label: '开放许可已授予',
      value: `${granted.length} 项，应付许可使用费合计 ${fees.toLocaleString('zh-CN')} 元`,
      href: '/open-licences/licences',
    });
    for (const g of granted.slice(0, 5)) {
      const filed = g.cnipa_filing_no ? `，国家知识产权局备案号 ${g.cnipa_filing_no}` : '，尚未登记国家知识产权局备案';
      items.push({
        label: `开放许可 ${g.filing_no}`,
        value: `${g.title} → ${g.name}（${g.granted_on} 至 ${g.term_end}${filed}）`,
        href: '/open-licences/licences',
      });
    }
  }
  if (Number(obtained.n) > 0) items.push({ label: '取得开放许可（有效）', value: `${Number(obtained.n)} 项`, href: '/open-licences/licences' });
  return items;
}

/** Registers the open-licensing facts in the profile's utilization section. */
export function registerOpenLicensingSection(): void {
  registerProfileSection('utilization', openLicensingFacts);
}
