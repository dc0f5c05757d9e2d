import type { Insertable } from 'kysely';
import type { OrganisationTable, PatentTable } from '../../../server/src/db/schema.js';
import type { AppContext } from '../../../server/src/platform/context.js';
import { expiryDate } from '../../../server/src/modules/patents/legal-status.js';
import { runPatentWriteHooks } from '../../../server/src/modules/patents/write-hooks.js';

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Jining's towns and counties from the division tree. */
export async function jiningRegions(ctx: AppContext) {
  const rows = await ctx.db.selectFrom('regions').select(['code', 'level']).where('code', '>=', '3708').where('code', '<', '3709').execute();
  return { towns: rows.filter((r) => r.level === 4).map((r) => r.code), counties: rows.filter((r) => r.level === 3).map((r) => r.code) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Inserts `count` patents cheaply (plain batched inserts, no search index), 70 % inventions,
 * granted 2005–2025, 8 % lapsed, holders spread over Jining's towns (10 % recorded at county level),
 * 25 % with high-value facts. Ids written go through the patent write hooks when `hooks` is set.
 */
export async function insertPatents(ctx: AppContext, count: number, seed: number, offset: number, hooks: boolean): Promise<void> {
  const rnd = prng(seed);
  const { towns, counties } = await jiningRegions(ctx);
  const at = new Date().toISOString();
  const batch = 400;
  for (let i = 0; i < count; i += batch) {
    const rows: Insertable<PatentTable>[] = [];
    const facts: { n: number; strategic: boolean }[] = [];
    for (let j = i; j < Math.min(count, i + batch); j++) {
      const n = offset + j;
      const kind = rnd() < 0.7 ? 'invention' : rnd() < 0.7 ? 'utility' : 'design';
      const appYear = 2003 + Math.floor(rnd() * 22);
      const appDate = `${appYear}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
      const grantYear = Math.min(2025, appYear + 1 + Math.floor(rnd() * 3));
      const granted = rnd() < 0.85;
      const lapsed = granted && rnd() < 0.08;
      const region = rnd() < 0.9 ? (towns[Math.floor(rnd() * towns.length)] ?? '370811002') : (counties[Math.floor(rnd() * counties.length)] ?? '370811');
      rows.push({
        app_no: `CN${appYear}9${String(n).padStart(7, '0')}.X`,
        pub_no: null,
        grant_no: null,
        kind,
        title: `基准测试专利${n}`,
        abstract: null,
        first_claim: null,
        app_date: appDate,
        pub_date: null,
        grant_date: granted ? `${grantYear}-${appDate.slice(5)}` : null,
        priority_date: null,
        applicants: '[]',
        holders: '[]',
        inventors: '[]',
        applicant_type: null,
        address: null,
        region_code: region,
        main_ipc: 'H01M10/0525',
        ipc: '["H01M10/0525"]',
        cpc: '[]',
        agency: null,
        agents: '[]',
        pct: null,
        family: '[]',
        citations: '[]',
        source_status: null,
        expires_on: expiryDate(kind as 'invention', appDate),
        terminated_on: lapsed ? `${Math.min(2025, grantYear + 2)}-06-01` : null,
        is_demo: 0,
        created_at: at,
        updated_at: at,
      });
      facts.push({ n: j - i, strategic: rnd() < 0.25 });
    }
    await ctx.db.transaction().execute(async (trx) => {
      const ids = (await trx.insertInto('patents').values(rows).returning('id').execute()).map((r) => Number(r.id));
      const f = facts.filter((x) => x.strategic).map((x) => ids[x.n] ?? 0);
      if (f.length > 0)
        await trx
          .insertInto('patent_value_facts')
          .values(
            f.map((id) => ({
              patent_id: id,
              strategic_industries: '[{"code":"3.2","name":"新能源汽车产业"}]',
              overseas_granted: 0,
              max_pledge_amount: 0,
              awards: '[]',
            })),
          )
          .execute();
      if (hooks) await runPatentWriteHooks(ctx, trx, ids);
    });
  }
}

/** Inserts `count` active enterprises spread over Jining's towns. */
export async function insertEnterprises(ctx: AppContext, count: number, seed: number): Promise<void> {
  const rnd = prng(seed);
  const { towns } = await jiningRegions(ctx);
  const batch = 500;
  for (let i = 0; i < count; i += batch) {
    const rows: Insertable<OrganisationTable>[] = [];
    for (let j = i; j < Math.min(count, i + batch); j++) {
      const y = 2000 + Math.floor(rnd() * 25);
      rows.push({
        kind: 'enterprise',
        name: `基准测试企业${j}有限公司`,
        credit_code: null,
        region_code: towns[Math.floor(rnd() * towns.length)] ?? '370811002',
        status: 'active',
        is_demo: 0,
        created_at: `${y}-03-01T00:00:00.000Z`,
        updated_at: `${y}-03-01T00:00:00.000Z`,
      });
    }
    await ctx.db.insertInto('organisations').values(rows).execute();
  }
}
