import { ZAuditList, ZAuditQuery } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { searchAudit } from './service.js';

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/audit',
    summary: '审计日志查询（只读，管辖范围内）',
    tags: ['审计 Audit'],
    access: 'audit.read',
    query: ZAuditQuery,
    response: ZAuditList,
    handler: ({ ctx, actor, query }) => searchAudit(ctx, actor, query),
  }),
];
