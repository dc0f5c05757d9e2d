import { filingKindLabels, type FilingKind } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { registerProfileSection, type ProfileItem } from '../../platform/profile-sections.js';
import { findApprovedFilingsOf } from './repository.js';

/** The utilization section (一户一档·运用): the enterprise's approved filings by kind, with the latest ones. */
export async function filingFacts(ctx: AppContext, orgId: number): Promise<ProfileItem[]> {
  const rows = await findApprovedFilingsOf(ctx.db, orgId);
  const items: ProfileItem[] = [];
  const byKind = new Map<string, number>();
  for (const r of rows) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  for (const [kind, n] of byKind) items.push({ label: filingKindLabels[kind as FilingKind].zh, value: `${n} 项`, href: '/filings' });
  for (const r of rows.slice(0, 5)) items.push({ label: `备案 ${r.filing_no ?? ''}`, value: r.title, href: `/filings/${Number(r.id)}` });
  return items;
}

/** Registers the filings' facts in the profile's utilization section. */
export function registerFilingSection(): void {
  registerProfileSection('utilization', filingFacts);
}
