import {
  ZCreateWhitelistBody,
  ZIdParams,
  ZPageQuery,
  ZWhitelist,
  ZWhitelistBankList,
  ZWhitelistEntryList,
  ZWhitelistEntryQuery,
  ZWhitelistFeedbackBody,
  ZWhitelistFeedbackImportResult,
  ZWhitelistList,
  ZWhitelistListQuery,
  ZWhitelistOutcomes,
  ZWhitelistPushBody,
  ZWhitelistReviewBody,
} from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { readUpload } from '../../platform/uploads.js';
import { createWhitelist, importFeedback, publishWhitelist, pushWhitelist, recordFeedback, reviewWhitelist, reviseWhitelist } from './service.js';
import {
  exportPushedWhitelist,
  exportWhitelist,
  getPushedWhitelist,
  getWhitelist,
  listBanks,
  listEntries,
  listPushed,
  listPushedEntries,
  listWhitelists,
  whitelistOutcomesOf,
} from './queries.js';
import { feedbackUploadRules, xlsxType } from './workbook.js';
import { loadPushedWhitelist } from './access.js';

const tags = ['授信白名单 Credit white lists'];
const base = '/api/whitelists';
const pushed = `${base}/pushed`;

/** Bureau side: screen, review, publish, push, outcomes, export. Bank side: the lists pushed to it and its feedback. */
export const whitelistRoutes = [
  defineRoute({
    method: 'GET',
    url: base,
    summary: '授信白名单（管辖范围内，各版本）',
    tags,
    access: 'whitelist.manage',
    query: ZWhitelistListQuery,
    response: ZWhitelistList,
    handler: ({ ctx, actor, query }) => listWhitelists(ctx, actor, query),
  }),
  defineRoute({
    method: 'POST',
    url: base,
    summary: '按规则筛选辖区企业，生成白名单草稿（规则为数据：有效发明专利、高价值专利、企业标签、信用、行业、IPC）',
    tags,
    access: 'whitelist.manage',
    body: ZCreateWhitelistBody,
    response: ZWhitelist,
    status: 201,
    handler: ({ ctx, actor, body }) => createWhitelist(ctx, actor, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/banks`,
    summary: '可推送的银行（金融机构）',
    tags,
    access: 'whitelist.manage',
    response: ZWhitelistBankList,
    handler: ({ ctx }) => listBanks(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:id`,
    summary: '白名单版本详情',
    tags,
    access: 'whitelist.manage',
    params: ZIdParams,
    response: ZWhitelist,
    handler: ({ ctx, actor, params }) => getWhitelist(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:id/entries`,
    summary: '白名单企业及入选依据（含人工调整、各银行反馈）',
    tags,
    access: 'whitelist.manage',
    params: ZIdParams,
    query: ZWhitelistEntryQuery,
    response: ZWhitelistEntryList,
    handler: ({ ctx, actor, params, query }) => listEntries(ctx, actor, params.id, query),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:id/review`,
    summary: '人工调整草稿：添加或移除企业（须写明理由）',
    tags,
    access: 'whitelist.manage',
    params: ZIdParams,
    body: ZWhitelistReviewBody,
    response: ZWhitelist,
    handler: ({ ctx, actor, params, body }) => reviewWhitelist(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:id/publish`,
    summary: '发布白名单（编号为该名单的下一版本，替代上一版本）',
    tags,
    access: 'whitelist.manage',
    params: ZIdParams,
    response: ZWhitelist,
    handler: ({ ctx, actor, params }) => publishWhitelist(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:id/revise`,
    summary: '基于已发布版本重新筛选，生成新版本草稿（沿用人工调整及理由）',
    tags,
    access: 'whitelist.manage',
    params: ZIdParams,
    response: ZWhitelist,
    status: 201,
    handler: ({ ctx, actor, params }) => reviseWhitelist(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:id/pushes`,
    summary: '向选定银行推送已发布的白名单',
    tags,
    access: 'whitelist.manage',
    params: ZIdParams,
    body: ZWhitelistPushBody,
    response: ZWhitelist,
    handler: ({ ctx, actor, params, body }) => pushWhitelist(ctx, actor, params.id, body.bankOrgIds),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:id/outcomes`,
    summary: '银行反馈结果（按银行汇总）',
    tags,
    access: 'whitelist.manage',
    params: ZIdParams,
    response: ZWhitelistOutcomes,
    handler: ({ ctx, actor, params }) => whitelistOutcomesOf(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:id/export`,
    summary: '导出白名单及银行反馈（Excel）',
    tags,
    access: 'whitelist.manage',
    params: ZIdParams,
    response: null,
    handler: async ({ ctx, actor, params, reply }) => {
      const { filename, data } = await exportWhitelist(ctx, actor, params.id);
      await reply.header('content-disposition', `attachment; filename="${filename}"`).type(xlsxType).send(data);
    },
  }),
  // —— Bank side ——
  defineRoute({
    method: 'GET',
    url: pushed,
    summary: '推送给本行的授信白名单',
    tags,
    access: 'whitelist.bank',
    query: ZWhitelistListQuery,
    response: ZWhitelistList,
    handler: ({ ctx, actor, query }) => listPushed(ctx, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: `${pushed}/:id`,
    summary: '推送给本行的白名单详情',
    tags,
    access: 'whitelist.bank',
    params: ZIdParams,
    response: ZWhitelist,
    handler: ({ ctx, actor, params }) => getPushedWhitelist(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: `${pushed}/:id/entries`,
    summary: '推送给本行的白名单企业（含本行反馈）',
    tags,
    access: 'whitelist.bank',
    params: ZIdParams,
    query: ZPageQuery,
    response: ZWhitelistEntryList,
    handler: ({ ctx, actor, params, query }) => listPushedEntries(ctx, actor, params.id, query),
  }),
  defineRoute({
    method: 'POST',
    url: `${pushed}/:id/feedback`,
    summary: '逐户反馈：已对接、已申请、已授信（金额）、未授信（原因）',
    tags,
    access: 'whitelist.bank',
    params: ZIdParams,
    body: ZWhitelistFeedbackBody,
    response: ZWhitelist,
    handler: ({ ctx, actor, params, body }) => recordFeedback(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${pushed}/:id/export`,
    summary: '下载本行白名单（Excel，可填写反馈后上传）',
    tags,
    access: 'whitelist.bank',
    params: ZIdParams,
    response: null,
    handler: async ({ ctx, actor, params, reply }) => {
      const { filename, data } = await exportPushedWhitelist(ctx, actor, params.id);
      await reply.header('content-disposition', `attachment; filename="${filename}"`).type(xlsxType).send(data);
    },
  }),
  defineRoute({
    method: 'POST',
    url: `${pushed}/:id/feedback/import`,
    summary: '上传反馈 Excel（逐行校验；有错误行则整批不写入，并指出行号与列）',
    tags,
    access: 'whitelist.bank',
    params: ZIdParams,
    response: ZWhitelistFeedbackImportResult,
    handler: async ({ ctx, actor, params, req }) => {
      // Who may send it first: a bank the list was not pushed to gets 404 before its file is read.
      await loadPushedWhitelist(ctx, actor, params.id);
      const upload = await readUpload(req, feedbackUploadRules);
      return importFeedback(ctx, actor, params.id, await upload.buffer());
    },
  }),
];
