import { todayIso } from '../../platform/context.js';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import { registerProfileSection, type ProfileItem } from '../../platform/profile-sections.js';
import { inForceCondition, patentDateColumns } from './in-force.js';

/**
 * The creation section of an enterprise profile (一户一档·创造): the patents it holds by state and
 * type on today's date, its trademarks and its GI authorisations — counted from the registry, so
 * the numbers are never typed in. Nothing is shown when the registry holds nothing for the firm.
 */
export async function creationFacts(ctx: AppContext, orgId: number): Promise<ProfileItem[]> {
  const today = todayIso(ctx);
  const effective = sql<number>`case when ${inForceCondition(patentDateColumns('p'), today)} then 1 else 0 end`;
  const patents = await ctx.db
    .selectFrom('patent_parties as pp')
    .innerJoin('patents as p', 'p.id', 'pp.patent_id')
    .select(['p.kind', sql<number>`count(distinct p.id)`.as('total'), sql<number>`sum(${effective})`.as('effective')])
    .where('pp.org_id', '=', orgId)
    .where('pp.role', '=', 'holder')
    .groupBy('p.kind')
    .execute();
  const trademarks = await ctx.db
    .selectFrom('trademarks')
    .select(sql<number>`count(*)`.as('n'))
    .where('owner_org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  const gis = await ctx.db
    .selectFrom('gi_authorised_users')
    .select(sql<number>`count(*)`.as('n'))
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  const org = await ctx.db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst();
  const search = `/patents/search?q=${encodeURIComponent(`PA="${org?.name ?? ''}"`)}`;
  const labels: Record<string, string> = { invention: '发明专利', utility: '实用新型专利', design: '外观设计专利' };
  const items: ProfileItem[] = patents.map((r) => ({
    label: `${labels[r.kind] ?? r.kind}（有效/累计）`,
    value: `${Number(r.effective)} / ${Number(r.total)} 件`,
    href: search,
  }));
  if (Number(trademarks.n) > 0) items.push({ label: '注册商标', value: `${Number(trademarks.n)} 件` });
  if (Number(gis.n) > 0) items.push({ label: '地理标志专用标志使用', value: `${Number(gis.n)} 项` });
  return items;
}

/** Registers the creation section (专利、商标、地理标志) of the enterprise profile. */
export function registerCreationSection(): void {
  registerProfileSection('creation', creationFacts);
}
