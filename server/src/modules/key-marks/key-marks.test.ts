import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, KeyMark, KeyMarkFlag } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { auditCount, buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { assertGiAuthorisedUser, isGiAuthorisedUser, keyMarkFlags } from './api.js';

const base = '/api/key-marks';
let env: TestEnv;
let staff: Client;
let siblingStaff: Client;
let ent: Client;

async function trademark(mark: string, owner = '济宁好礼食品有限公司') {
  const at = env.ctx.clock.now().toISOString();
  const r = await env.ctx.db
    .insertInto('trademarks')
    .values({
      reg_no: `TM${Math.random().toString().slice(2, 10)}`,
      mark,
      classes: '["30"]',
      owner_name: owner,
      owner_org_id: null,
      region_code: '370811',
      app_date: '2019-01-01',
      reg_date: '2020-01-01',
      expires_on: '2030-01-01',
      status: '已注册',
      madrid: 0,
      well_known: 0,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

beforeAll(async () => {
  env = await createTestEnv();
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username);
  siblingStaff = await login(env.app, (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username);
  const e = await buildEnterprise(env.ctx, { region: '370811' });
  ent = await login(env.app, (await buildUser(env.ctx, { orgId: e.id, role: 'enterprise_user' })).username);
});
afterAll(() => env.close());

describe('the key trademark protection list', () => {
  it('a listed trademark is flagged by id, and any mark of the same text (width and case folded) by name, until it is removed', async () => {
    const listed = await trademark('ＬＵ Ｂａｎ 鲁班');
    const sameText = await trademark('lu ban鲁班', '别人的公司');
    const other = await trademark('孔孟之乡');
    const res = await staff.post(base, { trademarkId: listed, reasons: '驰名商标，外地多次发现假冒', listedOn: '2026-01-10' });
    expect(res.statusCode, res.body).toBe(201);
    const k = res.json<KeyMark>();
    expect(k).toMatchObject({ mark: 'ＬＵ Ｂａｎ 鲁班', holderName: '济宁好礼食品有限公司', trademarkId: listed });
    // Listing it twice: 409 saying since when.
    const twice = await staff.post(base, { trademarkId: listed, reasons: '再次列入', listedOn: '2026-01-11' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorBody>().messageCode).toBe('keymarks.already_listed');

    const flags = (await ent.get(`${base}/flags?trademarkIds=${listed},${sameText},${other}&names=${encodeURIComponent('Lu-Ban 鲁班,鲁 班')}`)).json<{
      items: KeyMarkFlag[];
    }>().items;
    expect(flags.map((f) => [f.forTrademarkId, f.forName, f.match])).toEqual([
      [listed, null, 'trademark'],
      [sameText, null, 'name'],
      [null, 'Lu-Ban 鲁班', 'name'],
    ]);
    // 「鲁 班」 alone is another mark: the whole mark must be the same, not a part of it.
    expect(flags[0]?.reasons).toBe('驰名商标，外地多次发现假冒');

    // Other modules call the same function, for a date: before the listing nothing is flagged.
    expect(await keyMarkFlags(env.ctx.db, { names: ['lubAn鲁班'] }, '2026-01-09')).toEqual([]);
    expect(await keyMarkFlags(env.ctx.db, { names: ['lubAn鲁班'] }, '2026-01-10')).toHaveLength(1);

    // Removal is the listing bureau's: the sibling county gets 404; a removal before the listing is a 400.
    const before = await auditCount(env.ctx);
    expect((await siblingStaff.post(`${base}/${k.id}/remove`, { reason: '权利人申请', removedOn: '2026-02-01' })).statusCode).toBe(404);
    const early = await staff.post(`${base}/${k.id}/remove`, { reason: '权利人申请', removedOn: '2026-01-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json<ErrorBody>().fields).toHaveProperty('removedOn');
    expect(await auditCount(env.ctx)).toBe(before);
    expect((await staff.post(`${base}/${k.id}/remove`, { reason: '权利人申请', removedOn: '2026-02-01' })).statusCode).toBe(200);
    expect((await staff.post(`${base}/${k.id}/remove`, { reason: '权利人申请', removedOn: '2026-02-01' })).statusCode).toBe(409);
    expect((await ent.get(`${base}/flags?trademarkIds=${listed}`)).json<{ items: unknown[] }>().items).toEqual([]);
    expect(await keyMarkFlags(env.ctx.db, { trademarkIds: [listed] }, '2026-01-20')).toHaveLength(1);
    // Off the list by default; with includeRemoved it shows with its removal.
    expect((await ent.get(base)).json<{ items: KeyMark[] }>().items.map((x) => x.id)).not.toContain(k.id);
    expect((await ent.get(`${base}?includeRemoved=true`)).json<{ items: KeyMark[] }>().items.find((x) => x.id === k.id)?.removedOn).toBe('2026-02-01');
  });

  it('a mark not in the register is listed by its text and holder; bad input is a 400 naming the field', async () => {
    const r = await staff.post(base, { mark: '微山湖', holderName: '微山县某协会', reasons: '地方特色品牌', listedOn: '2026-02-01' });
    expect(r.statusCode, r.body).toBe(201);
    expect((await ent.get(`${base}?q=${encodeURIComponent('微山')}`)).json<{ total: number }>().total).toBe(1);
    const missing = await staff.post(base, { reasons: '无对象', listedOn: '2026-02-01' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<ErrorBody>().fields).toHaveProperty('trademarkId');
    expect((await staff.post(base, { mark: '未来', holderName: '某公司', reasons: '日期在未来', listedOn: '2027-01-01' })).statusCode).toBe(400);
    expect((await ent.get(`${base}/flags?trademarkIds=abc`)).statusCode).toBe(400);
    expect((await ent.post(base, { mark: '企业自列', holderName: '某公司', reasons: '企业无权', listedOn: '2026-02-01' })).statusCode).toBe(403);
  });
});

describe('GI protection: authorised users are checked before a GI complaint is triaged', () => {
  it('an authorised user (by organisation or credit code, approval in force) passes; others get a coded 409; an unknown GI 404', async () => {
    const at = env.ctx.clock.now().toISOString();
    const gi = await env.ctx.db
      .insertInto('geo_indications')
      .values({
        kind: 'product',
        name: '金乡大蒜',
        reg_no: null,
        region_code: '370828',
        holder_name: null,
        holder_org_id: null,
        approved_on: null,
        status: 'active',
        notes: null,
        is_demo: 0,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const giId = Number(gi.id);
    const byOrg = await buildEnterprise(env.ctx, { region: '370828', name: '金乡蒜业甲' });
    const byCode = await buildEnterprise(env.ctx, { region: '370828', name: '金乡蒜业乙' });
    const expired = await buildEnterprise(env.ctx, { region: '370828', name: '金乡蒜业丙' });
    const stranger = await buildEnterprise(env.ctx, { region: '370828', name: '外地蒜商' });
    const code = (await env.ctx.db.selectFrom('organisations').select('credit_code').where('id', '=', byCode.id).executeTakeFirstOrThrow()).credit_code;
    await env.ctx.db
      .insertInto('gi_authorised_users')
      .values([
        { gi_id: giId, org_id: byOrg.id, name: '金乡蒜业甲', credit_code: null, authorised_on: '2024-01-01', expires_on: null },
        { gi_id: giId, org_id: null, name: '金乡蒜业乙', credit_code: code, authorised_on: '2024-01-01', expires_on: '2027-12-31' },
        { gi_id: giId, org_id: expired.id, name: '金乡蒜业丙', credit_code: null, authorised_on: '2020-01-01', expires_on: '2025-12-31' },
      ])
      .execute();
    const on = '2026-03-02';
    expect(await isGiAuthorisedUser(env.ctx.db, giId, byOrg.id, on)).toBe(true);
    expect(await isGiAuthorisedUser(env.ctx.db, giId, byCode.id, on)).toBe(true);
    expect(await isGiAuthorisedUser(env.ctx.db, giId, expired.id, on)).toBe(false);
    expect(await isGiAuthorisedUser(env.ctx.db, giId, expired.id, '2025-06-01')).toBe(true);
    await expect(assertGiAuthorisedUser(env.ctx.db, giId, byOrg.id, on)).resolves.toBeUndefined();
    await expect(assertGiAuthorisedUser(env.ctx.db, giId, stranger.id, on)).rejects.toMatchObject({ status: 409, coded: { code: 'gi.not_authorised_user' } });
    await expect(assertGiAuthorisedUser(env.ctx.db, 999999, byOrg.id, on)).rejects.toMatchObject({ status: 404 });
  });
});
