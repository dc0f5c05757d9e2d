import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { buildAttachment, buildDeclaration, buildHeldPatent } from '../open-licensing/test-helpers.js';
import { filingStats } from './stats.js';

type Json = Record<string, unknown>;
let env: TestEnv;
let ent: Client;
let other: Client;
let staff: Client;
let siblingStaff: Client;
let entId: number;
let entUserId: number;
let otherId: number;

beforeAll(async () => {
  env = await createTestEnv();
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  entId = (await buildEnterprise(env.ctx, { region: '370811002', name: '备案测试企业' })).id;
  const u = await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' });
  entUserId = u.id;
  ent = await login(env.app, u.username);
  otherId = (await buildEnterprise(env.ctx, { region: '370811' })).id;
  other = await login(env.app, (await buildUser(env.ctx, { orgId: otherId, role: 'enterprise_user' })).username);
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username);
  siblingStaff = await login(env.app, (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username);
});
afterAll(() => env.close());

async function filingBody(extra: Json = {}, patentIds?: number[]) {
  const ids = patentIds ?? [(await buildHeldPatent(env.ctx, entId)).id];
  return {
    kind: 'patent_intensive_product',
    title: '矿用智能巡检机器人 XJ-200',
    amount: 2_000_000,
    patentIds: ids,
    attachmentIds: [await buildAttachment(env.ctx, entId, entUserId, 'evidence')],
    ...extra,
  };
}

describe('filings', () => {
  it('submit → approve: a filing number, the enterprise profile’s utilization section and the statistics', async () => {
    const r = await ent.post('/api/filings', await filingBody());
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json<{ id: number }>().id;
    expect((await staff.get('/api/work-queue')).json<{ items: { recordId: number; dueOn: string }[] }>().items.find((i) => i.recordId === id)?.dueOn).toBe(
      '2026-03-11',
    );
    expect((await siblingStaff.post(`/api/filings/${id}/approve`, {})).statusCode).toBe(404);
    const ok = await staff.post(`/api/filings/${id}/approve`, {});
    expect(ok.json<Json>().status).toBe('approved');
    expect(ok.json<{ filingNo: string }>().filingNo).toMatch(/^BA2026370811\d{6}$/);
    const again = await staff.post(`/api/filings/${id}/return`, { reason: '重复' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ message: string }>().message).toBe('当前状态为“已备案”，不能执行“退回补正”（仅“待审核”时可以）');
    const profile = (await ent.get(`/api/enterprises/${entId}`)).json<{ sections: { link: string; items: { label: string; value: string }[] }[] }>();
    const util = profile.sections.find((s) => s.link === 'utilization')?.items ?? [];
    expect(util).toContainEqual(expect.objectContaining({ label: '专利密集型产品备案', value: '1 项' }));
    const stats = await filingStats(env.ctx, { regionPrefix: '3708' });
    expect(stats.find((s) => s.kind === 'patent_intensive_product')).toEqual({
      kind: 'patent_intensive_product',
      filings: 1,
      patents: 1,
      enterprises: 1,
      amount: 2_000_000,
    });
    expect(
      (await staff.get('/api/filings/stats')).json<{ byKind: { kind: string; filings: number }[] }>().byKind.find((s) => s.kind === 'patent_intensive_product')
        ?.filings,
    ).toBe(1);
  });

  it('return with reasons → the enterprise’s queue → resubmit → reject', async () => {
    const id = (await ent.post('/api/filings', await filingBody())).json<{ id: number }>().id;
    expect((await staff.post(`/api/filings/${id}/return`, { reason: '请补充销售证明' })).json<Json>().reviewNote).toBe('请补充销售证明');
    expect((await ent.get('/api/work-queue')).json<{ items: { recordId: number; step: string }[] }>().items).toContainEqual(
      expect.objectContaining({ recordId: id, step: '备案退回补正' }),
    );
    expect((await other.post(`/api/filings/${id}/resubmit`, await filingBody())).statusCode).toBe(404);
    const re = await ent.post(`/api/filings/${id}/resubmit`, await filingBody({ amount: 2_500_000 }));
    expect(re.json<Json>().status).toBe('submitted');
    expect((await ent.post(`/api/filings/${id}/resubmit`, await filingBody())).statusCode).toBe(409);
    expect((await staff.post(`/api/filings/${id}/reject`, { reason: '不属于专利密集型产品' })).json<Json>().status).toBe('rejected');
  });

  it('patents must be the enterprise’s (or openly licensed to it for products) and in force', async () => {
    const foreign = await buildHeldPatent(env.ctx, otherId);
    const r = await ent.post('/api/filings', await filingBody({}, [foreign.id]));
    expect(r.statusCode).toBe(409);
    expect(r.json<{ message: string }>().message).toContain('既非本企业持有也未获许可');
    const lapsed = await buildHeldPatent(env.ctx, entId, { events: [{ kind: 'lapse', date: '2025-01-01' }] });
    expect((await ent.post('/api/filings', await filingBody({}, [lapsed.id]))).statusCode).toBe(409);
    const contract = await ent.post('/api/filings', await filingBody({ kind: 'licence_contract', counterparty: null }));
    expect(contract.statusCode).toBe(400);
    expect(contract.body).toContain('counterparty');
  });

  it('a licence contract adds the licence event on approval; an exclusive one is refused while an open licence stands', async () => {
    const d = await buildDeclaration(env.ctx, { orgId: entId, regionCode: '370811002', status: 'published' });
    const exclusive = await ent.post(
      '/api/filings',
      await filingBody({ kind: 'licence_contract', title: '独占许可合同', counterparty: '某公司', licenceKind: 'exclusive', endsOn: '2028-12-31' }, [
        d.patentId,
      ]),
    );
    expect(exclusive.statusCode).toBe(409);
    expect(exclusive.json<{ message: string }>().message).toContain('不能登记独占许可或排他许可');
    const p = await buildHeldPatent(env.ctx, entId);
    const sole = await ent.post(
      '/api/filings',
      await filingBody(
        { kind: 'licence_contract', title: '排他许可合同', counterparty: '某公司', licenceKind: 'sole', startsOn: '2026-03-01', endsOn: '2028-12-31' },
        [p.id],
      ),
    );
    expect(sole.statusCode).toBe(201);
    await staff.post(`/api/filings/${sole.json<{ id: number }>().id}/approve`, {});
    const events = (await staff.get(`/api/patents/${p.id}`)).json<{ events: { kind: string }[] }>().events.map((e) => e.kind);
    expect(events).toContain('licence_sole');
    // The sole licence in force now blocks an open-licence declaration of that patent.
    const declare = await ent.post('/api/open-licences/declarations', {
      patentId: p.id,
      feeType: 'lump_sum',
      feeAmount: 1000,
      paymentMethod: 'one_off',
      termYears: 1,
    });
    expect(declare.statusCode).toBe(409);
    expect(declare.json<{ message: string }>().message).toContain('独占或排他许可');
  });
});
