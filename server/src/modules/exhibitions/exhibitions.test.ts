import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Fair, FairComplaint } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { anonymousClient, auditCount, buildEnterprise, buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { buildHeldPatent, buildLicence } from '../open-licensing/test-helpers.js';
import { clockState, complaintDueAt, fairDays } from './clock.js';

const base = '/api/exhibitions';
let env: TestEnv;
const users: Record<'staff' | 'organiser' | 'exhibitor' | 'repeat' | 'other', string> = { staff: '', organiser: '', exhibitor: '', repeat: '', other: '' };
const c = {} as Record<keyof typeof users, Client>;
const org = {} as Record<'organiser' | 'exhibitor' | 'repeat' | 'other', number>;

/** Moves the clock (sessions idle past their limit end) and signs everyone in again. */
async function jumpTo(iso: string) {
  env.clock.setTo(iso);
  for (const k of Object.keys(users) as (keyof typeof users)[]) c[k] = await login(env.app, users[k]);
}

let seriesSeq = 0;
async function registerFair(extra: Record<string, unknown> = {}) {
  const r = await c.staff.post(`${base}/fairs`, {
    name: '中国（济宁）国际孔子文化节博览会',
    series: `孔子文化节博览会${++seriesSeq}`,
    edition: 1,
    venue: '济宁国际会展中心',
    regionCode: '370811',
    organiserOrgId: org.organiser,
    startsOn: '2026-03-01',
    endsOn: '2026-03-04',
    ...extra,
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json<Fair>();
}

beforeAll(async () => {
  env = await createTestEnv();
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  org.organiser = (await buildEnterprise(env.ctx, { region: '370811', name: '济宁会展集团有限公司' })).id;
  org.exhibitor = (await buildEnterprise(env.ctx, { region: '370811002', name: '济宁液压科技有限公司' })).id;
  org.repeat = (await buildEnterprise(env.ctx, { region: '370883', name: '邹城仿制机械厂' })).id;
  org.other = (await buildEnterprise(env.ctx, { region: '370883', name: '邹城专利权人有限公司' })).id;
  users.staff = (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username;
  for (const k of ['organiser', 'exhibitor', 'repeat', 'other'] as const)
    users[k] = (await buildUser(env.ctx, { orgId: org[k], role: 'enterprise_user' })).username;
  await jumpTo('2026-03-02T01:00:00.000Z');
});
afterAll(() => env.close());

describe('the complaint clock, counted in hours', () => {
  it('24 hours from receipt, never past the end of the fair’s last day (Beijing time)', () => {
    expect(complaintDueAt('2026-03-02T02:00:00.000Z', '2026-03-04', 24)).toBe('2026-03-03T02:00:00.000Z');
    // Received at 10:00 on the last day in Beijing: the desk closes at 23:59:59 that day, 14 hours on.
    const due = complaintDueAt('2026-03-04T02:00:00.000Z', '2026-03-04', 24);
    expect(due).toBe('2026-03-04T15:59:59.999Z');
    expect(clockState({ receivedAt: '2026-03-04T02:00:00.000Z', dueAt: due, handledAt: null }, '2026-03-04T05:30:00.000Z')).toMatchObject({
      hoursAllowed: 14,
      hoursTaken: 3.5,
      hoursLeft: 10.5,
      overdue: false,
      inTime: null,
    });
    expect(
      clockState({ receivedAt: '2026-03-02T02:00:00.000Z', dueAt: '2026-03-03T02:00:00.000Z', handledAt: '2026-03-03T03:00:00.000Z' }, '2026-03-05T00:00:00Z'),
    ).toMatchObject({
      hoursTaken: 25,
      hoursLeft: null,
      overdue: true,
      inTime: false,
    });
    expect(fairDays('2026-03-01', '2026-03-03')).toBe(3);
  });

  it('through the desk: received now, due in 24 hours; passed on 5 hours later is in time', async () => {
    await jumpTo('2026-03-02T01:00:00.000Z');
    const f = await registerFair();
    const r = await c.organiser.post(`${base}/fairs/${f.id}/complaints`, {
      respondentOrgId: org.exhibitor,
      complainant: '山东某某泵业有限公司',
      rightNo: 'ZL202010000001.1',
      description: '展出的液压泵落入本公司专利保护范围',
    });
    expect(r.statusCode, r.body).toBe(201);
    const k = r.json<FairComplaint>();
    expect(k).toMatchObject({ receivedAt: '2026-03-02T01:00:00.000Z', dueAt: '2026-03-03T01:00:00.000Z', hoursAllowed: 24, hoursLeft: 24, status: 'open' });
    await jumpTo('2026-03-02T06:00:00.000Z');
    const seen = await c.exhibitor.get(`${base}/complaints/${k.id}`);
    expect(seen.json<FairComplaint>()).toMatchObject({ hoursTaken: 5, hoursLeft: 19, overdue: false });
    const p = await c.organiser.post(`${base}/complaints/${k.id}/pass-on`, { to: '任城区市场监督管理局' });
    expect(p.statusCode, p.body).toBe(200);
    expect(p.json<FairComplaint>()).toMatchObject({ status: 'passed_on', hoursTaken: 5, inTime: true, hoursLeft: null });
  });

  it('the exhibitor complained of cannot act on the complaint (403), another enterprise cannot see it (404)', async () => {
    await jumpTo('2026-03-02T01:00:00.000Z');
    const f = await registerFair();
    const k = (
      await c.staff.post(`${base}/fairs/${f.id}/complaints`, { respondentOrgId: org.exhibitor, complainant: '某公司', rightNo: 'ZL1', description: '侵权' })
    ).json<FairComplaint>();
    expect((await c.exhibitor.post(`${base}/complaints/${k.id}/resolve`, { outcome: 'not_infringing' })).statusCode).toBe(403);
    expect((await c.other.get(`${base}/complaints/${k.id}`)).statusCode).toBe(404);
  });
});

describe('the register of fairs and the desk', () => {
  it('a fair of 3 days or more gets a desk and says so; a 2-day fair has none and takes no complaint', async () => {
    const three = await registerFair({ startsOn: '2026-03-02', endsOn: '2026-03-04' });
    expect(three).toMatchObject({ days: 3, deskRequired: true, deskNote: { code: 'exhibitions.desk_required', params: { days: 3, min: 3 } } });
    expect(three.desk).not.toBeNull();
    const two = await registerFair({ startsOn: '2026-03-02', endsOn: '2026-03-03' });
    expect(two).toMatchObject({ days: 2, deskRequired: false, desk: null, deskNote: { code: 'exhibitions.desk_optional' } });
    const r = await c.organiser.post(`${base}/fairs/${two.id}/complaints`, {
      respondentOrgId: org.exhibitor,
      complainant: '某公司',
      rightNo: 'ZL1',
      description: '侵权',
    });
    expect(r.statusCode).toBe(409);
    expect(r.json<ErrorBody>().messageCode).toBe('exhibitions.no_desk');
    const pub = await anonymousClient(env.app).get(`${base}/fairs/${three.id}`);
    expect(pub.statusCode).toBe(200);
  });

  it.each([
    ['endsOn', { startsOn: '2026-03-05', endsOn: '2026-03-01' }],
    ['startsOn', { startsOn: '1899-01-01' }],
    ['endsOn', { endsOn: '2026-13-01' }],
    ['regionCode', { regionCode: '37' }],
  ])('absurd input is a 400 naming the field %s, nothing written', async (field, extra) => {
    const before = await auditCount(env.ctx);
    const r = await c.staff.post(`${base}/fairs`, {
      name: '展会',
      series: '系列',
      edition: 1,
      venue: '场馆',
      regionCode: '370811',
      organiserOrgId: org.organiser,
      startsOn: '2026-03-01',
      endsOn: '2026-03-04',
      ...extra,
    });
    expect(r.statusCode).toBe(400);
    expect(Object.keys(r.json<ErrorBody>().fields ?? {})).toContain(field);
    expect(await auditCount(env.ctx)).toBe(before);
  });
});

describe('exhibit filings (报备) and commitments (不侵权承诺)', () => {
  it('a patent the exhibitor holds is filed; one it neither holds nor is licensed under is a coded 409, nothing written', async () => {
    const f = await registerFair();
    const mine = await buildHeldPatent(env.ctx, org.exhibitor);
    const ok = await c.exhibitor.post(`${base}/fairs/${f.id}/filings`, { patentId: mine.id, exhibitName: '智能液压泵', booth: 'A-108' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ basis: 'holder', exhibitName: '智能液压泵' });
    const theirs = await buildHeldPatent(env.ctx, org.other);
    const before = await auditCount(env.ctx);
    const bad = await c.exhibitor.post(`${base}/fairs/${f.id}/filings`, { patentId: theirs.id, exhibitName: '仿制液压泵' });
    expect(bad.statusCode).toBe(409);
    expect(bad.json<ErrorBody>().messageCode).toBe('exhibitions.not_holder');
    expect(await auditCount(env.ctx)).toBe(before);
    const dup = await c.exhibitor.post(`${base}/fairs/${f.id}/filings`, { patentId: mine.id, exhibitName: '智能液压泵' });
    expect(dup.json<ErrorBody>().messageCode).toBe('exhibitions.already_filed');
  });

  it('a patent held under an open licence is filed with that basis; a lapsed patent is refused', async () => {
    const f = await registerFair();
    const l = await buildLicence(env.ctx, { licensorOrgId: org.other, licenseeOrgId: org.exhibitor, regionCode: '370883' });
    const ok = await c.exhibitor.post(`${base}/fairs/${f.id}/filings`, { patentId: l.patentId, exhibitName: '许可实施产品' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ basis: 'open_licence' });
    const lapsed = await buildPatent(env.ctx, { appDate: '2000-01-01', grantDate: '2003-01-01' });
    await env.ctx.db
      .insertInto('patent_parties')
      .values({ patent_id: lapsed.id, role: 'holder', seq: 1, name: '济宁液压科技有限公司', org_id: org.exhibitor })
      .execute();
    const bad = await c.exhibitor.post(`${base}/fairs/${f.id}/filings`, { patentId: lapsed.id, exhibitName: '老产品' });
    expect(bad.statusCode).toBe(409);
    expect(bad.json<ErrorBody>().messageCode).toBe('exhibitions.patent_not_in_force');
  });

  it('the commitment is signed once; for a fair that has ended it is a coded 409, nothing written', async () => {
    const open = await registerFair();
    const s = await c.exhibitor.post(`${base}/fairs/${open.id}/commitment`, { accept: true });
    expect(s.statusCode, s.body).toBe(201);
    expect((await c.exhibitor.post(`${base}/fairs/${open.id}/commitment`, { accept: true })).json<ErrorBody>().messageCode).toBe(
      'exhibitions.already_committed',
    );
    const ended = await registerFair({ startsOn: '2026-02-20', endsOn: '2026-02-24' });
    const before = await auditCount(env.ctx);
    const r = await c.exhibitor.post(`${base}/fairs/${ended.id}/commitment`, { accept: true });
    expect(r.statusCode).toBe(409);
    expect(r.json<ErrorBody>()).toMatchObject({ messageCode: 'exhibitions.fair_ended', params: { endsOn: '2026-02-24' } });
    expect(await auditCount(env.ctx)).toBe(before);
    const mine = await c.exhibitor.get(`${base}/mine`);
    expect(mine.json<{ commitments: { fairId: number }[] }>().commitments.map((x) => x.fairId)).toContain(open.id);
  });
});

describe('repeat infringers (两届侵权，禁参下一届)', () => {
  it('found infringing at two editions: barred from the next one automatically, the organiser told; one finding does not bar', async () => {
    const series = '运河国际机械博览会';
    const edition = async (n: number, startsOn: string, endsOn: string) => {
      await jumpTo(`${startsOn}T01:00:00.000Z`);
      return registerFair({ series, edition: n, name: `第${n}届${series}`, startsOn, endsOn });
    };
    const infringe = async (fairId: number, respondent: number) => {
      const k = await c.organiser.post(`${base}/fairs/${fairId}/complaints`, {
        respondentOrgId: respondent,
        complainant: '某专利权人',
        rightNo: 'ZL2',
        description: '仿制',
      });
      expect(k.statusCode, k.body).toBe(201);
      const r = await c.organiser.post(`${base}/complaints/${k.json<{ id: number }>().id}/resolve`, {
        outcome: 'infringing',
        measures: ['exhibits_withdrawn'],
      });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json()).toMatchObject({ outcome: 'infringing', measures: ['exhibits_withdrawn'], inTime: true });
    };
    const e1 = await edition(1, '2024-05-10', '2024-05-13');
    await infringe(e1.id, org.repeat);
    await infringe(e1.id, org.other);
    const e2 = await edition(2, '2025-05-10', '2025-05-13');
    const notesBefore = await env.ctx.db.selectFrom('notifications').select('id').where('kind', '=', 'exhibitions.repeat_infringer').execute();
    await infringe(e2.id, org.repeat);
    const notes = await env.ctx.db.selectFrom('notifications').select(['title', 'body']).where('kind', '=', 'exhibitions.repeat_infringer').execute();
    expect(notes.length - notesBefore.length).toBeGreaterThan(0);
    expect(notes.at(-1)?.body).toContain('第3届');

    const e3 = await edition(3, '2026-05-10', '2026-05-13');
    expect(e3.barred.map((b) => b.orgId)).toEqual([org.repeat]);
    const held = await buildHeldPatent(env.ctx, org.repeat);
    const before = await auditCount(env.ctx);
    const f = await c.repeat.post(`${base}/fairs/${e3.id}/filings`, { patentId: held.id, exhibitName: '液压泵' });
    expect(f.statusCode).toBe(409);
    expect(f.json<ErrorBody>()).toMatchObject({ messageCode: 'exhibitions.barred', params: { edition: 3 } });
    expect((await c.repeat.post(`${base}/fairs/${e3.id}/commitment`, { accept: true })).json<ErrorBody>().messageCode).toBe('exhibitions.barred');
    expect(await auditCount(env.ctx)).toBe(before);
    // Found infringing once only: not barred.
    expect((await c.other.post(`${base}/fairs/${e3.id}/commitment`, { accept: true })).statusCode).toBe(201);
    // The public view of the fair does not name the barred.
    expect((await anonymousClient(env.app).get(`${base}/fairs/${e3.id}`)).json<Fair>().barred).toEqual([]);
  });

  it('fairs protected and complaints at fairs are computed indicators by region and period', async () => {
    const admin = await login(
      env.app,
      (await buildUser(env.ctx, { orgId: (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' })).id, role: 'bureau_admin' })).username,
    );
    const r = await admin.get('/api/indicators/values?keys=fairs_protected,fair_complaints&regionCode=370811&period=2025');
    expect(r.statusCode, r.body).toBe(200);
    const rows = r.json<{ rows: { indicatorKey: string; value: number | null }[] }>().rows;
    expect(rows.find((x) => x.indicatorKey === 'fairs_protected')?.value).toBe(1);
    expect(rows.find((x) => x.indicatorKey === 'fair_complaints')?.value).toBe(1);
  });
});
