import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';

let seq = 0;

/** An outlet running the trademark window, written directly (route matrix, tests). */
export async function outletForTest(ctx: AppContext, regionCode: string): Promise<number> {
  const at = ctx.clock.now().toISOString();
  const r = await ctx.db
    .insertInto('outreach_outlets')
    .values({
      name: `测试服务网点${++seq}`,
      level: 'county',
      services: JSON.stringify(['patent_info', 'trademark_window']),
      region_code: regionCode,
      address: '测试地址1号',
      contact_name: '王老师',
      contact_phone: '0537-1234567',
      hours: '工作日 9:00-17:00',
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

/** A training held today (scheduled), written directly. */
export async function trainingForTest(ctx: AppContext, regionCode: string, o: { heldOn?: string; capacity?: number; kind?: string } = {}): Promise<number> {
  const at = ctx.clock.now().toISOString();
  const r = await ctx.db
    .insertInto('outreach_trainings')
    .values({
      title: `测试培训${++seq}`,
      kind: o.kind ?? 'training',
      region_code: regionCode,
      held_on: o.heldOn ?? todayIso(ctx),
      place: '测试会场',
      organiser: '测试局',
      capacity: o.capacity ?? 100,
      description: '',
      status: 'scheduled',
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

/** An enterprise's registration for a training, written directly. */
export async function registrationForTest(ctx: AppContext, trainingId: number, orgId: number): Promise<number> {
  const r = await ctx.db
    .insertInto('outreach_registrations')
    .values({
      training_id: trainingId,
      org_id: orgId,
      contact_name: '张经理',
      contact_phone: '13800000000',
      attendees: 2,
      attended: null,
      registered_at: ctx.clock.now().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

/** A need of an enterprise (open or answered), with its visit, written directly. */
export async function needForTest(ctx: AppContext, o: { orgId: number; regionCode: string; status?: 'open' | 'answered' }): Promise<number> {
  const at = ctx.clock.now().toISOString();
  const today = todayIso(ctx);
  const v = await ctx.db
    .insertInto('outreach_visits')
    .values({
      org_id: o.orgId,
      region_code: o.regionCode,
      visited_on: today,
      visitors: '测试走访人',
      summary: '测试走访',
      recorded_by: null,
      is_demo: 0,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const answered = o.status === 'answered';
  const r = await ctx.db
    .insertInto('outreach_needs')
    .values({
      visit_id: Number(v.id),
      org_id: o.orgId,
      region_code: o.regionCode,
      topic: 'financing',
      description: '希望了解专利质押融资办理流程',
      department: '知识产权运用科',
      status: answered ? 'answered' : 'open',
      opened_on: today,
      due_on: today,
      answer: answered ? '已安排合作银行上门对接' : null,
      answered_on: answered ? today : null,
      answered_by: null,
      satisfaction: null,
      satisfaction_comment: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}
