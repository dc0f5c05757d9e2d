import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarYear, CalendarYearStatus, Message, WorkflowView } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { anonymousClient, buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { buildAttachment, buildHeldPatent } from '../open-licensing/test-helpers.js';
import { addDaysDetailed } from '../../platform/deadlines.js';
import { loadHolidayCalendar } from './index.js';

/**
 * A TEST FIXTURE shaped like a Spring Festival arrangement for 2027 (nine days off from Saturday 6 February,
 * Saturday 20 February worked). It is NOT the State Council's 2027 arrangement: no official 2027 notice is
 * in the repository's reference data, and invented dates must never ship as facts.
 */
const FIXTURE_SOURCE = '测试夹具（非官方 2027 年安排）';
const FIXTURE_2027 = {
  source: FIXTURE_SOURCE,
  holidays: ['06', '07', '08', '09', '10', '11', '12', '13', '14'].map((d) => ({ date: `2027-02-${d}`, name: '春节' })),
  workdays: [{ date: '2027-02-20', name: '春节' }],
};
const NOTE_2027: Message = { code: 'calendar.year_unarranged', params: { year: 2027 }, text: '2027年节假日安排未录入，期限按自然工作日估算' };

let env: TestEnv;
let admin: Client;
let staff: Client;
let ent: Client;
let entId: number;
let entUserId: number;
let adminName: string;
let usernames: { admin: string; staff: string; ent: string };

/** Signs everyone in again (moving the test clock by weeks ends idle sessions). */
async function signIn() {
  admin = await login(env.app, usernames.admin);
  staff = await login(env.app, usernames.staff);
  ent = await login(env.app, usernames.ent);
}

beforeAll(async () => {
  env = await createTestEnv();
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  entId = (await buildEnterprise(env.ctx, { region: '370811002' })).id;
  const a = await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_admin' });
  const s = await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' });
  const e = await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' });
  entUserId = e.id;
  usernames = { admin: a.username, staff: s.username, ent: e.username };
  adminName = (await env.ctx.db.selectFrom('users').select('display_name').where('id', '=', a.id).executeTakeFirstOrThrow()).display_name;
  await signIn();
});
afterAll(() => env.close());

const status = async () => (await admin.get('/api/calendar/status')).json<{ currentYearMissing: number | null; nextYearMissing: number | null }>();
const workflowOf = async (c: Client, id: number) => (await c.get(`/api/workflows/filing/${id}`)).json<WorkflowView>();
const queueItem = async (id: number) =>
  (await staff.get('/api/work-queue')).json<{ items: { recordId: number; dueOn: string; dueNotes: Message[] }[] }>().items.find((i) => i.recordId === id);
const calendarAudits = () => env.ctx.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'holiday_calendar').orderBy('id').execute();

