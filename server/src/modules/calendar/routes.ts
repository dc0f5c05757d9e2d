// Type augmentation of FastifyRequest (isMultipart, file) for any program that includes this file.
import type {} from '@fastify/multipart';
import { ZCalendarStatus, ZCalendarYear, ZCalendarYearBody, ZCalendarYearParams, ZCalendarYears } from '@zhichan/contract';
import { badRequest } from '../../platform/errors.js';
import { defineRoute } from '../../platform/routes.js';
import { calendarTemplate } from './import-file.js';
import { calendarStatus, enterCalendarYear, getCalendarYear, importCalendarYear, listCalendarYears } from './service.js';

const tags = ['节假日安排 Holiday calendar'];
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The holiday calendar's administration. The calendar is the whole platform's (every working-day clock
 * counts on it), so it is kept by the bureau administrators, who hold `org.manage`.
 */
export const calendarRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/calendar/status',
    summary: '节假日安排提醒：本年或（11月1日起）下一年的安排未录入',
    tags,
    access: 'org.manage',
    response: ZCalendarStatus,
    handler: ({ ctx }) => calendarStatus(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/calendar/years',
    summary: '各年度节假日安排：已录入/未录入、来源、录入人',
    tags,
    access: 'org.manage',
    response: ZCalendarYears,
    handler: ({ ctx }) => listCalendarYears(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/calendar/years/:year',
    summary: '某年节假日安排（逐日）',
    tags,
    access: 'org.manage',
    params: ZCalendarYearParams,
    response: ZCalendarYear,
    handler: ({ ctx, params }) => getCalendarYear(ctx, params.year),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/calendar/years/:year',
    summary: '录入或替换某年节假日安排（放假日期与调休上班日期，附通知来源；重新计算涉及该年的工作日期限）',
    tags,
    access: 'org.manage',
    params: ZCalendarYearParams,
    body: ZCalendarYearBody,
    response: ZCalendarYear,
    handler: ({ ctx, actor, params, body }) => enterCalendarYear(ctx, actor, params.year, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/calendar/years/:year/import',
    summary: '从 Excel（.xlsx）或 CSV 导入某年节假日安排（multipart：source 字段在前，file 在后；列：日期、类型、名称、来源）',
    tags,
    access: 'org.manage',
    params: ZCalendarYearParams,
    response: ZCalendarYear,
    handler: async ({ ctx, actor, params, req }) => {
      if (!req.isMultipart()) throw badRequest('请以 multipart/form-data 上传文件', { file: '缺少文件' });
      const part = await req.file();
      if (!part) throw badRequest('缺少文件', { file: '缺少文件' });
      const source = part.fields.source;
      const text = source && !Array.isArray(source) && 'value' in source ? String(source.value) : undefined;
      return importCalendarYear(ctx, actor, params.year, await part.toBuffer(), text);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/calendar/template',
    summary: '节假日安排导入模板（Excel）',
    tags,
    access: 'org.manage',
    response: null,
    handler: async ({ reply }) => {
      await reply
        .header('content-disposition', 'attachment; filename="holiday-calendar-template.xlsx"')
        .type(xlsxType)
        .send(await calendarTemplate());
    },
  }),
];
