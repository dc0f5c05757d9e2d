import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { PatentSearchResult } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { runPatentSearch } from './search-api.js';

/** The dimensions of the navigation analysis (专利导航), each a chart on the page. */
export const analysisDimensions = [
  ['year', '年度申请量'],
  ['ipcClass', 'IPC 分布'],
  ['applicant', '主要申请人'],
  ['region', '区域分布'],
  ['legalState', '法律状态'],
  ['kind', '专利类型'],
] as const;

/** Aggregates of a query's whole result set for the analysis charts (no hit list). */
export async function analysePatents(ctx: AppContext, q: string, asOf?: string): Promise<PatentSearchResult> {
  return runPatentSearch(ctx, { q, sort: 'relevance', page: 1, pageSize: 1, facets: '1', asOf });
}

/** The analysis data as an Excel workbook: one sheet per chart. */
export async function exportAnalysis(ctx: AppContext, reply: FastifyReply, q: string, asOf?: string): Promise<void> {
  const r = await analysePatents(ctx, q, asOf);
  const book = new ExcelJS.Workbook();
  const info = book.addWorksheet('说明');
  info.addRows([
    ['检索式', r.query],
    ['含义', r.description],
    ['基准日', r.asOf],
    ['命中总数', r.total],
    ['分面为抽样估计', r.facets?.facetsSampled ? '是' : '否'],
  ]);
  for (const [key, title] of analysisDimensions) {
    const sheet = book.addWorksheet(title);
    sheet.addRow(['项目', '数量']);
    for (const b of r.facets?.[key] ?? []) sheet.addRow([b.label, b.count]);
  }
  const buf = await book.xlsx.writeBuffer();
  await reply
    .header('content-disposition', `attachment; filename="patent-analysis-${r.asOf}.xlsx"`)
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .send(Buffer.from(buf));
}
