import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  messageText,
  type ErrorBody,
  type MessageCode,
  type Whitelist,
  type WhitelistEntryList,
  type WhitelistList,
  type WhitelistOutcomes,
} from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildCreditListing, buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { buildScreenableEnterprise } from './test-helpers.js';
import { feedbackWorkbookForTest } from './test-workbooks.js';

const base = '/api/whitelists';
const A = '370811';
const TOWN_A = '370811002';
const B = '370883';
const CJK = /[\u3400-\u9fff]/;
const must = <T>(v: T | null | undefined): T => {
  if (v === null || v === undefined) throw new Error('expected a value');
  return v;
};

let env: TestEnv;
let staff: Client;
let siblingStaff: Client;
let bank: Client;
let bankB: Client;
let bankId: number;
let bankBId: number;
let insurerId: number;
const ent: Record<string, { id: number; creditCode: string; name: string }> = {};

const rules = { minEffectiveInventions: 2, minHighValue: 0, tags: ['high_tech'], noCreditListing: true, industries: ['制造'], ipcPrefixes: [] as string[] };

beforeAll(async () => {
  env = await createTestEnv();
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: A });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: B });
  bankId = (await buildOrg(env.ctx, { kind: 'bank', region: '370100', name: '测试银行济宁分行' })).id;
  bankBId = (await buildOrg(env.ctx, { kind: 'bank', region: '370800', name: '第二测试银行' })).id;
  insurerId = (await buildOrg(env.ctx, { kind: 'insurer', region: '370800' })).id;
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username);
  siblingStaff = await login(env.app, (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username);
  bank = await login(env.app, (await buildUser(env.ctx, { orgId: bankId, role: 'bank_officer' })).username);
  bankB = await login(env.app, (await buildUser(env.ctx, { orgId: bankBId, role: 'bank_officer' })).username);
  // Household goods (A47G) is no strategic emerging industry: these patents meet no high-value criterion.
  const plain = ['A47G1/00'];
  ent.strong = await buildScreenableEnterprise(env.ctx, {
    region: TOWN_A,
    inventions: 3,
    tags: ['high_tech'],
    industry: '通用设备制造业',
    ipc: plain,
    name: '甲强企业',
  });
  ent.valuable = await buildScreenableEnterprise(env.ctx, {
    region: A,
    inventions: 2,
    tags: ['high_tech', 'specialised_sme'],
    industry: '电池制造',
    ipc: ['H01M10/0525'],
    family: true,
    name: '乙高价值企业',
  });
  ent.few = await buildScreenableEnterprise(env.ctx, { region: A, inventions: 1, tags: ['high_tech'], industry: '制造业', ipc: plain, name: '丙少专利企业' });
  ent.untagged = await buildScreenableEnterprise(env.ctx, { region: A, inventions: 4, tags: [], industry: '制造业', ipc: plain, name: '丁无标签企业' });
  ent.service = await buildScreenableEnterprise(env.ctx, {
    region: A,
    inventions: 3,
    tags: ['high_tech'],
    industry: '软件和信息技术服务业',
    ipc: plain,
    name: '戊服务企业',
  });
  ent.noIndustry = await buildScreenableEnterprise(env.ctx, {
    region: A,
    inventions: 3,
    tags: ['high_tech'],
    industry: null,
    ipc: plain,
    name: '己未登记行业',
  });
  ent.outside = await buildScreenableEnterprise(env.ctx, { region: B, inventions: 9, tags: ['high_tech'], industry: '制造业', ipc: plain, name: '庚邹城企业' });
});
afterAll(() => env.close());

