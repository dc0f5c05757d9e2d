import type { AuthorityActBody, ObtainLicenceBody, OpenLicence, OpenLicenceStats, OpenLicenceStatus } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { mayTake } from '../../platform/workflow.js';
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
  findPatentLegalDates,
  insertLicence,
  setLicenceCnipaFiling,
  setLicenceFilingNo,
  type LicenceView,
} from './repository.js';
import { feeText, presentLicence } from './present.js';
import { maySeeLicence } from './policy.js';
import { addParty, loadParties } from '../../platform/parties.js';
import { DECLARATION } from './service.js';
import { noLicenceReason } from './workflow.js';

export const LICENCE = 'open_licence';

/** What a payment is due for under the declared standard (a lump sum; units × fee; sales × rate). */
export function paymentDue(
  d: { fee_type: string; fee_amount: number | null; royalty_rate: number | null },
  body: { units: number | null; salesAmount: number | null },
): number {
  if (d.fee_type === 'per_unit') {
    if (body.units === null) throw badRequest('按件计费须填写本次付款对应的件数', { units: '请填写件数' });
    return Math.round(body.units * Number(d.fee_amount) * 100) / 100;
  }
  if (d.fee_type === 'royalty') {
    if (body.salesAmount === null) throw badRequest('按销售额提成须填写本次付款对应的销售额', { salesAmount: '请填写销售额' });
    return Math.round(((body.salesAmount * Number(d.royalty_rate)) / 100) * 100) / 100;
  }
  return Number(d.fee_amount);
}

/**
 * Obtains a licence under a declaration CNIPA announced (取得开放许可). Patent Law art. 51: a written notice to
 * the patentee and payment at the announced standard grant the licence — the parties' act, with no
 * negotiation and no approval. The platform registers it under its own reference (平台登记号) and writes
 * nothing on the patent's legal-status history: the licence's filing (备案) is CNIPA's, recorded with CNIPA's
 * number once entered (recordLicenceFiling). A payment is recorded as what it is: the lump sum, or a
 * per-unit or royalty payment with the units or sales it covers, never less than what those are due.
 */
export async function obtainLicence(ctx: AppContext, actor: Actor, declarationId: number, body: ObtainLicenceBody): Promise<OpenLicence> {
  const d = await findDeclaration(ctx.db, declarationId);
  // Only announced declarations are public; others exist only for their patentee and reviewers.
  if (!d || (d.status !== 'published' && d.status !== 'withdrawn')) throw notFound('开放许可声明');
  if (d.status !== 'published') throw conflict(noLicenceReason[d.status as Exclude<OpenLicenceStatus, 'published'>]);
  if (Number(d.patentee_org_id) === actor.orgId) throw conflict('专利权人不能向本单位授予开放许可');
  const today = todayIso(ctx);
  const patent = await findPatentLegalDates(ctx.db, Number(d.patent_id));
  if (legalStateOn(patent, today) !== 'effective') throw conflict('该专利已失效，不能再取得许可');
  const due = paymentDue(d, body);
  if (body.paidAmount < due) {
    const what =
      d.fee_type === 'lump_sum'
        ? '公告的许可使用费'
        : d.fee_type === 'per_unit'
          ? `${body.units} 件按公告标准应付的许可使用费`
          : '该销售额按公告提成比例应付的许可使用费';
    throw conflict(`付款金额低于${what}（${due} 元）；开放许可按公告标准付费，不另行议价`, { paidAmount: '低于公告标准' });
  }
  const existing = await findLicenceInTerm(ctx.db, declarationId, actor.orgId, today);
  if (existing) throw conflict('本单位已取得该专利的开放许可，且仍在许可期限内');
  const proofs = await findAttachmentKinds(ctx.db, actor.orgId, body.attachmentIds);
  if (due > 0 && !proofs.some((p) => p.kind === 'payment_proof')) throw badRequest('请上传付款凭证', { attachmentIds: '请上传付款凭证' });
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertLicence(trx, {
      declaration_id: declarationId,
      patent_id: d.patent_id,
      licensor_org_id: d.patentee_org_id,
      licensee_org_id: actor.orgId,
      region_code: actor.regionCode,
      sme: body.sme ? 1 : 0,
      fee_agreed: due,
      paid_amount: body.paidAmount,
      paid_on: body.paidOn,
      units: d.fee_type === 'per_unit' ? body.units : null,
      sales_amount: d.fee_type === 'royalty' ? body.salesAmount : null,
      notice_text: body.noticeText,
      granted_on: today,
      term_end: licenceTermEnd(today, Number(d.term_years), d.expires_on),
      filing_no: `pending-${declarationId}-${actor.orgId}-${at}`,
      cnipa_filing_no: null,
      cnipa_filed_on: null,
      is_demo: 0,
      created_at: at,
    });
    // The platform's own registration reference (平台登记号): not a filing number, which only CNIPA gives.
    const ref = platformRef(id);
    await setLicenceFilingNo(trx, id, ref);
    await linkAttachments(trx, actor.orgId, body.attachmentIds, { recordType: LICENCE, recordId: id, step: 'obtain' });
    // The licensor sees the licence it granted; the licensee keeps seeing the declaration after a withdrawal.
    await addParty(ctx, trx, { type: LICENCE, id }, Number(d.patentee_org_id), 'counterparty');
    if (!(await loadParties(trx, { type: DECLARATION, id: declarationId })).some((p) => p.orgId === actor.orgId)) {
      await addParty(ctx, trx, { type: DECLARATION, id: declarationId }, actor.orgId, 'observer');
    }
    return {
      value: id,
      audit: {
        action: 'open_licence.obtain',
        entityType: LICENCE,
        entityId: id,
        regionCode: actor.regionCode,
        after: { declarationId, platformRef: ref, due, ...body },
      },
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
      body: `${l.licensee_name} 已书面通知并按公告标准付费，取得专利 ${d.app_no} 的开放许可（平台登记号 ${l.filing_no}）。许可合同由当事人向国家知识产权局备案，备案后请登记备案号。`,
      link: `/open-licences/licences`,
    })),
  );
  return presentLicence(l);
}

