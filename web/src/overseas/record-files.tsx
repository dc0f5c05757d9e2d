import { Button, Space, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { AttachmentKind } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { uploadAttachment } from '../api/workflow';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { AttachmentList } from '../workflow/attachment-list';

/**
 * A record's files (证据材料) with an upload button that links each file to the record at once; the server
 * decides who may attach (a refusal shows as a message).
 */
export function RecordFiles({ recordType, id, kind = 'evidence', canUpload }: { recordType: string; id: number; kind?: AttachmentKind; canUpload: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const onError = useApiError();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <AttachmentList recordType={recordType} id={id} />
      {canUpload && (
        <Upload
          accept=".pdf,.ofd,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx"
          showUploadList={false}
          customRequest={({ file, onSuccess, onError: failed }) => {
            uploadAttachment(kind, file as File, { recordType, recordId: id })
              .then((a) => {
                void client.invalidateQueries({ queryKey: queryKeys.attachments(recordType, id) });
                onSuccess?.(a);
              })
              .catch((err: unknown) => {
                onError(err);
                failed?.(err as Error);
              });
          }}
        >
          <Button icon={<UploadOutlined aria-hidden="true" />}>{t('attachments.upload')}</Button>
        </Upload>
      )}
    </Space>
  );
}
