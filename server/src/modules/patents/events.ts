import type { Executor } from '../../db/database.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { findStandingPledge, insertPatentEventRow, insertPledge, moveHolder, updatePledge } from './events-repository.js';
import { runPatentWriteHooks } from './write-hooks.js';

/**
 * Who performed an act on a patent's legal-status history (登记机关): the national office (CNIPA: publication
 * of open-licence declarations, licence-contract filing, transfer and pledge registration), a CNIPA 代办处
 * acting under delegated powers (`agency`; its name in `EventAuthority.name`), a court (preservation 财产保全),
 * or the bureau where the law gives it the power. `platform` is kept for reading old rows only: the platform
 * performs no statutory act, so recordPatentEvents refuses it (its own steps — 受理初审, 推荐, 平台登记 — belong
 * in the workflow history).
 */
export const patentEventAuthorities = ['cnipa', 'agency', 'court', 'bureau', 'platform'] as const;
export type PatentEventAuthority = (typeof patentEventAuthorities)[number];

/** The acting authority, its number for the act (registration, filing or case number) and the date it acted. */
export interface EventAuthority {
  kind: PatentEventAuthority;
  /** The authority's own number for the act (the platform's forms require it; imported history may lack it). */
  number: string | null;
  /** The authority's name (e.g. 国家知识产权局专利局济南代办处), kept in the event's details. */
  name?: string | null;
  /** Defaults to the event's date. */
  date?: string | null;
}

/** The terms of a pledge (质押) as its registration states them. */
export interface PledgeTerms {
  pledgor?: string | null;
  pledgee: string;
  /** The secured amount in `currency` (元 for CNY). */
  amount: number;
  /** ISO 4217, 'CNY' when omitted. */
  currency?: string;
}

interface EventBase {
  patentId: number;
  /** The date the event takes effect on the patent's history. */
  date: string;
  /** Part of the event's identity (patent, kind, date, summary): recording the same event twice adds it once. */
  summary: string;
  authority: EventAuthority;
  /** Further facts shown with the event on the patent page (filing number, counterparty, term). */
  details?: Record<string, unknown>;
  /** Where the record came from, shown on the patent page: 'platform' unless demo data says 'demo'. */
  source?: 'platform' | 'demo';
}

/**
 * The events modules other than the importer record on a patent: transfers and licences (filings, open
 * licensing), open-licence declarations, pledges (registration, change, release) and court preservation.
 */
/**
 * The holder after a registered transfer (著录项目变更: 专利权人): the patent then counts in the new holder's
 * region (patents.region_code), which every regional count reads.
 */
export interface NewHolder {
  names: string[];
  /** The holders' organisations on the platform, in the order of `names` (null where none). */
  orgIds?: (number | null)[];
  /** The new holder's address (专利权人地址) and its region code; null when not known. */
  address: string | null;
  regionCode: string | null;
}

export type PatentEvent =
  /** A transfer registered by CNIPA moves the patent to `newHolder` when given (holder, address, region). */
  | (EventBase & { kind: 'transfer'; newHolder?: NewHolder })
  | (EventBase & { kind: 'licence' | 'licence_exclusive' | 'licence_sole' | 'licence_change' | 'licence_end' })
  | (EventBase & { kind: 'open_licence' | 'open_licence_withdrawn' })
  | (EventBase & { kind: 'pledge'; pledge: PledgeTerms })
  /** Changes the standing pledge registered under authority.number (else the oldest standing one). */
  | (EventBase & { kind: 'pledge_change'; pledge: Partial<PledgeTerms> })
  /** Ends the standing pledge registered under authority.number (else the oldest standing one). */
  | (EventBase & { kind: 'pledge_release' })
  | (EventBase & { kind: 'preservation' | 'preservation_release' });

export type PatentEventKindRecorded = PatentEvent['kind'];

/**
 * Records events on patents' legal-status histories inside the caller's transaction (the caller's mutate()
 * writes the one audit row), keeps the typed pledge register in step, and then runs the patent write hooks
 * once for the patents touched (search index, high-value facts, indicator caches). Recording an event
 * already on the history changes nothing.
 */
export async function recordPatentEvents(ctx: AppContext, trx: Executor, events: readonly PatentEvent[]): Promise<void> {
  if (events.length === 0) return;
  for (const e of events) {
    // Legal status follows only from acts of the competent authority, with its number (issue #20).
    if (e.authority.kind === 'platform') {
      throw new Error(`recordPatentEvents: ${e.kind} must name the competent authority that performed it, not the platform`);
    }
  }
  const at = nowIso(ctx);
  for (const e of events) {
    const pledgeFacts = e.kind === 'pledge' || e.kind === 'pledge_change' ? { ...e.pledge } : undefined;
    const eventId = await insertPatentEventRow(trx, {
      patent_id: e.patentId,
      event_date: e.date,
      kind: e.kind,
      summary: e.summary,
      details:
        e.details === undefined && pledgeFacts === undefined && !e.authority.name
          ? null
          : JSON.stringify({ ...pledgeFacts, ...e.details, ...(e.authority.name ? { authorityName: e.authority.name } : {}) }),
      source: e.source ?? 'platform',
      authority: e.authority.kind,
      authority_no: e.authority.number,
      authority_date: e.authority.date ?? e.date,
      created_at: at,
    });
    if (eventId === undefined) continue;
    if (e.kind === 'transfer' && e.newHolder) {
      await moveHolder(trx, e.patentId, e.newHolder, at);
    } else if (e.kind === 'pledge') {
      await insertPledge(trx, {
        patent_id: e.patentId,
        event_id: eventId,
        pledgor: e.pledge.pledgor ?? null,
        pledgee: e.pledge.pledgee,
        amount: e.pledge.amount,
        currency: e.pledge.currency ?? 'CNY',
        registered_on: e.date,
        authority: e.authority.kind,
        authority_no: e.authority.number,
        at,
      });
    } else if (e.kind === 'pledge_change' || e.kind === 'pledge_release') {
      const standing = await findStandingPledge(trx, e.patentId, e.authority.number);
      if (!standing) continue;
      const set =
        e.kind === 'pledge_release'
          ? { ended_on: e.date }
          : {
              ...(e.pledge.pledgee !== undefined ? { pledgee: e.pledge.pledgee } : {}),
              ...(e.pledge.amount !== undefined ? { amount: e.pledge.amount } : {}),
              ...(e.pledge.currency !== undefined ? { currency: e.pledge.currency } : {}),
            };
      await updatePledge(trx, Number(standing.id), set, at);
    }
  }
  await runPatentWriteHooks(ctx, trx, [...new Set(events.map((e) => e.patentId))]);
}
