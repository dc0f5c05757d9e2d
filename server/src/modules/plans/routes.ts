import { ZIdParams, ZNotifyOverdueResult, ZOk, ZPlan, ZPlanList, ZPlanQuery, ZPlanTaskParams, ZSavePlanBody } from '@zhichan/contract';
import { z } from 'zod';
import { defineRoute } from '../../platform/routes.js';
import { createPlan, deletePlan, getPlan, listPlans, setTaskDone, updatePlan } from './service.js';
import { notifyOverdueTasks } from './overdue.js';
import { planWorkbook } from './export.js';

const tags = ['目标与工作方案 Plans'];

export const planRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/plans',
    summary: '工作方案列表',
    tags,
    access: 'indicator.read',
    query: ZPlanQuery,
    response: ZPlanList,
    handler: ({ ctx, actor, query }) => listPlans(ctx, actor, query.regionCode),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans',
    summary: '新建工作方案（目标值与责任分解表）',
    tags,
    access: 'indicator.manage',
    body: ZSavePlanBody,
    response: ZPlan,
    status: 201,
    handler: async ({ ctx, actor, body }) => getPlan(ctx, actor, await createPlan(ctx, actor, body)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:id',
    summary: '工作方案：目标进度、趋势预测、红黄绿灯与任务',
    tags,
    access: 'indicator.read',
    params: ZIdParams,
    response: ZPlan,
    handler: ({ ctx, actor, params }) => getPlan(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/plans/:id/export',
    summary: '导出工作方案（Excel：目标进度与任务）',
    tags,
    access: 'indicator.read',
    params: ZIdParams,
    response: null,
    handler: async ({ ctx, actor, params, reply }) => {
      const plan = await getPlan(ctx, actor, params.id);
      await reply
        .header('content-disposition', `attachment; filename="plan-${params.id}.xlsx"`)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await planWorkbook(plan));
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/plans/:id',
    summary: '修改工作方案',
    tags,
    access: 'indicator.manage',
    params: ZIdParams,
    body: ZSavePlanBody,
    response: ZPlan,
    handler: ({ ctx, actor, params, body }) => updatePlan(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/plans/:id',
    summary: '删除工作方案（误建的方案；已有任务完成或逾期提醒的方案不能删除：409）',
    tags,
    access: 'indicator.manage',
    params: ZIdParams,
    response: ZOk,
    handler: async ({ ctx, actor, params }) => {
      await deletePlan(ctx, actor, params.id);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/:id/tasks/:taskId/done',
    summary: '标记任务完成或重新打开',
    tags,
    access: 'indicator.manage',
    params: ZPlanTaskParams,
    body: z.object({ done: z.boolean() }),
    response: ZPlan,
    handler: ({ ctx, actor, params, body }) => setTaskDone(ctx, actor, params.id, params.taskId, body.done),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/plans/notify-overdue',
    summary: '向责任单位发送逾期任务提醒',
    tags,
    access: 'indicator.manage',
    response: ZNotifyOverdueResult,
    handler: ({ ctx, actor }) => notifyOverdueTasks(ctx, actor),
  }),
];
