import { todayIso } from '../../platform/context.js';
import { patentEventLabels, type PatentDetail } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { findRegionNames } from '../regions/api.js';
import { ipcAncestors } from '../reference/api.js';
import { assessPatent } from '../high-value/api.js';
import { legalStateOn, type PatentKind } from './legal-status.js';
import { findIpcTitles, findPatent, findPatentEvents, findPatentHolders } from './repository.js';
import { findPledges } from './events-repository.js';

const parseList = <T>(json: string): T[] => JSON.parse(json) as T[];

/**
 * The patent page: bibliographic data, the legal-status timeline, the legal state derived from it
 * on today's date, IPC titles and the high-value assessment. Patent data is public record, so any
 * signed-in user may read it.
 */
export async function getPatent(ctx: AppContext, id: number): Promise<PatentDetail> {
  const p = await findPatent(ctx.db, id);
  if (!p) throw notFound('专利');
  const today = todayIso(ctx);
  const codes = parseList<string>(p.ipc);
  const [events, holders, titles, regions, highValue, pledges] = await Promise.all([
    findPatentEvents(ctx.db, id),
    findPatentHolders(ctx.db, id),
    findIpcTitles(ctx.db, codes.flatMap(ipcAncestors)),
    findRegionNames(ctx.db, p.region_code ? [p.region_code] : []),
    assessPatent(ctx, id, today),
    findPledges(ctx.db, [id]),
  ]);
  const titleOf = (code: string) =>
    ipcAncestors(code)
      .map((c) => titles.get(c))
      .find((t) => t !== undefined) ?? null;
  return {
    id: p.id,
    appNo: p.app_no,
    pubNo: p.pub_no,
    grantNo: p.grant_no,
    kind: p.kind as PatentKind,
    title: p.title,
    abstract: p.abstract,
    firstClaim: p.first_claim,
    appDate: p.app_date,
    pubDate: p.pub_date,
    grantDate: p.grant_date,
    priorityDate: p.priority_date,
    applicants: parseList<string>(p.applicants),
    holders: holders.length > 0 ? holders.map((h) => ({ name: h.name, orgId: h.org_id })) : parseList<string>(p.holders).map((name) => ({ name, orgId: null })),
    inventors: parseList<string>(p.inventors),
    address: p.address,
    regionCode: p.region_code,
    regionName: p.region_code ? (regions.get(p.region_code) ?? null) : null,
    mainIpc: p.main_ipc,
    ipc: codes.map((code) => ({ code, title: titleOf(code) })),
    agency: p.agency,
    agents: parseList<string>(p.agents),
    family: parseList<{ country: string; number: string; granted: boolean }>(p.family),
    sourceStatus: p.source_status,
    legalState: legalStateOn(p, today),
    expiresOn: p.expires_on,
    terminatedOn: p.terminated_on,
    events: events.map((e) => ({
      id: e.id,
      date: e.event_date,
      kind: e.kind,
      label: patentEventLabels[e.kind] ?? e.kind,
      summary: e.summary,
      details: e.details ? (JSON.parse(e.details) as unknown) : null,
      source: e.source,
    })),
    pledges: pledges
      .filter((g) => g.registered_on <= today && (g.ended_on === null || g.ended_on > today))
      .map((g) => ({
        registrationNo: g.authority_no,
        registeredOn: g.registered_on,
        pledgor: g.pledgor,
        pledgee: g.pledgee,
        amount: Number(g.amount),
        currency: g.currency,
      })),
    highValue,
    isDemo: p.is_demo === 1,
  };
}
