import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageText, whitelistOutcomeLabels, whitelistOutcomes, type MessageCode } from '@zhichan/contract';
import { columnLetter, parseFeedbackRows, type SheetRowCells } from './feedback-parser.js';

const header = ['统一社会信用代码', '企业名称', '反馈结果', '授信金额（元）', '原因'];
const codes = ['91370811MA3000011X', '91370811MA3000022Y', '91370811MA3000033Z', '91370811MA3000044A'];
const lookup = new Map(codes.map((c, i) => [c, i + 1]));
const CJK = /[\u3400-\u9fff]/;

/** A valid row: a code of the list, an outcome label, an amount when granted, a reason when declined. */
const validRow = fc.record({
  code: fc.constantFrom(...codes),
  outcome: fc.constantFrom(...whitelistOutcomes),
  amount: fc.integer({ min: 1, max: 1e12 }),
  // eslint-disable-next-line no-control-regex -- control characters are what the filter leaves out
  reason: fc.string({ minLength: 2, maxLength: 30 }).filter((s) => s.trim().length >= 2 && !/[\u0000-\u001f\u007f]/.test(s)),
  zh: fc.boolean(),
});

type ValidRow = typeof validRow extends fc.Arbitrary<infer T> ? T : never;
const cellsOf = (r: ValidRow) => [
  r.code,
  '某企业',
  r.zh ? whitelistOutcomeLabels[r.outcome].zh : r.outcome,
  r.outcome === 'granted' ? r.amount : '',
  r.outcome === 'declined' ? r.reason : '',
];

describe('the bank feedback parser', () => {
  it('column letters are Excel’s (A…Z, AA…)', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('property: valid rows with distinct codes parse to exactly their values, in order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(validRow, { selector: (r) => r.code, maxLength: codes.length }), (rows) => {
        const sheet: SheetRowCells[] = rows.map((r, i) => ({ row: i + 2, cells: cellsOf(r) }));
        const out = parseFeedbackRows(header, sheet, lookup);
        expect(out.ok).toBe(true);
        if (!out.ok) return;
        expect(out.items).toEqual(
          rows.map((r, i) => ({
            row: i + 2,
            orgId: lookup.get(r.code),
            outcome: r.outcome,
            amount: r.outcome === 'granted' ? r.amount : null,
            reason: r.outcome === 'declined' ? r.reason.trim() : null,
          })),
        );
      }),
    );
  });

  it('property: one bad cell anywhere is refused naming that row and that column, whatever the good rows around it', () => {
    const faults = [
      { col: 1, value: '91370811MA3999999Q', code: 'whitelists.xlsx.not_on_list' },
      { col: 3, value: '也许', code: 'whitelists.xlsx.bad_outcome' },
      { col: 4, value: -5, code: 'whitelists.xlsx.bad_amount', outcome: 'granted' },
      { col: 4, value: 2e12, code: 'whitelists.xlsx.bad_amount', outcome: 'granted' },
      { col: 4, value: '', code: 'whitelists.xlsx.amount_required', outcome: 'granted' },
      { col: 5, value: '', code: 'whitelists.xlsx.reason_required', outcome: 'declined' },
      { col: 5, value: 'a\u0000b', code: 'whitelists.xlsx.bad_text' },
    ];
    fc.assert(
      fc.property(
        fc.uniqueArray(validRow, { selector: (r) => r.code, minLength: 1, maxLength: codes.length }),
        fc.nat(),
        fc.constantFrom(...faults),
        (rows, pick, fault) => {
          const at = pick % rows.length;
          const sheet: SheetRowCells[] = rows.map((r, i) => ({ row: i + 2, cells: cellsOf(r) }));
          const cells = [...(sheet[at]?.cells ?? [])];
          if (fault.outcome) cells[2] = whitelistOutcomeLabels[fault.outcome as 'granted'].zh;
          cells[fault.col - 1] = fault.value;
          sheet[at] = { row: at + 2, cells };
          const out = parseFeedbackRows(header, sheet, lookup);
          expect(out.ok).toBe(false);
          if (out.ok) return;
          expect(out.error.code).toBe(fault.code);
          expect(out.error.params).toMatchObject({ row: at + 2, column: columnLetter(fault.col) });
          expect(messageText({ code: out.error.code as MessageCode, params: out.error.params }, 'zh')).toContain(
            `第 ${at + 2} 行 ${columnLetter(fault.col)} 列`,
          );
          expect(messageText({ code: out.error.code as MessageCode, params: out.error.params }, 'en')).not.toMatch(CJK);
        },
      ),
    );
  });

  it.each([
    [
      'a repeated credit code',
      [
        [codes[0], '', '已对接', '', ''],
        [codes[0], '', '已申请', '', ''],
      ],
      'whitelists.xlsx.duplicate',
      { row: 3, column: 'A', first: 2 },
    ],
    ['an outcome without its code', [['', '', '已对接', '', '']], 'whitelists.xlsx.required', { row: 2, column: 'A' }],
  ])('%s is refused', (_label, rows, code, params) => {
    const out = parseFeedbackRows(
      header,
      rows.map((cells, i) => ({ row: i + 2, cells })),
      lookup,
    );
    expect(out).toEqual({ ok: false, error: { code, params: expect.objectContaining(params) } });
  });

  it('rows without an outcome carry no feedback and are skipped; headers may be reordered, spaced or in English', () => {
    const out = parseFeedbackRows(
      ['Outcome', ' 统一社会信用代码 ', 'Amount (yuan)', 'Reason'],
      [
        { row: 2, cells: ['', codes[0], '', ''] },
        { row: 3, cells: ['Credit granted', codes[1], '1,500,000', ''] },
      ],
      lookup,
    );
    expect(out).toEqual({ ok: true, items: [{ row: 3, orgId: 2, outcome: 'granted', amount: 1_500_000, reason: null }] });
  });

  it('a missing column is named', () => {
    expect(parseFeedbackRows(['统一社会信用代码', '反馈结果', '原因'], [], lookup)).toEqual({
      ok: false,
      error: { code: 'whitelists.xlsx.missing_column', params: { header: '授信金额（元）', headerEn: 'Amount (yuan)' } },
    });
  });
});
