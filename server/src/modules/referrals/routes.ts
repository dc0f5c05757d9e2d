import {
  ZAuthorityDecisionBody,
  ZConcludeReverseBody,
  ZCreateReferralBody,
  ZHeadDecisionBody,
  ZIdParams,
  ZPartnerOrgList,
  ZCooperationReasonBody,
  ZReceiveReverseBody,
  ZReferral,
  ZReferralList,
  ZReferralListQuery,
  ZReverseFromReferralBody,
  ZReverseReferralBody,
  ZSuggestSupervisionBody,
  ZThresholdCheck,
  ZThresholdQuery,
} from '@zhichan/contract';
import type { z } from 'zod';
import type { Referral } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { defineRoute } from '../../platform/routes.js';
import { findReferrals, getReferral, partnerOrgs } from './queries.js';
import { concludeReverse, receiveReverse, referBack, referBackFrom } from './reverse.js';
import {
  decideReferral,
  handOverReferral,
  policeDecision,
  proposeReferral,
  reconsiderationDecision,
  requestReconsideration,
  suggestSupervision,
  supervisionResult,
} from './service.js';
import { checkThreshold } from './threshold.js';

const tags = ['行刑衔接 Criminal referrals'];
const base = '/api/referrals';

/** A step on a referral by whoever the workflow names (the route admits every holder of `access`; the table decides). */
function step<B>(
  action: string,
  summary: string,
  access: 'referral.manage' | 'referral.approve' | 'referral.receive',
  body: z.ZodType<B>,
  run: (i: { ctx: AppContext; actor: Actor; id: number; body: B }) => Promise<Referral>,
) {
  return defineRoute({
    method: 'POST',
    url: `${base}/:id/${action}`,
    summary,
    tags,
    access,
    params: ZIdParams,
    body,
    response: ZReferral,
    handler: ({ ctx, actor, params, body }) => run({ ctx, actor, id: params.id, body }),
  });
}

export const referralRoutes = [
  defineRoute({
    method: 'GET',
    url: `${base}/threshold`,
    summary: '涉嫌犯罪标准提示：涉案金额与刑事立案追诉标准比较（标准为可配置项，未经核实）',
    tags,
    access: 'referral.manage',
    query: ZThresholdQuery,
    response: ZThresholdCheck,
    handler: ({ ctx, query }) => checkThreshold(ctx.db, query.offence, query.valueYuan ?? null),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/partners`,
    summary: '可移送的公安机关、检察院与知识产权局',
    tags,
    access: 'authenticated',
    response: ZPartnerOrgList,
    handler: ({ ctx }) => partnerOrgs(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: base,
    summary: '移送案件（本辖区；公安机关仅见移送本单位的，检察院仅见其知悉或监督的）',
    tags,
    access: 'authenticated',
    query: ZReferralListQuery,
    response: ZReferralList,
    handler: ({ ctx, actor, query }) => findReferrals(ctx, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:id`,
    summary: '移送案件详情',
    tags,
    access: 'authenticated',
    params: ZIdParams,
    response: ZReferral,
    handler: ({ ctx, actor, params }) => getReferral(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: base,
    summary: '提出移送涉嫌犯罪案件（负责人须在3日内决定）',
    tags,
    access: 'referral.manage',
    body: ZCreateReferralBody,
    response: ZReferral,
    status: 201,
    handler: ({ ctx, actor, body }) => proposeReferral(ctx, actor, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/reverse`,
    summary: '反向移送：检察院将不起诉案件移送知识产权局给予行政处罚',
    tags,
    access: 'referral.receive',
    body: ZReverseReferralBody,
    response: ZReferral,
    status: 201,
    handler: ({ ctx, actor, body }) => referBack(ctx, actor, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:id/reverse`,
    summary: '对已立案后不起诉的移送案件反向移送知识产权局',
    tags,
    access: 'referral.receive',
    params: ZIdParams,
    body: ZReverseFromReferralBody,
    response: ZReferral,
    status: 201,
    handler: ({ ctx, actor, params, body }) => referBackFrom(ctx, actor, params.id, body),
  }),
  step('approve', '负责人批准移送（24小时内移交）', 'referral.approve', ZHeadDecisionBody, ({ ctx, actor, id, body }) =>
    decideReferral(ctx, actor, id, { approve: true, note: body.note }),
  ),
  step('decline', '负责人决定不移送', 'referral.approve', ZCooperationReasonBody, ({ ctx, actor, id, body }) =>
    decideReferral(ctx, actor, id, { approve: false, reason: body.reason }),
  ),
  step('hand-over', '移交公安机关（同时抄送检察院）', 'referral.manage', ZHeadDecisionBody, ({ ctx, actor, id }) => handOverReferral(ctx, actor, id)),
  step('accept', '公安机关立案（立案决定书文号、日期）', 'referral.receive', ZAuthorityDecisionBody, ({ ctx, actor, id, body }) =>
    policeDecision(ctx, actor, id, true, body),
  ),
  step('refuse', '公安机关不予立案（决定书文号、日期、理由）', 'referral.receive', ZAuthorityDecisionBody, ({ ctx, actor, id, body }) =>
    policeDecision(ctx, actor, id, false, body),
  ),
  step('reconsideration', '申请复议（不予立案后3日内）', 'referral.manage', ZCooperationReasonBody, ({ ctx, actor, id, body }) =>
    requestReconsideration(ctx, actor, id, body.reason),
  ),
  step('revise', '复议后立案', 'referral.receive', ZAuthorityDecisionBody, ({ ctx, actor, id, body }) => reconsiderationDecision(ctx, actor, id, true, body)),
  step('uphold', '复议维持不予立案', 'referral.receive', ZAuthorityDecisionBody, ({ ctx, actor, id, body }) =>
    reconsiderationDecision(ctx, actor, id, false, body),
  ),
  step('supervision', '建议检察院立案监督', 'referral.manage', ZSuggestSupervisionBody, ({ ctx, actor, id, body }) =>
    suggestSupervision(ctx, actor, id, body.procuratorateOrgId),
  ),
  step('supervision-filed', '检察院通知公安机关立案（文号、日期）', 'referral.receive', ZAuthorityDecisionBody, ({ ctx, actor, id, body }) =>
    supervisionResult(ctx, actor, id, true, body),
  ),
  step('supervision-closed', '检察院立案监督结论：不立案（文号、日期）', 'referral.receive', ZAuthorityDecisionBody, ({ ctx, actor, id, body }) =>
    supervisionResult(ctx, actor, id, false, body),
  ),
  step('receive', '接收反向移送案件并立案查处', 'referral.manage', ZReceiveReverseBody, ({ ctx, actor, id, body }) =>
    receiveReverse(ctx, actor, id, body.bureauCaseNo),
  ),
  step('conclude', '登记反向移送案件的行政处理决定（文号、日期）', 'referral.manage', ZConcludeReverseBody, ({ ctx, actor, id, body }) =>
    concludeReverse(ctx, actor, id, body),
  ),
];
