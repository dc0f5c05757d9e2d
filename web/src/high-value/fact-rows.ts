import type { AwardImportRow, PledgeImportRow } from '../api/high-value';

/** Tab-separated when copied from a spreadsheet (then commas belong to the values, 30,000,000), else comma-separated. */
const cells = (line: string) => line.split(line.includes('\t') ? '\t' : /,|，/).map((c) => c.trim());
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/申请号|appNo/i.test(l));

/** 申请号, 奖项, 级别 (国家/省), 等级, 年度, 授奖日期 — one award per line. */
export function parseAwardRows(text: string): AwardImportRow[] {
  return lines(text).map((l) => {
    const [appNo = '', award = '', level = '', grade = '', year = '', on = ''] = cells(l);
    return { appNo, award, level: /省|provincial/i.test(level) ? 'provincial' : 'national', grade: grade || null, year: Number(year), awardedOn: on || null };
  });
}

/** 申请号, 质押登记号, 登记日, 出质人, 质权人, 金额（元） — one patent of a registration per line. */
export function parsePledgeRows(text: string): PledgeImportRow[] {
  return lines(text).map((l) => {
    const [appNo = '', registrationNo = '', registeredOn = '', pledgor = '', pledgee = '', amount = ''] = cells(l);
    return { appNo, registrationNo, registeredOn, pledgor: pledgor || null, pledgee, amount: Number(amount.replace(/[^\d.]/g, '')) };
  });
}