/** The platform's registration reference of a licence by notice (平台登记号). */
export const platformRef = (id: number) => `PT-OL-${String(id).padStart(6, '0')}`;

/**
 * Records CNIPA's filing of a licence by notice (登记国家知识产权局备案: its number and date; Implementing Rules
 * art. 87): either party may enter it; the patent's legal-status history gains the filing as CNIPA's act.
 */
export async function recordLicenceFiling(ctx: AppContext, actor: Actor, id: number, body: AuthorityActBody): Promise<OpenLicence> {
  const l = await loadLicence(ctx, actor, id);
  if (!mayTake(actor, { who: ['owner', 'counterparty'] }, l.subject)) throw forbidden('只有被许可人或许可人可以登记备案号');
  if (l.cnipa_filing_no) throw conflict(`该许可已登记国家知识产权局备案号 ${l.cnipa_filing_no}`);
  if (body.date > todayIso(ctx)) throw badRequest('备案日期不能晚于今天', { date: '不能晚于今天' });
  if (body.date < l.granted_on) throw badRequest(`备案日期不能早于取得许可之日（${l.granted_on}）`, { date: '不能早于取得许可之日' });
  await mutate(ctx, actor, async (trx) => {
    await setLicenceCnipaFiling(trx, id, body.number, body.date);
    await recordPatentEvents(ctx, trx, [
      {
        patentId: Number(l.patent_id),
        date: body.date,
        kind: 'licence',
        summary: `专利实施许可合同备案（开放许可，国家知识产权局备案号 ${body.number}）`,
        details: { openLicenceId: id, licensee: l.licensee_name, until: l.term_end, fee: feeText(l) },
        authority: { kind: 'cnipa', number: body.number, date: body.date, name: '国家知识产权局' },
      },
    ]);
    return {
      value: null,
      audit: {
        action: 'open_licence.record_filing',
        entityType: LICENCE,
        entityId: id,
        regionCode: l.region_code,
        after: { filingNo: body.number, filedOn: body.date },
      },
    };
  });
  return presentLicence((await findLicence(ctx.db, id)) as LicenceView);
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
