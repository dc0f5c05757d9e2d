import { REGION_A, REGION_B, TOWN_A, type MatrixRequest, type MatrixSamples, type MatrixTarget, type World } from '../../../test/matrix.js';
import { addParty } from '../../platform/parties.js';
import { CONTACT } from './contact-repository.js';
import { buildEnterprise } from '../../../test/factories.js';

/** Records of region A for the matrix: postings of enterprise A (town A) and contacts from it. */
async function listingOf(w: World, orgId: number, status: string, region = TOWN_A): Promise<number> {
  const at = w.ctx.clock.now().toISOString();
  const r = await w.ctx.db
    .insertInto('tech_listings')
    .values({
      org_id: orgId,
      owner_user_id: null,
      region_code: region,
      title: `矩阵测试供应${w.seq()}`,
      description: '一种锂电池极片涂布装置的成套技术',
      field: '新能源',
      trl: 6,
      price_mode: 'negotiable',
      price: null,
      status,
      published_at: status === 'draft' ? null : at,
      closed_at: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

async function demandOf(w: World, status: string, orgId = w.orgs.entA): Promise<number> {
  const at = w.ctx.clock.now().toISOString();
  const r = await w.ctx.db
    .insertInto('tech_demands')
    .values({
      org_id: orgId,
      owner_user_id: null,
      region_code: TOWN_A,
      title: `矩阵测试需求${w.seq()}`,
      description: '需要锂电池极片涂布的自动化技术',
      field: '新能源',
      ipc_hints: '["H01M"]',
      budget: 500000,
      deadline: null,
      status,
      published_at: status === 'draft' ? null : at,
      closed_at: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

let supplier: Promise<number> | null = null;
let supplierWorld: World | null = null;
/** A third enterprise in region A that supplies (no persona belongs to it). */
function supplierOrg(w: World): Promise<number> {
  if (supplierWorld !== w) {
    supplierWorld = w;
    supplier = buildEnterprise(w.ctx, { region: REGION_A }).then((e) => e.id);
  }
  return supplier as Promise<number>;
}

/**
 * A contact from enterprise A (town A) to enterprise B (region B) about B's published listing: B is the
 * contact's counterparty, a standing party of it, though it lies outside region A.
 */
async function contactOf(w: World): Promise<MatrixTarget & { id: number }> {
  const to = w.orgs.entB;
  const listing = await listingOf(w, to, 'published', REGION_B);
  const at = w.ctx.clock.now().toISOString();
  const id = await w.ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('tech_contacts')
      .values({
        demand_id: null,
        listing_id: listing,
        patent_id: null,
        subject: '矩阵测试对接',
        from_org_id: w.orgs.entA,
        to_org_id: to,
        region_code: TOWN_A,
        status: 'open',
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await addParty(w.ctx, trx, { type: CONTACT, id: Number(r.id) }, to, 'counterparty');
    return Number(r.id);
  });
  return { id, regionCode: TOWN_A, orgId: w.orgs.entA, parties: [{ persona: 'ent_b', role: 'counterparty' }], record: { type: CONTACT, id } };
}

/** A request on a fresh contact (A → B) at `path` below it. */
const onContact =
  (path: string, body?: object) =>
  async (w: World): Promise<MatrixRequest> => {
    const target = await contactOf(w);
    return { url: `/api/tech/contacts/${target.id}${path}`, body, target };
  };

const ownedByA = (w: World) => ({ regionCode: TOWN_A, orgId: w.orgs.entA });
const regionA = { regionCode: REGION_A, orgId: null };

const listingBody = {
  title: '锂电池极片涂布技术',
  description: '成熟的锂电池极片涂布与干燥成套技术，可现场指导',
  field: '新能源',
  trl: 7,
  priceMode: 'licence',
  price: 300000,
};
const demandBody = { title: '寻求极片涂布技术', description: '我公司需要提高锂电池极片涂布的一致性', field: '新能源', ipcHints: ['H01M 4/04'], budget: 800000 };

export const matrixSamples: MatrixSamples = {
  'GET /api/tech/listings': { reach: 'public', build: () => Promise.resolve({ url: '/api/tech/listings?q=锂电池' }) },
  'GET /api/tech/listings/mine': { reach: 'self', build: () => Promise.resolve({ url: '/api/tech/listings/mine' }) },
  'GET /api/tech/listings/supervise': {
    reach: 'jurisdiction',
    build: () => Promise.resolve({ url: `/api/tech/listings/supervise?regionCode=${REGION_A}&status=draft`, target: regionA }),
  },
  'GET /api/tech/listings/:id': {
    reach: 'public',
    build: async (w) => ({ url: `/api/tech/listings/${await listingOf(w, w.orgs.entA, 'published')}` }),
  },
  'POST /api/tech/listings': { reach: 'self', build: () => Promise.resolve({ url: '/api/tech/listings', body: listingBody }) },
  'PATCH /api/tech/listings/:id': {
    reach: 'owner',
    build: async (w) => ({ url: `/api/tech/listings/${await listingOf(w, w.orgs.entA, 'draft')}`, body: { trl: 8 }, target: ownedByA(w) }),
  },
  'POST /api/tech/listings/:id/publish': {
    reach: 'owner',
    build: async (w) => ({ url: `/api/tech/listings/${await listingOf(w, w.orgs.entA, 'draft')}/publish`, target: ownedByA(w) }),
  },
  'POST /api/tech/listings/:id/close': {
    reach: 'owner',
    build: async (w) => ({ url: `/api/tech/listings/${await listingOf(w, w.orgs.entA, 'draft')}/close`, target: ownedByA(w) }),
  },
  'GET /api/tech/demands': { reach: 'public', build: () => Promise.resolve({ url: '/api/tech/demands?field=新能源' }) },
  'GET /api/tech/demands/mine': { reach: 'self', build: () => Promise.resolve({ url: '/api/tech/demands/mine' }) },
  'GET /api/tech/demands/supervise': {
    reach: 'jurisdiction',
    build: () => Promise.resolve({ url: `/api/tech/demands/supervise?regionCode=${REGION_A}`, target: regionA }),
  },
  'GET /api/tech/demands/:id': { reach: 'public', build: async (w) => ({ url: `/api/tech/demands/${await demandOf(w, 'published')}` }) },
  'GET /api/tech/demands/:id/matches': {
    reach: 'jurisdiction',
    build: async (w) => ({ url: `/api/tech/demands/${await demandOf(w, 'draft')}/matches`, target: ownedByA(w) }),
  },
  'POST /api/tech/demands': { reach: 'self', build: () => Promise.resolve({ url: '/api/tech/demands', body: demandBody }) },
  'PATCH /api/tech/demands/:id': {
    reach: 'owner',
    build: async (w) => ({ url: `/api/tech/demands/${await demandOf(w, 'published')}`, body: { budget: 900000 }, target: ownedByA(w) }),
  },
  'POST /api/tech/demands/:id/publish': {
    reach: 'owner',
    build: async (w) => ({ url: `/api/tech/demands/${await demandOf(w, 'draft')}/publish`, target: ownedByA(w) }),
  },
  'POST /api/tech/demands/:id/close': {
    reach: 'owner',
    build: async (w) => ({ url: `/api/tech/demands/${await demandOf(w, 'published')}/close`, target: ownedByA(w) }),
  },
  // A supplier answers a published demand of a third enterprise (no persona's own, which would be 409).
  'POST /api/tech/demands/:id/contact': {
    reach: 'self',
    build: async (w) => ({
      url: `/api/tech/demands/${await demandOf(w, 'published', await supplierOrg(w))}/contact`,
      body: { message: '我单位有相关技术，希望对接', contact: { name: '王工', phone: '13800000000' } },
    }),
  },
  'GET /api/tech/contacts': { reach: 'self', build: () => Promise.resolve({ url: '/api/tech/contacts' }) },
  'GET /api/tech/contacts/:id': { reach: 'jurisdiction', build: onContact('') },
  'POST /api/tech/contacts': {
    reach: 'self',
    build: async (w) => ({
      url: '/api/tech/contacts',
      body: { listingId: await listingOf(w, await supplierOrg(w), 'published', REGION_A), message: '希望进一步了解' },
    }),
  },
  'POST /api/tech/contacts/:id/messages': { reach: 'parties', build: onContact('/messages', { body: '请提供技术资料' }) },
  'POST /api/tech/contacts/:id/close': { reach: 'parties', build: onContact('/close') },
  'POST /api/tech/contacts/:id/deal': { reach: 'parties', build: onContact('/deal', { kind: 'licence', amount: 200000, dealDate: '2026-02-20' }) },
  'GET /api/tech/deals': { reach: 'self', build: () => Promise.resolve({ url: '/api/tech/deals' }) },
  'GET /api/tech/stats': {
    reach: 'jurisdiction',
    build: () => Promise.resolve({ url: `/api/tech/stats?regionCode=${REGION_A}&from=2026-01-01&to=2026-12-31`, target: regionA }),
  },
};
