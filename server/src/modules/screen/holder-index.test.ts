import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildPatent } from '../../../test/factories.js';
import { runPatentWriteHooks } from '../patents/api.js';
import { topHoldersFromSnapshot } from './holder-index.js';
import { findTopHolders } from './repository.js';

describe('top holders from memory (holder-index.ts) agree with the registry query', () => {
  let env: TestEnv;
  const ids: number[] = [];
  const setHolders = async (id: number, names: string[]) => {
    await env.ctx.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('patent_parties').where('patent_id', '=', id).where('role', '=', 'holder').execute();
      if (names.length > 0)
        await trx
          .insertInto('patent_parties')
          .values(names.map((name, i) => ({ patent_id: id, role: 'holder', seq: i + 1, name, org_id: null })))
          .execute();
      await runPatentWriteHooks(env.ctx, trx, [id]);
    });
  };
  const both = async (region: string, date: string) => [
    await topHoldersFromSnapshot(env.ctx, region, date, 10),
    await findTopHolders(env.ctx.db, region, date, 10),
  ];
  beforeAll(async () => {
    env = await createTestEnv();
    const spec: [string, string | null, string, string[]][] = [
      ['370811002', '2020-06-01', 'invention', ['甲公司']],
      ['370811002', '2021-06-01', 'invention', ['甲公司', '乙公司']],
      ['370811002', '2023-06-01', 'invention', ['乙公司', '乙公司']],
      ['370883001', '2019-05-01', 'invention', ['丙公司']],
      ['370883001', '2019-05-01', 'utility', ['丙公司']],
      ['370883001', null, 'invention', ['丙公司']],
      ['370102001', '2019-05-01', 'invention', ['丁公司']],
    ];
    for (const [region, grantDate, kind, holders] of spec) {
      const p = await buildPatent(env.ctx, { region, grantDate, kind: kind as 'invention' });
      ids.push(p.id);
      await env.ctx.db
        .insertInto('patent_parties')
        .values(holders.map((name, i) => ({ patent_id: p.id, role: 'holder', seq: i + 1, name, org_id: null })))
        .execute();
    }
  });
  afterAll(() => env.close());

  it('counts the same holders for cities, counties and towns on several dates', async () => {
    for (const region of ['370800', '370811', '370811002', '370883', '370000'])
      for (const date of ['2019-12-31', '2021-06-01', '2023-12-31']) {
        const [mem, db] = await both(region, date);
        expect(mem).toEqual(db);
      }
    expect((await both('370800', '2023-12-31'))[0]).toEqual([
      { name: '乙公司', count: 2 },
      { name: '甲公司', count: 2 },
      { name: '丙公司', count: 1 },
    ]);
  });

  it('follows a change of holders written through the patent write hook, and a patent without expiry', async () => {
    await setHolders(ids[0] ?? 0, ['戊公司']);
    await env.ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('patents')
        .set({ expires_on: null })
        .where('id', '=', ids[3] ?? 0)
        .execute();
      await runPatentWriteHooks(env.ctx, trx, [ids[3] ?? 0]);
    });
    const [mem, db] = await both('370800', '2023-12-31');
    expect(mem).toEqual(db);
    expect(mem).toEqual([
      { name: '乙公司', count: 2 },
      { name: '戊公司', count: 1 },
      { name: '甲公司', count: 1 },
    ]);
  });
});