async function screen(extra: Partial<typeof rules> = {}, title = '2026年第一批知识产权质押融资白名单') {
  const r = await staff.post(base, { title, rules: { ...rules, ...extra } });
  expect(r.statusCode, r.body).toBe(201);
  return r.json<Whitelist>();
}
async function entries(id: number, q = '') {
  const r = await staff.get(`${base}/${id}/entries?pageSize=200${q}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json<WhitelistEntryList>().items;
}
const reasonsOf = (e: WhitelistEntryList['items'][number], lang: 'zh' | 'en' = 'zh') =>
  e.reasons.map((r) => messageText({ code: r.code as MessageCode, params: r.params }, lang));

describe('screening: rules as data over every enterprise of the jurisdiction, with reasons', () => {
  it('keeps exactly the enterprises meeting every rule, with figures from the registry and the profile', async () => {
    const l = await screen();
    expect(l).toMatchObject({ status: 'draft', versionNo: null, regionCode: A, candidateCount: 2, includedCount: 2 });
    // Every active enterprise of county A and its towns was looked at; 邹城's was not.
    expect(l.screenedCount).toBe(6);
    const es = await entries(l.id);
    expect(es.map((e) => e.name).sort()).toEqual(['乙高价值企业', '甲强企业'].sort());
    const strong = es.find((e) => e.orgId === ent.strong?.id);
    expect(strong?.figures).toMatchObject({ effectiveInventions: 3, highValue: 0, tags: ['high_tech'], industry: '通用设备制造业' });
    expect(reasonsOf(must(strong))).toEqual([
      '有效发明专利 3 件（要求 ≥ 2 件）',
      '具有“高新技术企业”标签',
      '未被列入知识产权信用管理名单（不予评优评先措施）',
      '所属行业“通用设备制造业”符合规则',
    ]);
    expect(reasonsOf(must(strong), 'en')[0]).toBe('Effective invention patents: 3 (at least 2 required)');
    expect(strong?.reasons.every((r) => r.met)).toBe(true);
  });

  it('high-value patents are counted by the CNIPA criteria (an overseas granted family member counts)', async () => {
    const l = await screen({ minHighValue: 1, tags: [], industries: [] }, '高价值专利企业白名单');
    const es = await entries(l.id);
    expect(es.map((e) => e.name)).toEqual(['乙高价值企业']);
    expect(es[0]?.figures.highValue).toBe(2);
    expect(reasonsOf(must(es[0]))).toContain('高价值发明专利 2 件（要求 ≥ 1 件）');
  });

  it('an IPC field rule keeps holders of an effective invention under the prefix', async () => {
    const l = await screen({ tags: [], industries: [], ipcPrefixes: ['H01M'] }, '新能源电池领域白名单');
    const es = await entries(l.id);
    expect(es.map((e) => e.name)).toEqual(['乙高价值企业']);
    expect(reasonsOf(must(es[0]))).toContain('持有 H01M 领域的有效发明专利');
  });

  it('a manual addition shows the rule it fails with the firm’s own figure', async () => {
    const l = await screen();
    for (const [key, text] of [
      ['few', '有效发明专利 1 件（要求 ≥ 2 件）'],
      ['untagged', '没有“高新技术企业”标签（规则要求）'],
      ['service', '所属行业“软件和信息技术服务业”不在规则所列行业中'],
      ['noIndustry', '企业档案未登记所属行业'],
    ] as const) {
      const r = await staff.post(`${base}/${l.id}/review`, { orgId: ent[key]?.id, decision: 'add', reason: '经走访核实，拟纳入' });
      expect(r.statusCode, r.body).toBe(200);
      const e = (await entries(l.id)).find((x) => x.orgId === ent[key]?.id);
      expect(e).toMatchObject({ included: true, source: 'manual', decision: 'add', decisionReason: '经走访核实，拟纳入' });
      const failed = must(e)
        .reasons.filter((x) => !x.met)
        .map((x) => messageText({ code: x.code as MessageCode, params: x.params }, 'zh'));
      expect(failed).toEqual([text]);
    }
  });

  it('the credit list: a firm excluded from recognitions is left out with the listing named, and cannot be added by hand', async () => {
    ent.listed = await buildScreenableEnterprise(env.ctx, {
      region: A,
      inventions: 5,
      tags: ['high_tech'],
      industry: '制造业',
      ipc: ['A47G1/00'],
      name: '壬失信企业',
    });
    ent.reviewOnly = await buildScreenableEnterprise(env.ctx, {
      region: A,
      inventions: 5,
      tags: ['high_tech'],
      industry: '制造业',
      ipc: ['A47G1/00'],
      name: '癸从严审查企业',
    });
    await buildCreditListing(env.ctx, {
      orgId: ent.listed.id,
      measures: ['award_exclusion'],
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      authority: '济宁市市场监督管理局',
    });
    // A listing imposing only stricter review of funding does not bar a white list.
    await buildCreditListing(env.ctx, { orgId: ent.reviewOnly.id, measures: ['funding_review'], startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const l = await screen({}, '信用规则测试');
    const names = (await entries(l.id)).map((e) => e.name);
    expect(names).toContain('癸从严审查企业');
    expect(names).not.toContain('壬失信企业');
    const add = await staff.post(`${base}/${l.id}/review`, { orgId: ent.listed.id, decision: 'add', reason: '拟纳入' });
    expect(add.statusCode).toBe(409);
    expect(add.json<ErrorBody>()).toMatchObject({ error: 'credit_restricted', messageCode: 'credit.restricted' });
    // Without the rule the firm is screened in; the reason still says it is clean only when it is.
    const relaxed = await screen({ noCreditListing: false }, '不含信用规则');
    expect((await entries(relaxed.id)).map((e) => e.name)).toContain('壬失信企业');
    // The reason a screening gives a listed firm names the listing (added by hand under a relaxed list, then shown).
    const { evaluate } = await import('./screening.js');
    const reasons = evaluate(
      { ...rules, tags: [], industries: [] },
      {
        effectiveInventions: 5,
        highValue: 0,
        tags: [],
        industry: null,
        ipcMatches: [],
        creditListings: [{ behaviour: 'false_materials', authority: '济宁市市场监督管理局', endsOn: '2027-12-31' }],
      },
    );
    const text = reasons.map((r) => messageText({ code: r.code as MessageCode, params: r.params }, 'zh'));
    expect(text).toContain(
      '因“提交虚假材料或以欺骗手段取得资助、奖励或费用减缴”被济宁市市场监督管理局列入知识产权信用管理名单，至 2027-12-31 止，不得列入白名单',
    );
    expect(reasons.find((r) => r.rule === 'noCreditListing')?.met).toBe(false);
    expect(messageText({ code: reasons[1]?.code as MessageCode, params: reasons[1]?.params ?? {} }, 'en')).not.toMatch(CJK);
    // Later tests count the firms of county A: these two take no further part.
    await env.ctx.db.updateTable('organisations').set({ status: 'disabled' }).where('id', 'in', [ent.listed.id, ent.reviewOnly.id]).execute();
  });

  it('refuses bad rules with a 400 naming the field, and a region outside the jurisdiction with a 403', async () => {
    const bad = await staff.post(base, { title: '错误规则', rules: { ...rules, minEffectiveInventions: -1, ipcPrefixes: ['not ipc'] } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json<ErrorBody>().fields ?? {})).toEqual(expect.arrayContaining(['rules.minEffectiveInventions', 'rules.ipcPrefixes.0']));
    expect((await staff.post(base, { title: '越权', regionCode: B, rules })).statusCode).toBe(403);
  });
});

describe('review, versions, push, feedback and outcomes', () => {
  let v1: Whitelist;
  it('staff remove and add with reasons; only the region’s enterprises can be added; the list then publishes as version 1', async () => {
    v1 = await screen();
    const rm = await staff.post(`${base}/${v1.id}/review`, { orgId: ent.valuable?.id, decision: 'remove', reason: '企业已获同类授信' });
    expect(rm.statusCode, rm.body).toBe(200);
    expect(rm.json<Whitelist>().includedCount).toBe(1);
    expect(
      (await staff.post(`${base}/${v1.id}/review`, { orgId: ent.valuable?.id, decision: 'remove', reason: '重复移除' })).json<ErrorBody>().messageCode,
    ).toBe('whitelists.not_included');
    const outside = await staff.post(`${base}/${v1.id}/review`, { orgId: ent.outside?.id, decision: 'add', reason: '跨区添加' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json<ErrorBody>().fields?.orgId).toBeDefined();
    const noReason = await staff.post(`${base}/${v1.id}/review`, { orgId: ent.few?.id, decision: 'add', reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect((await staff.post(`${base}/${v1.id}/review`, { orgId: ent.few?.id, decision: 'add', reason: '重点培育企业' })).statusCode).toBe(200);
    const again = await staff.post(`${base}/${v1.id}/review`, { orgId: ent.few?.id, decision: 'add', reason: '重点培育企业' });
    expect(again.statusCode).toBe(409);
    // The sibling county's staff do not see it at all.
    expect((await siblingStaff.get(`${base}/${v1.id}`)).statusCode).toBe(404);
    expect((await staff.post(`${base}/${v1.id}/pushes`, { bankOrgIds: [bankId] })).json<ErrorBody>().messageCode).toBe('whitelists.not_published');
    const pub = await staff.post(`${base}/${v1.id}/publish`, {});
    expect(pub.statusCode, pub.body).toBe(200);
    v1 = pub.json<Whitelist>();
    expect(v1).toMatchObject({ status: 'published', versionNo: 1, includedCount: 2 });
    const late = await staff.post(`${base}/${v1.id}/review`, { orgId: ent.untagged?.id, decision: 'add', reason: '发布后补充' });
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorBody>().messageCode).toBe('whitelists.not_draft');
    expect((await staff.post(`${base}/${v1.id}/publish`, {})).statusCode).toBe(409);
  });

  it('pushes only to banks; each bank sees only the lists pushed to it', async () => {
    const notBank = await staff.post(`${base}/${v1.id}/pushes`, { bankOrgIds: [insurerId] });
    expect(notBank.statusCode).toBe(400);
    expect(notBank.json<ErrorBody>().messageCode).toBe('whitelists.not_bank');
    const r = await staff.post(`${base}/${v1.id}/pushes`, { bankOrgIds: [bankId] });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json<Whitelist>().pushes.map((p) => p.bankOrgId)).toEqual([bankId]);
    const mine = (await bank.get(`${base}/pushed`)).json<WhitelistList>();
    expect(mine.items.map((l) => l.id)).toEqual([v1.id]);
    expect((await bankB.get(`${base}/pushed`)).json<WhitelistList>().items).toEqual([]);
    expect((await bankB.get(`${base}/pushed/${v1.id}`)).statusCode).toBe(404);
    expect((await bankB.get(`${base}/pushed/${v1.id}/entries`)).statusCode).toBe(404);
    const es = (await bank.get(`${base}/pushed/${v1.id}/entries`)).json<WhitelistEntryList>().items;
    // The bank sees the firms on the list, not the ones staff removed.
    expect(es.map((e) => e.name).sort()).toEqual(['丙少专利企业', '甲强企业'].sort());
    // The bank's workbench card counts the lists of its page.
    const wbCards = (await bank.get('/api/workbench')).json<{ cards: { key: string; count: number | null }[] }>().cards;
    expect(wbCards.find((c) => c.key === 'whitelists.pushed')?.count).toBe(mine.total);
    expect(
      (await bankB.get('/api/workbench')).json<{ cards: { key: string; count: number | null }[] }>().cards.find((c) => c.key === 'whitelists.pushed')?.count,
    ).toBe(0);
    // The bank is notified.
    const n = (await bank.get('/api/notifications')).json<{ items: { title: string; link: string | null }[] }>();
    expect(n.items.some((x) => x.link === `/bank/whitelists/${v1.id}` && x.title.includes('授信白名单'))).toBe(true);
  });

  it('the bank reports back per enterprise; the bureau sees it per bank and per enterprise', async () => {
    const declinedNoReason = await bank.post(`${base}/pushed/${v1.id}/feedback`, { orgId: ent.few?.id, outcome: 'declined' });
    expect(declinedNoReason.statusCode).toBe(400);
    expect(declinedNoReason.json<ErrorBody>().fields?.reason).toBe('未授信时请写明原因');
    const grantedNoAmount = await bank.post(`${base}/pushed/${v1.id}/feedback`, { orgId: ent.strong?.id, outcome: 'granted' });
    expect(grantedNoAmount.statusCode).toBe(400);
    expect((await bank.post(`${base}/pushed/${v1.id}/feedback`, { orgId: ent.strong?.id, outcome: 'granted', amount: 2e12 })).statusCode).toBe(400);
    const offList = await bank.post(`${base}/pushed/${v1.id}/feedback`, { orgId: ent.valuable?.id, outcome: 'contacted' });
    expect(offList.statusCode).toBe(400);
    expect((await bank.post(`${base}/pushed/${v1.id}/feedback`, { orgId: ent.strong?.id, outcome: 'contacted' })).statusCode).toBe(200);
    expect((await bank.post(`${base}/pushed/${v1.id}/feedback`, { orgId: ent.strong?.id, outcome: 'granted', amount: 5_000_000 })).statusCode).toBe(200);
    expect((await bank.post(`${base}/pushed/${v1.id}/feedback`, { orgId: ent.few?.id, outcome: 'declined', reason: '经营年限不足' })).statusCode).toBe(200);
    expect((await bankB.post(`${base}/pushed/${v1.id}/feedback`, { orgId: ent.few?.id, outcome: 'contacted' })).statusCode).toBe(404);
    const o = (await staff.get(`${base}/${v1.id}/outcomes`)).json<WhitelistOutcomes>();
    expect(o.byBank).toEqual([
      expect.objectContaining({ bankOrgId: bankId, contacted: 0, applied: 0, granted: 1, declined: 1, none: 0, grantedAmount: 5_000_000 }),
    ]);
    expect(o.total).toMatchObject({ granted: 1, declined: 1, grantedAmount: 5_000_000, enterprisesReached: 2 });
    const es = await entries(v1.id, '&included=true');
    expect(es.find((e) => e.orgId === ent.strong?.id)?.feedback).toEqual([
      expect.objectContaining({ bankOrgId: bankId, outcome: 'granted', amount: 5_000_000 }),
    ]);
    expect(es.find((e) => e.orgId === ent.few?.id)?.feedback).toEqual([expect.objectContaining({ outcome: 'declined', reason: '经营年限不足' })]);
    // Both directions are audited.
    const actions = await env.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'whitelist')
      .where('entity_id', '=', String(v1.id))
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['whitelist.screen', 'whitelist.remove', 'whitelist.add', 'whitelist.publish', 'whitelist.push', 'whitelist.feedback']),
    );
  });

  it('Excel both ways: the bank downloads its list, fills it and uploads it; a bad row is a 400 naming row and column, nothing written', async () => {
    const dl = await bank.get(`${base}/pushed/${v1.id}/export`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(dl.rawPayload as unknown as ArrayBuffer);
    const ws = must(wb.worksheets[0]);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['统一社会信用代码', '反馈结果', '授信金额（元）', '原因']));
    const col = (h: string) => header.indexOf(h) + 1;
    const rowOf = (code: string) => {
      let n = 0;
      ws.eachRow((r, i) => {
        if (r.getCell(col('统一社会信用代码')).value === code) n = i;
      });
      return n;
    };
    // The bank's own feedback is filled in.
    expect(ws.getRow(rowOf(must(ent.strong).creditCode)).getCell(col('反馈结果')).value).toBe('已授信');
    const before = await env.ctx.db
      .selectFrom('whitelist_feedback')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    // A bad amount in the row of 丙: refused, with its row and the column letter, nothing written.
    const fewRow = rowOf(must(ent.few).creditCode);
    ws.getRow(fewRow).getCell(col('反馈结果')).value = '已授信';
    ws.getRow(fewRow).getCell(col('授信金额（元）')).value = '很多';
    const bad = await bank.request('POST', `${base}/pushed/${v1.id}/feedback/import`, undefined, {
      multipart: { file: { name: 'feedback.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) } },
    });
    expect(bad.statusCode, bad.body).toBe(400);
    const letter = String.fromCharCode(64 + col('授信金额（元）'));
    expect(bad.json<ErrorBody>()).toMatchObject({
      messageCode: 'whitelists.xlsx.bad_amount',
      params: expect.objectContaining({ row: fewRow, column: letter }),
    });
    expect(bad.json<ErrorBody>().message).toContain(`第 ${fewRow} 行 ${letter} 列`);
    const after = await env.ctx.db
      .selectFrom('whitelist_feedback')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    // Fixed: only the changed row is recorded (the unchanged 已授信 row of 甲 is not repeated).
    ws.getRow(fewRow).getCell(col('授信金额（元）')).value = 1_200_000;
    const ok = await bank.request('POST', `${base}/pushed/${v1.id}/feedback/import`, undefined, {
      multipart: { file: { name: 'feedback.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) } },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ recorded: 1 });
    const o = (await staff.get(`${base}/${v1.id}/outcomes`)).json<WhitelistOutcomes>();
    expect(o.total).toMatchObject({ granted: 2, declined: 0, grantedAmount: 6_200_000 });
    // The bureau's export carries the list and the banks' feedback.
    const ex = await staff.get(`${base}/${v1.id}/export`);
    expect(ex.statusCode).toBe(200);
    const bw = new ExcelJS.Workbook();
    await bw.xlsx.load(ex.rawPayload as unknown as ArrayBuffer);
    expect(bw.getWorksheet('白名单')?.rowCount).toBe(3);
    const fb = must(bw.getWorksheet('银行反馈'));
    expect(fb.rowCount).toBe(3);
    expect(fb.getRow(2).getCell(1).value).toBe('测试银行济宁分行');
  });

  it('a workbook without the outcome column, or not a workbook, is a 400 naming the file', async () => {
    const noCol = await bank.request('POST', `${base}/pushed/${v1.id}/feedback/import`, undefined, {
      multipart: { file: { name: 'f.xlsx', content: await feedbackWorkbookForTest([['x']], ['统一社会信用代码']) } },
    });
    expect(noCol.statusCode).toBe(400);
    expect(noCol.json<ErrorBody>().messageCode).toBe('whitelists.xlsx.missing_column');
    expect(messageText({ code: 'whitelists.xlsx.missing_column', params: noCol.json<ErrorBody>().params ?? {} }, 'en')).not.toMatch(CJK);
    const junk = await bank.request('POST', `${base}/pushed/${v1.id}/feedback/import`, undefined, {
      multipart: { file: { name: 'f.xlsx', content: Buffer.from('not a workbook') } },
    });
    expect(junk.statusCode).toBe(400);
    expect(junk.json<ErrorBody>().fields?.file).toBeDefined();
  });

  it('a new version: screened again, staff decisions carried over with their reasons, numbered 2; version 1 is superseded', async () => {
    // A new enterprise meeting the rules appears in the registry.
    ent.newcomer = await buildScreenableEnterprise(env.ctx, {
      region: A,
      inventions: 2,
      tags: ['high_tech'],
      industry: '制造业',
      ipc: ['A47G1/00'],
      name: '辛新晋企业',
    });
    const r = await staff.post(`${base}/${v1.id}/revise`, {});
    expect(r.statusCode, r.body).toBe(201);
    const v2 = r.json<Whitelist>();
    expect(v2).toMatchObject({ status: 'draft', versionNo: null, seriesId: v1.seriesId });
    const es = await entries(v2.id);
    expect(
      es
        .filter((e) => e.included)
        .map((e) => e.name)
        .sort(),
    ).toEqual(['丙少专利企业', '甲强企业', '辛新晋企业'].sort());
    expect(es.find((e) => e.orgId === ent.valuable?.id)).toMatchObject({ included: false, decision: 'remove', decisionReason: '企业已获同类授信' });
    expect(es.find((e) => e.orgId === ent.few?.id)).toMatchObject({ included: true, decision: 'add', decisionReason: '重点培育企业' });
    const pub = await staff.post(`${base}/${v2.id}/publish`, {});
    expect(pub.json<Whitelist>()).toMatchObject({ status: 'published', versionNo: 2 });
    expect((await staff.get(`${base}/${v1.id}`)).json<Whitelist>().status).toBe('superseded');
    expect((await staff.post(`${base}/${v1.id}/revise`, {})).statusCode).toBe(409);
    // The bank still sees version 1 (pushed to it), not version 2 (not pushed yet).
    expect((await bank.get(`${base}/pushed/${v2.id}`)).statusCode).toBe(404);
    const listed = (await staff.get(`${base}?pageSize=100`)).json<WhitelistList>();
    expect(listed.items.filter((l) => l.seriesId === v1.seriesId).map((l) => [l.versionNo, l.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
  });

  it('banks to push to: active banks only', async () => {
    const r = (await staff.get(`${base}/banks`)).json<{ items: { id: number }[] }>();
    expect(r.items.map((b) => b.id)).toEqual(expect.arrayContaining([bankId, bankBId]));
    expect(r.items.map((b) => b.id)).not.toContain(insurerId);
    void buildEnterprise;
  });
});
