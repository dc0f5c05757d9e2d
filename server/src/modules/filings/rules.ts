import dayjs from 'dayjs';
import { annualFeesOverdue, pledgedOn, suspended } from '../open-licensing/api.js';

/** One failed filing check: its code and the sentence shown to the enterprise (the 409 names every one). */
export interface FilingFailure {
  rule: string;
  message: string;
}

/** What a 备案 officer reads about one patent of the filing. */
export interface FilingPatentFacts {
  id: number;
  appNo: string;
  expiresOn: string | null;
  sourceStatus: string | null;
  holderCount: number;
  events: { kind: string; event_date: string; details: string | null }[];
  /** Other licence-contract filings of the patent still standing (submitted, forwarded or filed). */
  otherLicences: { id: number; licenceKind: string | null; startsOn: string | null; endsOn: string | null; scope: string | null }[];
  /** The open licence: a declaration still published, licences granted under any declaration that run in the term. */
  openLicence: { standingDeclarationId: number | null; runningLicences: { termEnd: string; licensee: string; platformRef: string }[] };
}

export interface FilingFacts {
  kind: string;
  licenceKind: string | null;
  startsOn: string | null;
  endsOn: string | null;
  scope: string | null;
  today: string;
  attachmentKinds: readonly string[];
  patents: FilingPatentFacts[];
}

/** Months within which a licence contract is filed after it takes effect (Implementing Rules art. 15). */
export const LICENCE_FILING_MONTHS = 3;

