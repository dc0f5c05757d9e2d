import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { parseQuery, type QueryNode } from '../query/index.js';
import { countPatents, searchPatents, streamPatentIds } from './service.js';
import { importTitleCorpus } from './testing/import-rows.js';
import { hasSharedData } from '../../../../test/shared-data.js';

const present = hasSharedData('search injection on real titles', ['cn-patent-titles.csv', 'ipc-scheme-zh.jsonl']);

// Whatever a user types, the search answers or the parser explains: no exception, no SQL or FTS5 error,
// and nothing in the database changes. FTS5 syntax, SQL fragments and quotes are only ever text.
const asOf = '2026-03-01';
let env: TestEnv;
let patents = 0;

beforeAll(async () => {
  env = await createTestEnv();
  await importTitleCorpus(env.ctx, asOf, 300);
  patents = (
    await env.ctx.db
      .selectFrom('patents')
      .select((e) => e.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;
}, 300_000);
afterAll(async () => env?.close());

async function runAll(ast: QueryNode): Promise<number> {
  const r = await searchPatents(env.ctx, { ast, sort: 'relevance', page: 1, pageSize: 5, facets: true, asOf });
  await searchPatents(env.ctx, { ast, sort: 'date_asc', page: 2, pageSize: 5, facets: false, asOf, within: '370800' });
  expect(await countPatents(env.ctx, ast, asOf)).toBe(r.total);
  let streamed = 0;
  for await (const ids of streamPatentIds(env.ctx, ast, asOf, { batchSize: 50 })) streamed += ids.length;
  expect(streamed).toBe(r.total);
  return r.total;
}

async function runText(input: string): Promise<void> {
  const parsed = parseQuery(input);
  if (parsed.ok) await runAll(parsed.ast);
}

const NASTY = [
  '"', '""', '"a" OR "b"', 'NEAR(电池 芯片)', 'NEAR(a b, 2)', '电池*', '*', '^电池', 'ti:电池', '{ti ab}:电池', '- 电池',
  'fl:ay2020', 'TI="电池\\" OR 1=1 --"', "'; drop table patents; --", "x' or '1'='1", '电池) OR (1=1', 'AND OR NOT',
  '电池 NOT', '(((电池)))', '\\', '\u0000电池', '电池\u0000', '🔋电池', '\ud800', 'a\udc00b', 'ＡＮＤ', '１２３', 'IC=H01M"',
  'PA="济宁" OR ""', 'TX=(NEAR OR AND)', '"NOT" "OR" "AND"', 'rank:1', 'rowid=1', 'patent_fts', 'x'.repeat(2000), '电'.repeat(500),
]; // prettier-ignore

describe.skipIf(!present)('search input safety', () => {
  it('answers FTS5 operators, SQL fragments and odd characters as text or explains the syntax error', async () => {
    for (const q of NASTY) await runText(q);
  });

  it('phrases full of FTS5 and SQL syntax match only the patents containing that text', async () => {
    expect(await runAll({ kind: 'text', field: 'TX', value: '" OR rowid > 0 OR "', phrase: true, position: 0 })).toBe(0);
    expect(await runAll({ kind: 'text', field: 'TI', value: 'NEAR(x y) AND fl:ay2020', phrase: false, position: 0 })).toBe(0);
  });

  it('never throws on arbitrary input strings (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.string({ unit: 'binary', maxLength: 30 }),
          fc.string({ unit: fc.constantFrom(...'电池芯片 ()"=:*^-ANDORNOTTIPAIC0123'.split('')), maxLength: 40 }),
        ),
        runText,
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary query trees, including values the parser would refuse (property)', async () => {
    const text = fc.record({
      kind: fc.constant('text' as const),
      field: fc.constantFrom('TI', 'AB', 'CL', 'TX', 'PA', 'IN', 'AG' as const),
      value: fc.string({ maxLength: 12 }),
      phrase: fc.boolean(),
      position: fc.constant(0),
    });
    const code = fc.record({
      kind: fc.constant('code' as const),
      field: fc.constantFrom('AN', 'PN', 'IC', 'RG' as const),
      value: fc.string({ maxLength: 12 }),
      position: fc.constant(0),
    });
    const enumNode = fc.oneof(
      fc.record({
        kind: fc.constant('enum' as const),
        field: fc.constant('PT' as const),
        value: fc.constantFrom('invention', 'utility', 'design' as const),
        position: fc.constant(0),
      }),
      fc.record({
        kind: fc.constant('enum' as const),
        field: fc.constant('LS' as const),
        value: fc.constantFrom('effective', 'lapsed', 'pending' as const),
        position: fc.constant(0),
      }),
    );
    const date = fc.record({
      kind: fc.constant('date' as const),
      field: fc.constantFrom('AD', 'PD', 'GD' as const),
      from: fc.option(fc.constantFrom('2015-01-01', '2019-03-05', '2021-12-31', 'x')),
      to: fc.option(fc.constantFrom('2016-12-31', '2020-06-30', '1999-01-01')),
      position: fc.constant(0),
    });
    const { node } = fc.letrec<{ node: QueryNode }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        code,
        enumNode,
        date,
        fc.record({ kind: fc.constant('and' as const), children: fc.array(tie('node'), { minLength: 2, maxLength: 3 }) }),
        fc.record({ kind: fc.constant('or' as const), children: fc.array(tie('node'), { minLength: 2, maxLength: 3 }) }),
        fc.record({ kind: fc.constant('not' as const), child: tie('node') }),
      ),
    }));
    await fc.assert(
      fc.asyncProperty(node, async (ast) => {
        await runAll(ast);
      }),
      { numRuns: 200 },
    );
  });

  it('left the data untouched', async () => {
    const n = (
      await env.ctx.db
        .selectFrom('patents')
        .select((e) => e.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    expect(Number(n)).toBe(Number(patents));
    expect(Number(patents)).toBe(300);
  });
});
