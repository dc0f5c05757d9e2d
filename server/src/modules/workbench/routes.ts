import { ZWorkbench } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { collectWorkbench } from '../../platform/workbench.js';

const tags = ['工作台 Workbench'];

export const workbenchRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/workbench',
    summary: '工作台：本人权限可见的待办与常用服务卡片，计数限于本人管辖范围或所在机构',
    tags,
    access: 'authenticated',
    response: ZWorkbench,
    handler: ({ ctx, actor }) => collectWorkbench(ctx, actor),
  }),
];
