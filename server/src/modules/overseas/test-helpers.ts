import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { addParty } from '../../platform/parties.js';
import { REQUEST } from './repository.js';
import { caseSearchText } from './fold.js';

let seq = 0;

/** An expert of the pool (inserted directly), signing in under `orgId` when given. */
export async function buildExpert(
  ctx: AppContext,
  o: { orgId?: number | null; name?: string; countries?: string[]; fields?: string[]; conflicts?: string[]; available?: boolean; regionCode?: string } = {},
) {
  const at = ctx.clock.now().toISOString();
  const r = await ctx.db
    .insertInto('overseas_experts')
    .values({
      name: o.name ?? `测试专家${++seq}`,
      title: '律师',
      employer: '测试律师事务所',
      fields: JSON.stringify(o.fields ?? ['H01M', '新能源']),
      countries: JSON.stringify(o.countries ?? ['US', 'DE']),
      languages: JSON.stringify(['英语']),
      available: o.available === false ? 0 : 1,
      phone: '13800000000',
      email: 'expert@example.com',
      org_id: o.orgId ?? null,
      conflicts: JSON.stringify(o.conflicts ?? []),
      region_code: o.regionCode ?? '370800',
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(r.id) };
}

/** A workstation (inserted directly). */
export async function buildWorkstation(ctx: AppContext, o: { orgId?: number | null; regionCode?: string } = {}) {
  const at = ctx.clock.now().toISOString();
  const r = await ctx.db
    .insertInto('overseas_workstations')
    .values({
      name: `测试海外知识产权保护工作站${++seq}`,
      region_code: o.regionCode ?? '370800',
      address: '济宁市任城区',
      countries: '["US"]',
      industries: '["机械"]',
      contact_name: '联系人',
      contact_phone: '0537-0000000',
      org_id: o.orgId ?? null,
      established_on: '2024-01-01',
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(r.id) };
}

/** A case of the library (inserted directly). */
export async function buildCase(ctx: AppContext, o: { title?: string; lessons?: string; country?: string; regionCode?: string } = {}) {
  const title = o.title ?? `测试案例${++seq}`;
  const lessons = o.lessons ?? '提前布局海外专利';
  const r = await ctx.db
    .insertInto('overseas_cases')
    .values({
      title,
      country: o.country ?? 'US',
      kind: 'patent',
      industry: '新能源',
      year: 2024,
      summary: '美国337调查',
      outcome: '和解',
      lessons,
      search_text: caseSearchText([title, '新能源', '美国337调查', '和解', lessons]),
      region_code: o.regionCode ?? '370800',
      is_demo: 0,
      created_at: ctx.clock.now().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(r.id) };
}

/**
 * A request of an enterprise in the given status (inserted directly); from `assigned` on it names the expert
 * (and its organisation as the request's expert party) when `expertOrgId` is given.
 */
export async function buildRequest(ctx: AppContext, o: { orgId: number; regionCode: string; status?: string; expertOrgId?: number; opponent?: string }) {
  const status = o.status ?? 'submitted';
  const at = ctx.clock.now().toISOString();
  const today = todayIso(ctx);
  const assigned = status !== 'submitted';
  const expert = assigned && o.expertOrgId !== undefined ? await buildExpert(ctx, { orgId: o.expertOrgId }) : null;
  const r = await ctx.db
    .insertInto('overseas_requests')
    .values({
      org_id: o.orgId,
      region_code: o.regionCode,
      status,
      country: 'US',
      kind: 'patent',
      industry: '新能源',
      opponent: o.opponent ?? 'Acme Corp.',
      description: '我司产品在美国被提起专利侵权诉讼，请求指导。',
      submitted_by: null,
      submitted_at: at,
      expert_id: expert?.id ?? null,
      workstation_id: null,
      assigned_at: assigned ? at : null,
      assigned_on: assigned ? today : null,
      response_due_on: assigned ? today : null,
      responded_at: ['responded', 'closed', 'rated'].includes(status) ? at : null,
      responded_on: ['responded', 'closed', 'rated'].includes(status) ? today : null,
      response: ['responded', 'closed', 'rated'].includes(status) ? '已联系' : null,
      closed_at: ['closed', 'rated'].includes(status) ? at : null,
      closing_summary: ['closed', 'rated'].includes(status) ? '已办结' : null,
      satisfaction: status === 'rated' ? 5 : null,
      satisfaction_comment: null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  if (expert && o.expertOrgId !== undefined)
    await ctx.db.transaction().execute((trx) => addParty(ctx, trx, { type: REQUEST, id }, o.expertOrgId as number, 'expert'));
  return { id };
}

/** A legal institution of the library (inserted directly). */
export async function buildInstitution(ctx: AppContext, o: { regionCode?: string; country?: string } = {}) {
  const r = await ctx.db
    .insertInto('overseas_institutions')
    .values({
      country: o.country ?? 'DE',
      kind: 'law_firm',
      name: `测试律所${++seq}`,
      city: 'München',
      services: '专利诉讼',
      contact: '+49 89 000000',
      website: '',
      region_code: o.regionCode ?? '370800',
      is_demo: 0,
      created_at: ctx.clock.now().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(r.id) };
}
