import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { OrgKind, Role, Workbench } from '@zhichan/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { buildDeclaration, buildHeldPatent } from '../open-licensing/test-helpers.js';
import { notifyUsers } from '../../platform/notify.js';

let env: TestEnv;
let staff: Client;
let siblingStaff: Client;
let staffUserId: number;
let entClient: Client;

const STAFF_CARDS = ['enterprises.pendingReview', 'openLicences.pendingReview', 'filings.pendingReview', 'indicators.pendingFigures', 'imports.jobs'];

async function workbench(c: Client): Promise<Workbench> {
  const r = await c.get('/api/workbench');
  expect(r.statusCode, r.body).toBe(200);
  return r.json<Workbench>();
}
function card(w: Workbench, key: string) {
  const c = w.cards.find((x) => x.key === key);
  if (!c) throw new Error(`no card ${key} in ${w.cards.map((x) => x.key).join(', ')}`);
  return c;
}
async function totalOf(c: Client, url: string): Promise<number> {
  const r = await c.get(url);
  expect(r.statusCode, r.body).toBe(200);
  return r.json<{ total: number }>().total;
}

beforeAll(async () => {
  env = await createTestEnv({ UPLOAD_DIR: mkdtempSync(path.join(tmpdir(), 'zc-files-')) });
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  const s = await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' });
  staffUserId = s.id;
  staff = await login(env.app, s.username);
  siblingStaff = await login(env.app, (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username);
  // Registrations waiting for review: two in 任城 (one in a town), one in 邹城.
  await buildEnterprise(env.ctx, { region: '370811', status: 'pending' });
  await buildEnterprise(env.ctx, { region: '370811002', status: 'pending' });
  await buildEnterprise(env.ctx, { region: '370883', status: 'pending' });
  // An active enterprise of 任城 declares an open licence through the API (a review step opens for 任城's reviewers).
  const ent = await buildEnterprise(env.ctx, { region: '370811002' });
  entClient = await login(env.app, (await buildUser(env.ctx, { orgId: ent.id, role: 'enterprise_user' })).username);
  const p = await buildHeldPatent(env.ctx, ent.id);
  const d = await entClient.post('/api/open-licences/declarations', {
    feeType: 'lump_sum',
    feeAmount: 30000,
    paymentMethod: 'one_off',
    termYears: 3,
    patentId: p.id,
  });
  expect(d.statusCode, d.body).toBe(201);
  // A declaration of 邹城, pending.
  const zou = await buildEnterprise(env.ctx, { region: '370883' });
  await buildDeclaration(env.ctx, { orgId: zou.id, regionCode: '370883', status: 'pending' });
  await notifyUsers(env.ctx, [
    { userId: staffUserId, kind: 't', title: '一', body: '…' },
    { userId: staffUserId, kind: 't', title: '二', body: '…' },
  ]);
});
afterAll(() => env.close());

describe('the workbench (工作台)', () => {
  it('asks for a session', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/workbench' })).statusCode).toBe(401);
  });

  it('bureau staff: each queue card counts exactly what the list it links to shows, within the jurisdiction', async () => {
    const w = await workbench(staff);
    const ent = card(w, 'enterprises.pendingReview');
    expect(ent).toMatchObject({ kind: 'queue', link: '/enterprises?status=pending', count: 2 });
    expect(ent.count).toBe(await totalOf(staff, '/api/enterprises?status=pending'));
    const ol = card(w, 'openLicences.pendingReview');
    expect(ol).toMatchObject({ link: '/open-licences/review?status=pending', count: 1 });
    expect(ol.count).toBe(await totalOf(staff, '/api/open-licences/declarations?status=pending'));
    const filings = card(w, 'filings.pendingReview');
    expect(filings.count).toBe(await totalOf(staff, '/api/filings?status=submitted'));
    const queue = card(w, 'workflow.queue');
    expect(queue.count).toBeGreaterThanOrEqual(1);
    expect(queue.count).toBe(await totalOf(staff, '/api/work-queue'));
    expect(queue.overdue).toBe(0);
    const unread = card(w, 'notifications.unread');
    // Two notices sent here and the reviewer's notice of the declaration.
    expect(unread.count).toBe(3);
    expect(unread.count).toBe((await staff.get('/api/notifications/unread-count')).json<{ unread: number }>().unread);
    expect(w.notes).toEqual([]);
    // Queue cards come before shortcuts.
    const kinds = w.cards.map((c) => c.kind);
    expect(kinds.indexOf('shortcut')).toBeGreaterThan(kinds.lastIndexOf('queue'));
  });

  it('a sibling county counts its own records only', async () => {
    const w = await workbench(siblingStaff);
    expect(card(w, 'enterprises.pendingReview').count).toBe(1);
    expect(card(w, 'openLicences.pendingReview').count).toBe(1);
    expect(card(w, 'notifications.unread').count).toBe(0);
  });

  it('an enterprise gets its own cards, counted on its own records, and no staff cards', async () => {
    const w = await workbench(entClient);
    const keys = w.cards.map((c) => c.key);
    for (const k of STAFF_CARDS) expect(keys).not.toContain(k);
    const mine = card(w, 'tech.mine');
    expect(mine.count).toBe((await totalOf(entClient, '/api/tech/demands/mine')) + (await totalOf(entClient, '/api/tech/listings/mine')));
    expect(card(w, 'workflow.queue').count).toBe(await totalOf(entClient, '/api/work-queue'));
    expect(w.notes).toEqual([]);
  });

  const partners: [Role, OrgKind, string][] = [
    // Banks, the police, the procuratorate and mediators have their own queues now (finance/, pledges/, referrals/, mediation/).
    ['public', 'individual', 'workbench.public_pending'],
  ];
  it.each(partners)('%s (%s): its own short workbench with a coded note, never staff cards', async (role, kind, note) => {
    const org = await buildOrg(env.ctx, { kind, region: '370811' });
    const c = await login(env.app, (await buildUser(env.ctx, { orgId: org.id, role })).username);
    const w = await workbench(c);
    // Banks also open the credit white lists pushed to them (a shortcut: their own queue is still to come).
    const own: string[] = role === 'bank_officer' ? ['whitelists.pushed'] : [];
    expect(w.cards.map((x) => x.key)).toEqual(['workflow.queue', 'notifications.unread', 'patents.search', ...own, 'openLicences.catalogue', 'tech.supply']);
    expect(card(w, 'workflow.queue').count).toBe(0);
    expect(w.notes.map((n) => n.code)).toEqual([note]);
    expect(w.notes[0]?.text).toMatch(/即将上线/);
  });

  // Police, procuratorates and mediators have their services now (#14): their queue, no "coming soon" note.
  const cooperating: [Role, OrgKind, string][] = [
    ['enforcement_partner', 'police', 'referrals.received'],
    ['enforcement_partner', 'procuratorate', 'referrals.received'],
    ['mediator', 'mediation', 'mediations.mine'],
  ];
  it.each(cooperating)('%s (%s): its own queue card %s first, no note, never staff cards', async (role, kind, queue) => {
    const org = await buildOrg(env.ctx, { kind, region: '370811' });
    const c = await login(env.app, (await buildUser(env.ctx, { orgId: org.id, role })).username);
    const w = await workbench(c);
    expect(w.cards.map((x) => x.key)).toEqual(['workflow.queue', queue, 'notifications.unread', 'patents.search', 'openLicences.catalogue', 'tech.supply']);
    expect(card(w, queue).count).toBe(0);
    expect(w.notes).toEqual([]);
  });
});
