import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { recordHistory, type RecordType } from '../../platform/record-types.js';
import { describeWorkflow, mayTake } from '../../platform/workflow.js';
import { loadEnterprise } from './service.js';
import { registrationSubject, registrationWorkflow, type RegistrationStatus } from './workflow.js';

/**
 * The enterprise registration review as a workflow record of the kit, so its page can show where the
 * registration stands (and its review materials can be attached and downloaded by those who see it).
 */
export const registrationRecord: RecordType = {
  type: 'enterprise',
  assertVisible: async (ctx: AppContext, actor: Actor, id: number) => {
    await loadEnterprise(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const e = await loadEnterprise(ctx, actor, id);
    return mayTake(actor, { who: 'owner' }, registrationSubject(e)) && e.status !== 'active';
  },
  workflowView: async (ctx, actor, id) => {
    const e = await loadEnterprise(ctx, actor, id);
    return describeWorkflow(registrationWorkflow, e.status as RegistrationStatus, actor, registrationSubject(e), {
      dueOn: null,
      history: await recordHistory(ctx.db, 'enterprise', id),
    });
  },
};
