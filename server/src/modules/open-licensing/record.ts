import type { OpenLicenceStatus } from '@zhichan/contract';
import { openDue } from '../../platform/work-items.js';
import { recordHistory, type RecordType } from '../../platform/record-types.js';
import { describeWorkflow, mayTake } from '../../platform/workflow.js';
import { LICENCE, loadLicence } from './licences.js';
import { DECLARATION, loadDeclaration } from './service.js';
import { declarationWorkflow } from './workflow.js';

/** Declarations and licences as records of the workflow kit (attachments, the workflow diagram). */
export const declarationRecord: RecordType = {
  type: DECLARATION,
  assertVisible: async (ctx, actor, id) => {
    await loadDeclaration(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const d = await loadDeclaration(ctx, actor, id);
    return mayTake(actor, { who: 'owner' }, d.subject) && (d.status === 'pending' || d.status === 'returned');
  },
  workflowView: async (ctx, actor, id) => {
    const d = await loadDeclaration(ctx, actor, id);
    return describeWorkflow(declarationWorkflow, d.status as OpenLicenceStatus, actor, d.subject, {
      ...(await openDue(ctx.db, DECLARATION, id)),
      history: await recordHistory(ctx.db, DECLARATION, id),
    });
  },
};

export const licenceRecord: RecordType = {
  type: LICENCE,
  assertVisible: async (ctx, actor, id) => {
    await loadLicence(ctx, actor, id);
  },
  mayAttach: async (ctx, actor, id) => {
    const l = await loadLicence(ctx, actor, id);
    return mayTake(actor, { who: 'owner' }, l.subject);
  },
  workflowView: async (ctx, actor, id) => {
    const l = await loadLicence(ctx, actor, id);
    return describeWorkflow(
      {
        name: 'open-licence',
        title: '开放许可实施（书面通知 + 付费即生效，专利法第五十一条）',
        statusLabels: { in_force: '许可有效（书面通知并付费后生效；合同备案由当事人向国家知识产权局办理）' },
        actionLabels: {},
        en: { statusLabels: { in_force: 'Licence in force (on notice and payment)' }, actionLabels: {} },
        transitions: [],
      },
      'in_force',
      actor,
      l.subject,
      { dueOn: null, history: await recordHistory(ctx.db, LICENCE, id) },
    );
  },
};
