import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { recordHistory, registerRecordType } from '../../platform/record-types.js';
import { describeWorkflow } from '../../platform/workflow.js';
import { loadEnterprise } from '../enterprises/service.js';
import { registrationWorkflow, type RegistrationStatus } from '../enterprises/workflow.js';

/**
 * The enterprise registration review as a workflow record of the kit, so its page can show where the
 * registration stands (and its review materials can be attached and downloaded by those who see it).
 */
registerRecordType({
  type: 'enterprise',
  assertVisible: async (ctx: AppContext, actor: Actor, id: number) => {
    await loadEnterprise(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const e = await loadEnterprise(ctx, actor, id);
    return e.id === actor.orgId && e.status !== 'active';
  },
  workflowView: async (ctx, actor, id) => {
    const e = await loadEnterprise(ctx, actor, id);
    return describeWorkflow(
      { ...registrationWorkflow, title: '企业实名注册审核', ownerLabel: '注册企业' },
      e.status as RegistrationStatus,
      actor,
      { ownerOrgId: e.id, regionCode: e.region_code },
      { dueOn: null, history: await recordHistory(ctx.db, 'enterprise', id) },
    );
  },
});
