import type { Readable } from 'node:stream';
import { ZAttachmentKind, type Attachment, type AttachmentKind } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { nowIso } from '../../platform/context.js';
import { AppError, badRequest, forbidden, notFound } from '../../platform/errors.js';
import {
  findAttachment,
  findRecordAttachments,
  insertAttachment,
  openAttachment,
  presentAttachment,
  storeAttachmentContent,
} from '../../platform/attachments.js';
import { recordType } from '../../platform/record-types.js';

/** Fields of an attachment upload form. */
export interface UploadInput {
  filename: string;
  /** The type that follows from the extension (checked by readUpload). */
  mimetype: string;
  file: Readable;
  fields: Partial<Record<'kind' | 'recordType' | 'recordId' | 'step', string>>;
}

/**
 * Uploads an attachment (附件): type and size checked, stored by content hash, and linked to a record
 * and step when the form names one the caller may attach to; otherwise held for the caller's
 * organisation until a submission links it.
 */
export async function uploadAttachment(ctx: AppContext, actor: Actor, input: UploadInput): Promise<Attachment> {
  const kindParse = ZAttachmentKind.safeParse(input.fields.kind ?? 'other');
  if (!kindParse.success) {
    input.file.resume();
    throw badRequest('附件类型不正确', { kind: '附件类型不正确' });
  }
  const type = input.fields.recordType || null;
  const recordId = input.fields.recordId ? Number(input.fields.recordId) : null;
  if ((type === null) !== (recordId === null) || (recordId !== null && !(Number.isInteger(recordId) && recordId > 0))) {
    input.file.resume();
    throw badRequest('请同时给出记录类型和记录编号', { recordId: '记录编号不正确' });
  }
  if (type !== null && recordId !== null) {
    const rt = recordType(type);
    try {
      await rt.assertVisible(ctx, actor, recordId);
      if (!(await rt.mayAttach(ctx, actor, recordId))) throw forbidden('当前不能为该记录上传附件');
    } catch (err) {
      input.file.resume();
      throw err;
    }
  }
  const stored = await storeAttachmentContent(ctx, input.file);
  const kind: AttachmentKind = kindParse.data;
  const row = await mutate(ctx, actor, async (trx) => {
    const r = await insertAttachment(trx, {
      sha256: stored.sha256,
      size: stored.size,
      mime_type: input.mimetype,
      file_name: input.filename.slice(0, 200),
      kind,
      record_type: type,
      record_id: recordId,
      step: input.fields.step?.slice(0, 50) || null,
      org_id: actor.orgId,
      uploaded_by: actor.userId,
      created_at: nowIso(ctx),
    });
    return {
      value: r,
      audit: {
        action: 'attachment.upload',
        entityType: 'attachment',
        entityId: Number(r.id),
        after: { kind, fileName: r.file_name, sha256: r.sha256, size: r.size, recordType: type, recordId },
      },
    };
  });
  return presentAttachment(row);
}

/**
 * Loads an attachment the caller may see: its record's readers, or — while unlinked — its uploader's
 * organisation. Anyone else gets the very 404 of a missing attachment: the record's own refusal
 * ("备案不存在…") would tell an outsider that the attachment, and its record, exist.
 */
async function loadVisibleAttachment(ctx: AppContext, actor: Actor, id: number) {
  const row = await findAttachment(ctx.db, id);
  if (!row) throw notFound('附件');
  if (row.record_type === null || row.record_id === null) {
    if (Number(row.org_id) !== actor.orgId) throw notFound('附件');
  } else {
    try {
      await recordType(row.record_type).assertVisible(ctx, actor, Number(row.record_id));
    } catch (err) {
      if (err instanceof AppError && (err.status === 404 || err.status === 403)) throw notFound('附件');
      throw err;
    }
  }
  return row;
}

/** Opens an attachment for download (404 for anyone who may not see its record). */
export async function downloadAttachment(ctx: AppContext, actor: Actor, id: number) {
  const row = await loadVisibleAttachment(ctx, actor, id);
  return { row: presentAttachment(row), stream: openAttachment(ctx, row.sha256) };
}

/** The attachments of a record the caller may see. */
export async function listAttachments(ctx: AppContext, actor: Actor, q: { recordType: string; recordId: number }) {
  await recordType(q.recordType).assertVisible(ctx, actor, q.recordId);
  const rows = await findRecordAttachments(ctx.db, q.recordType, q.recordId);
  return { items: rows.map(presentAttachment) };
}

/** A record's workflow: status, the steps this user may take, the full table and history. */
export async function getWorkflowView(ctx: AppContext, actor: Actor, type: string, id: number) {
  return recordType(type).workflowView(ctx, actor, id);
}
