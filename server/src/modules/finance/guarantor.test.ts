import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, FinanceProductDetail } from '@zhichan/contract';
import { orgKindLabels, roleDefinitions } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { productBody } from './test-helpers.js';

let env: TestEnv;
let guarantor: Client;
let cityStaff: Client;
const base = '/api/finance';

beforeAll(async () => {
  env = await createTestEnv();
  const city = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
  const g = await buildOrg(env.ctx, { kind: 'guarantor', region: '370800', name: '济宁测试融资担保有限公司' });
  guarantor = await login(env.app, (await buildUser(env.ctx, { orgId: g.id, role: 'bank_officer' })).username);
  cityStaff = await login(env.app, (await buildUser(env.ctx, { orgId: city.id, role: 'bureau_staff' })).username);
});
afterAll(() => env.close());

const products = async () =>
  Number(
    (
      await env.ctx.db
        .selectFrom('finance_products')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('a financing guarantor (融资担保机构)', () => {
  it('is an organisation kind whose staff hold the bank officer’s role', () => {
    expect(orgKindLabels.guarantor.zh).toBe('融资担保机构');
    expect(roleDefinitions.bank_officer.orgKinds).toContain('guarantor');
  });

  it('publishes a guarantee product, reviewed by the bureau and then in the public supermarket', async () => {
    const r = await guarantor.post(`${base}/products`, productBody({ name: '知识产权融资担保', kind: 'guarantee' }));
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json<FinanceProductDetail>().id;
    expect((await cityStaff.post(`${base}/products/${id}/approve`, {})).statusCode).toBe(200);
    const listed = (await env.app.inject({ method: 'GET', url: `${base}/products?kind=guarantee` })).json<{ items: { id: number; orgName: string }[] }>();
    expect(listed.items.find((p) => p.id === id)?.orgName).toBe('济宁测试融资担保有限公司');
  });

  it('cannot publish a loan or insurance product (400 naming the kind), nothing written', async () => {
    const n = await products();
    for (const kind of ['patent_pledge_loan', 'ip_insurance'] as const) {
      const r = await guarantor.post(`${base}/products`, productBody({ kind }));
      expect(r.statusCode).toBe(400);
      expect(r.json<ErrorBody>().fields?.kind).toBe('融资担保机构只能发布担保类产品');
    }
    expect(await products()).toBe(n);
  });
});
