import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';
import { legalStateLabels, patentKindLabels } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../db/database.js';
import { legalStateOn, type PatentKind } from './legal-status.js';
import { streamPatentIds } from './search/index.js';
import { parseOrThrow, todayOf } from './search-api.js';
import { findPatentsByIds } from './repository.js';

const HEADERS = [
  '申请号',
  '公开(公告)号',
  '专利名称',
  '专利类型',
  '申请日',
  '授权公告日',
  '申请人',
  '当前权利人',
  '发明人',
  '主分类号',
  '分类号',
  '行政区划代码',
  '法律状态',
  '专利代理机构',
  '摘要',
];

const list = (json: string) => (JSON.parse(json) as string[]).join(';');

/** The export rows of a batch of patent ids, in id order. */
async function exportRows(db: Executor, ids: number[], asOf: string): Promise<string[][]> {
  const rows = await findPatentsByIds(db, ids);
  return rows.map((p) => [
    p.app_no,
    p.grant_no ?? p.pub_no ?? '',
    p.title,
    patentKindLabels[p.kind as PatentKind].zh,
    p.app_date ?? '',
    p.grant_date ?? '',
    list(p.applicants),
    list(p.holders),
    list(p.inventors),
    p.main_ipc ?? '',
    list(p.ipc),
    p.region_code ?? '',
    legalStateLabels[legalStateOn(p, asOf)].zh,
    p.agency ?? '',
    p.abstract ?? '',
  ]);
}

/**
 * Streams the WHOLE result set of a search as CSV (UTF-8 with BOM, so Excel reads Chinese) or XLSX,
 * in batches of ids: memory stays constant whatever the count — no cap (Espacenet stops at 500).
 */
export async function exportPatents(ctx: AppContext, reply: FastifyReply, q: string, format: 'csv' | 'xlsx', asOfParam?: string): Promise<void> {
  const ast = parseOrThrow(q);
  const asOf = asOfParam ?? todayOf(ctx);
  const name = `patents-${asOf}.${format}`;
  const out = new PassThrough();
  reply.header('content-disposition', `attachment; filename="${name}"`);
  if (format === 'csv') {
    reply.type('text/csv; charset=utf-8');
    const csv = stringify({ header: true, columns: HEADERS, bom: true });
    csv.pipe(out);
    void (async () => {
      try {
        for await (const ids of streamPatentIds(ctx, ast, asOf, { batchSize: 2000 })) {
          for (const row of await exportRows(ctx.db, ids, asOf)) if (!csv.write(row)) await new Promise((r) => csv.once('drain', r));
        }
        csv.end();
      } catch (err) {
        out.destroy(err as Error);
      }
    })();
  } else {
    reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    // A worksheet holds at most 1,048,576 rows: continue on a new sheet rather than cap the export.
    const newSheet = (n: number) => {
      const s = book.addWorksheet(n === 1 ? '专利' : `专利（${n}）`);
      s.addRow(HEADERS).commit();
      return s;
    };
    let sheetNo = 1;
    let sheet = newSheet(sheetNo);
    let rowsInSheet = 0;
    void (async () => {
      try {
        for await (const ids of streamPatentIds(ctx, ast, asOf, { batchSize: 2000 })) {
          for (const row of await exportRows(ctx.db, ids, asOf)) {
            if (rowsInSheet === 1_000_000) {
              sheet.commit();
              sheet = newSheet(++sheetNo);
              rowsInSheet = 0;
            }
            sheet.addRow(row).commit();
            rowsInSheet++;
          }
        }
        sheet.commit();
        await book.commit();
      } catch (err) {
        out.destroy(err as Error);
      }
    })();
  }
  await reply.send(out);
}
