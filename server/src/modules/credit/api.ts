/**
 * The credit module's public surface (信用管理): other modules ask whether a listing restricts a step — the finance
 * pre-check and white-list screening, interest subsidies, awards and recognitions — and refuse with the
 * listing named. Anything not exported here is the module's own business.
 */
import { message, messageCatalogue, ZCreditBehaviour, ZCreditMeasure, type CreditBehaviour, type CreditMeasure } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import { findAllListingsInForce, findListingsInForce, type CreditListingRow } from './repository.js';

/** A listing in force that restricts what its subject may obtain. */
export interface CreditRestriction {
  listingId: number;
  orgId: number;
  subjectName: string;
  behaviour: CreditBehaviour;
  measures: CreditMeasure[];
  authority: string;
  decisionNo: string | null;
  startsOn: string;
  /** The last day the listing applies (inclusive). */
  endsOn: string;
}

function restrictionOf(r: CreditListingRow): CreditRestriction {
  const measures = (JSON.parse(r.measures_json) as unknown[]).flatMap((m) => {
    const parsed = ZCreditMeasure.safeParse(m);
    return parsed.success ? [parsed.data] : [];
  });
  return {
    listingId: r.id,
    orgId: Number(r.org_id),
    subjectName: r.subject_name,
    behaviour: ZCreditBehaviour.parse(r.behaviour),
    measures,
    authority: r.authority,
    decisionNo: r.decision_no,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
  };
}

const imposes = (measure: CreditMeasure | undefined) => (r: CreditRestriction) => measure === undefined || r.measures.includes(measure);

/** The organisation's listings in force on `onDate` (YYYY-MM-DD) that impose `measure` (any measure when omitted); [] when clean. */
export async function creditRestrictions(db: Executor, orgId: number, onDate: string, measure?: CreditMeasure): Promise<CreditRestriction[]> {
  return (await findListingsInForce(db, orgId, onDate)).map(restrictionOf).filter(imposes(measure));
}

/** Bulk form for screenings over many enterprises: each listed organisation's restrictions in force on `onDate`. */
export async function creditListedOrgs(db: Executor, onDate: string, measure?: CreditMeasure): Promise<Map<number, CreditRestriction[]>> {
  const out = new Map<number, CreditRestriction[]>();
  for (const r of (await findAllListingsInForce(db, onDate)).map(restrictionOf).filter(imposes(measure))) {
    const list = out.get(r.orgId);
    if (list) list.push(r);
    else out.set(r.orgId, [r]);
  }
  return out;
}

/** The message naming a restriction (for refusals, and for a pre-check's "why not"). */
export function creditRestrictionMessage(r: CreditRestriction) {
  const behaviour = message(`credit.behaviour.${r.behaviour}`);
  return message('credit.restricted', {
    subject: r.subjectName,
    behaviour: behaviour.text,
    behaviourEn: behaviourEnglish(r.behaviour),
    authority: r.authority,
    decisionNo: r.decisionNo ?? '—',
    startsOn: r.startsOn,
    endsOn: r.endsOn,
  });
}

/** The coded 409 a module throws when a listing refuses a step. */
export function creditRefusal(r: CreditRestriction): AppError {
  return new AppError(409, 'credit_restricted', creditRestrictionMessage(r), undefined, { listingId: r.listingId });
}

/** The behaviour's English name (the restriction message's `behaviourEn`). */
function behaviourEnglish(b: CreditBehaviour): string {
  return messageCatalogue[`credit.behaviour.${b}`].en;
}
