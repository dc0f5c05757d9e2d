import type { Executor } from '../../db/database.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { findStandingTrademarkPledge, insertTrademarkEventRow, insertTrademarkPledge, updateTrademarkPledge } from './events-repository.js';

/**
 * A trademark's legal-status events that another module decides — the pledge of the exclusive right
 * (商标专用权质押登记), its change and release (注销) — recorded like the patents' (`patents/events.ts`): each names
 * the registering authority, its number and the date it acted; the platform itself is never the authority.
 */
export interface TrademarkEventAuthority {
  kind: 'cnipa' | 'agency';
  number: string;
  name: string;
  date?: string;
}

interface Base {
  trademarkId: number;
  date: string;
  summary: string;
  authority: TrademarkEventAuthority;
  details?: Record<string, unknown>;
  source?: 'platform' | 'demo';
}

export type TrademarkEvent =
  | (Base & { kind: 'pledge'; pledge: { pledgor: string | null; pledgee: string; amount: number; currency?: string } })
  | (Base & { kind: 'pledge_change'; pledge: { pledgee?: string; amount?: number } })
  | (Base & { kind: 'pledge_release' });

/** Records the events inside the caller's transaction and keeps the trademark pledge register in step. */
export async function recordTrademarkEvents(ctx: AppContext, trx: Executor, events: readonly TrademarkEvent[]): Promise<void> {
  const at = nowIso(ctx);
  for (const e of events) {
    const facts = e.kind === 'pledge' || e.kind === 'pledge_change' ? e.pledge : {};
    const eventId = await insertTrademarkEventRow(trx, {
      trademark_id: e.trademarkId,
      event_date: e.date,
      kind: e.kind,
      summary: e.summary,
      details: JSON.stringify({ ...facts, ...e.details, authorityName: e.authority.name }),
      source: e.source ?? 'platform',
      authority: e.authority.kind,
      authority_no: e.authority.number,
      authority_date: e.authority.date ?? e.date,
      created_at: at,
    });
    if (eventId === undefined) continue;
    if (e.kind === 'pledge') {
      await insertTrademarkPledge(trx, {
        trademark_id: e.trademarkId,
        event_id: eventId,
        pledgor: e.pledge.pledgor,
        pledgee: e.pledge.pledgee,
        amount: e.pledge.amount,
        currency: e.pledge.currency ?? 'CNY',
        registered_on: e.date,
        authority: e.authority.kind,
        authority_no: e.authority.number,
        ended_on: null,
        created_at: at,
        updated_at: at,
      });
    } else {
      const standing = await findStandingTrademarkPledge(trx, e.trademarkId, e.authority.number);
      if (!standing) continue;
      await updateTrademarkPledge(
        trx,
        Number(standing.id),
        e.kind === 'pledge_release'
          ? { ended_on: e.date }
          : { ...(e.pledge.pledgee !== undefined ? { pledgee: e.pledge.pledgee } : {}), ...(e.pledge.amount !== undefined ? { amount: e.pledge.amount } : {}) },
        at,
      );
    }
  }
}
