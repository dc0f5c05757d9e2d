import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agency, ErrorBody, InspectionObject, InspectionPlan } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { anonymousClient, auditCount, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { addDays } from '../../platform/deadlines.js';
import { drawPlan, objectsToDraw, pick, seededRandom } from './draw.js';
import { CHECKLIST, ensureDirectory } from './test-helpers.js';

/** The value, or a failed test naming what was missing. */
function must<T>(v: T | undefined): T {
  if (v === undefined) throw new Error('expected a value');
  return v;
}

const base = '/api/agency-inspections';
let env: TestEnv;
let staff: Client;
let staffB: Client;
let anon: Client;

beforeAll(async () => {
  env = await createTestEnv();
  staff = await login(
    env.app,
    (await buildUser(env.ctx, { orgId: (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' })).id, role: 'bureau_staff' })).username,
  );
  staffB = await login(
    env.app,
    (await buildUser(env.ctx, { orgId: (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' })).id, role: 'bureau_staff' })).username,
  );
  anon = anonymousClient(env.app);
});
afterAll(() => env.close());

describe('the seeded draw', () => {
  it('the same seed gives the same draw whatever the pool’s order; another seed gives another', () => {
    const pool = { agencies: [11, 3, 7, 5, 9, 1, 13, 15, 17, 19], inspectors: [2, 4, 6, 8, 10, 12] };
    const a = drawPlan('2026-济宁-抽查', pool, 30, 2);
    const b = drawPlan('2026-济宁-抽查', { agencies: [...pool.agencies].reverse(), inspectors: [...pool.inspectors].reverse() }, 30, 2);
    expect(a).toEqual(b);
    expect(a).toHaveLength(3);
    expect(a.every((o) => o.inspectorIds.length === 2 && o.inspectorIds[0] !== o.inspectorIds[1])).toBe(true);
    expect(drawPlan('另一个种子', pool, 30, 2)).not.toEqual(a);
    expect(objectsToDraw(7, 10)).toBe(1);
    expect(objectsToDraw(0, 50)).toBe(0);
    // A fixed seed's first numbers never change (a re-run next year gets the same).
    const r = seededRandom('seed');
    const first = [r(), r()];
    const again = seededRandom('seed');
    expect([again(), again()]).toEqual(first);
    expect(pick([1, 2, 3], 5, seededRandom('x')).sort()).toEqual([1, 2, 3]);
  });
});

describe('agency inspections (双随机一公开)', () => {
  let plan: InspectionPlan;

  it('directories: an agency’s filing runs 3 years', async () => {
    const r = await staff.post(`${base}/agencies`, {
      kind: 'patent',
      name: '济宁某专利代理事务所',
      regionCode: '370811',
      filingNo: '鲁专代备-001',
      filedOn: '2022-05-01',
      agents: ['王某', '李某'],
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json<Agency>()).toMatchObject({ filingValidUntil: '2025-05-01', filingStatus: 'expired', agents: ['王某', '李某'] });
    expect(
      (await staffB.post(`${base}/agencies`, { kind: 'patent', name: '越权登记', regionCode: '370811', filingNo: 'x-1', filedOn: '2025-01-01' })).statusCode,
    ).toBe(403);
    await ensureDirectory(env.ctx, '370811', 6, 5);
  });

  it('a plan needs at least 2 inspectors per object', async () => {
    const bad = await staff.post(`${base}/plans`, {
      regionCode: '370811',
      year: 2026,
      title: '2026年度抽查',
      sharePercent: 50,
      inspectorsPerObject: 1,
      checklist: CHECKLIST,
    });
    expect(bad.statusCode).toBe(400);
    const ok = await staff.post(`${base}/plans`, {
      regionCode: '370811',
      year: 2026,
      title: '2026年度抽查',
      sharePercent: 50,
      inspectorsPerObject: 2,
      checklist: CHECKLIST,
    });
    expect(ok.statusCode).toBe(201);
    plan = ok.json<InspectionPlan>();
    expect(
      (await staff.post(`${base}/plans`, { regionCode: '370811', year: 2026, title: '重复', sharePercent: 50, inspectorsPerObject: 2, checklist: CHECKLIST }))
        .statusCode,
    ).toBe(409);
  });

  it('the draw records its seed; anyone re-runs it and gets the same; another seed is refused and the recorded draw stands', async () => {
    const drawn = (await staff.post(`${base}/plans/${plan.id}/draw`, { seed: '2026-任城-0302' })).json<InspectionPlan>();
    expect(drawn.seed).toBe('2026-任城-0302');
    // 6 agencies, one expired filing: 5 in the pool, 50 % → 3 objects, 2 inspectors each.
    expect(drawn.poolAgencies).toBe(5);
    expect(drawn.objects).toHaveLength(3);
    expect(drawn.objects.every((o) => o.inspectors.length === 2)).toBe(true);

    const verify = await anon.get(`${base}/plans/${plan.id}/verify?seed=${encodeURIComponent('2026-任城-0302')}`);
    expect(verify.json<{ matches: boolean; objects: { agencyId: number }[] }>()).toMatchObject({ matches: true });
    expect(verify.json<{ objects: { agencyId: number }[] }>().objects.map((o) => o.agencyId)).toEqual(drawn.objects.map((o) => o.agencyId));
    const other = await anon.get(`${base}/plans/${plan.id}/verify?seed=other`);
    expect(other.json<{ matches: boolean }>().matches).toBe(false);

    const before = await auditCount(env.ctx);
    const rerun = await staff.post(`${base}/plans/${plan.id}/draw`, { seed: '换一个种子' });
    expect(rerun.statusCode).toBe(409);
    expect(rerun.json<ErrorBody>().messageCode).toBe('agency.seed_recorded');
    expect(await auditCount(env.ctx)).toBe(before);
    const same = (await staff.post(`${base}/plans/${plan.id}/draw`, { seed: '2026-任城-0302' })).json<InspectionPlan>();
    expect(same.objects).toEqual(drawn.objects);
    // Another county sees nothing of it.
    expect((await staffB.post(`${base}/plans/${plan.id}/draw`, { seed: '2026-任城-0302' })).statusCode).toBe(404);
  });

  it('recusal: the inspector with a conflict is replaced by a fresh recorded draw; the team keeps 2', async () => {
    const o = must(must((await staff.get(`${base}/plans`)).json<{ items: InspectionPlan[] }>().items.find((p) => p.id === plan.id)).objects[0]);
    const out = must(o.inspectors[0]).inspectorId;
    const r = await staff.post(`${base}/objects/${o.id}/recusal`, { inspectorId: out, reason: '曾在该机构任职' });
    expect(r.statusCode, r.body).toBe(200);
    const after = r.json<InspectionObject>();
    const active = after.inspectors.filter((i) => !i.recused);
    expect(active).toHaveLength(2);
    expect(active.map((i) => i.inspectorId)).not.toContain(out);
    const fresh = must(after.inspectors.find((i) => !o.inspectors.some((x) => x.inspectorId === i.inspectorId)));
    expect(fresh.seed).toBe(`2026-任城-0302/回避/${o.id}/1`);
    // Recorded: the original draw still verifies.
    expect((await anon.get(`${base}/plans/${plan.id}/verify?seed=${encodeURIComponent('2026-任城-0302')}`)).json<{ matches: boolean }>().matches).toBe(true);
    // The recused inspector cannot be recused twice.
    expect((await staff.post(`${base}/objects/${o.id}/recusal`, { inspectorId: out, reason: '重复' })).statusCode).toBe(409);
  });

  it('results on the checklist start a 20-working-day publication clock; published results are public', async () => {
    const o = must(must((await staff.get(`${base}/plans`)).json<{ items: InspectionPlan[] }>().items.find((p) => p.id === plan.id)).objects[1]);
    expect((await staff.post(`${base}/objects/${o.id}/publish`, {})).statusCode).toBe(409);
    const unknown = await staff.post(`${base}/objects/${o.id}/result`, { findings: [{ item: '不在清单里的事项', compliant: true }] });
    expect(unknown.statusCode).toBe(400);
    const res = (
      await staff.post(`${base}/objects/${o.id}/result`, {
        findings: [
          { item: CHECKLIST[0], compliant: false, note: '办公地址与备案不符' },
          { item: CHECKLIST[1], compliant: true },
        ],
        measures: '责令30日内整改',
      })
    ).json<InspectionObject>();
    expect(res).toMatchObject({ status: 'concluded', concludedOn: '2026-03-02', publishDueOn: addDays('2026-03-02', 20, 'working'), overdue: false });
    expect((await anon.get(`${base}/results`)).json<{ items: unknown[] }>().items).toHaveLength(0);
    const pub = (await staff.post(`${base}/objects/${o.id}/publish`, {})).json<InspectionObject>();
    expect(pub.status).toBe('published');
    const list = (await anon.get(`${base}/results`)).json<{
      items: { agencyName: string; publishedInTime: boolean; measures: string; seed: string; inspectors: string[] }[];
    }>();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ agencyName: o.agencyName, publishedInTime: true, measures: '责令30日内整改', seed: '2026-任城-0302' });
    expect(must(list.items[0]).inspectors).toHaveLength(2);
    expect((await staff.post(`${base}/objects/${o.id}/publish`, {})).statusCode).toBe(409);
  });

  it('a result published after its clock shows as late', async () => {
    const o = must(must((await staff.get(`${base}/plans`)).json<{ items: InspectionPlan[] }>().items.find((p) => p.id === plan.id)).objects[2]);
    await staff.post(`${base}/objects/${o.id}/result`, { findings: [{ item: CHECKLIST[2], compliant: true }], measures: '' });
    env.clock.setTo('2026-04-30T01:00:00.000Z');
    const late = await login(
      env.app,
      (await buildUser(env.ctx, { orgId: (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' })).id, role: 'bureau_staff' })).username,
    );
    const listed = must(must((await late.get(`${base}/plans`)).json<{ items: InspectionPlan[] }>().items.find((p) => p.id === plan.id)).objects[2]);
    expect(listed.overdue).toBe(true);
    await late.post(`${base}/objects/${o.id}/publish`, {});
    const item = (await anon.get(`${base}/results`)).json<{ items: { objectId: number; publishedInTime: boolean }[] }>().items.find((x) => x.objectId === o.id);
    expect(item?.publishedInTime).toBe(false);
  });
});
