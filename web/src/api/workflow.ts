import { ZAttachment, ZAttachmentList, ZWorkflowView, ZWorkQueue, type AttachmentKind } from '@zhichan/contract';
import { api } from './client';

export const fetchWorkQueue = () => api.get('/api/work-queue', ZWorkQueue);
export const fetchWorkflow = (recordType: string, id: number) => api.get(`/api/workflows/${recordType}/${id}`, ZWorkflowView);
export const fetchAttachments = (recordType: string, recordId: number) => api.get('/api/attachments', ZAttachmentList, { recordType, recordId });
/** Download address of an attachment (the server checks the caller may see its record). */
export const attachmentUrl = (id: number) => `/api/attachments/${id}`;

/** Uploads one attachment; fields go before the file (the server reads them in order). */
export function uploadAttachment(kind: AttachmentKind, file: File, link?: { recordType: string; recordId: number; step?: string }) {
  const form = new FormData();
  form.append('kind', kind);
  if (link) {
    form.append('recordType', link.recordType);
    form.append('recordId', String(link.recordId));
    if (link.step) form.append('step', link.step);
  }
  form.append('file', file, file.name);
  return api.upload('/api/attachments', ZAttachment, form);
}
