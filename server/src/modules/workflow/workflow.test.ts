import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { moveWorkItem, sweepDeadlines } from '../../platform/work-items.js';
import { putSetting } from '../../platform/settings.js';

let env: TestEnv;
let ent: Client;
let otherEnt: Client;
let staff: Client;
let siblingStaff: Client;
let entId: number;
let entUserId: number;
let staffUserId: number;

beforeAll(async () => {
  env = await createTestEnv({ UPLOAD_DIR: mkdtempSync(path.join(tmpdir(), 'zc-files-')) });
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  const e = await buildEnterprise(env.ctx, { region: '370811002' });
  const e2 = await buildEnterprise(env.ctx, { region: '370811002' });
  entId = e.id;
  const u = await buildUser(env.ctx, { orgId: e.id, role: 'enterprise_user' });
  entUserId = u.id;
  ent = await login(env.app, u.username);
  otherEnt = await login(env.app, (await buildUser(env.ctx, { orgId: e2.id, role: 'enterprise_user' })).username);
  const s = await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' });
  staffUserId = s.id;
  staff = await login(env.app, s.username);
  siblingStaff = await login(env.app, (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username);
});
afterAll(() => env.close());

describe('attachments', () => {
  it('accepts a PDF, stores it once per content hash and lets only the uploader’s organisation download it', async () => {
    const up = (name: string) =>
      ent.request('POST', '/api/attachments', undefined, { multipart: { fields: { kind: 'evidence' }, file: { name, content: '%PDF-1.4 同一内容' } } });
    const a = await up('证明.pdf');
    expect(a.statusCode).toBe(201);
    const b = await up('证明副本.pdf');
    expect(b.json<{ sha256: string }>().sha256).toBe(a.json<{ sha256: string }>().sha256);
    const id = a.json<{ id: number }>().id;
    const dl = await ent.get(`/api/attachments/${id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.body).toBe('%PDF-1.4 同一内容');
    expect((await otherEnt.get(`/api/attachments/${id}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/attachments/${id}`)).statusCode).toBe(404);
  });

  it('refuses an executable with 415 and an oversized file with 413', async () => {
    const exe = await ent.request('POST', '/api/attachments', undefined, { multipart: { file: { name: 'virus.exe', content: 'MZ' } } });
    expect(exe.statusCode).toBe(415);
    expect(exe.json<{ message: string }>().message).toContain('不支持的附件类型');
    await putSetting(env.ctx, env.ctx.db, 'attachments.max_mb', 1);
    const big = await ent.request('POST', '/api/attachments', undefined, {
      multipart: { file: { name: 'big.pdf', content: Buffer.alloc(1024 * 1024 + 10, 1) } },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json<{ message: string }>().message).toContain('不能超过 1 MB');
    await putSetting(env.ctx, env.ctx.db, 'attachments.max_mb', 20);
  });

  it('attachments of a record are listed and downloadable for those who see the record only', async () => {
    const a = await ent.request('POST', '/api/attachments', undefined, {
      multipart: { fields: { kind: 'other', recordType: 'enterprise', recordId: String(entId) }, file: { name: '补充材料.png', content: 'PNG data' } },
    });
    // The enterprise is active: its registration is closed, no more materials can be attached.
    expect(a.statusCode).toBe(403);
    const list = await staff.get(`/api/attachments?recordType=enterprise&recordId=${entId}`);
    expect(list.statusCode).toBe(200);
    expect((await siblingStaff.get(`/api/attachments?recordType=enterprise&recordId=${entId}`)).statusCode).toBe(404);
  });
});

describe('attachment downloads reveal nothing to outsiders', () => {
  it('an attachment of a record the caller cannot see answers exactly as a missing one', async () => {
    const at = env.ctx.clock.now().toISOString();
    const linked = await env.ctx.db
      .insertInto('attachments')
      .values({
        sha256: 'a'.repeat(64),
        size: 10,
        mime_type: 'application/pdf',
        file_name: '营业执照.pdf',
        kind: 'other',
        record_type: 'enterprise',
        record_id: entId,
        step: null,
        org_id: entId,
        uploaded_by: entUserId,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const existing = await siblingStaff.get(`/api/attachments/${Number(linked.id)}`);
    const missing = await siblingStaff.get('/api/attachments/987654321');
    expect(existing.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(existing.body).toBe(missing.body);
    expect(existing.json<{ message: string }>().message).toContain('附件不存在');
    // Another enterprise of the same town: the same answer.
    expect((await otherEnt.get(`/api/attachments/${Number(linked.id)}`)).body).toBe(missing.body);
  });
});

describe('work queue and deadline sweep', () => {
  it('shows open steps to the assignees only, overdue first, and notifies once per stage', async () => {
    await env.ctx.db.transaction().execute(async (trx) => {
      await moveWorkItem(env.ctx, trx, 'demo', 1, {
        recordType: 'demo',
        recordId: 1,
        step: '待审核',
        title: '测试审核事项',
        link: '/x/1',
        regionCode: '370811002',
        assignee: { permission: 'enterprise.review' },
        clock: { days: 3, unit: 'working', label: '审核时限' },
      });
      await moveWorkItem(env.ctx, trx, 'demo', 2, {
        recordType: 'demo',
        recordId: 2,
        step: '待补正',
        title: '测试补正事项',
        link: '/x/2',
        regionCode: '370811002',
        assignee: { orgId: entId },
      });
    });
    // Test clock: Monday 2026-03-02; 3 working days → Thursday 2026-03-05.
    const q = (await staff.get('/api/work-queue')).json<{ items: { title: string; dueOn: string; urgency: string }[] }>();
    expect(q.items.map((i) => i.title)).toEqual(['测试审核事项']);
    expect(q.items[0]?.dueOn).toBe('2026-03-05');
    expect(q.items[0]?.urgency).toBe('normal');
    expect((await siblingStaff.get('/api/work-queue')).json<{ total: number }>().total).toBe(0);
    expect((await ent.get('/api/work-queue')).json<{ items: { title: string }[] }>().items.map((i) => i.title)).toEqual(['测试补正事项']);

    expect(await sweepDeadlines(env.ctx)).toBe(0);
    env.clock.advanceMinutes(24 * 60 * 2); // Wednesday: due tomorrow
    const soon = await sweepDeadlines(env.ctx);
    expect(soon).toBeGreaterThan(0);
    expect(await sweepDeadlines(env.ctx)).toBe(0);
    env.clock.advanceMinutes(24 * 60 * 2); // Friday: overdue
    expect(await sweepDeadlines(env.ctx)).toBe(soon);
    // Sessions expired while the clock moved: sign in again.
    staff = await login(env.app, (await env.ctx.db.selectFrom('users').select('username').where('id', '=', staffUserId).executeTakeFirstOrThrow()).username);
    siblingStaff = await login(
      env.app,
      (
        await env.ctx.db
          .selectFrom('users')
          .select('username')
          .where('org_id', '!=', entId)
          .where('role', '=', 'bureau_staff')
          .where('id', '!=', staffUserId)
          .executeTakeFirstOrThrow()
      ).username,
    );
    expect((await staff.get('/api/work-queue')).json<{ overdue: number }>().overdue).toBe(1);
    const inbox = await env.ctx.db.selectFrom('notifications').select(['kind', 'title']).where('user_id', '=', staffUserId).execute();
    expect(inbox.map((n) => n.kind).sort()).toEqual(['workflow.due_soon', 'workflow.overdue']);
    expect(inbox.some((n) => n.title === '已超期：测试审核事项')).toBe(true);
    const entInbox = await env.ctx.db.selectFrom('notifications').select('kind').where('user_id', '=', entUserId).execute();
    expect(entInbox).toEqual([]);
    // Closing the step empties the queue.
    await env.ctx.db.transaction().execute((trx) => moveWorkItem(env.ctx, trx, 'demo', 1, null));
    expect((await staff.get('/api/work-queue')).json<{ total: number }>().total).toBe(0);
  });

  it('a record page shows its workflow: status, what the caller may do, the table', async () => {
    const v = await staff.get(`/api/workflows/enterprise/${entId}`);
    expect(v.statusCode).toBe(200);
    const body = v.json<{ statusLabel: string; allowedActions: unknown[]; transitions: { label: string }[] }>();
    expect(body.statusLabel).toBe('已通过');
    expect(body.allowedActions).toEqual([]);
    expect(body.transitions.map((t) => t.label)).toContain('审核通过');
    expect((await siblingStaff.get(`/api/workflows/enterprise/${entId}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/workflows/nothing/${entId}`)).statusCode).toBe(404);
  });
});
