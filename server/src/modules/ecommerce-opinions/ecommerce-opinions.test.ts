import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EcommerceOpinion, ErrorBody, WorkQueue } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { auditCount, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { indicatorValues } from '../indicators/api.js';

const base = '/api/ecommerce-opinions';
let env: TestEnv;
let staffName = '';
let siblingName = '';
const request = (receivedOn: string) => ({
  requesterKind: 'platform_operator',
  requesterName: '某电商平台知识产权保护部',
  platformName: '某电商平台',
  rightKind: 'patent',
  rightNo: 'ZL202120123456.7',
  listing: '店铺“便携榨汁杯”商品链接',
  receivedOn,
});

beforeAll(async () => {
  env = await createTestEnv();
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  staffName = (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username;
  siblingName = (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username;
});
afterAll(() => env.close());

async function at(beijing: string, who = staffName): Promise<Client> {
  env.clock.setTo(new Date(Date.parse(`${beijing}+08:00`)).toISOString());
  return login(env.app, who);
}
const ok = (res: { statusCode: number; body: string; json: <J>() => J }, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<EcommerceOpinion>();
};

describe('e-commerce infringement determination opinions (2 working days, a setting)', () => {
  it.each([
    ['2026-09-30', '2026-10-09', 'National Day: 1–7 Oct are holidays, 8 and 9 Oct count'],
    ['2026-02-13', '2026-02-24', 'Spring Festival: Saturday 14 Feb is a make-up working day, then 15–23 Feb are holidays'],
    ['2026-03-02', '2026-03-04', 'an ordinary week'],
  ])('received %s → due %s (%s)', async (received, due) => {
    const c = await at(`${received}T10:00:00`);
    const o = ok(await c.post(base, request(received)), 201);
    expect(o).toMatchObject({ status: 'requested', dueOn: due });
    const q = (await c.get('/api/work-queue')).json<WorkQueue>();
    expect(q.items.find((i) => i.recordType === 'ecommerce_opinion' && i.recordId === o.id)?.dueOn).toBe(due);
  });

  it('issued on time and late; a second issue is a 409; the sibling county sees none; the count feeds the indicator', async () => {
    const c = await at('2026-05-11T09:00:00');
    const a = ok(await c.post(base, request('2026-05-11')), 201);
    const b = ok(await c.post(base, request('2026-05-11')), 201);
    expect(a.dueOn).toBe('2026-05-13');
    const later = await at('2026-05-15T09:00:00');
    expect(ok(await later.post(`${base}/${a.id}/issue`, { conclusion: 'infringing', opinion: '落入保护范围', issuedOn: '2026-05-13' })).late).toBe(false);
    expect(ok(await later.post(`${base}/${b.id}/issue`, { conclusion: 'not_infringing', opinion: '未落入保护范围', issuedOn: '2026-05-15' })).late).toBe(true);
    const n = await auditCount(env.ctx);
    const again = await later.post(`${base}/${a.id}/issue`, { conclusion: 'infringing', opinion: '再次出具', issuedOn: '2026-05-15' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().messageCode).toBe('workflow.wrong_status');
    expect(await auditCount(env.ctx)).toBe(n);
    const sib = await login(env.app, siblingName);
    expect((await sib.get(`${base}/${a.id}`)).statusCode).toBe(404);
    expect((await sib.get(base)).json<{ total: number }>().total).toBe(0);
    const v = await indicatorValues(env.ctx, null, { keys: ['ecommerce_infringement_opinions'], regionCode: '370811', period: '2026-05' });
    expect(v.rows.find((r) => r.regionCode === '370811')).toMatchObject({ value: 2, provenance: { kind: 'computed' } });
  });

  it('bad dates: received in the future, issued before the request (400 naming the field)', async () => {
    const c = await at('2026-03-02T09:00:00');
    const future = await c.post(base, request('2026-03-03'));
    expect(future.json<ErrorBody>().fieldCodes?.receivedOn?.code).toBe('coop.date_future');
    const o = ok(await c.post(base, request('2026-03-02')), 201);
    const early = await c.post(`${base}/${o.id}/issue`, { conclusion: 'undetermined', opinion: '无法判定', issuedOn: '2026-03-01' });
    expect(early.json<ErrorBody>().fieldCodes?.issuedOn?.code).toBe('coop.date_before');
    expect((await c.post(base, { ...request('2026-03-02'), requesterKind: 'consumer' })).statusCode).toBe(400);
  });
});
