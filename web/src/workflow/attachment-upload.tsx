import { Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { AttachmentKind } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadAttachment } from '../api/workflow';
import { useApiError } from '../components/use-api-error';

/**
 * A form control that uploads files as attachments of one kind as soon as they are chosen and holds
 * their ids (value / onChange, so it sits inside an antd Form.Item).
 */
export function AttachmentUpload({ kind, value, onChange, id }: { kind: AttachmentKind; value?: number[]; onChange?: (ids: number[]) => void; id?: string }) {
  const { t } = useTranslation();
  const onError = useApiError();
  const [files, setFiles] = useState<{ uid: string; name: string; status: 'done' | 'uploading' | 'error'; attachmentId?: number }[]>([]);
  return (
    <Upload
      id={id}
      accept=".pdf,.ofd,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx"
      fileList={files}
      customRequest={({ file, onSuccess, onError: failed }) => {
        const f = file as File & { uid: string };
        setFiles((list) => [...list, { uid: f.uid, name: f.name, status: 'uploading' }]);
        uploadAttachment(kind, f)
          .then((a) => {
            setFiles((list) => list.map((x) => (x.uid === f.uid ? { ...x, status: 'done', attachmentId: a.id } : x)));
            onChange?.([...(value ?? []), a.id]);
            onSuccess?.(a);
          })
          .catch((err: unknown) => {
            setFiles((list) => list.map((x) => (x.uid === f.uid ? { ...x, status: 'error' } : x)));
            onError(err);
            failed?.(err as Error);
          });
      }}
      onRemove={(f) => {
        const removed = files.find((x) => x.uid === f.uid);
        setFiles((list) => list.filter((x) => x.uid !== f.uid));
        if (removed?.attachmentId) onChange?.((value ?? []).filter((v) => v !== removed.attachmentId));
      }}
    >
      <Button icon={<UploadOutlined aria-hidden="true" />}>{t('attachments.upload')}</Button>
      <div className="upload-hint">{t('attachments.hint')}</div>
    </Upload>
  );
}
