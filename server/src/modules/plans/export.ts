import ExcelJS from 'exceljs';
import { ragLabels, type Plan } from '@zhichan/contract';

/** A plan as shown on screen: targets with progress and status, then the task list. */
export async function planWorkbook(p: Plan): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const targets = wb.addWorksheet('目标指标');
  targets.addRow([p.name]);
  targets.addRow(['指标', '目标值', '单位', '截止', '基数', '当前值', '当前统计期', '进度(%)', '预计到期值', '状态']);
  targets.getRow(2).font = { bold: true };
  for (const t of p.targets) {
    targets.addRow([
      `${t.indicatorName}${t.measure === 'yoy' ? '（增速）' : ''}${t.note ? `（${t.note}）` : ''}`,
      t.targetValue,
      t.unit,
      t.deadline,
      t.baselineValue,
      t.currentValue,
      t.currentPeriod,
      t.progressPct,
      t.projectedValue,
      ragLabels[t.status],
    ]);
  }
  targets.addRow([]);
  targets.addRow([p.targets[0]?.projectionMethod ?? '']);
  const tasks = wb.addWorksheet('重点工作责任分解');
  tasks.addRow(['工作任务', '责任单位', '完成时限', '完成情况']);
  tasks.getRow(1).font = { bold: true };
  for (const t of p.tasks) tasks.addRow([t.title, t.department, t.dueDate, t.doneAt ? '已完成' : t.overdue ? '已逾期' : '推进中']);
  for (const ws of [targets, tasks]) ws.columns.forEach((c) => (c.width = 18));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
