import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise } from '../../../test/factories.js';
import { convertLegalActs } from '../../db/migrations/0100-legal-acts.js';
import { buildDeclaration, buildLicence } from '../open-licensing/test-helpers.js';
import { buildFiling } from './test-helpers.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('migration 0100: what the platform recorded in its own name becomes what it was', () => {
  it('self-"published" declarations are recommended, KX numbers platform references, BA filings forwarded, own events off the history', async () => {
    const db = env.ctx.db;
    const ent = await buildEnterprise(env.ctx, { region: '370811002' });
    const other = await buildEnterprise(env.ctx, { region: '370811' });
    // As the platform wrote them before: published without CNIPA's announcement, a KX number, a BA filing, bureau events.
    const d = await buildDeclaration(env.ctx, { orgId: ent.id, regionCode: '370811002', status: 'published' });
    await db.updateTable('open_licence_declarations').set({ cnipa_announcement_no: null, cnipa_announced_on: null }).where('id', '=', d.id).execute();
    const l = await buildLicence(env.ctx, { licensorOrgId: ent.id, licenseeOrgId: other.id, regionCode: '370811002' });
    await db.updateTable('open_licences').set({ filing_no: 'KX2026370811000001' }).where('id', '=', l.id).execute();
    const f = await buildFiling(env.ctx, { orgId: ent.id, regionCode: '370811002', status: 'approved' });
    await db
      .updateTable('filings')
      .set({ filing_no: 'BA2026370811000001', authority: null, authority_name: null, authority_no: null, authority_date: null })
      .where('id', '=', f.id)
      .execute();
    const announced = await buildDeclaration(env.ctx, { orgId: ent.id, regionCode: '370811002', status: 'published' });
    const at = new Date().toISOString();
    const event = (patent_id: number, kind: string, authority: string) => ({
      patent_id,
      event_date: '2026-01-05',
      kind,
      summary: `${kind}-${authority}`,
      details: null,
      source: 'platform',
      authority,
      authority_no: 'x',
      authority_date: '2026-01-05',
      created_at: at,
    });
    await db
      .insertInto('patent_events')
      .values([event(d.patentId, 'open_licence', 'bureau'), event(l.patentId, 'licence', 'platform'), event(f.patentId, 'pledge', 'cnipa')])
      .execute();

    await convertLegalActs(db as unknown as Kysely<unknown>);

    const status = async (id: number) =>
      (await db.selectFrom('open_licence_declarations').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
    expect(await status(d.id)).toBe('recommended');
    expect(await status(announced.id)).toBe('published');
    expect((await db.selectFrom('open_licences').select('filing_no').where('id', '=', l.id).executeTakeFirstOrThrow()).filing_no).toBe(`PT-OL-${l.id}`);
    expect(await db.selectFrom('filings').select(['status', 'filing_no']).where('id', '=', f.id).executeTakeFirstOrThrow()).toEqual({
      status: 'forwarded',
      filing_no: null,
    });
    const left = await db
      .selectFrom('patent_events')
      .select(['kind', 'authority'])
      .where('summary', 'in', ['open_licence-bureau', 'licence-platform', 'pledge-cnipa'])
      .execute();
    expect(left).toEqual([{ kind: 'pledge', authority: 'cnipa' }]);
  });
});
