import { message } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { runPatentWriteHooks } from '../patents/api.js';
import { jaccard, shingles } from './minhash.js';
import { screenedText } from './screening.js';

const ABSTRACT =
  '本实用新型公开了一种演示用锂电池极片涂布装置，包括机架、放卷辊、涂布头和烘干箱，所述涂布头通过调节螺杆与机架连接，烘干箱内设置有多组加热管，能够使极片涂层厚度均匀，提高生产效率并降低能耗。';
const CLAIM = '1. 一种演示用锂电池极片涂布装置，其特征在于，包括机架、设置在机架上的放卷辊、涂布头和烘干箱，所述涂布头通过调节螺杆与机架连接。';

/**
 * Demo (【演示】): two applications of one enterprise filed a month apart with nearly the same text, and the open
 * flag the screening raises for them, with its explanation as the screening writes it.
 */
export async function seedScreeningDemo(ctx: AppContext, orgId: number | null): Promise<void> {
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const patent = (appNo: string, appDate: string, abstract: string) => ({
      app_no: appNo,
      pub_no: null,
      grant_no: null,
      kind: 'utility',
      title: '一种锂电池极片涂布装置【演示】',
      abstract,
      first_claim: CLAIM,
      app_date: appDate,
      pub_date: null,
      grant_date: null,
      priority_date: null,
      applicants: JSON.stringify(['济宁演示智能装备有限公司【演示】']),
      holders: JSON.stringify(['济宁演示智能装备有限公司【演示】']),
      inventors: '[]',
      applicant_type: 'enterprise',
      address: '济宁市任城区许庄街道演示路1号',
      region_code: '370811',
      main_ipc: 'H01M4/04',
      ipc: '["H01M4/04"]',
      cpc: '[]',
      agency: null,
      agents: '[]',
      pct: null,
      family: '[]',
      citations: '[]',
      source_status: null,
      expires_on: null,
      terminated_on: null,
      is_demo: 1,
      created_at: at,
      updated_at: at,
    });
    const second = ABSTRACT.replace('多组加热管', '若干加热管').replace('提高生产效率', '提升生产效率');
    const ids: number[] = [];
    for (const p of [patent('CN202521990001.0', '2025-04-02', ABSTRACT), patent('CN202521990002.9', '2025-05-06', second)]) {
      ids.push(Number((await trx.insertInto('patents').values(p).returning('id').executeTakeFirstOrThrow()).id));
    }
    await trx
      .insertInto('patent_parties')
      .values(ids.map((id) => ({ patent_id: id, role: 'applicant', seq: 1, name: '济宁演示智能装备有限公司【演示】', org_id: orgId })))
      .execute();
    await runPatentWriteHooks(ctx, trx, ids);
    const [earlier, later] = ids as [number, number];
    const text = (a: string) => screenedText({ title: '一种锂电池极片涂布装置【演示】', abstract: a, first_claim: CLAIM });
    const { similarity, shared } = jaccard(shingles(text(second)), shingles(text(ABSTRACT)));
    const m = message('screening.signal.near_duplicate', {
      appNo: 'CN202521990002.9',
      otherAppNo: 'CN202521990001.0',
      similarity: Math.round(similarity * 1000) / 10,
      threshold: 70,
      shared,
    });
    await trx
      .insertInto('screening_flags')
      .values({
        flag_key: `near_duplicate:${earlier}:${later}`,
        signal: 'near_duplicate',
        status: 'open',
        subject: 'CN202521990002.9 ↔ CN202521990001.0【演示】',
        region_code: '370811',
        patent_id: later,
        other_patent_id: earlier,
        org_id: orgId,
        score: similarity,
        explanation: JSON.stringify({ code: m.code, params: m.params }),
        patent_ids: JSON.stringify([later, earlier]),
        decision_reason: null,
        decided_by: null,
        decided_at: null,
        credit_listing_id: null,
        is_demo: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await trx.deleteFrom('screening_queue').where('patent_id', 'in', ids).execute();
  });
}
