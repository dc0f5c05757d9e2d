import type { AppContext } from '../../../server/src/platform/context.js';
import type { TitleRow } from '../../../server/src/modules/patents/search/testing/reference-data.js';

/** Jining's counties, where the benchmark's demanders are. */
const COUNTIES = ['370811', '370812', '370826', '370827', '370828', '370829', '370830', '370831', '370832', '370881', '370883'];

const OPENINGS = ['我公司需要', '寻求', '征集', '企业急需', '拟引进'];
const TAILS = ['相关技术，可转让或许可。', '技术，希望与高校院所合作开发。', '方面的成熟专利技术，用于产品升级。', '的解决方案，预算可议。'];

/** Builds `count` published demands from real titles (each title's words, a different opening and tail), deterministic. */
export async function insertDemands(ctx: AppContext, titles: readonly TitleRow[], count: number, at: string): Promise<number[]> {
  const org = await ctx.db
    .insertInto('organisations')
    .values({
      kind: 'enterprise',
      name: '【基准】需求企业',
      credit_code: null,
      region_code: '370811',
      status: 'active',
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const user = await ctx.db
    .insertInto('users')
    .values({
      username: `bench_demander_${Number(org.id)}`,
      display_name: '基准用户',
      password_hash: 'x',
      org_id: Number(org.id),
      role: 'enterprise_user',
      phone: null,
      status: 'active',
      must_change_password: 0,
      locked_until: null,
      last_login_at: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const step = Math.max(1, Math.floor(titles.length / count));
  const rows = Array.from({ length: count }, (_, i) => {
    const t = titles[(i * step + Math.floor(i / titles.length)) % titles.length] as TitleRow;
    const body = t.title.replace(/^一种/, '');
    return {
      org_id: Number(org.id),
      owner_user_id: Number(user.id),
      region_code: COUNTIES[i % COUNTIES.length] as string,
      title: `${OPENINGS[i % OPENINGS.length] as string}${body}`.slice(0, 100),
      description: `${OPENINGS[(i + 2) % OPENINGS.length] as string}${body}${TAILS[i % TAILS.length] as string}`,
      field: '',
      ipc_hints: JSON.stringify(t.subclasses.slice(0, 2)),
      budget: 100_000 * (1 + (i % 50)),
      deadline: null,
      status: 'published',
      published_at: at,
      closed_at: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    };
  });
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const r = await ctx.db
      .insertInto('tech_demands')
      .values(rows.slice(i, i + 500))
      .returning('id')
      .execute();
    ids.push(...r.map((x) => Number(x.id)));
  }
  return ids;
}
