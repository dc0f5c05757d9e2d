import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob } from '@zhichan/contract';
import { messageText } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { runPeriodicSweeps } from '../../platform/work-items.js';
import { createCliImportJob, finishImportJob, importPatents } from '../patents/api.js';
import { rowsOf } from '../patents/import/import-test-helpers.js';
import { settleImports } from './service.js';

/**
 * Command-line imports (scripts/import.ts runs createCliImportJob, then the importer): they belong to the
 * city of the configuration or the region given, and a job whose process was killed (its heartbeat
 * stopped) shows as interrupted with the "re-run to resume" note instead of running for ever.
 */
describe('command-line import jobs: region and heartbeat', () => {
  let env: TestEnv;
  let cityStaff: Client;
  let otherCityStaff: Client;
  beforeAll(async () => {
    env = await createTestEnv();
    const jining = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
    await buildUser(env.ctx, { orgId: jining.id, role: 'bureau_staff', username: 'jining-importer' });
    const jinan = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370100' });
    await buildUser(env.ctx, { orgId: jinan.id, role: 'bureau_staff', username: 'jinan-importer' });
    cityStaff = await login(env.app, 'jining-importer');
    otherCityStaff = await login(env.app, 'jinan-importer');
  });
  afterAll(async () => {
    await settleImports();
    await env.close();
  });

  const job = async (c: Client, id: number) => c.get(`/api/imports/${id}`);
  const listed = async (c: Client) => (await c.get('/api/imports?pageSize=100')).json<{ items: ImportJob[] }>().items;
  const auditOf = (id: number) =>
    env.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_username', 'region_code', 'after_json'])
      .where('entity_type', '=', 'import_job')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute();

  it('a CLI job carries the configured city region: that bureau sees it, another city does not', async () => {
    expect(env.ctx.config.cityRegion).toBe('370800');
    const { jobId, actor } = await createCliImportJob(env.ctx, { kind: 'patents', fileName: 'cli.csv' });
    await finishImportJob(env.ctx, actor, jobId, { status: 'done' });
    expect((await listed(cityStaff)).map((j) => j.id)).toContain(jobId);
    const shown = await job(cityStaff, jobId);
    expect(shown.statusCode).toBe(200);
    expect(shown.json<ImportJob>()).toMatchObject({ regionCode: '370800', status: 'done', fileName: 'cli.csv' });
    expect((await listed(otherCityStaff)).map((j) => j.id)).not.toContain(jobId);
    expect((await job(otherCityStaff, jobId)).statusCode).toBe(404);
    expect((await auditOf(jobId)).map((a) => [a.action, a.actor_username, a.region_code])).toEqual([
      ['import_job.create', 'system:import', '370800'],
      ['import_job.finish', 'system:import', '370800'],
    ]);
  });

  it('a CLI job given the region of its data belongs to that region (seen by the city above it)', async () => {
    const { jobId } = await createCliImportJob(env.ctx, { kind: 'patents', fileName: 'rencheng.csv', regionCode: '370811' });
    expect((await job(cityStaff, jobId)).json<ImportJob>()).toMatchObject({ regionCode: '370811' });
    expect((await job(otherCityStaff, jobId)).statusCode).toBe(404);
    // Left running; the next test's clock moves make it stale too, which is what a killed CLI leaves behind.
  });

  it('a job whose heartbeat goes stale shows as interrupted with the re-run note; a beating one stays running', async () => {
    const { jobId: dead } = await createCliImportJob(env.ctx, { kind: 'patents', fileName: 'killed.csv' });
    const { jobId: alive, actor } = await createCliImportJob(env.ctx, { kind: 'patents', fileName: 'alive.csv' });
    env.clock.advanceMinutes(1);
    expect((await job(cityStaff, dead)).json<ImportJob>()).toMatchObject({ status: 'running', note: null });

    // The live job commits a batch (its heartbeat) while the killed one writes nothing more.
    env.clock.advanceMinutes(1.5);
    const rows = rowsOf([{ 申请号: 'CN202410000001.1', 专利名称: '一种心跳测试装置', 申请日: '2024-01-02', 专利类型: '发明' }]);
    await importPatents(env.ctx, rows, { jobId: alive, actor, asOf: '2026-03-02' });
    env.clock.advanceMinutes(1);

    const list = await listed(cityStaff);
    const deadJob = list.find((j) => j.id === dead);
    expect(deadJob).toMatchObject({ status: 'interrupted', progress: null, finishedAt: expect.any(String) as string });
    expect(deadJob?.note).toMatchObject({ code: 'imports.interrupted', params: { minutes: 3 } }); // silent from its start 3.5 minutes before
    expect(deadJob?.note?.text).toContain('重新导入同一文件即可续传');
    expect(deadJob?.message).toContain('导入已中断');
    const note = deadJob?.note;
    expect(note && messageText(note, 'en')).toContain('re-run the same file to resume');
    expect(list.find((j) => j.id === alive)).toMatchObject({ status: 'running', note: null, totalRows: 1, inserted: 1 });

    // One system audit row for the interruption, in the job's region; reading again changes nothing.
    const marks = (await auditOf(dead)).filter((a) => a.action === 'import_job.interrupt');
    expect(marks).toEqual([expect.objectContaining({ actor_username: 'system:imports', region_code: '370800' })]);
    expect((await job(cityStaff, dead)).json<ImportJob>().status).toBe('interrupted');
    expect((await auditOf(dead)).filter((a) => a.action === 'import_job.interrupt')).toHaveLength(1);
    expect((await auditOf(alive)).filter((a) => a.action === 'import_job.interrupt')).toHaveLength(0);
  });

  it('the periodic sweep marks stale jobs without anyone reading them, once', async () => {
    const { jobId } = await createCliImportJob(env.ctx, { kind: 'trademarks', fileName: 'swept.csv' });
    // Nothing is stale yet: this job has just started, the 'alive' job above beat a minute ago.
    expect((await runPeriodicSweeps(env.ctx))['imports.interrupt_stale']).toBe(0);
    env.clock.advanceMinutes(3);
    expect((await runPeriodicSweeps(env.ctx))['imports.interrupt_stale']).toBe(2);
    expect((await runPeriodicSweeps(env.ctx))['imports.interrupt_stale']).toBe(0);
    const row = await env.ctx.db.selectFrom('import_jobs').select(['status', 'message']).where('id', '=', jobId).executeTakeFirstOrThrow();
    expect(row.status).toBe('interrupted');
  });
});
