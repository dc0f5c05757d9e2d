import { chainLinkLabels, chainLinks, type ChainLink } from '@zhichan/contract';
import type { AppContext } from './context.js';

/** One line a module contributes to an enterprise profile ("一户一档"). */
export interface ProfileItem {
  label: string;
  value: string;
  href?: string;
}
export type ProfileSectionProvider = (ctx: AppContext, orgId: number) => Promise<ProfileItem[]>;

const providers = new Map<ChainLink, ProfileSectionProvider[]>();

/** Modules call this at start-up to add their facts to a chain-link section of every profile. */
export function registerProfileSection(link: ChainLink, provider: ProfileSectionProvider): void {
  providers.set(link, [...(providers.get(link) ?? []), provider]);
}

/** What each section says when no module has anything for this enterprise yet. */
const emptyTexts: Record<ChainLink, string> = {
  creation: '暂无数据。专利、商标、地理标志登记接入后，将在此显示本企业的知识产权。',
  utilization: '暂无数据。开放许可、转让许可备案、质押融资等记录将在此显示。',
  protection: '暂无数据。涉及本企业的维权、纠纷与案件将在此显示。',
  management: '暂无数据。企业知识产权管理规范、示范优势企业认定将在此显示。',
  service: '暂无数据。快速预审、培训、需求对接等服务记录将在此显示。',
};

/** Builds the five chain-link sections of an enterprise profile; empty sections say so plainly. */
export async function collectProfileSections(ctx: AppContext, orgId: number) {
  const out = [];
  for (const link of chainLinks) {
    const items: ProfileItem[] = [];
    for (const p of providers.get(link) ?? []) items.push(...(await p(ctx, orgId)));
    out.push({ link, title: chainLinkLabels[link].zh, items, emptyText: emptyTexts[link] });
  }
  return out;
}
