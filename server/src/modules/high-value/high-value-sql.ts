import { sql, type RawBuilder } from 'kysely';

/**
 * The five high-value criteria as SQL over a patent `p` left-joined to its `patent_value_facts` `f`, for a
 * date (dated facts count from their date) and the date ten years before it. The one copy of the rule in SQL:
 * the region counts and the white-list screening both use it.
 */
export function highValueTerms(date: string, tenYearsBefore: string) {
  const strategic = sql<number>`case when f.strategic_industries <> '[]' then 1 else 0 end`;
  const overseas = sql<number>`coalesce(f.overseas_granted, 0)`;
  const tenYears = sql<number>`case when p.app_date < ${tenYearsBefore} then 1 else 0 end`;
  // Dated facts: a pledge credit reaching the threshold (computed with it, facts.ts) or an award, on or before the date.
  const pledge = sql<number>`case when f.pledge_since is not null and f.pledge_since <= ${date} then 1 else 0 end`;
  const award = sql<number>`case when f.award_since is not null and f.award_since <= ${date} then 1 else 0 end`;
  const any: RawBuilder<number> = sql<number>`case when ${strategic} + ${overseas} + ${tenYears} + ${pledge} + ${award} > 0 then 1 else 0 end`;
  return { strategic, overseas, tenYears, pledge, award, any };
}
