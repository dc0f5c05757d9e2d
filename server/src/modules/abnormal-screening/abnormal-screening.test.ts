import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreeningFlag, ScreeningFlagDetail } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { auditCount, buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { listForTest } from '../credit/test-helpers.js';
import { jaccard, shingles } from './minhash.js';
import { insertTestPatents, insertTransfer, nearCopy, seeded, syntheticText, topicOf } from './test-helpers.js';

const base = '/api/abnormal-screening';

describe('abnormal-application screening (非正常专利申请筛查)', () => {
  let env: TestEnv;
  let staff: Client;
  let otherStaff: Client;
  let enterprise: number;
  const planted: [number, number][] = [];
  let nonPair: [number, number];
  const rng = seeded(16);

  const flags = async (q = '') => (await staff.get(`${base}/flags?pageSize=200${q}`)).json<{ items: ScreeningFlag[] }>().items;

  beforeAll(async () => {
    env = await createTestEnv();
    const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
    const other = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
    staff = await login(env.app, (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username);
    otherStaff = await login(env.app, (await buildUser(env.ctx, { orgId: other.id, role: 'bureau_staff' })).username);
    enterprise = (await buildEnterprise(env.ctx, { region: '370811002', name: '重复申请测试有限公司' })).id;
    // Background: 40 unrelated patents of different applicants.
    await insertTestPatents(
      env.ctx,
      Array.from({ length: 40 }, (_, i) => ({
        title: `${syntheticText(rng, 12)}装置`,
        abstract: syntheticText(rng, 250),
        claim: syntheticText(rng, 300),
        applicants: [`背景企业${i}有限公司`],
        address: `山东省济宁市任城区背景路${i}号`,
      })),
    );
    // Two planted near duplicates: an application re-filed with a few words changed.
    for (let k = 0; k < 2; k++) {
      const title = `一种${syntheticText(rng, 10)}装置`;
      const abstract = syntheticText(rng, 250);
      const claim = syntheticText(rng, 300);
      const ids = await insertTestPatents(env.ctx, [
        { title, abstract, claim, applicants: ['重复申请测试有限公司'], applicantOrgId: enterprise, appDate: '2025-01-10' },
        {
          title,
          abstract: nearCopy(abstract, rng, 5),
          claim: nearCopy(claim, rng, 6),
          applicants: ['重复申请测试有限公司'],
          applicantOrgId: enterprise,
          appDate: '2025-02-10',
        },
      ]);
      planted.push([ids[0] as number, ids[1] as number]);
    }
    // A non-pair: two patents on the same topic (same vocabulary) written independently.
    const topic = topicOf(rng);
    const np = await insertTestPatents(env.ctx, [
      { title: '一种同题装置', abstract: syntheticText(rng, 250, topic), claim: syntheticText(rng, 300, topic), applicants: ['同题甲公司'] },
      { title: '一种同题装置', abstract: syntheticText(rng, 250, topic), claim: syntheticText(rng, 300, topic), applicants: ['同题乙公司'] },
    ]);
    nonPair = [np[0] as number, np[1] as number];
    // A burst: 25 filings in March 2025 by an applicant that filed 2 in the previous two years.
    await insertTestPatents(env.ctx, [
      { title: '历史申请一', applicants: ['突击申请有限公司'], appDate: '2023-06-01' },
      { title: '历史申请二', applicants: ['突击申请有限公司'], appDate: '2024-06-01' },
      ...Array.from({ length: 25 }, (_, i) => ({ title: `突击申请${i}`, applicants: ['突击申请有限公司'], appDate: '2025-03-05' })),
    ]);
    // A cluster: six applicants at one address.
    await insertTestPatents(
      env.ctx,
      Array.from({ length: 6 }, (_, i) => ({ title: `聚集申请${i}`, applicants: [`聚集${i}号有限公司`], address: '山东省济宁市任城区聚集大厦1号楼101室' })),
    );
    // Transfers: three patents of one applicant transferred within a year of filing.
    const sold = await insertTestPatents(
      env.ctx,
      Array.from({ length: 3 }, (_, i) => ({
        title: `转让申请${i}`,
        applicants: ['倒卖专利有限公司'],
        holders: ['受让方科技有限公司'],
        appDate: '2024-01-10',
      })),
    );
    for (const id of sold) await insertTransfer(env.ctx, id, '2024-05-20');
    const run = await staff.post(`${base}/runs`, { mode: 'full' });
    expect(run.statusCode, run.body).toBe(200);
  });
  afterAll(() => env.close());

  it('near-duplicate MinHash candidates are checked exactly: the planted pairs are flagged and the same-topic non-pair is not', async () => {
    const nd = await flags('&signal=near_duplicate');
    const found = nd.map((f) => [f.otherPatentId, f.patentId].sort((a, b) => (a as number) - (b as number)).join(':'));
    for (const [a, b] of planted) expect(found).toContain(`${a}:${b}`);
    expect(found).not.toContain(`${nonPair[0]}:${nonPair[1]}`);
    expect(nd).toHaveLength(planted.length);
    // The non-pair shares its vocabulary: similar enough to be a hard case, far below the threshold.
    const [x, y] = await env.ctx.db.selectFrom('patents').select(['title', 'abstract', 'first_claim']).where('id', 'in', nonPair).execute();
    const text = (p: typeof x) => [p?.title, p?.abstract, p?.first_claim].join('\n');
    const sim = jaccard(shingles(text(x)), shingles(text(y))).similarity;
    expect(sim).toBeGreaterThan(0.2);
    expect(sim).toBeLessThan(0.7);
  });

  it('each signal explains itself on its flag, naming the figures behind it', async () => {
    const all = await flags();
    const nd = all.find((f) => f.signal === 'near_duplicate');
    expect(nd?.explanation.text).toMatch(/相似度为 \d+(\.\d)?%.*阈值 70%/);
    const burst = all.find((f) => f.signal === 'burst');
    expect(burst?.explanation.text).toContain('“突击申请有限公司”在 2025-03 提交专利申请 25 件');
    expect(burst?.explanation.params).toMatchObject({ count: 25, average: 0.1, months: 24 });
    const cluster = all.find((f) => f.signal === 'cluster');
    expect(cluster?.explanation.text).toContain('聚集大厦1号楼101室');
    expect(cluster?.explanation.params.applicants).toBe(6);
    const transfer = all.find((f) => f.signal === 'transfer');
    expect(transfer?.explanation.text).toContain('“倒卖专利有限公司”有 3 件专利在申请后 365 日内即登记转让');
    expect(transfer?.explanation.text).toContain('受让方科技有限公司');
    // No burst for the background applicants (one filing each) and no cluster for their distinct addresses.
    expect(all.filter((f) => f.signal === 'burst')).toHaveLength(1);
    expect(all.filter((f) => f.signal === 'cluster')).toHaveLength(1);
  });

  it('the evidence shows both texts side by side with the shared passages marked', async () => {
    const nd = (await flags('&signal=near_duplicate'))[0] as ScreeningFlag;
    const d = (await staff.get(`${base}/flags/${nd.id}`)).json<ScreeningFlagDetail>();
    expect(d.evidence).not.toBeNull();
    const left = d.evidence?.left.fields.find((f) => f.field === 'abstract');
    const right = d.evidence?.right.fields.find((f) => f.field === 'abstract');
    const stored = await env.ctx.db
      .selectFrom('patents')
      .select('abstract')
      .where('id', '=', d.evidence?.left.patentId as number)
      .executeTakeFirstOrThrow();
    expect(left?.segments.map((s) => s.text).join('')).toBe(stored.abstract);
    const sharedChars = (segs: { text: string; shared: boolean }[] = []) => segs.filter((s) => s.shared).reduce((n, s) => n + s.text.length, 0);
    expect(sharedChars(left?.segments)).toBeGreaterThan(200);
    expect(right?.segments.some((s) => !s.shared)).toBe(true);
  });

  it('staff confirm with a reason (audited), a decided flag cannot be decided again, and staff elsewhere get 404', async () => {
    const nd = (await flags('&signal=near_duplicate'))[0] as ScreeningFlag;
    expect((await otherStaff.get(`${base}/flags/${nd.id}`)).statusCode).toBe(404);
    const before = await auditCount(env.ctx);
    const res = await staff.post(`${base}/flags/${nd.id}/confirm`, { reason: '两件申请仅个别词语不同，系同一技术方案重复提交' });
    expect(res.statusCode).toBe(200);
    expect(res.json<ScreeningFlagDetail>()).toMatchObject({ status: 'confirmed', decisionReason: '两件申请仅个别词语不同，系同一技术方案重复提交' });
    expect(await auditCount(env.ctx)).toBe(before + 1);
    const again = await staff.post(`${base}/flags/${nd.id}/dismiss`, { reason: '误报' });
    expect(again.statusCode).toBe(409);
    const other = (await flags('&signal=cluster'))[0] as ScreeningFlag;
    expect((await staff.post(`${base}/flags/${other.id}/dismiss`, { reason: '系孵化器集中注册地址，经核实为正常经营' })).json<ScreeningFlag>().status).toBe(
      'dismissed',
    );
  });

  it('a confirmed flag links to the applicant’s credit listing for abnormal applications, and to no other', async () => {
    const nd = (await flags('&signal=near_duplicate&status=confirmed'))[0] as ScreeningFlag;
    expect(nd.orgId).toBe(enterprise);
    const wrong = await listForTest(env.ctx, { orgId: enterprise, behaviour: 'false_materials', measures: ['key_supervision'], startsOn: '2026-01-01' });
    expect((await staff.post(`${base}/flags/${nd.id}/credit-listing`, { listingId: wrong })).statusCode).toBe(409);
    const right = await listForTest(env.ctx, { orgId: enterprise, measures: ['key_supervision'], startsOn: '2026-01-01' });
    const res = await staff.post(`${base}/flags/${nd.id}/credit-listing`, { listingId: right });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ScreeningFlag>().creditListingId).toBe(right);
    const open = (await flags('&signal=near_duplicate&status=open'))[0] as ScreeningFlag;
    expect((await staff.post(`${base}/flags/${open.id}/credit-listing`, { listingId: right })).statusCode).toBe(409);
  });

  it('after an import, the incremental run screens only the new patents against the stored signatures', async () => {
    const [source] = await env.ctx.db
      .selectFrom('patents')
      .select(['id', 'title', 'abstract', 'first_claim'])
      .where('id', '=', planted[0]?.[0] as number)
      .execute();
    const [copy, fresh] = await insertTestPatents(env.ctx, [
      {
        title: source?.title ?? '',
        abstract: nearCopy(source?.abstract ?? '', rng, 4),
        claim: source?.first_claim,
        applicants: ['另一家有限公司'],
        appDate: '2025-06-01',
      },
      { title: '全新申请', abstract: syntheticText(rng, 250), claim: syntheticText(rng, 300), applicants: ['全新有限公司'] },
    ]);
    const res = await staff.post(`${base}/runs`, { mode: 'incremental' });
    expect(res.json()).toMatchObject({ mode: 'incremental', patents: 2 });
    const nd = await flags('&signal=near_duplicate');
    expect(nd.some((f) => f.patentId === copy && f.otherPatentId !== fresh)).toBe(true);
    expect(nd.some((f) => f.patentId === fresh || f.otherPatentId === fresh)).toBe(false);
    // The queue is empty now: a second run screens nothing.
    expect((await staff.post(`${base}/runs`, { mode: 'incremental' })).json()).toMatchObject({ patents: 0, newFlags: 0 });
  });
});
