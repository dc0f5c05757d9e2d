import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { processMatchQueue, rematchTuning, settleTechMatching } from './rematch.js';

/**
 * The full re-match (after a large import or a re-index): every published demand matched from scratch,
 * on worker threads for a SQLite file database, over the pool on PostgreSQL, or in turn. Whichever way,
 * the stored sets are those a single match gives, and only candidates new to a set notify its owner.
 */
describe('full re-match of all published demands', () => {
  let env: TestEnv;
  let firm: Client;
  const demandIds: number[] = [];
  const saved = { ...rematchTuning };

  const storedSets = async () =>
    (
      await env.ctx.db.selectFrom('tech_matches').select(['demand_id', 'kind', 'target_id']).orderBy('demand_id').orderBy('kind').orderBy('target_id').execute()
    ).map((r) => `${Number(r.demand_id)}:${r.kind}:${Number(r.target_id)}`);
  const matchNotes = async () =>
    Number(
      (
        await env.ctx.db
          .selectFrom('notifications')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('kind', '=', 'tech_match.new')
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    env = await createTestEnv();
    const f = await buildEnterprise(env.ctx, { region: '370811002', name: '任城测试装备有限公司' });
    await buildUser(env.ctx, { orgId: f.id, role: 'enterprise_user', username: 'firm' });
    await buildOrg(env.ctx, { kind: 'university', region: '370811' });
    firm = await login(env.app, 'firm');
    const titles = [
      ['一种锂离子电池正极材料的制备方法', 'H01M4/36'],
      ['一种锂离子电池隔膜及其制备方法', 'H01M50/40'],
      ['一种光伏组件清洗机器人', 'H02S40/10'],
      ['一种光伏组件的安装支架', 'H02S20/10'],
      ['一种玉米收获机的剥皮装置', 'A01D45/02'],
      ['一种玉米秸秆还田机', 'A01D41/12'],
    ] as const;
    for (const [title, ipc] of titles) await buildPatent(env.ctx, { title, ipc: [ipc], region: '370811' });
    for (const title of ['寻求锂离子电池正极材料技术', '寻求光伏组件清洗技术', '寻求玉米收获机械技术']) {
      const res = await firm.post('/api/tech/demands', {
        title,
        description: `${title}，可转让或许可。`,
        field: '装备',
        budget: 100_000,
        deadline: '2026-12-31',
      });
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json<{ id: number }>().id;
      expect((await firm.post(`/api/tech/demands/${id}/publish`)).statusCode).toBe(200);
      demandIds.push(id);
    }
  });
  afterAll(async () => {
    Object.assign(rematchTuning, saved);
    await settleTechMatching(env.ctx);
    await env.close();
  });

  it('keeps the sets and notifies no one when nothing changed, matched in turn or in parallel', async () => {
    const sets = await storedSets();
    expect(sets.length).toBeGreaterThan(0);
    const notes = await matchNotes();
    expect(notes).toBe(3); // one on publishing each demand
    for (const tuning of [{ workers: 0 }, { workers: 2, workerMinDemands: 1, batch: 2 }]) {
      Object.assign(rematchTuning, saved, tuning);
      expect(await processMatchQueue(env.ctx, { full: true })).toMatchObject({ demands: 3, rematched: 3, notified: 0 });
      expect(await storedSets()).toEqual(sets);
      expect(await matchNotes()).toBe(notes);
    }
  });

  it('restores a lost set and tells only its owner of the candidates new to it', async () => {
    const sets = await storedSets();
    const lost = demandIds[1] as number;
    await env.ctx.db.deleteFrom('tech_matches').where('demand_id', '=', lost).execute();
    const before = (await firm.get('/api/notifications')).json<{ total: number }>().total;
    Object.assign(rematchTuning, saved, { workers: 2, workerMinDemands: 1, batch: 2 });
    expect(await processMatchQueue(env.ctx, { full: true })).toMatchObject({ rematched: 3, notified: 1 });
    expect(await storedSets()).toEqual(sets);
    const inbox = (await firm.get('/api/notifications')).json<{ total: number; items: { title: string; link: string; body: string }[] }>();
    expect(inbox.total).toBe(before + 1);
    expect(inbox.items[0]?.title).toContain('寻求光伏组件清洗技术');
    expect(inbox.items[0]?.link).toBe(`/tech/demands/${lost}/matches`);
    expect(inbox.items[0]?.body).toContain('光伏组件清洗机器人');
  });
});
