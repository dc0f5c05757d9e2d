import { ZAttachment, ZAttachmentList, ZAttachmentListQuery, ZIdParams, ZWorkflowParams, ZWorkflowView, ZWorkQueue } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { attachmentUploadRules } from '../../platform/attachments.js';
import { readUpload } from '../../platform/uploads.js';
import { findWorkQueue } from '../../platform/work-items.js';
import { downloadAttachment, getWorkflowView, listAttachments, uploadAttachment } from './service.js';

const tags = ['流程与附件 Workflow'];

export const workflowRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/work-queue',
    summary: '待我处理（本人角色与管辖范围内的待办，超期与即将到期在前）',
    tags,
    access: 'authenticated',
    response: ZWorkQueue,
    handler: ({ ctx, actor }) => findWorkQueue(ctx, actor),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/workflows/:recordType/:id',
    summary: '记录的流程：当前状态、本人可执行的操作、完整流转表与历史',
    tags,
    access: 'authenticated',
    params: ZWorkflowParams,
    response: ZWorkflowView,
    handler: ({ ctx, actor, params }) => getWorkflowView(ctx, actor, params.recordType, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/attachments',
    summary: '上传附件（multipart：file，kind，可选 recordType/recordId/step；PDF、OFD、图片、Word、Excel）',
    tags,
    access: 'authenticated',
    response: ZAttachment,
    status: 201,
    handler: async ({ ctx, actor, req }) => {
      const upload = await readUpload(req, { ...(await attachmentUploadRules(ctx)), fields: ['kind', 'recordType', 'recordId', 'step'] });
      return uploadAttachment(ctx, actor, { filename: upload.filename, mimetype: upload.mimetype, file: upload.stream, fields: upload.fields });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/attachments',
    summary: '记录的附件列表',
    tags,
    access: 'authenticated',
    query: ZAttachmentListQuery,
    response: ZAttachmentList,
    handler: ({ ctx, actor, query }) => listAttachments(ctx, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/attachments/:id',
    summary: '下载附件（仅能查看该记录的用户）',
    tags,
    access: 'authenticated',
    params: ZIdParams,
    response: null,
    handler: async ({ ctx, actor, params, reply }) => {
      const { row, stream } = await downloadAttachment(ctx, actor, params.id);
      await reply
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.fileName)}`)
        .type(row.mimeType)
        .send(stream);
    },
  }),
];
