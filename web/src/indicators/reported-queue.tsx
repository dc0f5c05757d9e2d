import { App, Button, Input, Modal, Segmented, Space, Tag } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { reportedStatusLabels, reportedStatuses, ZReportedStatus, type ReportedFigure, type ReportedStatus } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchReported, reportedExportUrl, reviewReported } from '../api/indicators';
import { PagedTable } from '../components/paged-table';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { hasPermission, useCurrentUser } from '../session/use-session';
import { formatValue } from './format';

const statusColour: Record<ReportedStatus, string> = { pending: 'blue', on_hold: 'red', approved: 'green', rejected: 'default' };

/** The status shown: those waiting for review unless another status, or all, is chosen. */
const statusFilter = (v: string | undefined): ReportedStatus | 'all' => (v === 'all' ? 'all' : (ZReportedStatus.safeParse(v ?? 'pending').data ?? 'pending'));

/** The review queue: figures waiting (or on hold), approved or returned by a second person. */
export function ReportedQueue() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const canReview = hasPermission(user, 'indicator.review');
  const [rejecting, setRejecting] = useState<ReportedFigure | null>(null);
  const [reason, setReason] = useState('');
  const client = useQueryClient();
  const onError = useApiError();
  const list = usePagedList({
    queryKey: ['indicators', 'reported'],
    state: 'local',
    filters: ['status'] as const,
    fetch: ({ filters, page, pageSize }) => {
      const s = statusFilter(filters.status);
      return fetchReported({ ...(s === 'all' ? {} : { status: s }), page, pageSize });
    },
  });
  const status = statusFilter(list.filters.status);
  const review = (f: ReportedFigure, decision: 'approve' | 'reject', note?: string) =>
    reviewReported(f.id, decision, note).then(() => {
      void message.success(decision === 'approve' ? t('reported.approve') : t('reported.reject'));
      setRejecting(null);
      setReason('');
      void client.invalidateQueries({ queryKey: ['indicators'] });
    }, onError);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Segmented
          value={status}
          onChange={(v) => list.setFilters({ status: v })}
          options={[...reportedStatuses.map((s) => ({ value: s, label: reportedStatusLabels[s] })), { value: 'all', label: t('reported.all') }]}
        />
        <Button href={reportedExportUrl(status === 'all' ? {} : { status })}>{t('indicators.exportExcel')}</Button>
      </Space>
      <PagedTable
        list={list}
        size="small"
        pagination={{ showTotal: undefined }}
        columns={[
          { title: t('indicators.period'), dataIndex: 'period' },
          { title: t('indicators.region'), dataIndex: 'regionName' },
          { title: t('reported.indicator'), dataIndex: 'indicatorName' },
          { title: t('reported.value'), align: 'right', render: (_, f) => `${formatValue(f.value)} ${f.unit}` },
          { title: t('reported.status'), render: (_, f) => <Tag color={statusColour[f.status]}>{reportedStatusLabels[f.status]}</Tag> },
          { title: t('reported.holdReason'), dataIndex: 'holdReason' },
          { title: t('reported.source'), dataIndex: 'source', ellipsis: true },
          { title: t('reported.author'), dataIndex: 'authorName' },
          {
            title: '',
            render: (_, f) =>
              canReview && (f.status === 'pending' || f.status === 'on_hold') ? (
                <Space>
                  <Button size="small" type="primary" onClick={() => void review(f, 'approve')}>
                    {t('reported.approve')}
                  </Button>
                  <Button size="small" danger onClick={() => setRejecting(f)}>
                    {t('reported.reject')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Modal
        open={rejecting !== null}
        title={t('reported.rejectReason')}
        onCancel={() => setRejecting(null)}
        onOk={() => rejecting && void review(rejecting, 'reject', reason)}
        okButtonProps={{ disabled: reason.trim() === '' }}
      >
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} aria-label={t('reported.rejectReason')} />
      </Modal>
    </Space>
  );
}
