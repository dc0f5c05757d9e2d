import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Listing, MatchList, TechContact, TechStats } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { settleImports } from '../imports/api.js';
import { settleTechMatching } from './rematch.js';
import { techDealStats } from './stats.js';

/** Lifecycle, jurisdiction, matching notifications, contacts, deals and statistics of technology supply and demand. */
describe('technology supply and demand', () => {
  let env: TestEnv;
  let uni: Client; // a university in 任城区 that supplies
  let firm: Client; // an enterprise in 任城区 that has a need
  let rival: Client; // an enterprise in 邹城市
  let rencheng: Client; // 任城区 bureau staff
  let zoucheng: Client; // 邹城市 bureau staff
  let staffCity: Client; // city bureau staff, who import
  let uniOrg: number;
  let firmOrg: number;
  let uniPatent: number;

  beforeAll(async () => {
    env = await createTestEnv();
    const u = await buildOrg(env.ctx, { kind: 'university', region: '370811', name: '济宁测试大学' });
    uniOrg = u.id;
    await buildUser(env.ctx, { orgId: u.id, role: 'enterprise_user', username: 'uni' });
    const f = await buildEnterprise(env.ctx, { region: '370811002', name: '任城测试电池有限公司' });
    firmOrg = f.id;
    await buildUser(env.ctx, { orgId: f.id, role: 'enterprise_user', username: 'firm' });
    const r = await buildEnterprise(env.ctx, { region: '370883' });
    await buildUser(env.ctx, { orgId: r.id, role: 'enterprise_user', username: 'rival' });
    const a = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
    await buildUser(env.ctx, { orgId: a.id, role: 'bureau_staff', username: 'rencheng' });
    const b = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
    await buildUser(env.ctx, { orgId: b.id, role: 'bureau_staff', username: 'zoucheng' });
    const c = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
    await buildUser(env.ctx, { orgId: c.id, role: 'bureau_staff', username: 'citystaff' });
    uni = await login(env.app, 'uni');
    firm = await login(env.app, 'firm');
    rival = await login(env.app, 'rival');
    rencheng = await login(env.app, 'rencheng');
    zoucheng = await login(env.app, 'zoucheng');
    staffCity = await login(env.app, 'citystaff');
    uniPatent = (await buildPatent(env.ctx, { title: '一种锂离子电池正极材料的制备方法', ipc: ['H01M4/36'], region: '370811' })).id;
    await env.ctx.db.insertInto('patent_parties').values({ patent_id: uniPatent, role: 'holder', seq: 1, name: '济宁测试大学', org_id: uniOrg }).execute();
    await buildPatent(env.ctx, { title: '一种锂离子电池隔膜', ipc: ['H01M50/40'], region: '370883' });
    await buildPatent(env.ctx, { title: '一种光伏组件清洗机器人', ipc: ['H02S40/10'], region: '370811' });
  });
  afterAll(async () => {
    await settleImports();
    await settleTechMatching(env.ctx);
    await env.close();
  });

  const listingBody = {
    title: '锂离子电池正极材料制备技术',
    description: '高镍正极材料的共沉淀制备工艺，已完成中试，可转让或许可。',
    field: '新能源',
    trl: 6,
    priceMode: 'transfer',
    price: 1_200_000,
  };

  describe('a listing goes draft → published → closed, and only its owner moves it', () => {
    let id: number;
    it('is a private draft until published', async () => {
      const res = await uni.post('/api/tech/listings', { ...listingBody, patentIds: [uniPatent] });
      expect(res.statusCode, res.body).toBe(201);
      const l = res.json<Listing>();
      id = l.id;
      expect(l).toMatchObject({ status: 'draft', orgName: '济宁测试大学', patents: [{ id: uniPatent }], mine: true });
      expect((await env.app.inject({ method: 'GET', url: `/api/tech/listings/${id}` })).statusCode).toBe(404);
      expect((await rival.get(`/api/tech/listings/${id}`)).statusCode).toBe(404);
      // The bureau of its county sees the draft; the sibling county's does not.
      expect((await rencheng.get(`/api/tech/listings/${id}`)).statusCode).toBe(200);
      expect((await zoucheng.get(`/api/tech/listings/${id}`)).statusCode).toBe(404);
      const sup = (await rencheng.get('/api/tech/listings/supervise?status=draft')).json<{ items: { id: number }[] }>();
      expect(sup.items.map((x) => x.id)).toContain(id);
      expect((await zoucheng.get('/api/tech/listings/supervise?regionCode=370811')).statusCode).toBe(403);
    });

    it('refuses patents the organisation does not hold, naming the field', async () => {
      const other = await buildPatent(env.ctx, { title: '一种无关的装置' });
      const res = await uni.post('/api/tech/listings', { ...listingBody, patentIds: [other.id] });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ fields: { patentIds: expect.any(String) } });
      const bad = await uni.post('/api/tech/listings', { ...listingBody, trl: 12 });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ fields: Record<string, string> }>().fields.trl).toContain('1–9');
    });

    it('is public once published, and appears in the supply hall search', async () => {
      const res = await uni.post(`/api/tech/listings/${id}/publish`);
      expect(res.statusCode).toBe(200);
      expect(res.json<Listing>()).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
      const hall = await env.app.inject({ method: 'GET', url: `/api/tech/listings?q=${encodeURIComponent('正极材料')}` });
      expect(hall.json<{ items: { id: number; mine: boolean }[] }>().items).toEqual([expect.objectContaining({ id, mine: false })]);
      const none = await env.app.inject({ method: 'GET', url: `/api/tech/listings?q=${encodeURIComponent('无人机')}` });
      expect(none.json<{ total: number }>().total).toBe(0);
    });

    it('refuses a second publish and anything after closing with a 409 saying why', async () => {
      const again = await uni.post(`/api/tech/listings/${id}/publish`);
      expect(again.statusCode).toBe(409);
      expect(again.json<{ message: string }>().message).toContain('当前状态为“已发布”，不能执行“发布”');
      expect((await rival.request('PATCH', `/api/tech/listings/${id}`, { trl: 7 })).statusCode).toBe(403);
      expect((await uni.request('PATCH', `/api/tech/listings/${id}`, { trl: 7 })).json<Listing>().trl).toBe(7);
      expect((await uni.post(`/api/tech/listings/${id}/close`)).json<Listing>().status).toBe('closed');
      const edit = await uni.request('PATCH', `/api/tech/listings/${id}`, { trl: 8 });
      expect(edit.statusCode).toBe(409);
      expect(edit.json<{ message: string }>().message).toContain('已关闭');
      const publish = await uni.post(`/api/tech/listings/${id}/publish`);
      expect(publish.statusCode).toBe(409);
      expect(publish.json<{ message: string }>().message).toContain('“已关闭”');
      expect((await uni.post(`/api/tech/listings/${id}/close`)).statusCode).toBe(409);
    });
  });

  describe('a demand is matched when published and again after imports', () => {
    let demandId: number;
    let listingId: number;
    it('publishing matches it and tells the owner, with reasons', async () => {
      const l = await uni.post('/api/tech/listings', { ...listingBody, title: '高镍锂离子电池正极材料技术', patentIds: [uniPatent] });
      listingId = l.json<Listing>().id;
      await uni.post(`/api/tech/listings/${listingId}/publish`);
      const res = await firm.post('/api/tech/demands', {
        title: '寻求锂离子电池正极材料技术',
        description: '我公司需要提升锂离子电池正极材料的容量与循环寿命，寻求可转让的制备技术。',
        field: '新能源电池',
        ipcHints: ['H01M 4/36'],
        budget: 2_000_000,
        deadline: '2026-12-31',
      });
      expect(res.statusCode, res.body).toBe(201);
      demandId = res.json<{ id: number }>().id;
      expect((await firm.post(`/api/tech/demands/${demandId}/publish`)).statusCode).toBe(200);
      const inbox = (await firm.get('/api/notifications')).json<{ items: { kind: string; title: string; body: string; link: string }[] }>().items;
      const n = inbox.find((x) => x.kind === 'tech_match.new');
      expect(n?.title).toContain('寻求锂离子电池正极材料技术');
      expect(n?.body).toContain('锂离子电池正极材料的制备方法');
      expect(n?.link).toBe(`/tech/demands/${demandId}/matches`);

      const m = (await firm.get(`/api/tech/demands/${demandId}/matches`)).json<MatchList>();
      const patent = m.items.find((c) => c.kind === 'patent' && c.id === uniPatent);
      expect(patent).toMatchObject({ contactOrgId: uniOrg, isNew: false });
      expect(patent?.explanation).toContain('共同关键词');
      expect(patent?.explanation).toContain('同属IPC主组 H01M 4/00');
      expect(patent?.explanation).toContain('与需求方同在任城区');
      const listing = m.items.find((c) => c.kind === 'listing' && c.id === listingId);
      expect(listing).toMatchObject({ contactOrgId: uniOrg, subtitle: '济宁测试大学' });
      // The photovoltaic robot shares nothing with the need.
      expect(m.items.map((c) => c.title)).not.toContain('一种光伏组件清洗机器人');
      // Same county first: the battery separator from 邹城市 shares fewer terms and no main group.
      expect(m.items[0]?.id === uniPatent || m.items[0]?.kind === 'listing').toBe(true);
    });

    it('only the owner and the bureau above it see the matches', async () => {
      expect((await rencheng.get(`/api/tech/demands/${demandId}/matches`)).statusCode).toBe(200);
      expect((await zoucheng.get(`/api/tech/demands/${demandId}/matches`)).statusCode).toBe(404);
      expect((await rival.get(`/api/tech/demands/${demandId}/matches`)).statusCode).toBe(404);
      expect((await uni.get(`/api/tech/demands/${demandId}/matches`)).statusCode).toBe(404);
    });

    it('an import of a matching patent notifies the owner of that new match only', async () => {
      const before = (await firm.get('/api/notifications')).json<{ total: number }>().total;
      const csv = [
        '申请号,专利名称,申请日,专利类型,分类号,申请人地址',
        'CN202310000001.1,一种锂离子电池正极材料包覆改性方法,2023-01-05,发明,H01M4/62,山东省济宁市任城区',
        'CN202310000002.1,一种玉米收获机,2023-01-05,发明,A01D45/02,山东省济宁市任城区',
      ].join('\n');
      const up = await staffCity.request('POST', '/api/imports', undefined, {
        multipart: { fields: { kind: 'patents' }, file: { name: 'p.csv', content: csv } },
      });
      expect(up.statusCode, up.body).toBe(201);
      await settleImports();
      const run = await settleTechMatching(env.ctx);
      expect(run).toMatchObject({ queued: 2, rematched: 1, notified: 1 });
      const inbox = (await firm.get('/api/notifications')).json<{ total: number; items: { kind: string; title: string; body: string }[] }>();
      expect(inbox.total).toBe(before + 1);
      expect(inbox.items[0]?.title).toContain('1 个新的匹配');
      expect(inbox.items[0]?.body).toContain('锂离子电池正极材料包覆改性方法');
      expect(inbox.items[0]?.body).not.toContain('玉米收获机');
      const m = (await firm.get(`/api/tech/demands/${demandId}/matches`)).json<MatchList>();
      expect(m.items.filter((c) => c.isNew)).toEqual([]);
      // Nothing queued, nothing re-matched.
      expect(await settleTechMatching(env.ctx)).toMatchObject({ queued: 0, rematched: 0 });
    });

    it('a demand whose deadline has passed cannot be published', async () => {
      const res = await firm.post('/api/tech/demands', {
        title: '过期的技术需求',
        description: '截止日期已经过去的一个技术需求。',
        field: '机械',
        deadline: '2026-01-01',
      });
      const r = await firm.post(`/api/tech/demands/${res.json<{ id: number }>().id}/publish`);
      expect(r.statusCode).toBe(409);
      expect(r.json<{ message: string }>().message).toContain('截止日期 2026-01-01 已过');
    });

    it('the owner contacts the supplier, they talk, and the contact becomes a deal that counts in the statistics', async () => {
      const res = await firm.post('/api/tech/contacts', { demandId, patentId: uniPatent, message: '希望洽谈该专利的转让事宜' });
      expect(res.statusCode, res.body).toBe(201);
      const c = res.json<TechContact>();
      expect(c).toMatchObject({
        status: 'open',
        toOrgId: uniOrg,
        fromOrgId: firmOrg,
        demandTitle: '寻求锂离子电池正极材料技术',
        messages: [{ body: '希望洽谈该专利的转让事宜' }],
      });
      const uniInbox = (await uni.get('/api/notifications')).json<{ items: { kind: string }[] }>().items;
      expect(uniInbox.map((x) => x.kind)).toContain('tech_contact.new');
      expect((await rival.get(`/api/tech/contacts/${c.id}`)).statusCode).toBe(404);
      expect((await rencheng.get(`/api/tech/contacts/${c.id}`)).statusCode).toBe(200);
      const reply = await uni.post(`/api/tech/contacts/${c.id}/messages`, { body: '可以，报价120万元' });
      expect(reply.json<TechContact>()).toMatchObject({ status: 'talking', messages: [{}, { body: '可以，报价120万元' }] });
      const deal = await firm.post(`/api/tech/contacts/${c.id}/deal`, { kind: 'transfer', amount: 1_100_000, dealDate: '2026-03-01' });
      expect(deal.statusCode, deal.body).toBe(200);
      expect(deal.json<TechContact>()).toMatchObject({
        status: 'deal',
        deal: { kind: 'transfer', amount: 1_100_000, buyerOrgId: firmOrg, sellerOrgId: uniOrg },
      });
      const twice = await firm.post(`/api/tech/contacts/${c.id}/deal`, { kind: 'transfer', amount: 1, dealDate: '2026-03-01' });
      expect(twice.statusCode).toBe(409);
      expect(twice.json<{ message: string }>().message).toContain('已成交');
      expect((await uni.post(`/api/tech/contacts/${c.id}/messages`, { body: '再说一句' })).statusCode).toBe(409);

      const stats = (await rencheng.get('/api/tech/stats?from=2026-01-01&to=2026-12-31')).json<TechStats>();
      expect(stats).toMatchObject({ regionPrefix: '370811', deals: 1, amount: 1_100_000, contacts: 1, demandsPublished: 1 });
      expect(stats.byKind.find((k) => k.kind === 'transfer')).toEqual({ kind: 'transfer', deals: 1, amount: 1_100_000 });
      expect(stats.listingsPublished).toBeGreaterThanOrEqual(2);
      expect((await techDealStats(env.ctx, { regionPrefix: '3708', from: '2026-01-01', to: '2026-12-31' })).deals).toBe(1);
      expect((await techDealStats(env.ctx, { regionPrefix: '370883' })).deals).toBe(0);
      expect((await techDealStats(env.ctx, { regionPrefix: '3708', from: '2026-03-02' })).deals).toBe(0);
      expect((await zoucheng.get('/api/tech/stats?regionCode=370811')).statusCode).toBe(403);
      const deals = (await uni.get('/api/tech/deals')).json<{ items: { subject: string }[] }>();
      expect(deals.items[0]?.subject).toContain('锂离子电池正极材料的制备方法');
      expect((await rival.get('/api/tech/deals')).json<{ total: number }>().total).toBe(0);
    });

    it('a patent whose holder is not on the platform cannot be contacted online', async () => {
      const p = await buildPatent(env.ctx, { title: '一种锂离子电池负极材料' });
      const res = await firm.post('/api/tech/contacts', { patentId: p.id, message: '希望联系' });
      expect(res.statusCode).toBe(409);
      expect(res.json<{ message: string }>().message).toContain('尚未在平台注册');
    });

    it("every IPC class an explanation says both share is in the demand's hints and among the codes shown first", async () => {
      // A real CN title whose fourth subclass is H01M (cn-patent-titles.csv: B22F|B82Y|C01B|H01M): the list shows
      // three codes, so the shared one must lead it.
      const p = await buildPatent(env.ctx, {
        title: '一种纳米锗/三维多孔石墨烯复合材料的制备方法及其应用于锂离子电池负极',
        ipc: ['B22F9/24', 'B82Y30/00', 'C01B32/184', 'H01M10/052'],
        region: '370883',
      });
      const res = await firm.post('/api/tech/demands', {
        title: '寻求锂离子电池负极复合材料技术',
        description: '需要石墨烯复合负极材料的制备技术，提升锂离子电池容量。',
        field: '新能源电池',
        ipcHints: ['H01M', 'H01M 4/36'],
      });
      const id = res.json<{ id: number }>().id;
      expect((await firm.post(`/api/tech/demands/${id}/publish`)).statusCode).toBe(200);
      const m = (await firm.get(`/api/tech/demands/${id}/matches`)).json<MatchList>();
      expect(m.items.find((c) => c.kind === 'patent' && c.id === p.id)?.explanation).toContain('同属IPC小类 H01M');
      const hints = ['H01M', 'H01M 4/36'].map((h) => h.replace(/\s+/g, ''));
      let claims = 0;
      for (const c of m.items) {
        for (const [, level, code, group] of c.explanation.matchAll(/同属IPC(小类|主组) ([A-H]\d\d[A-Z])(?: (\d+)\/00)?/g)) {
          const claimed = level === '主组' ? `${code as string}${group as string}/` : (code as string);
          const holds = (x: string) => x.replace(/\s+/g, '').startsWith(claimed);
          expect(hints.some(holds), `${c.title}: ${claimed} in the demand's hints`).toBe(true);
          expect(c.ipc.some(holds), `${c.title}: ${claimed} in ${c.ipc.join(' ')}`).toBe(true);
          expect(c.ipc.slice(0, 3).some(holds), `${c.title}: ${claimed} among the codes shown (${c.ipc.slice(0, 3).join(' ')})`).toBe(true);
          claims += 1;
        }
      }
      expect(claims).toBeGreaterThan(0);
      await firm.post(`/api/tech/demands/${id}/close`);
    });

    it('from the demand hall a supplier contacts the poster through the platform, with the details it chose', async () => {
      const created = await firm.post('/api/tech/demands', {
        title: '寻求电池极片涂布在线检测技术',
        description: '需要极片涂布厚度的在线检测方案。',
        field: '新能源电池',
        ipcHints: [],
      });
      const id = created.json<{ id: number }>().id;
      const body = {
        message: '我校有涂布厚度在线检测的成果，希望与贵公司对接。',
        contact: { name: '张老师', phone: '13912345678', email: 'zhang@example.edu.cn' },
      };
      // Not in the hall yet (a draft): 404 as for no demand at all.
      expect((await uni.post(`/api/tech/demands/${id}/contact`, body)).statusCode).toBe(404);
      expect((await uni.post(`/api/tech/demands/999999/contact`, body)).statusCode).toBe(404);
      expect((await firm.post(`/api/tech/demands/${id}/publish`)).statusCode).toBe(200);
      // Anonymous visitors are asked to sign in; the poster cannot contact itself; a contact detail is required.
      const anon = await env.app.inject({ method: 'POST', url: `/api/tech/demands/${id}/contact`, payload: body });
      expect(anon.statusCode).toBe(401);
      expect((await firm.post(`/api/tech/demands/${id}/contact`, body)).statusCode).toBe(409);
      const noWay = await uni.post(`/api/tech/demands/${id}/contact`, { message: body.message, contact: { name: '张老师' } });
      expect(noWay.statusCode).toBe(400);
      expect(Object.keys(noWay.json<{ fields: Record<string, string> }>().fields).join()).toContain('contact');

      const res = await uni.post(`/api/tech/demands/${id}/contact`, body);
      expect(res.statusCode, res.body).toBe(201);
      const c = res.json<TechContact>();
      expect(c).toMatchObject({
        demandId: id,
        fromOrgId: uniOrg,
        toOrgId: firmOrg,
        initiator: 'supplier',
        status: 'open',
        contact: { name: '张老师', phone: '13912345678' },
      });
      // The poster is told and sees who contacted it and how to reach them.
      const inbox = (await firm.get('/api/notifications')).json<{ items: { kind: string; title: string; link: string }[] }>().items;
      expect(inbox.find((n) => n.link === `/tech/contacts/${c.id}`)?.title).toContain('寻求电池极片涂布在线检测技术');
      const seen = (await firm.get(`/api/tech/contacts/${c.id}`)).json<TechContact>();
      expect(seen).toMatchObject({ fromOrgName: '济宁测试大学', contact: { name: '张老师', phone: '13912345678', email: 'zhang@example.edu.cn' } });
      expect(seen.messages[0]?.body).toBe(body.message);
      // Nobody else sees the thread; the hall never shows the details; the audit row names which were given, not them.
      expect((await rival.get(`/api/tech/contacts/${c.id}`)).statusCode).toBe(404);
      const hall = await env.app.inject({ method: 'GET', url: `/api/tech/demands/${id}` });
      expect(hall.body).not.toContain('13912345678');
      const audit = await env.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'after_json'])
        .where('entity_type', '=', 'tech_contact')
        .where('entity_id', '=', String(c.id))
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['tech_contact.create']);
      expect(audit[0]?.after_json).not.toContain('13912345678');
      expect(JSON.parse(audit[0]?.after_json ?? '{}')).toMatchObject({ initiator: 'supplier', contactGiven: ['name', 'phone', 'email'] });
      // One open thread per demand and organisation.
      expect((await uni.post(`/api/tech/demands/${id}/contact`, body)).statusCode).toBe(409);
      // The poster answers; a deal has the demander as buyer although the supplier started.
      expect((await firm.post(`/api/tech/contacts/${c.id}/messages`, { body: '欢迎，请来厂面谈。' })).json<TechContact>().status).toBe('talking');
      const deal = (await firm.post(`/api/tech/contacts/${c.id}/deal`, { kind: 'licence', amount: 300000, dealDate: '2026-03-01' })).json<TechContact>().deal;
      expect(deal).toMatchObject({ buyerOrgId: firmOrg, sellerOrgId: uniOrg });
      await firm.post(`/api/tech/demands/${id}/close`);
    });

    it('a closed demand leaves the hall and stops matching', async () => {
      expect((await firm.post(`/api/tech/demands/${demandId}/close`)).json<{ status: string }>().status).toBe('closed');
      const hall = (await env.app.inject({ method: 'GET', url: '/api/tech/demands' })).json<{ items: { id: number }[] }>();
      expect(hall.items.map((d) => d.id)).not.toContain(demandId);
      const m = await firm.get(`/api/tech/demands/${demandId}/matches`);
      expect(m.statusCode).toBe(409);
      expect((await firm.post(`/api/tech/demands/${demandId}/publish`)).statusCode).toBe(409);
    });
  });
});
