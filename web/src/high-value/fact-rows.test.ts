import { describe, expect, it } from 'vitest';
import { parseAwardRows, parsePledgeRows } from './fact-rows';

describe('pasted award and pledge rows', () => {
  it('reads award rows (header skipped; level 省 → provincial; an empty date stays unknown)', () => {
    expect(
      parseAwardRows(
        '申请号\t奖项\t级别\t等级\t年度\t日期\nCN201910123456.7\t中国专利奖\t国家\t银奖\t2024\t2024-07-15\nCN201810000001.1,山东省专利奖,省,一等奖,2023,',
      ),
    ).toEqual([
      { appNo: 'CN201910123456.7', award: '中国专利奖', level: 'national', grade: '银奖', year: 2024, awardedOn: '2024-07-15' },
      { appNo: 'CN201810000001.1', award: '山东省专利奖', level: 'provincial', grade: '一等奖', year: 2023, awardedOn: null },
    ]);
  });

  it('reads pledge rows with the amount in yuan (thousands separators dropped)', () => {
    expect(parsePledgeRows('CN201910123456.7\tY2024370000077\t2024-03-01\t甲公司\t某银行\t30,000,000')).toEqual([
      { appNo: 'CN201910123456.7', registrationNo: 'Y2024370000077', registeredOn: '2024-03-01', pledgor: '甲公司', pledgee: '某银行', amount: 30_000_000 },
    ]);
  });
});
