import type { ObtainLicenceBody, OpenLicence, OpenLicenceStats, OpenLicenceStatus } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { linkAttachments } from '../../platform/attachments.js';
import { assigneeUserIds } from '../../platform/work-items.js';
import { notifyUsers } from '../../platform/notify.js';
import { assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { legalStateOn, recordPatentEvents } from '../patents/api.js';
import { licenceTermEnd } from './eligibility.js';
import {
  countOpenLicensing,
  findAttachmentKinds,
  findDeclaration,
  findLicence,
  findLicenceInTerm,
  findLicencesOf,
  findOrgName,
  findPatentLegalDates,
  insertLicence,
  setLicenceFilingNo,
  type LicenceView,
} from './repository.js';
import { feeText, presentLicence } from './present.js';
import { maySeeLicence } from './policy.js';
import { addParty, loadParties } from '../../platform/parties.js';
import { DECLARATION } from './service.js';
import { noLicenceReason } from './workflow.js';

export const LICENCE = 'open_licence';

/**
 * Obtains a licence under a published declaration (取得开放许可). Patent Law art. 51: a written notice
 * to the patentee and payment at the published standard grant the licence — there is no negotiation
 * and no approval step. The licence is recorded with its filing number (备案) and the patent's
 * legal-status history gains a licence event; the patentee is told after commit.
 */
export async function obtainLicence(ctx: AppContext, actor: Actor, declarationId: number, body: ObtainLicenceBody): Promise<OpenLicence> {
  const d = await findDeclaration(ctx.db, declarationId);
  // Only published declarations are public; others exist only for their patentee and reviewers.
  if (!d || (d.status !== 'published' && d.status !== 'withdrawn')) throw notFound('开放许可声明');
  if (d.status !== 'published') throw conflict(noLicenceReason[d.status as Exclude<OpenLicenceStatus, 'published'>]);
  if (Number(d.patentee_org_id) === actor.orgId) throw conflict('专利权人不能向本单位授予开放许可');
  const today = todayIso(ctx);
  const patent = await findPatentLegalDates(ctx.db, Number(d.patent_id));
  if (legalStateOn(patent, today) !== 'effective') throw conflict('该专利已失效，不能再取得许可');
  if (d.fee_type === 'lump_sum' && body.paidAmount < Number(d.fee_amount)) {
    throw conflict(`付款金额低于公告的许可使用费（${Number(d.fee_amount)} 元）；开放许可按公告标准付费，不另行议价`, { paidAmount: '低于公告标准' });
  }
  const existing = await findLicenceInTerm(ctx.db, declarationId, actor.orgId, today);
  if (existing) throw conflict('本单位已取得该专利的开放许可，且仍在许可期限内');
  const proofs = await findAttachmentKinds(ctx.db, actor.orgId, body.attachmentIds);
  if (!proofs.some((p) => p.kind === 'payment_proof')) throw badRequest('请上传付款凭证', { attachmentIds: '请上传付款凭证' });
  const at = nowIso(ctx);
  const feeAgreed = d.fee_type === 'lump_sum' ? Number(d.fee_amount) : body.paidAmount;
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertLicence(trx, {
      declaration_id: declarationId,
      patent_id: d.patent_id,
      licensor_org_id: d.patentee_org_id,
      licensee_org_id: actor.orgId,
      region_code: actor.regionCode,
      sme: body.sme ? 1 : 0,
      fee_agreed: feeAgreed,
      paid_amount: body.paidAmount,
      paid_on: body.paidOn,
      notice_text: body.noticeText,
      granted_on: today,
      term_end: licenceTermEnd(today, Number(d.term_years), d.expires_on),
      filing_no: `pending-${declarationId}-${actor.orgId}-${at}`,
      is_demo: 0,
      created_at: at,
    });
    // Filing number (备案号): KX + year + the licensee's county + sequence, unique by the licence id.
    const filingNo = `KX${today.slice(0, 4)}${actor.regionCode.slice(0, 6)}${String(id).padStart(6, '0')}`;
    await setLicenceFilingNo(trx, id, filingNo);
    await linkAttachments(trx, actor.orgId, body.attachmentIds, { recordType: LICENCE, recordId: id, step: 'obtain' });
    // The licensor sees the licence it granted; the licensee keeps seeing the declaration after a withdrawal.
    await addParty(ctx, trx, { type: LICENCE, id }, Number(d.patentee_org_id), 'counterparty');
    if (!(await loadParties(trx, { type: DECLARATION, id: declarationId })).some((p) => p.orgId === actor.orgId)) {
      await addParty(ctx, trx, { type: DECLARATION, id: declarationId }, actor.orgId, 'observer');
    }
    const licensee = await findOrgName(trx, actor.orgId);
    // A licence by notice is filed by the platform itself, under the number it gives.
    await recordPatentEvents(ctx, trx, [
      {
        patentId: Number(d.patent_id),
        date: today,
        kind: 'licence',
        summary: `开放许可实施许可备案 ${filingNo}`,
        details: { openLicenceId: id, declarationId, licensee, filingNo, fee: feeText(d) },
        authority: { kind: 'platform', number: filingNo },
      },
    ]);
    return {
      value: id,
      audit: { action: 'open_licence.obtain', entityType: LICENCE, entityId: id, regionCode: actor.regionCode, after: { declarationId, filingNo, ...body } },
    };
  });
  const l = (await findLicence(ctx.db, id)) as LicenceView;
  const users = await assigneeUserIds(ctx.db, { assignee_org_id: Number(d.patentee_org_id), assignee_permission: null, region_code: d.region_code });
  await notifyUsers(
    ctx,
    users.map((userId) => ({
      userId,
      kind: 'open_licence.licensed',
      title: `开放许可已被取得：${d.title}`,
      body: `${l.licensee_name} 已书面通知并按公告标准付费，取得专利 ${d.app_no} 的开放许可（备案号 ${l.filing_no}）。`,
      link: `/open-licences/licences`,
    })),
  );
  return presentLicence(l);
}