describe('the holiday calendar seeded from chinese-days', () => {
  it('holds the package years with their source, and 2027 is missing', async () => {
    const res = await admin.get('/api/calendar/years');
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: CalendarYearStatus[] }>().items;
    expect(items.find((y) => y.year === 2026)).toMatchObject({ status: 'arranged', source: 'chinese-days', enteredBy: null });
    expect(items.find((y) => y.year === 2027)).toMatchObject({ status: 'missing', source: null, holidays: 0 });
    const y2026 = (await admin.get('/api/calendar/years/2026')).json<CalendarYear>();
    expect(y2026.days).toContainEqual({ date: '2026-02-17', kind: 'holiday', name: '春节' });
    expect(y2026.days).toContainEqual({ date: '2026-02-28', kind: 'workday', name: '春节' });
  });

  it('seeding again at the next start adds nothing', async () => {
    const count = async () =>
      Number(
        (
          await env.ctx.db
            .selectFrom('holiday_calendar')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    await loadHolidayCalendar(env.ctx);
    expect(await count()).toBe(before);
  });
});

describe('who may keep the calendar', () => {
  it('anonymous 401, staff and enterprises 403, before any body check', async () => {
    const anon = anonymousClient(env.app);
    expect((await anon.get('/api/calendar/status')).statusCode).toBe(401);
    expect((await anon.request('PUT', '/api/calendar/years/2027', FIXTURE_2027)).statusCode).toBe(401);
    expect((await staff.get('/api/calendar/years')).statusCode).toBe(403);
    expect((await staff.request('PUT', '/api/calendar/years/2027', FIXTURE_2027)).statusCode).toBe(403);
    expect((await ent.get('/api/calendar/status')).statusCode).toBe(403);
    expect(await calendarAudits()).toEqual([]);
  });

  it('bad dates are a 400 naming the field, and nothing is stored', async () => {
    const put = (body: object) => admin.request('PUT', '/api/calendar/years/2027', body);
    const outside = await put({ ...FIXTURE_2027, holidays: [...FIXTURE_2027.holidays, { date: '2028-01-01', name: '元旦' }] });
    expect(outside.statusCode).toBe(400);
    expect(outside.json<{ fields: Record<string, string> }>().fields).toEqual({ 'holidays.9.date': '日期 2028-01-01 不在 2027 年内' });
    const twice = await put({ ...FIXTURE_2027, workdays: [{ date: '2027-02-06', name: '春节' }] });
    expect(twice.statusCode).toBe(400);
    expect(Object.keys(twice.json<{ fields: Record<string, string> }>().fields)).toEqual(['workdays.0.date']);
    const invalid = await put({ ...FIXTURE_2027, holidays: [{ date: '2027-02-30', name: '春节' }] });
    expect(invalid.statusCode).toBe(400);
    expect(Object.keys(invalid.json<{ fields: Record<string, string> }>().fields)).toEqual(['holidays.0.date']);
    const noSource = await put({ ...FIXTURE_2027, source: '' });
    expect(noSource.statusCode).toBe(400);
    expect(Object.keys(noSource.json<{ fields: Record<string, string> }>().fields)).toEqual(['source']);
    expect((await admin.get('/api/calendar/years/2027')).json<CalendarYear>().status).toBe('missing');
    expect(await calendarAudits()).toEqual([]);
  });
});

describe('a 2027 clock before and after the 2027 arrangement is entered', () => {
  let filingId: number;

  it('from 1 November the administrators are told next year is missing', async () => {
    env.clock.setTo('2026-10-31T04:00:00.000Z');
    await signIn();
    expect(await status()).toEqual({ today: '2026-10-31', currentYearMissing: null, nextYearMissing: null });
    env.clock.setTo('2026-11-01T04:00:00.000Z');
    await signIn();
    expect(await status()).toEqual({ today: '2026-11-01', currentYearMissing: null, nextYearMissing: 2027 });
  });

  it('a filing submitted on Friday 29 January 2027 is due on weekdays only, and says so', async () => {
    env.clock.setTo('2027-01-29T02:00:00.000Z');
    await signIn();
    expect(await status()).toMatchObject({ currentYearMissing: 2027, nextYearMissing: null });
    const patent = await buildHeldPatent(env.ctx, entId);
    const r = await ent.post('/api/filings', {
      kind: 'patent_product',
      title: '矿用智能巡检机器人 XJ-200',
      amount: 1_000_000,
      patentIds: [patent.id],
      attachmentIds: [await buildAttachment(env.ctx, entId, entUserId, 'evidence')],
    });
    expect(r.statusCode, r.body).toBe(201);
    filingId = r.json<{ id: number }>().id;
    // 7 working days (filings.review_days), Monday to Friday: Feb 1–5, 8, 9.
    const view = await workflowOf(ent, filingId);
    expect(view.dueOn).toBe('2027-02-09');
    expect(view.dueNotes).toEqual([NOTE_2027]);
    expect(await queueItem(filingId)).toMatchObject({ dueOn: '2027-02-09', dueNotes: [NOTE_2027] });
  });

  it('an administrator enters 2027: one audit row, the clock recounted over the holiday, the note gone', async () => {
    const res = await admin.request('PUT', '/api/calendar/years/2027', FIXTURE_2027);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<CalendarYear>()).toMatchObject({ year: 2027, status: 'arranged', source: FIXTURE_SOURCE, enteredBy: adminName, holidays: 9, workdays: 1 });
    const audits = await calendarAudits();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'calendar.enter_year', entity_id: '2027', before_json: null });
    expect(JSON.parse(audits[0]?.after_json ?? '{}')).toMatchObject({ source: FIXTURE_SOURCE, recountedWorkItems: 1, workdays: ['2027-02-20 春节'] });
    // Feb 1–5, the fixture's holiday Feb 6–14, then Feb 15 and 16.
    const view = await workflowOf(ent, filingId);
    expect(view.dueOn).toBe('2027-02-16');
    expect(view.dueNotes).toEqual([]);
    expect(await queueItem(filingId)).toMatchObject({ dueOn: '2027-02-16', dueNotes: [] });
    expect(addDaysDetailed('2027-01-29', 7, 'working')).toEqual({ due: '2027-02-16', estimatedYears: [] });
    expect(await status()).toMatchObject({ currentYearMissing: null });
    const years = (await admin.get('/api/calendar/years')).json<{ items: CalendarYearStatus[] }>().items;
    expect(years.find((y) => y.year === 2027)).toMatchObject({ status: 'arranged', source: FIXTURE_SOURCE });
  });

  it('replacing the year is audited with what it replaced', async () => {
    const res = await admin.request('PUT', '/api/calendar/years/2027', { ...FIXTURE_2027, workdays: [] });
    expect(res.statusCode, res.body).toBe(200);
    const last = (await calendarAudits()).at(-1);
    expect(last).toMatchObject({ action: 'calendar.replace_year', entity_id: '2027' });
    expect(JSON.parse(last?.before_json ?? '{}')).toMatchObject({ workdays: ['2027-02-20 春节'] });
    expect((await admin.get('/api/calendar/years/2027')).json<CalendarYear>().workdays).toBe(0);
  });
});

