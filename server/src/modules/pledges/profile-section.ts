import type { AppContext } from '../../platform/context.js';
import { registerProfileSection, type ProfileItem } from '../../platform/profile-sections.js';
import { findPledgesOfPledgor } from './repository.js';

/** The utilization section of an enterprise profile (一户一档·运用): its pledges registered by the authority. */
export async function pledgeFacts(ctx: AppContext, orgId: number): Promise<ProfileItem[]> {
  const rows = await findPledgesOfPledgor(ctx.db, orgId);
  if (rows.length === 0) return [];
  const standing = rows.filter((r) => r.status === 'registered');
  const items: ProfileItem[] = [
    {
      label: '知识产权质押登记（在押/累计）',
      value: `${standing.length} / ${rows.length} 笔，在押债权数额 ${standing.reduce((s, r) => s + Number(r.secured_amount), 0).toLocaleString('zh-CN')} 元`,
      href: '/pledges/mine',
    },
  ];
  for (const r of rows.slice(0, 5)) {
    items.push({
      label: `质押登记 ${r.registration_no ?? '—'}`,
      value: `${r.authority_name ?? ''} ${r.registered_on ?? ''}，质权人 ${r.pledgee_name}，${Number(r.secured_amount).toLocaleString('zh-CN')} 元${r.status === 'released' ? `（${r.released_on ?? ''} 注销）` : ''}`,
      href: `/pledges/${Number(r.id)}`,
    });
  }
  return items;
}

export function registerPledgeProfileSection(): void {
  registerProfileSection('utilization', pledgeFacts);
}
