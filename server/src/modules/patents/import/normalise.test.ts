import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSyntheticAppNo, normaliseAppNo, normaliseDate, normaliseIpc, normaliseKind, normalisePubNo, syntheticAppNo } from '../record.js';
import { cellText, parseCount, parseFamily, parseProvinceCode, splitCodes, splitNames } from './cells.js';
import { kindFromAppNo, kindFromPubNo } from './map-patent.js';

describe('record normalisers', () => {
  it('brings application numbers to the CN202223220665.2 form', () => {
    expect(normaliseAppNo('CN202223220665.2')).toBe('CN202223220665.2');
    expect(normaliseAppNo('202223220665.2')).toBe('CN202223220665.2');
    expect(normaliseAppNo(' cn 2022 2322 0665.2 ')).toBe('CN202223220665.2');
    expect(normaliseAppNo('ＣＮ２０２１２１６３５２３５．Ｘ')).toBe('CN202121635235.X');
    expect(normaliseAppNo('ZL202223220665.2')).toBe('CN202223220665.2');
    expect(normaliseAppNo('2022232206652')).toBe('CN202223220665.2');
    expect(normaliseAppNo('CN01234567.8')).toBe('CN01234567.8');
    expect(normaliseAppNo('US2020123456')).toBe('US2020123456');
    expect(normaliseAppNo('hello')).toBeNull();
    expect(normaliseAppNo('')).toBeNull();
  });

  it('reads every common date spelling and refuses impossible dates', () => {
    for (const v of [
      20221202,
      '20221202',
      '2022-12-02',
      '2022.12.02',
      '2022/12/2',
      '2022年12月2日',
      '2022-12-02 00:00:00',
      new Date(Date.UTC(2022, 11, 2)),
      44897,
    ]) {
      expect(normaliseDate(v)).toEqual({ ok: true, value: '2022-12-02' });
    }
    expect(normaliseDate('2022-13-45')).toEqual({ ok: false });
    expect(normaliseDate('2023-02-29')).toEqual({ ok: false });
    expect(normaliseDate('')).toEqual({ ok: true, value: null });
    expect(normaliseDate('None')).toEqual({ ok: true, value: null });
    expect(normaliseDate(null)).toEqual({ ok: true, value: null });
  });

  it('normalises IPC symbols and drops what is not one', () => {
    expect(normaliseIpc('B64U20/80')).toBe('B64U20/80');
    expect(normaliseIpc('b64u 20/80')).toBe('B64U20/80');
    expect(normaliseIpc('H01M 10/0525(2010.01)')).toBe('H01M10/0525');
    expect(normaliseIpc('H01M0010/0525')).toBe('H01M10/0525');
    expect(normaliseIpc('G06F')).toBe('G06F');
    expect(normaliseIpc('Y02E10/50')).toBeNull();
    expect(normaliseIpc('Y02E10/50', { cpc: true })).toBe('Y02E10/50');
    expect(normaliseIpc('Z99')).toBeNull();
  });

  it('reads the patent type and infers it from kind codes and application numbers', () => {
    expect(normaliseKind('发明公开;发明授权')).toBe('invention');
    expect(normaliseKind('实用新型')).toBe('utility');
    expect(normaliseKind('外观设计')).toBe('design');
    expect(normaliseKind('Utility model')).toBe('utility');
    expect(normaliseKind('商标')).toBeNull();
    expect(kindFromPubNo('CN114081026A')).toBe('invention');
    expect(kindFromPubNo('CN215792497U')).toBe('utility');
    expect(kindFromPubNo('CN306123456S')).toBe('design');
    expect(kindFromAppNo('CN202223220665.2')).toBe('utility');
    expect(kindFromAppNo('CN202211740332.4')).toBe('invention');
  });

  it('marks synthetic application numbers', () => {
    expect(syntheticAppNo('CN114081026A')).toBe('PNCN114081026A');
    expect(isSyntheticAppNo('PNCN114081026A')).toBe(true);
    expect(isSyntheticAppNo('CN202223220665.2')).toBe(false);
    expect(normalisePubNo('218751475U')).toBe('CN218751475U');
  });

  it('splits multi-value cells and reads counts, family and province codes', () => {
    expect(splitNames('刘迪;刘敏；王煜伟 | 付艳波')).toEqual(['刘迪', '刘敏', '王煜伟', '付艳波']);
    expect(splitNames('Acme Co., Ltd.')).toEqual(['Acme Co., Ltd.']);
    expect(splitCodes('A01M|G06F、H02G,B64U20/80')).toEqual(['A01M', 'G06F', 'H02G', 'B64U20/80']);
    expect(parseCount('3次')).toEqual({ ok: true, value: 3 });
    expect(parseCount('-')).toEqual({ ok: true, value: null });
    expect(parseCount('很多')).toEqual({ ok: false });
    expect(parseFamily('US2023123456A1;EP4123456B1;EP4123456B1')).toEqual([
      { country: 'US', number: 'US2023123456A1', granted: false },
      { country: 'EP', number: 'EP4123456B1', granted: true },
    ]);
    expect(parseProvinceCode('河南(41)')).toBe('41');
    expect(parseProvinceCode('美国(US)')).toBeNull();
    expect(cellText('  无人机 ')).toBe('无人机');
  });

  it('never throws, whatever a cell holds', () => {
    const anyCell = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.stringMatching(/^[0-9年月日./ -]{0,14}$/),
      fc.integer(),
      fc.double(),
      fc.date({ noInvalidDate: false }),
      fc.constant(null),
      fc.constant(undefined),
      fc.boolean(),
      fc.object(),
    );
    fc.assert(
      fc.property(anyCell, (v) => {
        normaliseAppNo(v);
        normalisePubNo(v);
        normaliseDate(v);
        normaliseIpc(v);
        normaliseIpc(v, { cpc: true });
        normaliseKind(v);
        splitNames(v);
        splitCodes(v);
        parseCount(v);
        parseFamily(v);
        parseProvinceCode(v);
        cellText(v);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns either null or a well-formed date for any text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = normaliseDate(s);
        return !r.ok || r.value === null || /^\d{4}-\d{2}-\d{2}$/.test(r.value);
      }),
    );
  });
});