/** Licences the caller's organisation obtained, or granted while it stands as their counterparty. */
export async function listMyLicences(ctx: AppContext, actor: Actor) {
  const rows = await findLicencesOf(ctx.db, actor.orgId, LICENCE);
  return { items: rows.map(presentLicence) };
}

/** Loads a licence the actor may see, with its workflow subject (the licensee owns it), or 404. */
export async function loadLicence(ctx: AppContext, actor: Actor, id: number) {
  const l = await findLicence(ctx.db, id);
  if (!l) throw notFound('开放许可');
  const subject = { regionCode: l.region_code, ownerOrgId: Number(l.licensee_org_id), parties: await loadParties(ctx.db, { type: LICENCE, id }) };
  if (!maySeeLicence(actor, { regionCode: subject.regionCode, orgId: subject.ownerOrgId, parties: subject.parties, declarationRegion: l.declaration_region })) {
    throw notFound('开放许可');
  }
  return { ...l, subject };
}

/**
 * Open-licensing statistics for the indicators (开放许可统计): declarations published, distinct
 * patents, deals (licences granted), SME licensees and fees agreed, for patentees in a region
 * (prefix of region codes) and a period of publication / grant dates (inclusive, YYYY-MM-DD).
 */
export async function openLicenceStats(
  ctx: AppContext,
  f: { regionPrefix: string; from?: string | null; to?: string | null },
): Promise<Omit<OpenLicenceStats, 'regionCode' | 'from' | 'to'>> {
  const { a, b } = await countOpenLicensing(ctx.db, f);
  return { declarations: Number(a.n), patents: Number(a.patents), deals: Number(b.n), smeLicensees: Number(b.sme), feesAgreed: Number(b.fees) };
}

/** The statistics route: the caller's jurisdiction by default; an explicit region must lie within it. */
export async function getOpenLicenceStats(ctx: AppContext, actor: Actor, q: { regionCode?: string; from?: string; to?: string }): Promise<OpenLicenceStats> {
  const regionCode = q.regionCode ?? actor.regionCode;
  if (q.regionCode) assertRegionInJurisdiction(actor, q.regionCode);
  const stats = await openLicenceStats(ctx, { regionPrefix: regionCode, from: q.from ?? null, to: q.to ?? null });
  return { regionCode, from: q.from ?? null, to: q.to ?? null, ...stats };
}
