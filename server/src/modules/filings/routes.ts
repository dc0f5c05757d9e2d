import { ZFiling, ZFilingList, ZFilingListQuery, ZFilingStats, ZFilingStatsQuery, ZIdParams, ZReviewNoteBody, ZSubmitFilingBody } from '@zhichan/contract';
import { z } from 'zod';
import { defineRoute } from '../../platform/routes.js';
import { getFiling, listFilingsForReview, listMyFilings, resubmitFiling, reviewFiling, submitFiling } from './service.js';
import { getFilingStats } from './stats.js';
import './record.js';
import './profile-section.js';

const tags = ['备案 Filings'];

export const filingRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/filings',
    summary: '提交备案（转让/许可合同、专利产品、专利密集型产品；附专利与证明材料）',
    tags,
    access: 'enterprise.self',
    body: ZSubmitFilingBody,
    response: ZFiling,
    status: 201,
    handler: ({ ctx, actor, body }) => submitFiling(ctx, actor, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/filings/mine',
    summary: '本企业的备案',
    tags,
    access: 'enterprise.self',
    query: ZFilingListQuery,
    response: ZFilingList,
    handler: ({ ctx, actor, query }) => listMyFilings(ctx, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/filings',
    summary: '备案审核列表（管辖范围内）',
    tags,
    access: 'utilization.review',
    query: ZFilingListQuery,
    response: ZFilingList,
    handler: ({ ctx, actor, query }) => listFilingsForReview(ctx, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/filings/stats',
    summary: '备案统计（按类型：备案数、专利数、企业数、金额）',
    tags,
    access: 'enterprise.read',
    query: ZFilingStatsQuery,
    response: ZFilingStats,
    handler: ({ ctx, actor, query }) => getFilingStats(ctx, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/filings/:id',
    summary: '备案详情',
    tags,
    access: 'authenticated',
    params: ZIdParams,
    response: ZFiling,
    handler: ({ ctx, actor, params }) => getFiling(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/filings/:id/approve',
    summary: '准予备案（发放备案号）',
    tags,
    access: 'utilization.review',
    params: ZIdParams,
    body: z.object({}).optional(),
    response: ZFiling,
    handler: ({ ctx, actor, params }) => reviewFiling(ctx, actor, params.id, { action: 'approve' }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/filings/:id/return',
    summary: '退回补正（写明原因）',
    tags,
    access: 'utilization.review',
    params: ZIdParams,
    body: ZReviewNoteBody,
    response: ZFiling,
    handler: ({ ctx, actor, params, body }) => reviewFiling(ctx, actor, params.id, { action: 'return', reason: body.reason }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/filings/:id/reject',
    summary: '不予备案（写明原因）',
    tags,
    access: 'utilization.review',
    params: ZIdParams,
    body: ZReviewNoteBody,
    response: ZFiling,
    handler: ({ ctx, actor, params, body }) => reviewFiling(ctx, actor, params.id, { action: 'reject', reason: body.reason }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/filings/:id/resubmit',
    summary: '补正后重新提交',
    tags,
    access: 'enterprise.self',
    params: ZIdParams,
    body: ZSubmitFilingBody,
    response: ZFiling,
    handler: ({ ctx, actor, params, body }) => resubmitFiling(ctx, actor, params.id, body),
  }),
];
