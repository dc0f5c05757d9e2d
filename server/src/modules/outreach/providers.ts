import { registerIndicatorProvider } from '../indicators/api.js';
import { countNeedsCollected, countOpenNeeds, countOutlets, countTrainees, countTrainingsHeld, countWindowBusiness } from './repository.js';

/**
 * Computed indicators of outreach services, per stored region code, computed on read (small tables, every write a
 * workflow step): trainings held feed the plans' targets (Zoucheng: at least 4 trainings and 6 pledge-financing
 * trainings a year), the open needs per county feed the screen.
 */
export function registerOutreachProviders(): void {
  registerIndicatorProvider('trainings', {
    method: '统计期内已举办的知识产权培训与活动（培训、质押融资培训、入园惠企、银企对接；按举办日、举办地区划）',
    sources: [],
    compute: (ctx, { rootCode, period }) => countTrainingsHeld(ctx.db, rootCode, period.start, period.end),
  });
  registerIndicatorProvider('pledge_financing_trainings', {
    method: '统计期内已举办的质押融资培训与银企对接活动',
    sources: [],
    compute: (ctx, { rootCode, period }) => countTrainingsHeld(ctx.db, rootCode, period.start, period.end, ['pledge_training', 'bank_matchmaking']),
  });
  registerIndicatorProvider('trainees', {
    method: '统计期内已举办活动中登记出席的人数（按报名人数计）',
    sources: [],
    compute: (ctx, { rootCode, period }) => countTrainees(ctx.db, rootCode, period.start, period.end),
  });
  registerIndicatorProvider('trademark_window_businesses', {
    method: '统计期内商标受理窗口台账登记的业务件数（不含咨询）',
    sources: [],
    compute: (ctx, { rootCode, period }) => countWindowBusiness(ctx.db, rootCode, period.start, period.end, false),
  });
  registerIndicatorProvider('trademark_window_consultations', {
    method: '统计期内商标受理窗口台账登记的咨询次数',
    sources: [],
    compute: (ctx, { rootCode, period }) => countWindowBusiness(ctx.db, rootCode, period.start, period.end, true),
  });
  registerIndicatorProvider('enterprise_needs_open', {
    method: '统计期末尚未答复的企业诉求（三问两送走访收集；按企业所在区划）',
    sources: [],
    compute: (ctx, { rootCode, period }) => countOpenNeeds(ctx.db, rootCode, period.end),
  });
  registerIndicatorProvider('enterprise_needs_collected', {
    method: '统计期内走访收集的企业诉求（按登记日）',
    sources: [],
    compute: (ctx, { rootCode, period }) => countNeedsCollected(ctx.db, rootCode, period.start, period.end),
  });
  registerIndicatorProvider('ip_info_service_outlets', {
    method: '统计期末已登记的知识产权信息公共服务网点（按网点所在区划）',
    sources: [],
    compute: (ctx, { rootCode, period }) => countOutlets(ctx.db, rootCode, period.end),
  });
}
