import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { roleDefinitions, type OrgKind, type PartyRole, type Role } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../test/harness.js';
import { buildOrg } from '../../test/factories.js';
import { effectivePermissions, type Actor } from './actor.js';
import { accessCondition, canAccess } from './jurisdiction.js';
import { addParty, endParty, loadParties } from './parties.js';

// canAccess (one record) and accessCondition (lists) are one rule written twice: random records with
// random parties, some of them ended, must give the same answer for every kind of actor, on both databases.

let env: TestEnv;
const REGIONS = ['370811002', '370811', '370883', '370883101', '370800', '370100'] as const;
type TestOrg = { id: number; role: Role; region: string };
const orgs: TestOrg[] = [];

function actorOf(o: { id: number; role: Role; region: string }): Actor {
  return {
    userId: o.id,
    username: `a${o.id}`,
    displayName: `a${o.id}`,
    role: o.role,
    scope: roleDefinitions[o.role].scope,
    orgId: o.id,
    orgKind: roleDefinitions[o.role].orgKinds[0] ?? 'individual',
    orgStatus: 'active',
    regionCode: o.region,
    permissions: effectivePermissions(o.role, 'active'),
    mustChangePassword: false,
    ip: null,
    trace: { auditRows: 0 },
  };
}

beforeAll(async () => {
  env = await createTestEnv();
  const specs: { kind: OrgKind; role: Role; region: string }[] = [
    { kind: 'ip_bureau', role: 'bureau_staff', region: '370800' },
    { kind: 'ip_bureau', role: 'bureau_staff', region: '370811' },
    { kind: 'ip_bureau', role: 'bureau_staff', region: '370883' },
    { kind: 'town_office', role: 'town_specialist', region: '370811002' },
    { kind: 'enterprise', role: 'enterprise_user', region: '370811002' },
    { kind: 'enterprise', role: 'enterprise_user', region: '370883' },
    { kind: 'bank', role: 'bank_officer', region: '370100' },
    { kind: 'bank', role: 'bank_officer', region: '370800' },
    { kind: 'police', role: 'enforcement_partner', region: '370800' },
  ];
  for (const s of specs) orgs.push({ id: (await buildOrg(env.ctx, { kind: s.kind, region: s.region })).id, role: s.role, region: s.region });
  const collate = env.ctx.dialect === 'postgres' ? sql.raw(' collate "C"') : sql.raw('');
  await sql`create table access_probe (id integer primary key, region_code text${collate} not null, owner_org_id integer)`.execute(env.ctx.db);
});
afterAll(() => env.close());

const PROBE = 'access_probe';
/** Ends parties without a signed-in user (ended_by stays empty). */
const SYSTEM = { userId: null, username: null, orgId: null, regionCode: null, ip: null, trace: { auditRows: 0 } };
const roleArb = fc.constantFrom<PartyRole>('counterparty', 'handler', 'referred_to', 'observer');

describe('parties: the record rule and its SQL twin agree', () => {
  it('for random records, parties and ended parties, every actor sees the same records both ways', async () => {
    let nextId = 1;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            region: fc.constantFrom(...REGIONS),
            owner: fc.option(fc.nat({ max: 8 }), { nil: null }),
            parties: fc.array(fc.record({ org: fc.nat({ max: 8 }), role: roleArb, ended: fc.boolean() }), { maxLength: 3 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        async (records) => {
          const ids: number[] = [];
          await env.ctx.db.transaction().execute(async (trx) => {
            for (const r of records) {
              const id = nextId++;
              ids.push(id);
              const owner = r.owner === null ? null : (orgs[r.owner]?.id ?? null);
              await sql`insert into access_probe (id, region_code, owner_org_id) values (${id}, ${r.region}, ${owner})`.execute(trx);
              for (const p of r.parties) {
                const org = orgs[p.org]?.id as number;
                await addParty(env.ctx, trx, { type: PROBE, id }, org, p.role);
                if (p.ended) await endParty(env.ctx, trx, SYSTEM, { type: PROBE, id }, org, { role: p.role, reason: '测试' });
              }
            }
          });
          for (const o of orgs) {
            const actor = actorOf(o);
            const rows = await env.ctx.db
              .selectFrom(sql`access_probe`.as('r'))
              .select(sql<number>`r.id`.as('id'))
              .where(sql<number>`r.id`, 'in', ids)
              .where(accessCondition(actor, { region: 'r.region_code', owner: 'r.owner_org_id', parties: { recordType: PROBE, idColumn: 'r.id' } }))
              .execute();
            const viaSql = rows.map((x) => Number(x.id)).sort((a, b) => a - b);
            const viaRule: number[] = [];
            for (const [i, r] of records.entries()) {
              const id = ids[i] as number;
              const parties = await loadParties(env.ctx.db, { type: PROBE, id });
              const owner = r.owner === null ? null : (orgs[r.owner]?.id ?? null);
              if (canAccess(actor, { regionCode: r.region, orgId: owner, parties })) viaRule.push(id);
            }
            expect(viaSql, `${o.role} of ${o.region}`).toEqual(viaRule);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('an ended party loses the record; its other standing role keeps it', async () => {
    const [bank, otherBank] = [orgs[6], orgs[7]] as [TestOrg, TestOrg];
    const ref = { type: PROBE, id: 100_000 };
    await sql`insert into access_probe (id, region_code, owner_org_id) values (${ref.id}, ${'370883'}, ${null})`.execute(env.ctx.db);
    await env.ctx.db.transaction().execute(async (trx) => {
      await addParty(env.ctx, trx, ref, bank.id, 'counterparty');
      await addParty(env.ctx, trx, ref, otherBank.id, 'counterparty');
      await addParty(env.ctx, trx, ref, otherBank.id, 'observer');
    });
    const sees = async (o: TestOrg) => canAccess(actorOf(o), { regionCode: '370883', orgId: null, parties: await loadParties(env.ctx.db, ref) });
    expect(await sees(bank)).toBe(true);
    await env.ctx.db.transaction().execute(async (trx) => {
      expect(await endParty(env.ctx, trx, SYSTEM, ref, bank.id, { reason: '企业撤回授权' })).toBe(true);
      expect(await endParty(env.ctx, trx, SYSTEM, ref, bank.id, { reason: '再次撤回' })).toBe(false);
      await endParty(env.ctx, trx, SYSTEM, ref, otherBank.id, { role: 'counterparty', reason: '不再受理' });
    });
    expect(await sees(bank)).toBe(false);
    expect(await sees(otherBank)).toBe(true);
  });
});
