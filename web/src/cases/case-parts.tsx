import { App, Button, Card, Space, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { RecordClock } from '@zhichan/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadAttachment } from '../api/workflow';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { useMessageText } from '../components/message-text';
import { AttachmentList } from '../workflow/attachment-list';

const stateColour = { running: 'processing', paused: 'blue', stopped: 'default', overdue: 'error' } as const;

/**
 * 法定期限: each statutory clock of the record — when it started, its length (and the approved extension), the
 * days it stood still, its due date and state — with the pause/resume (中止/恢复) steps beside it.
 */
export function ClocksCard({ clocks, actions }: { clocks: RecordClock[]; actions?: ReactNode }) {
  const { t } = useTranslation();
  const text = useMessageText();
  return (
    <Card title={<h2 className="card-title">{t('caseUi.clocks')}</h2>} extra={actions}>
      <Table<RecordClock>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={clocks}
        locale={{ emptyText: t('caseUi.noClocks') }}
        columns={[
          { title: t('caseUi.clock'), key: 'label', render: (_, c) => c.label },
          { title: t('caseUi.clockStart'), key: 'start', render: (_, c) => c.startOn },
          {
            title: t('caseUi.clockDays'),
            key: 'days',
            render: (_, c) => `${c.days} ${c.unit === 'working' ? t('caseUi.workingDays') : t('caseUi.calendarDays')}`,
          },
          {
            title: t('caseUi.extension'),
            key: 'ext',
            render: (_, c) => (c.extendedDays > 0 ? `+${c.extendedDays}（${c.extensionReason ?? ''}）` : '—'),
          },
          {
            title: t('caseUi.pausedDays'),
            key: 'paused',
            render: (_, c) =>
              c.pauses.length === 0 ? (
                '0'
              ) : (
                <span>
                  {c.pausedDays}
                  {c.pauses.map((p) => (
                    <Typography.Text key={p.pausedOn} type="secondary" style={{ display: 'block' }}>
                      {p.pausedOn} → {p.resumedOn ?? t('caseUi.stillPaused')}
                    </Typography.Text>
                  ))}
                </span>
              ),
          },
          { title: t('caseUi.dueOn'), key: 'due', render: (_, c) => c.dueOn ?? '—' },
          {
            title: t('caseUi.clockState'),
            key: 'state',
            render: (_, c) => (
              <Space orientation="vertical" size={0}>
                <Tag color={stateColour[c.state]}>{t(`caseUi.state.${c.state}`)}</Tag>
                {c.stoppedOn && <Typography.Text type="secondary">{c.stoppedOn}</Typography.Text>}
                {c.notes.map((n) => (
                  <Typography.Text key={n.code} type="secondary">
                    {text(n)}
                  </Typography.Text>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** The record's attachments with an evidence upload (the server says whether this user may still add files). */
export function EvidenceCard({ recordType, id, canUpload }: { recordType: string; id: number; canUpload: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiError();
  return (
    <Space orientation="vertical" size="small" className="page">
      <AttachmentList recordType={recordType} id={id} />
      {canUpload && (
        <Upload
          accept=".pdf,.ofd,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx"
          showUploadList={false}
          customRequest={({ file, onSuccess, onError: failed }) => {
            uploadAttachment('evidence', file as File, { recordType, recordId: id, step: 'evidence' })
              .then((a) => {
                void message.success(t('caseUi.uploaded'));
                void client.invalidateQueries({ queryKey: queryKeys.attachments(recordType, id) });
                onSuccess?.(a);
              })
              .catch((err: unknown) => {
                onError(err);
                failed?.(err as Error);
              });
          }}
        >
          <Button icon={<UploadOutlined aria-hidden="true" />}>{t('caseUi.uploadEvidence')}</Button>
        </Upload>
      )}
    </Space>
  );
}
