import { Readable } from 'node:stream';
import { TOWN_A, type MatrixSamples, type World } from '../../../test/matrix.js';
import { storeAttachmentContent } from '../../platform/attachments.js';

const entA = (w: World) => ({ regionCode: TOWN_A, orgId: w.orgs.entA });

/** An unlinked attachment uploaded by enterprise A (visible to enterprise A only). */
async function entAUpload(w: World): Promise<number> {
  const content = Buffer.from(`%PDF-1.4 matrix ${w.seq()}`);
  const stored = await storeAttachmentContent(w.ctx, Readable.from(content));
  const r = await w.ctx.db
    .insertInto('attachments')
    .values({
      ...stored,
      mime_type: 'application/pdf',
      file_name: '评价报告.pdf',
      kind: 'evaluation_report',
      record_type: null,
      record_id: null,
      step: null,
      org_id: w.orgs.entA,
      uploaded_by: w.personas.ent_a.userId ?? 0,
      created_at: w.ctx.clock.now().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export const matrixSamples: MatrixSamples = {
  'GET /api/work-queue': { reach: 'self', build: () => Promise.resolve({ url: '/api/work-queue' }) },
  'GET /api/workflows/:recordType/:id': {
    reach: 'jurisdiction',
    build: (w) => Promise.resolve({ url: `/api/workflows/enterprise/${w.orgs.entA}`, target: entA(w) }),
  },
  'POST /api/attachments': {
    reach: 'self',
    build: (w) =>
      Promise.resolve({ url: '/api/attachments', multipart: { fields: { kind: 'evidence' }, file: { name: `证明${w.seq()}.pdf`, content: '%PDF-1.4 test' } } }),
  },
  'GET /api/attachments': {
    reach: 'jurisdiction',
    build: (w) => Promise.resolve({ url: `/api/attachments?recordType=enterprise&recordId=${w.orgs.entA}`, target: entA(w) }),
  },
  'GET /api/attachments/:id': {
    reach: 'owner',
    build: async (w) => ({ url: `/api/attachments/${await entAUpload(w)}`, target: entA(w) }),
  },
};
