import dayjs from 'dayjs';
import type { Executor } from '../../db/database.js';
import { legalStateOn } from '../patents/api.js';
import { findPatentFacts } from './repository.js';

/** One failed eligibility rule: its code and the sentence shown to the patentee. */
export interface EligibilityFailure {
  rule: string;
  message: string;
}

/** The registry facts the rules read. */
export interface PatentFacts {
  id: number;
  kind: string;
  app_date: string | null;
  grant_date: string | null;
  expires_on: string | null;
  terminated_on: string | null;
  source_status: string | null;
  holderOrgIds: number[];
  events: { kind: string; event_date: string; details: string | null }[];
}

/** Loads what the eligibility rules need about a patent from the registry. */
export async function loadPatentFacts(db: Executor, patentId: number): Promise<PatentFacts | undefined> {
  const facts = await findPatentFacts(db, patentId);
  if (!facts) return undefined;
  const { patent: p, holders, events } = facts;
  return { ...p, id: Number(p.id), holderOrgIds: holders.filter((h) => h.org_id !== null).map((h) => Number(h.org_id)), events };
}

const details = (d: string | null): Record<string, unknown> => {
  try {
    return d ? (JSON.parse(d) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/** True while an exclusive (独占) or sole (排他) licence recorded on the patent has not ended on `today`. */
export function exclusiveLicenceInForce(events: PatentFacts['events'], today: string): boolean {
  const open: { until: string | null }[] = [];
  for (const e of events) {
    if (e.event_date > today) continue;
    if (e.kind === 'licence_exclusive' || e.kind === 'licence_sole') {
      const until = details(e.details).until;
      open.push({ until: typeof until === 'string' ? until : null });
    } else if (e.kind === 'licence_end') open.shift();
  }
  return open.some((l) => l.until === null || l.until >= today);
}

/** True while a registered pledge (质押) has not been released. */
export function pledgedOn(events: PatentFacts['events'], today: string): boolean {
  let n = 0;
  for (const e of events) {
    if (e.event_date > today) continue;
    if (e.kind === 'pledge') n += 1;
    else if (e.kind === 'pledge_release') n = Math.max(0, n - 1);
  }
  return n > 0;
}

/**
 * Annual fees overdue (年费欠缴): the registry's legal-status text says so (未缴年费 / 年费滞纳, the
 * grace period before a lapse); a lapse itself already ends the patent's effective state.
 */
export function annualFeesOverdue(sourceStatus: string | null): boolean {
  return sourceStatus !== null && /未缴年费|年费滞纳|欠缴年费|滞纳金/.test(sourceStatus);
}

/** Suspended for an ownership dispute or preserved by a court (中止 / 保全). */
export function suspended(sourceStatus: string | null): boolean {
  return sourceStatus !== null && /中止|保全/.test(sourceStatus);
}

/** Advertising wording (宣传用语) that a declaration may not carry (Implementing Rules art. 85). */
const ADVERTISING = /最佳|最好|第一|顶级|极品|国家级|最先进|独家|领先全球|全网最低|绝对/;

/**
 * The eligibility rules of an open-licence declaration (Patent Law arts. 50–52; Implementing Rules
 * arts. 85–88), checked against the registry. Returns every rule that fails, each named.
 */
export function checkEligibility(
  p: PatentFacts,
  input: { orgId: number; today: string; attachmentKinds: readonly string[]; otherTerms: string; hasOtherOpenDeclaration: boolean },
): EligibilityFailure[] {
  const out: EligibilityFailure[] = [];
  if (!p.holderOrgIds.includes(input.orgId)) {
    out.push({ rule: 'patentee', message: '声明人不是该专利登记的当前专利权人，只有专利权人可以声明开放许可' });
  }
  if (legalStateOn(p, input.today) !== 'effective') {
    out.push({ rule: 'granted_effective', message: '专利未授权公告或已失效（终止、届满、无效或放弃），不能声明开放许可（专利法第五十条）' });
  }
  if (annualFeesOverdue(p.source_status)) out.push({ rule: 'annual_fee', message: '专利年费未按期缴纳，不能声明开放许可' });
  if (suspended(p.source_status)) out.push({ rule: 'suspended', message: '专利因权属纠纷中止或被法院保全，不能声明开放许可' });
  if (exclusiveLicenceInForce(p.events, input.today)) out.push({ rule: 'exclusive_licence', message: '专利存在有效期内的独占或排他许可，不能声明开放许可' });
  if (pledgedOn(p.events, input.today) && !input.attachmentKinds.includes('pledgee_consent')) {
    out.push({ rule: 'pledged', message: '专利已质押，须附质权人同意开放许可的书面文件' });
  }
  if ((p.kind === 'utility' || p.kind === 'design') && !input.attachmentKinds.includes('evaluation_report')) {
    out.push({ rule: 'evaluation_report', message: '实用新型、外观设计专利声明开放许可须附专利权评价报告' });
  }
  if (input.hasOtherOpenDeclaration) out.push({ rule: 'duplicate', message: '该专利已有审核中或已公告的开放许可声明' });
  const ad = ADVERTISING.exec(input.otherTerms);
  if (ad) out.push({ rule: 'advertising', message: `声明不得含有宣传用语（“${ad[0]}”）` });
  return out;
}

/** The end of a licence term: `years` after the grant, never after the patent expires. */
export function licenceTermEnd(grantedOn: string, years: number, expiresOn: string | null): string {
  const end = dayjs(grantedOn).add(years, 'year').format('YYYY-MM-DD');
  return expiresOn && expiresOn < end ? expiresOn : end;
}
