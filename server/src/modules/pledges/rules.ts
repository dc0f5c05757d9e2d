import { message, type Message, type PledgeRule } from '@zhichan/contract';
import { annualFeesOverdue, suspended } from '../open-licensing/api.js';
import { isInForceOn } from '../patents/api.js';

/** One failed registration rule: its rule and the coded sentence naming the right (the 409 names every one). */
export interface PledgeFailure {
  rule: PledgeRule;
  message: Message;
}

/** What the registration rules read of one pledged patent. */
export interface PatentPledgeFacts {
  id: number;
  appNo: string;
  grantDate: string | null;
  expiresOn: string | null;
  terminatedOn: string | null;
  sourceStatus: string | null;
  /** Organisations of the registered holders (null: a holder not on the platform). */
  holderOrgIds: (number | null)[];
  /** The registration numbers of the pledges in force on it. */
  standingPledges: (string | null)[];
  /** Another open pledge application holding it. */
  pendingApplicationId: number | null;
  /** The open-licence declaration standing on it, if any. */
  openLicenceDeclarationId: number | null;
}

export interface TrademarkPledgeFacts {
  id: number;
  regNo: string;
  ownerOrgId: number | null;
  regDate: string | null;
  expiresOn: string | null;
  status: string;
  standingPledges: (string | null)[];
  pendingApplicationId: number | null;
}

export interface PledgeCheckInput {
  pledgorOrgId: number;
  debtEndsOn: string;
  today: string;
  /** Kinds of the application's attachments (both parties'). */
  attachmentKinds: readonly string[];
}

const ENDED = /注销|撤销|无效|失效|cancel|invalid|revoked/i;

/**
 * The registration rules of a patent pledge (专利权质押登记办法, CNIPA announcement 461, art. 12), each named:
 * - `not_holder`: the pledgor is the registry's holder;
 * - `co_owners`: a co-owned patent carries every co-owner's written consent (共有人同意书);
 * - `not_in_force`: the patent is granted and in force today (not terminated, invalidated or lapsed);
 * - `lapses_before_debt`: the patent's term does not end before the debt term does (a filing date not known: cannot be checked);
 * - `already_pledged`: no pledge in force on it (naming that registration's number); `application_pending`: nor another open application;
 * - `suspended`: not suspended for an ownership dispute or preserved by a court; `fees_unpaid`: annual fees not overdue;
 * - `open_licence`: a standing open-licence declaration needs the pledgee's written consent (质权人同意书).
 */
export function checkPatentPledge(input: PledgeCheckInput, patents: readonly PatentPledgeFacts[]): PledgeFailure[] {
  const out: PledgeFailure[] = [];
  for (const p of patents) {
    const asset = `专利${p.appNo}`;
    if (!p.holderOrgIds.includes(input.pledgorOrgId)) out.push({ rule: 'not_holder', message: message('pledge.rule.not_holder', { asset }) });
    else if (p.holderOrgIds.length > 1 && !input.attachmentKinds.includes('co_owner_consent')) {
      out.push({ rule: 'co_owners', message: message('pledge.rule.co_owners', { asset, count: p.holderOrgIds.length }) });
    }
    const dates = { grant: p.grantDate, terminated: p.terminatedOn, expires: p.expiresOn };
    const termUnknown = p.expiresOn === null && p.grantDate !== null && p.grantDate <= input.today && p.terminatedOn === null;
    if (termUnknown) out.push({ rule: 'lapses_before_debt', message: message('pledge.rule.unknown_term', { asset }) });
    else if (!isInForceOn(dates, input.today)) out.push({ rule: 'not_in_force', message: message('pledge.rule.not_in_force', { asset }) });
    else if (p.expiresOn !== null && p.expiresOn <= input.debtEndsOn) {
      out.push({
        rule: 'lapses_before_debt',
        message: message('pledge.rule.lapses_before_debt', { asset, expiresOn: p.expiresOn, debtEndsOn: input.debtEndsOn }),
      });
    }
    if (p.standingPledges.length > 0) {
      out.push({ rule: 'already_pledged', message: message('pledge.rule.already_pledged', { asset, registrationNo: p.standingPledges[0] ?? '—' }) });
    } else if (p.pendingApplicationId !== null) {
      out.push({ rule: 'application_pending', message: message('pledge.rule.application_pending', { asset, id: p.pendingApplicationId }) });
    }
    if (suspended(p.sourceStatus)) out.push({ rule: 'suspended', message: message('pledge.rule.suspended', { asset }) });
    if (annualFeesOverdue(p.sourceStatus)) out.push({ rule: 'fees_unpaid', message: message('pledge.rule.fees_unpaid', { asset }) });
    if (p.openLicenceDeclarationId !== null && !input.attachmentKinds.includes('pledgee_consent')) {
      out.push({ rule: 'open_licence', message: message('pledge.rule.open_licence', { asset, id: p.openLicenceDeclarationId }) });
    }
  }
  return out;
}

/** The same rules for a trademark pledge (注册商标专用权质押登记): holder, in force past the debt term, not pledged, not pending. */
export function checkTrademarkPledge(input: PledgeCheckInput, marks: readonly TrademarkPledgeFacts[]): PledgeFailure[] {
  const out: PledgeFailure[] = [];
  for (const t of marks) {
    const asset = `商标${t.regNo}`;
    if (t.ownerOrgId !== input.pledgorOrgId) out.push({ rule: 'not_holder', message: message('pledge.rule.not_holder', { asset }) });
    const inForce = t.regDate !== null && t.regDate <= input.today && (t.expiresOn === null || t.expiresOn >= input.today) && !ENDED.test(t.status);
    if (!inForce) out.push({ rule: 'not_in_force', message: message('pledge.rule.not_in_force', { asset }) });
    else if (t.expiresOn !== null && t.expiresOn < input.debtEndsOn) {
      out.push({
        rule: 'lapses_before_debt',
        message: message('pledge.rule.lapses_before_debt', { asset, expiresOn: t.expiresOn, debtEndsOn: input.debtEndsOn }),
      });
    }
    if (t.standingPledges.length > 0) {
      out.push({ rule: 'already_pledged', message: message('pledge.rule.already_pledged', { asset, registrationNo: t.standingPledges[0] ?? '—' }) });
    } else if (t.pendingApplicationId !== null) {
      out.push({ rule: 'application_pending', message: message('pledge.rule.application_pending', { asset, id: t.pendingApplicationId }) });
    }
  }
  return out;
}
