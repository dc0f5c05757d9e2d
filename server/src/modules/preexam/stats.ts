import type { PreexamStats } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { examinerLoads } from './examiners.js';
import { countEntities, findRequestFacts } from './repository.js';

/**
 * Figures other centres reported (Ganzhou's protection centre), shown as reported demo data beside — never summed
 * with — the figures computed from this platform's records.
 */
export const reportedFigures: PreexamStats['reported'] = [
  { source: '【演示】赣州市知识产权保护中心（报告数）', label: '受理预审请求', value: 863, unit: '件', isDemo: true },
  { source: '【演示】赣州市知识产权保护中心（报告数）', label: '完成预审', value: 834, unit: '件', isDemo: true },
  { source: '【演示】赣州市知识产权保护中心（报告数）', label: '备案主体申请', value: 1100, unit: '家', isDemo: true },
  { source: '【演示】赣州市知识产权保护中心（报告数）', label: '备案主体通过', value: 914, unit: '家', isDemo: true },
];

const DAY = 86_400_000;

/** The median of a list (null when empty). */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/**
 * Statistics of a region (the caller's jurisdiction by default), computed from the non-demo records: requests
 * received and finished, pass rate (passed ÷ passed and not passed), median days from receipt to outcome,
 * registered entities, and each examiner's open load.
 */
export async function preexamStats(ctx: AppContext, actor: Actor, regionCode?: string): Promise<PreexamStats> {
  const region = regionCode ?? actor.regionCode;
  assertRegionInJurisdiction(actor, region);
  const facts = await findRequestFacts(ctx.db, region);
  const decided = facts.filter((f) => f.status === 'passed' || f.status === 'not_passed');
  const passed = decided.filter((f) => f.status === 'passed').length;
  const finished = facts.filter((f) => f.finished_on !== null || f.status === 'withdrawn').length;
  const days = decided.filter((f) => f.finished_on).map((f) => Math.round((Date.parse(f.finished_on as string) - Date.parse(f.received_on)) / DAY));
  const entities = await countEntities(ctx.db, region);
  return {
    computed: {
      received: facts.length,
      finished,
      passed,
      passRate: decided.length === 0 ? null : Math.round((passed / decided.length) * 1000) / 1000,
      medianDays: median(days),
      entitiesApplied: [...entities.values()].reduce((a, b) => a + b, 0),
      entitiesRegistered: entities.get('registered') ?? 0,
    },
    examiners: await examinerLoads(ctx.db, region),
    reported: reportedFigures,
  };
}