const details = (d: string | null): Record<string, unknown> => {
  try {
    return d ? (JSON.parse(d) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};
const overlaps = (a: { from: string | null; to: string | null }, b: { from: string | null; to: string | null }) =>
  (a.from ?? '0000') <= (b.to ?? '9999') && (b.from ?? '0000') <= (a.to ?? '9999');
const norm = (s: string | null) => (s ?? '').replace(/\s+/g, '');
/** Two scopes meet unless both are given and differ (an empty scope is the whole patent). */
const sameScope = (a: string | null, b: string | null) => norm(a) === '' || norm(b) === '' || norm(a) === norm(b);
const exclusive = (k: string | null) => k === 'exclusive' || k === 'sole';
const kindLabel = (k: string | null) => (k === 'exclusive' ? '独占许可' : k === 'sole' ? '排他许可' : '普通许可');

/** Registry licences (imported history) of the patent: exclusive or sole ones with their term. */
function registryExclusiveLicences(events: FilingPatentFacts['events']) {
  const out: { from: string; to: string | null; kind: string }[] = [];
  for (const e of events) {
    if (e.kind === 'licence_exclusive' || e.kind === 'licence_sole') {
      const until = details(e.details).until;
      out.push({ from: e.event_date, to: typeof until === 'string' ? until : null, kind: e.kind === 'licence_exclusive' ? 'exclusive' : 'sole' });
    } else if (e.kind === 'licence_end') out.shift();
  }
  return out;
}

/**
 * The checks a 备案 officer makes (each a named rule; every one that fails is returned):
 * - `filed_within_3_months`: a licence contract is filed within 3 months of taking effect (Implementing Rules art. 15);
 * - `term_within_patent`: the licence term ends no later than the patent's term;
 * - `exclusive_conflict`: no exclusive or sole licence standing for the same scope and period (an exclusive or
 *   sole licence excludes any other licence; an ordinary one meets no exclusive or sole one);
 * - `open_licence`: no exclusive or sole licence while an open-licence declaration stands, nor while licences
 *   granted under it still run after its withdrawal (Patent Law art. 50: they stay valid; Implementing Rules art. 88);
 * - `fee_grace_period`: the patent is not within the annual-fee grace period (年费滞纳期);
 * - `suspended`: not suspended for an ownership dispute or preserved by a court;
 * - `pledged`: not pledged without the pledgee's written consent;
 * - `co_owners`: a co-owned patent's contract carries the co-owners' consent.
 */
export function checkFiling(f: FilingFacts): FilingFailure[] {
  const out: FilingFailure[] = [];
  const contract = f.kind === 'transfer_contract' || f.kind === 'licence_contract';
  if (f.kind === 'licence_contract' && f.startsOn) {
    const deadline = dayjs(f.startsOn).add(LICENCE_FILING_MONTHS, 'month').format('YYYY-MM-DD');
    if (f.today > deadline) {
      out.push({
        rule: 'filed_within_3_months',
        message: `许可合同应自生效之日起3个月内备案（专利法实施细则第十五条）：合同 ${f.startsOn} 生效，备案期限已于 ${deadline} 届满`,
      });
    }
  }
  for (const p of f.patents) {
    if (f.kind === 'licence_contract' && f.endsOn) {
      if (p.expiresOn === null) {
        out.push({ rule: 'term_within_patent', message: `专利 ${p.appNo} 的申请日不详，无法核对许可期限是否在专利权期限内` });
      } else if (f.endsOn > p.expiresOn) {
        out.push({ rule: 'term_within_patent', message: `许可期限（至 ${f.endsOn}）超出专利 ${p.appNo} 的专利权期限（${p.expiresOn} 届满）` });
      }
    }
    if (f.kind === 'licence_contract') {
      const term = { from: f.startsOn, to: f.endsOn };
      const clash = p.otherLicences.find(
        (o) => (exclusive(f.licenceKind) || exclusive(o.licenceKind)) && sameScope(f.scope, o.scope) && overlaps(term, { from: o.startsOn, to: o.endsOn }),
      );
      const registry = registryExclusiveLicences(p.events).find((r) => overlaps(term, { from: r.from, to: r.to }));
      if (clash) {
        out.push({
          rule: 'exclusive_conflict',
          message: `专利 ${p.appNo} 在同一范围和期间已有${kindLabel(clash.licenceKind)}合同备案（第${clash.id}号，${clash.startsOn ?? '—'} 至 ${clash.endsOn ?? '—'}），与本次${kindLabel(f.licenceKind)}冲突`,
        });
      } else if (registry) {
        out.push({
          rule: 'exclusive_conflict',
          message: `专利 ${p.appNo} 登记有${kindLabel(registry.kind)}（${registry.from} 至 ${registry.to ?? '—'}），与本次许可的期间重叠`,
        });
      }
      if (exclusive(f.licenceKind)) {
        if (p.openLicence.standingDeclarationId !== null) {
          out.push({ rule: 'open_licence', message: `专利 ${p.appNo} 的开放许可声明尚未撤回，声明期间不能备案独占许可或排他许可（专利法实施细则第八十八条）` });
        } else if (p.openLicence.runningLicences.length > 0) {
          const l = p.openLicence.runningLicences[0];
          out.push({
            rule: 'open_licence',
            message: `专利 ${p.appNo} 的开放许可声明虽已撤回，但此前取得的开放许可仍然有效（${l?.licensee ?? ''}，至 ${l?.termEnd ?? ''}），不能在此期间备案独占许可或排他许可`,
          });
        }
      }
    }
    if (annualFeesOverdue(p.sourceStatus)) out.push({ rule: 'fee_grace_period', message: `专利 ${p.appNo} 处于年费滞纳期（未按期缴纳年费），不能备案` });
    if (suspended(p.sourceStatus)) out.push({ rule: 'suspended', message: `专利 ${p.appNo} 因权属纠纷中止或被法院保全，不能备案` });
    if (contract && pledgedOn(p.events, f.today) && !f.attachmentKinds.includes('pledgee_consent')) {
      out.push({ rule: 'pledged', message: `专利 ${p.appNo} 已质押，须附质权人同意的书面文件` });
    }
    if (contract && p.holderCount > 1 && !f.attachmentKinds.includes('co_owner_consent')) {
      out.push({ rule: 'co_owners', message: `专利 ${p.appNo} 为共有专利，须附其他共有人同意的书面文件` });
    }
  }
  return out;
}
