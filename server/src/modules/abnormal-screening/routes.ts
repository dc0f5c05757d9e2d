import {
  ZFlagCreditLinkBody,
  ZFlagDecisionBody,
  ZIdParams,
  ZScreeningFlagDetail,
  ZScreeningFlagList,
  ZScreeningFlagQuery,
  ZScreeningRun,
  ZScreeningRunBody,
} from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { decideFlag, getFlag, linkCreditListing, listFlags, runScreening } from './service.js';

const tags = ['异常申请筛查 Abnormal-application screening'];
const base = '/api/abnormal-screening';

export const screeningRoutes = [
  defineRoute({
    method: 'GET',
    url: `${base}/flags`,
    summary: '非正常申请线索（辖区内，按信号强度排序）',
    tags,
    access: 'screening.review',
    query: ZScreeningFlagQuery,
    response: ZScreeningFlagList,
    handler: ({ ctx, actor, query }) => listFlags(ctx, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/flags/:id`,
    summary: '线索详情：两件专利文本并排、相同片段标出，或线索所涉专利',
    tags,
    access: 'screening.review',
    params: ZIdParams,
    response: ZScreeningFlagDetail,
    handler: ({ ctx, actor, params }) => getFlag(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/flags/:id/confirm`,
    summary: '确认为非正常申请（写明理由）',
    tags,
    access: 'screening.review',
    params: ZIdParams,
    body: ZFlagDecisionBody,
    response: ZScreeningFlagDetail,
    handler: ({ ctx, actor, params, body }) => decideFlag(ctx, actor, params.id, 'confirm', body.reason),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/flags/:id/dismiss`,
    summary: '排除线索（写明理由）',
    tags,
    access: 'screening.review',
    params: ZIdParams,
    body: ZFlagDecisionBody,
    response: ZScreeningFlagDetail,
    handler: ({ ctx, actor, params, body }) => decideFlag(ctx, actor, params.id, 'dismiss', body.reason),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/flags/:id/credit-listing`,
    summary: '关联信用管理名单（已确认线索；须为该申请人现行有效的非正常专利申请列入记录）',
    tags,
    access: 'screening.review',
    params: ZIdParams,
    body: ZFlagCreditLinkBody,
    response: ZScreeningFlagDetail,
    handler: ({ ctx, actor, params, body }) => linkCreditListing(ctx, actor, params.id, body.listingId),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/runs`,
    summary: '运行筛查（全量，或仅导入后新写入的专利）',
    tags,
    access: 'screening.review',
    body: ZScreeningRunBody,
    response: ZScreeningRun,
    handler: ({ ctx, actor, body }) => runScreening(ctx, actor, body.mode),
  }),
];
