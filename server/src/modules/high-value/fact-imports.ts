import type { z } from 'zod';
import type { ZAwardImportBody, ZPledgeImportBody } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { canAccess } from '../../platform/jurisdiction.js';
import { normaliseAppNo, recordPatentEvents, runPatentWriteHooks } from '../patents/api.js';
import { findPatentIdsByPledgeRegistration, findPatentsByAppNos, insertAwards } from './facts-repository.js';

type Skipped = { row: number; appNo: string; reason: string };

/** The patents the rows name, within the actor's jurisdiction; the others are skipped (not found, whether or not they exist). */
async function resolve(ctx: AppContext, actor: Actor, appNos: readonly string[]) {
  const normalised = appNos.map((a) => normaliseAppNo(a));
  const found = await findPatentsByAppNos(
    ctx.db,
    normalised.filter((a): a is string => a !== null),
  );
  const byNo = new Map(found.filter((p) => canAccess(actor, { regionCode: p.region_code ?? '', orgId: null })).map((p) => [p.app_no, Number(p.id)]));
  const skipped: Skipped[] = [];
  const ids = normalised.map((no, i) => {
    const id = no ? byNo.get(no) : undefined;
    if (id === undefined) skipped.push({ row: i + 1, appNo: appNos[i] ?? '', reason: no ? '登记簿中没有该专利（或不在您的管辖范围内）' : '申请号格式不正确' });
    return id;
  });
  return { ids, skipped };
}

/**
 * Imports award records (China Patent Award, National S&T Award, provincial patent awards): name, level,
 * grade, year and date per patent. Each counts for criterion 5 from its date, never for earlier dates.
 * Importing the same award again changes nothing.
 */
export async function importAwards(ctx: AppContext, actor: Actor, body: z.infer<typeof ZAwardImportBody>) {
  const { ids, skipped } = await resolve(
    ctx,
    actor,
    body.rows.map((r) => r.appNo),
  );
  return mutate(ctx, actor, async (trx) => {
    const rows = body.rows.flatMap((r, i) => {
      const id = ids[i];
      return id === undefined
        ? []
        : [{ patent_id: id, award: r.award, year: r.year, grade: r.grade ?? null, level: r.level, awarded_on: r.awardedOn ?? null, source: body.source }];
    });
    const imported = await insertAwards(trx, rows);
    await runPatentWriteHooks(ctx, trx, [...new Set(rows.map((r) => r.patent_id))]);
    return {
      value: { imported, skipped },
      audit: { action: 'high_value.awards_import', entityType: 'patent_awards', entityId: body.source, after: { imported, skipped: skipped.length } },
    };
  });
}

/**
 * Imports pledge registrations as CNIPA registered them (registration number and date, pledgor, pledgee,
 * secured amount): recorded on each patent's legal-status history under CNIPA's number and kept in the pledge
 * register. Patents under one registration number form one portfolio pledge, whose amount is apportioned.
 */
export async function importPledges(ctx: AppContext, actor: Actor, body: z.infer<typeof ZPledgeImportBody>) {
  const { ids, skipped } = await resolve(
    ctx,
    actor,
    body.rows.map((r) => r.appNo),
  );
  return mutate(ctx, actor, async (trx) => {
    const events = body.rows.flatMap((r, i) => {
      const id = ids[i];
      return id === undefined
        ? []
        : [
            {
              kind: 'pledge' as const,
              patentId: id,
              date: r.registeredOn,
              summary: `专利权质押登记（${r.registrationNo}）`,
              authority: { kind: 'cnipa' as const, number: r.registrationNo },
              pledge: { pledgor: r.pledgor ?? null, pledgee: r.pledgee, amount: r.amount },
              details: { source: body.source },
            },
          ];
    });
    await recordPatentEvents(ctx, trx, events);
    // Every patent of a registration is refreshed, those pledged under it by an earlier import too: each
    // one's share changes with the number of patents the registration covers.
    const siblings = await findPatentIdsByPledgeRegistration(
      trx,
      body.rows.map((r) => r.registrationNo),
    );
    await runPatentWriteHooks(
      ctx,
      trx,
      siblings.filter((id) => !events.some((e) => e.patentId === id)),
    );
    return {
      value: { imported: events.length, skipped },
      audit: {
        action: 'high_value.pledges_import',
        entityType: 'patent_pledges',
        entityId: body.source,
        after: { imported: events.length, skipped: skipped.length },
      },
    };
  });
}
