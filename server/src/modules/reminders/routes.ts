import { ZFeeSchedule, ZIdParams, ZLapseRemindBody, ZLapseRemindResult, ZLapseRiskList, ZLapseRiskQuery, ZMyReminders } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { feeSchedule, lapseRisk, myReminders, sendLapseReminder } from './service.js';

const tags = ['主动提醒 Reminders'];
const base = '/api/reminders';

export const reminderRoutes = [
  defineRoute({
    method: 'GET',
    url: `${base}/mine`,
    summary: '我的提醒：专利年费（到期前 90/30/7 天、宽限期滞纳金）、质押与许可到期、可申报的政策及理由、每周摘要',
    tags,
    access: 'enterprise.self',
    response: ZMyReminders,
    handler: ({ ctx, actor }) => myReminders(ctx, actor),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/fee-schedule`,
    summary: '专利年费标准表（系统设置，注明来源与是否已核实）',
    tags,
    access: 'authenticated',
    response: ZFeeSchedule,
    handler: ({ ctx }) => feeSchedule(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/lapse-risk`,
    summary: '到期风险：辖区内年费欠缴、处于宽限期的高价值专利，以及 90/30/7 天内年费到期的专利数',
    tags,
    access: 'enterprise.read',
    query: ZLapseRiskQuery,
    response: ZLapseRiskList,
    handler: ({ ctx, actor, query }) => lapseRisk(ctx, actor, query),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/lapse-risk/:id/remind`,
    summary: '向专利权人发送年费逾期提醒（站内通知，记入审计）',
    tags,
    access: 'enterprise.read',
    params: ZIdParams,
    body: ZLapseRemindBody,
    response: ZLapseRemindResult,
    handler: ({ ctx, actor, params, body }) => sendLapseReminder(ctx, actor, params.id, body.note),
  }),
];
