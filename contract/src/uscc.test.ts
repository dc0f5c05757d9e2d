import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findUsccProblem, normaliseUscc, usccCheckCharacter, usccOtherProvince, ZUsccCode } from './uscc.js';

// Real, publicly registered unified social credit codes (华为技术有限公司, 腾讯科技（深圳）有限公司,
// 阿里巴巴（中国）有限公司, 小米科技有限责任公司, 中国石油化工股份有限公司 …).
const REAL_CODES = [
  '914403001922038216',
  '91440300708461136T',
  '91330100799655058B',
  '91110108551385082Q',
  '91110000802100433B',
  '91310000MA1FL1MMXL',
  '9111000010000093XR',
  '91110000710935732K',
];
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(REAL_CODES)('accepts the real code %s', (code) => {
    expect(findUsccProblem(code)).toBeNull();
  });

  it('refuses every one-character corruption of every real code', () => {
    let tried = 0;
    for (const code of REAL_CODES) {
      for (let i = 0; i < 18; i++) {
        for (const ch of ALPHABET) {
          if (ch === code[i]) continue;
          const bad = code.slice(0, i) + ch + code.slice(i + 1);
          // Position 3–8 must stay digits to reach the check; letters there are refused as "region".
          expect(findUsccProblem(bad), bad).not.toBeNull();
          tried++;
        }
      }
    }
    expect(tried).toBe(REAL_CODES.length * 18 * 30);
  });

  it('explains the problem: length, charset, check', () => {
    expect(findUsccProblem('91440300708461136')).toBe('length');
    expect(findUsccProblem('91440300708461136I')).toBe('charset');
    expect(findUsccProblem('91440300708461136A')).toBe('check');
    const r = ZUsccCode.safeParse('91440300708461136A');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('无效');
  });

  it('normalises spaces and lower case before checking', () => {
    expect(normaliseUscc(' 9144 0300 7084 6113 6t ')).toBe('91440300708461136T');
    expect(ZUsccCode.parse('91440300708461136t')).toBe('91440300708461136T');
  });

  it('a computed check character always validates (property)', () => {
    const body = fc.tuple(
      fc.constantFrom(...'159Y'),
      fc.constantFrom(...'123'),
      fc.stringMatching(/^\d{6}$/),
      fc.array(fc.constantFrom(...ALPHABET), { minLength: 9, maxLength: 9 }),
    );
    fc.assert(
      fc.property(body, ([a, b, region, rest]) => {
        const first17 = a + b + region + rest.join('');
        expect(findUsccProblem(first17 + usccCheckCharacter(first17))).toBeNull();
      }),
    );
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => void findUsccProblem(s)));
  });
});

describe('credit code registered in another province', () => {
  it('names the registration region when its province differs from the chosen region', () => {
    // 3501… is 福州 (福建); 370811 is 任城区 (山东).
    expect(usccOtherProvince('91350100MA2XXXXXXX', '370811')).toBe('350100');
    expect(usccOtherProvince('91370811MA3XXXXXXX', '370811')).toBeNull();
    expect(usccOtherProvince('91370000MA3XXXXXXX', '370811')).toBeNull();
  });
  it('does not compare nationally issued codes, codes without a region part or an unchosen region', () => {
    expect(usccOtherProvince('9111000010000093XR', '370811')).toBe('110000');
    expect(usccOtherProvince('91100000MA3XXXXXXX', '370811')).toBeNull();
    expect(usccOtherProvince('91AB0000MA3XXXXXXX', '370811')).toBeNull();
    expect(usccOtherProvince('91350100MA2XXXXXXX', undefined)).toBeNull();
  });
});
