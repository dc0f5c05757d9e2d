import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enterpriseTags, type WhitelistFigures, type WhitelistRules } from '@zhichan/contract';
import { evaluate, meets } from './screening.js';
import { prefixSuccessor } from './repository.js';

const industries = ['通用设备制造业', '电池制造', '软件和信息技术服务业', '医药制造业'];
const words = ['制造', '软件', '医药', '电池', '化工'];
const prefixes = ['H01M', 'G06F', 'A47G', 'B22F3'];

const rulesArb: fc.Arbitrary<WhitelistRules> = fc.record({
  minEffectiveInventions: fc.integer({ min: 0, max: 6 }),
  minHighValue: fc.integer({ min: 0, max: 4 }),
  tags: fc.subarray([...enterpriseTags]),
  noCreditListing: fc.boolean(),
  industries: fc.subarray(words),
  ipcPrefixes: fc.subarray(prefixes),
});
const figuresArb = (rules: WhitelistRules): fc.Arbitrary<WhitelistFigures> =>
  fc.record({
    effectiveInventions: fc.integer({ min: 0, max: 8 }),
    highValue: fc.integer({ min: 0, max: 5 }),
    tags: fc.subarray([...enterpriseTags]),
    industry: fc.option(fc.constantFrom(...industries, '  '), { nil: null }),
    ipcMatches: fc.subarray(rules.ipcPrefixes),
    creditListings: fc.array(fc.constant({ behaviour: 'false_materials', authority: '济宁市市场监督管理局', endsOn: '2027-12-31' }), { maxLength: 2 }),
  });

describe('the screening rules', () => {
  it('property: the fast eligibility test agrees with the reasons (every rule met ⇔ eligible)', () => {
    fc.assert(
      fc.property(
        rulesArb.chain((r) => fc.tuple(fc.constant(r), figuresArb(r))),
        ([rules, f]) => {
          expect(meets(rules, f)).toBe(evaluate(rules, f).every((x) => x.met));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('one reason per rule in force, none for a rule left empty', () => {
    const none: WhitelistRules = { minEffectiveInventions: 0, minHighValue: 0, tags: [], noCreditListing: false, industries: [], ipcPrefixes: [] };
    const f: WhitelistFigures = { effectiveInventions: 0, highValue: 0, tags: [], industry: null, ipcMatches: [], creditListings: [] };
    expect(evaluate(none, f)).toEqual([]);
    expect(meets(none, f)).toBe(true);
    expect(evaluate({ ...none, tags: ['high_tech', 'specialised_sme'] }, f).map((r) => r.rule)).toEqual(['tags', 'tags']);
  });

  it('the IPC prefix range: every code under the prefix sorts inside it, others outside', () => {
    for (const [prefix, inside, outside] of [
      ['H01M', 'H01M10/0525', 'H01N1/00'],
      ['G06F17/30', 'G06F17/30', 'G06F17/4'],
      ['B22F3', 'B22F3/10', 'B22F4/00'],
    ] as const) {
      expect(inside >= prefix && inside < prefixSuccessor(prefix)).toBe(true);
      expect(outside >= prefix && outside < prefixSuccessor(prefix)).toBe(false);
    }
  });
});
