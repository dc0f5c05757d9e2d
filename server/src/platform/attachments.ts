import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Attachment, AttachmentKind } from '@zhichan/contract';
import type { Executor } from '../db/database.js';
import type { Selectable } from 'kysely';
import type { AttachmentTable } from '../db/schema.js';
import type { AppContext } from './context.js';
import { badRequest } from './errors.js';
import { getSetting } from './settings.js';
import { findAttachmentsByIds, linkUnlinkedAttachments } from './attachments-repository.js';

/**
 * File types accepted as attachments: documents and scans, by extension; the stored type follows the
 * extension (the browser's declared type is not trusted).
 */
const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** What the attachment upload accepts (readUpload): the types above, up to the `attachments.max_mb` setting. */
export async function attachmentUploadRules(ctx: AppContext) {
  return { types: TYPES, maxBytes: (await getSetting(ctx.db, 'attachments.max_mb')) * 1024 * 1024, noun: '附件' };
}

function storeDir(ctx: AppContext): string {
  return path.join(ctx.config.uploadDir, 'attachments');
}

/** Where the content with this hash is stored (two-level fan-out keeps directories small). */
export function attachmentPath(ctx: AppContext, sha256: string): string {
  return path.join(storeDir(ctx), sha256.slice(0, 2), sha256);
}

/**
 * Streams content to the store, hashing it on the way: stored once per SHA-256 (a second upload of
 * the same content reuses the file). Size and type are checked where the upload is read (readUpload).
 */
export async function storeAttachmentContent(ctx: AppContext, file: Readable): Promise<{ sha256: string; size: number }> {
  const dir = storeDir(ctx);
  mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  const tmp = path.join(dir, 'tmp', randomBytes(8).toString('hex'));
  const hash = createHash('sha256');
  let size = 0;
  const hasher = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      hash.update(chunk);
      cb(null, chunk);
    },
  });
  try {
    await pipeline(file, hasher, createWriteStream(tmp));
  } catch (err) {
    await rm(tmp, { force: true });
    file.resume();
    throw err;
  }
  const sha256 = hash.digest('hex');
  const target = attachmentPath(ctx, sha256);
  mkdirSync(path.dirname(target), { recursive: true });
  if (existsSync(target)) await rm(tmp, { force: true });
  else await rename(tmp, target);
  return { sha256, size };
}

/** Opens stored content for download. */
export function openAttachment(ctx: AppContext, sha256: string): Readable {
  return createReadStream(attachmentPath(ctx, sha256));
}

/** API shape of an attachment row. */
export function presentAttachment(r: Selectable<AttachmentTable>): Attachment {
  return {
    id: Number(r.id),
    kind: r.kind as AttachmentKind,
    fileName: r.file_name,
    mimeType: r.mime_type,
    size: Number(r.size),
    sha256: r.sha256,
    recordType: r.record_type,
    recordId: r.record_id === null ? null : Number(r.record_id),
    step: r.step,
    createdAt: r.created_at,
  };
}

/**
 * Links uploaded attachments to a record and step (inside the record's transaction). Only the
 * uploading organisation's unlinked files can be linked; anything else is a 400 naming the field.
 */
export async function linkAttachments(
  trx: Executor,
  orgId: number,
  ids: readonly number[],
  to: { recordType: string; recordId: number; step: string },
  field = 'attachmentIds',
): Promise<Selectable<AttachmentTable>[]> {
  if (ids.length === 0) return [];
  const rows = await findAttachmentsByIds(trx, ids);
  const usable = rows.filter(
    (r) => Number(r.org_id) === orgId && (r.record_id === null || (r.record_type === to.recordType && Number(r.record_id) === to.recordId)),
  );
  if (usable.length !== new Set(ids).size) throw badRequest('附件不存在或不属于本单位', { [field]: '附件不存在或不属于本单位' });
  await linkUnlinkedAttachments(trx, ids, to);
  return usable.map((r) => ({ ...r, record_type: to.recordType, record_id: to.recordId, step: r.step ?? to.step }));
}

export { findAttachment, findRecordAttachments, insertAttachment } from './attachments-repository.js';
