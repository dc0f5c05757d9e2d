import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { findEntityOfOrg, findFieldByPrefix, findOrg, insertEntity, insertField, insertRequest, updateEntity } from './repository.js';

/** The demo/test centre fields of a city: new-energy batteries (H01M) and data processing (G06F). */
export async function ensureFields(
  ctx: AppContext,
  centre = '370800',
  fields: [string, string][] = [
    ['H01M', '新能源电池'],
    ['G06F', '新一代信息技术'],
  ],
) {
  for (const [prefix, label] of fields)
    if (!(await findFieldByPrefix(ctx.db, centre, prefix)))
      await insertField(ctx.db, { centre_region: centre, ipc_prefix: prefix, label, created_at: ctx.clock.now().toISOString() });
}

const shiftYears = (d: string, y: number) => `${Number(d.slice(0, 4)) + y}${d.slice(4)}`;

/**
 * The organisation's entity, created or reset to a status: registered (valid two years from today) by default;
 * `applied` / `local_approved` / `rejected` as a fresh application.
 */
export async function ensureEntity(ctx: AppContext, orgId: number, status: 'applied' | 'local_approved' | 'registered' | 'rejected' = 'registered') {
  await ensureFields(ctx);
  const today = todayIso(ctx);
  const at = ctx.clock.now().toISOString();
  const registered = status === 'registered';
  const patch = {
    status,
    renewal: 0,
    cnipa_no: registered ? '国知保预审备〔2026〕001号' : null,
    cnipa_on: registered ? today : null,
    valid_until: registered ? shiftYears(today, 2) : null,
    updated_at: at,
  };
  const existing = await findEntityOfOrg(ctx.db, orgId);
  if (existing) {
    await updateEntity(ctx.db, existing.id, patch);
    return existing.id;
  }
  const org = await findOrg(ctx.db, orgId);
  if (!org) throw new Error(`no organisation ${orgId}`);
  return insertEntity(ctx.db, {
    org_id: orgId,
    region_code: org.region_code,
    centre_region: `${org.region_code.slice(0, 4)}00`,
    ipc_prefixes: JSON.stringify(['H01M']),
    contact: '张工',
    phone: '0537-1234567',
    note: null,
    created_at: at,
    ...patch,
  });
}

/** A request of a registered entity in a status (examining requests have the acting examiner unset). */
export async function buildRequest(ctx: AppContext, orgId: number, status: 'submitted' | 'examining' | 'correcting' | 'passed' = 'submitted', dueOn?: string) {
  const entityId = await ensureEntity(ctx, orgId);
  const org = await findOrg(ctx.db, orgId);
  const today = todayIso(ctx);
  const at = ctx.clock.now().toISOString();
  return insertRequest(ctx.db, {
    entity_id: entityId,
    org_id: orgId,
    region_code: org?.region_code ?? '370811',
    title: '一种锂离子电池极片的涂布装置',
    patent_type: 'utility',
    ipc: 'H01M4/04',
    summary: null,
    status,
    examiner_user_id: null,
    received_on: today,
    due_on: dueOn ?? today,
    defects: status === 'correcting' ? JSON.stringify(['权利要求1缺少必要技术特征']) : '[]',
    finished_on: status === 'passed' ? today : null,
    cnipa_app_no: null,
    cnipa_result: null,
    cnipa_result_on: null,
    created_at: at,
    updated_at: at,
  });
}
