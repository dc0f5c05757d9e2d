import { message, roleDefinitions, roles, type PreexamStats } from '@zhichan/contract';
import type { z } from 'zod';
import type { ZPreexamExaminerBody } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest } from '../../platform/errors.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import { ipcInFields } from './fields.js';
import { findExaminerCandidates, findUser, upsertExaminer } from './repository.js';

/** Roles whose holders examine (the permission `preexam.examine`). */
const examinerRoles = roles.filter((r) => roleDefinitions[r].permissions.includes('preexam.examine'));

/** A region and the regions above it (town → county → city → province): examiners there serve a request here. */
export function regionAndAbove(code: string): string[] {
  const out = [code];
  if (code.length === 9) out.push(code.slice(0, 6));
  out.push(`${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`);
  return [...new Set(out)];
}

/**
 * Picks the examiner for a request by field and workload: among the examiners serving its region, those whose
 * fields cover its IPC (all of them when none does), the one with the fewest open requests (then the lowest id).
 * The acting examiner takes it when nobody else is on the list.
 */
export async function assignExaminer(db: Executor, r: { region_code: string; ipc: string }, actor: Actor) {
  const all = (await Promise.all(regionAndAbove(r.region_code).map((code) => findExaminerCandidates(db, code, examinerRoles)))).flat();
  const serving = [...new Map(all.filter((c) => regionAndAbove(r.region_code).includes(c.regionCode)).map((c) => [c.userId, c])).values()];
  const inField = serving.filter((c) => c.ipcPrefixes !== null && ipcInFields(r.ipc, JSON.parse(c.ipcPrefixes) as string[]));
  const pool = inField.length > 0 ? inField : serving;
  const best = [...pool].sort((a, b) => a.load - b.load || a.userId - b.userId)[0];
  return best ?? { userId: actor.userId, name: actor.displayName, regionCode: actor.regionCode, ipcPrefixes: null, load: 0 };
}

/** Sets an examiner's fields (IPC prefixes); the examiner is a staff user with `preexam.examine` in the jurisdiction. */
export async function setExaminer(ctx: AppContext, actor: Actor, body: z.infer<typeof ZPreexamExaminerBody>) {
  const u = await findUser(ctx.db, body.userId);
  const ok = u && u.status === 'active' && examinerRoles.includes(u.role as never) && isWithinRegion(u.region_code, actor.regionCode);
  if (!u || !ok) throw badRequest(message('preexam.examiner_unknown'), { userId: message('preexam.examiner_unknown') });
  const prefixes = [...new Set(body.ipcPrefixes)];
  await mutate(ctx, actor, async (trx) => {
    await upsertExaminer(trx, body.userId, JSON.stringify(prefixes), nowIso(ctx));
    return {
      value: null,
      audit: { action: 'preexam.examiner.set', entityType: 'user', entityId: body.userId, regionCode: u.region_code, after: { ipcPrefixes: prefixes } },
    };
  });
  const load = (await findExaminerCandidates(ctx.db, u.region_code, examinerRoles)).find((c) => c.userId === body.userId);
  return { userId: body.userId, name: load?.name ?? '', regionCode: u.region_code, ipcPrefixes: prefixes, openRequests: load?.load ?? 0 };
}

/** Examiners in a region with their fields and open load. */
export async function examinerLoads(db: Executor, region: string): Promise<PreexamStats['examiners']> {
  return (await findExaminerCandidates(db, region, examinerRoles)).map((c) => ({
    userId: c.userId,
    name: c.name,
    regionCode: c.regionCode,
    ipcPrefixes: c.ipcPrefixes ? (JSON.parse(c.ipcPrefixes) as string[]) : [],
    openRequests: c.load,
  }));
}
