import { REGION_A, TOWN_A, type MatrixSamples, type World } from '../../../test/matrix.js';
import { buildEnterprise } from '../../../test/factories.js';
import { WHITELIST } from './repository.js';
import { buildWhitelist } from './test-helpers.js';
import { feedbackWorkbookForTest } from './test-workbooks.js';

const base = '/api/whitelists';
const target = (w: World) => ({ regionCode: REGION_A, orgId: w.orgs.a });

/** A version of county A's bureau, with enterprise A on it. */
const ofA = (w: World, status: 'draft' | 'published') => buildWhitelist(w.ctx, { ownerOrgId: w.orgs.a, region: REGION_A, status, orgIds: [w.orgs.entA] });

/** A bureau step on a version of county A. */
const bureau = (path: string, status: 'draft' | 'published', body?: (w: World) => Promise<object> | object) => ({
  reach: 'jurisdiction' as const,
  build: async (w: World) => {
    const l = await ofA(w, status);
    return { url: `${base}/${l.id}${path}`, ...(body ? { body: await body(w) } : {}), target: target(w) };
  },
});

/** A bank step on a list of county A pushed to the first bank: the second bank sees nothing (404). */
const bank = (path: string, extra?: (w: World, id: number) => Promise<object>) => ({
  reach: 'parties' as const,
  build: async (w: World) => {
    const l = await buildWhitelist(w.ctx, { ownerOrgId: w.orgs.a, region: REGION_A, status: 'published', orgIds: [w.orgs.entA], banks: [w.orgs.bank] });
    return {
      url: `${base}/pushed/${l.id}${path}`,
      ...(extra ? await extra(w, l.id) : {}),
      target: { ...target(w), parties: [{ persona: 'bank' as const, role: 'counterparty' as const }], record: { type: WHITELIST, id: l.id } },
    };
  },
});

const rules = { minEffectiveInventions: 0, minHighValue: 0, tags: [], noCreditListing: true, industries: [], ipcPrefixes: [] };

export const matrixSamples: MatrixSamples = {
  'GET /api/whitelists': { reach: 'self', build: () => Promise.resolve({ url: `${base}?status=published` }) },
  'POST /api/whitelists': { reach: 'self', build: () => Promise.resolve({ url: base, body: { title: '矩阵测试白名单', rules } }) },
  'GET /api/whitelists/banks': { reach: 'self', build: () => Promise.resolve({ url: `${base}/banks` }) },
  'GET /api/whitelists/:id': bureau('', 'published'),
  'GET /api/whitelists/:id/entries': bureau('/entries?included=true', 'published'),
  'POST /api/whitelists/:id/review': bureau('/review', 'draft', async (w) => ({
    orgId: (await buildEnterprise(w.ctx, { region: TOWN_A })).id,
    decision: 'add',
    reason: '经走访核实，拟纳入',
  })),
  'POST /api/whitelists/:id/publish': bureau('/publish', 'draft'),
  'POST /api/whitelists/:id/revise': bureau('/revise', 'published'),
  'POST /api/whitelists/:id/pushes': bureau('/pushes', 'published', (w) => ({ bankOrgIds: [w.orgs.bank] })),
  'GET /api/whitelists/:id/outcomes': bureau('/outcomes', 'published'),
  'GET /api/whitelists/:id/export': bureau('/export', 'published'),
  'GET /api/whitelists/pushed': { reach: 'self', build: () => Promise.resolve({ url: `${base}/pushed` }) },
  'GET /api/whitelists/pushed/:id': bank(''),
  'GET /api/whitelists/pushed/:id/entries': bank('/entries'),
  'POST /api/whitelists/pushed/:id/feedback': bank('/feedback', (w) => Promise.resolve({ body: { orgId: w.orgs.entA, outcome: 'contacted' } })),
  'GET /api/whitelists/pushed/:id/export': bank('/export'),
  'POST /api/whitelists/pushed/:id/feedback/import': bank('/feedback/import', async (w) => {
    const code = (await w.ctx.db.selectFrom('organisations').select('credit_code').where('id', '=', w.orgs.entA).executeTakeFirstOrThrow()).credit_code ?? '';
    return { multipart: { file: { name: 'feedback.xlsx', content: await feedbackWorkbookForTest([[code, '已授信', 3_000_000, '']]) } } };
  }),
};
