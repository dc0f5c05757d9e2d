import type { CreditBehaviour, CreditMeasure } from '@zhichan/contract';
import { systemClock, type AppContext } from '../../platform/context.js';
import type { Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { findOrgForListing, insertListing, insertRepair } from './repository.js';
import { LISTING } from './service.js';

/**
 * Test helper for other modules' tests: lists an organisation directly (the listing and its audit row), as the
 * bureau's POST /api/credit/listings would. `endsOn` defaults to one year less a day after `startsOn`.
 */
export async function listForTest(
  ctxOrDb: AppContext | Executor,
  o: {
    orgId: number;
    behaviour?: CreditBehaviour;
    measures: CreditMeasure[];
    startsOn: string;
    endsOn?: string;
    authority?: string;
    decisionNo?: string;
    published?: boolean;
  },
): Promise<number> {
  // CREDIT-API.md names the database as the first argument; a test context works too (its clock dates the rows).
  const ctx = 'clock' in ctxOrDb ? ctxOrDb : { db: ctxOrDb, clock: systemClock };
  const org = await findOrgForListing(ctx.db, o.orgId);
  if (!org) throw new Error(`no organisation ${o.orgId}`);
  const at = ctx.clock.now().toISOString();
  const start = new Date(`${o.startsOn}T00:00:00Z`);
  const end = new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), start.getUTCDate() - 1)).toISOString().slice(0, 10);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertListing(trx, {
      org_id: o.orgId,
      subject_kind: 'org',
      subject_name: org.name,
      region_code: org.region_code,
      behaviour: o.behaviour ?? 'abnormal_patent_application',
      measures_json: JSON.stringify(o.measures),
      evidence: '测试证据',
      authority: o.authority ?? '济宁市市场监督管理局',
      decision_no: o.decisionNo ?? `济市监信〔2026〕${o.orgId}号`,
      decided_on: o.startsOn,
      starts_on: o.startsOn,
      ends_on: o.endsOn ?? end,
      ended_on: null,
      status: 'in_force',
      published: o.published ? 1 : 0,
      created_by: null,
      created_at: at,
      updated_at: at,
    });
    const system = { userId: null, username: null, orgId: null, regionCode: null, ip: null, trace: { auditRows: 0 } };
    await recordAudit(ctx, trx, system, { action: 'credit.list', entityType: LISTING, entityId: id, regionCode: org.region_code, after: o });
    return id;
  });
}

/** A pending repair application on a fresh listing of `orgId` (started `monthsAgo` months before today). */
export async function pendingRepairForTest(
  ctx: AppContext,
  orgId: number,
  monthsAgo = 7,
  measures: CreditMeasure[] = ['key_supervision'],
): Promise<{ listingId: number; repairId: number }> {
  const now = ctx.clock.now();
  const startsOn = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1)).toISOString().slice(0, 10);
  const listingId = await listForTest(ctx, { orgId, measures, startsOn });
  const org = await findOrgForListing(ctx.db, orgId);
  const repairId = await insertRepair(ctx.db, {
    listing_id: listingId,
    org_id: orgId,
    region_code: org?.region_code ?? '',
    status: 'pending',
    statement: '已撤回全部非正常申请并完成整改，承诺今后依法申请专利。',
    applied_by: null,
    applied_at: now.toISOString(),
  });
  return { listingId, repairId };
}

/** The first day of the month `monthsAgo` months before the clock's today. */
export function monthsAgo(ctx: AppContext, months: number): string {
  const now = ctx.clock.now();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1)).toISOString().slice(0, 10);
}