describe('importing a year from a file', () => {
  const upload = (year: number, content: string | Buffer, name: string, source?: string) =>
    admin.request('POST', `/api/calendar/years/${year}/import`, undefined, {
      multipart: { ...(source ? { fields: { source } } : {}), file: { name, content } },
    });

  it('reads a CSV (fixture data) with the source from the form', async () => {
    const csv = '\uFEFF日期,类型,名称\n2029-01-01,放假,测试假日\n2029/1/2,放假,测试假日\n2029-01-06,调休上班,测试假日\n';
    const res = await upload(2029, csv, '2029.csv', '测试夹具（非官方安排）');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<CalendarYear>()).toMatchObject({ year: 2029, status: 'arranged', holidays: 2, workdays: 1, source: '测试夹具（非官方安排）' });
    const last = (await calendarAudits()).at(-1);
    expect(JSON.parse(last?.after_json ?? '{}')).toMatchObject({ via: 'file' });
  });

  it('reads the Excel template filled in, taking the source from its column', async () => {
    const tpl = await admin.get('/api/calendar/template');
    expect(tpl.statusCode).toBe(200);
    expect(tpl.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).values).toEqual([undefined, '日期', '类型', '名称', '来源']);
    ws?.addRow([new Date('2030-01-01T00:00:00Z'), '放假', '测试假日', '测试夹具（非官方安排）']);
    ws?.addRow(['2030-01-05', '调休上班', '测试假日', '']);
    const res = await upload(2030, Buffer.from(await wb.xlsx.writeBuffer()), '2030.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<CalendarYear>().days).toEqual([
      { date: '2030-01-01', kind: 'holiday', name: '测试假日' },
      { date: '2030-01-05', kind: 'workday', name: '测试假日' },
    ]);
  });

  it('names the row of a file that cannot be read or a date outside the year', async () => {
    const bad = await upload(2031, '日期,类型,名称\n2031-01-01,放假,元旦\n2031-01-02,休假吗,元旦\n', 'bad.csv', '测试');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json<{ fields: Record<string, string> }>().fields)).toEqual(['rows.3.kind']);
    const outside = await upload(2031, '日期,类型,名称\n2031-01-01,放假,元旦\n2032-01-01,放假,元旦\n', 'outside.csv', '测试');
    expect(outside.statusCode).toBe(400);
    expect(outside.json<{ fields: Record<string, string> }>().fields).toEqual({ 'rows.3.date': '日期 2032-01-01 不在 2031 年内' });
    const noColumns = await upload(2031, 'a,b\n1,2\n', 'x.csv', '测试');
    expect(noColumns.statusCode).toBe(400);
    expect(Object.keys(noColumns.json<{ fields: Record<string, string> }>().fields)).toEqual(['file']);
    expect((await admin.get('/api/calendar/years/2031')).json<CalendarYear>().status).toBe('missing');
  });
});
