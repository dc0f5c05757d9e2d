import { messageCatalogue, ZCreditBehaviour } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { registerProfileSection, type ProfileItem } from '../../platform/profile-sections.js';
import { recordHistory, registerRecordType } from '../../platform/record-types.js';
import { describeWorkflow } from '../../platform/workflow.js';
import type { CreditListingStatus, CreditRepairStatus } from '@zhichan/contract';
import { registerIndicatorProvider } from '../indicators/api.js';
import { countListingsStarted, countRepairsApproved, findOrgListings } from './repository.js';
import { assertListingVisible, assertRepairVisible, LISTING, REPAIR } from './service.js';
import { listingWorkflow, repairWorkflow } from './workflow.js';

/** The enterprise profile's protection section: the enterprise's own credit listings, with their dates. */
export async function creditFacts(ctx: AppContext, orgId: number): Promise<ProfileItem[]> {
  const today = todayIso(ctx);
  return (await findOrgListings(ctx.db, orgId)).map((r) => {
    const ended = r.ended_on !== null && r.ended_on <= today;
    const state =
      r.status === 'repaired'
        ? `已信用修复，${r.ended_on ?? ''}移出`
        : r.status === 'revoked'
          ? `已撤销（${r.ended_on ?? ''}）`
          : ended || r.ends_on < today
            ? '已期满移出'
            : r.starts_on > today
              ? '尚未开始'
              : '列入中';
    return {
      label: `信用管理名单：${messageCatalogue[`credit.behaviour.${ZCreditBehaviour.parse(r.behaviour)}`].zh}`,
      value: `${r.authority}${r.decision_no ? ` ${r.decision_no}` : ''}，${r.starts_on} 至 ${r.ends_on}（${state}）`,
      href: '/credit/mine',
    };
  });
}

/** What the credit module hands to the platform: profile facts, record types, indicators. */
export function registerCredit(): void {
  registerProfileSection('protection', creditFacts);
  registerRecordType({
    type: LISTING,
    assertVisible: async (ctx, actor, id) => {
      await assertListingVisible(ctx, actor, id);
    },
    mayAttach: () => Promise.resolve(false),
    workflowView: async (ctx, actor, id) => {
      const r = await assertListingVisible(ctx, actor, id);
      return describeWorkflow(
        listingWorkflow,
        r.status as CreditListingStatus,
        actor,
        { regionCode: r.region_code, ownerOrgId: r.org_id === null ? null : Number(r.org_id) },
        { dueOn: null, history: await recordHistory(ctx.db, LISTING, id) },
      );
    },
  });
  registerRecordType({
    type: REPAIR,
    assertVisible: async (ctx, actor, id) => {
      await assertRepairVisible(ctx, actor, id);
    },
    mayAttach: () => Promise.resolve(false),
    workflowView: async (ctx, actor, id) => {
      const r = await assertRepairVisible(ctx, actor, id);
      return describeWorkflow(
        repairWorkflow,
        r.status as CreditRepairStatus,
        actor,
        { regionCode: r.region_code, ownerOrgId: Number(r.org_id) },
        { dueOn: null, history: await recordHistory(ctx.db, REPAIR, id) },
      );
    },
  });
  registerIndicatorProvider('credit_listings', {
    method: '列入日期在统计期内的知识产权信用管理名单列入（不含已撤销者），按被列入主体所在区划',
    sources: [],
    compute: (ctx, { rootCode, period }) => countListingsStarted(ctx.db, rootCode, period.start, period.end),
  });
  registerIndicatorProvider('credit_repairs', {
    method: '统计期内经审核准予的信用修复，按被列入主体所在区划',
    sources: [],
    compute: (ctx, { rootCode, period }) => countRepairsApproved(ctx.db, rootCode, period.start, period.end),
  });
}
