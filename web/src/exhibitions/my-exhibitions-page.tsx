import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { ExhibitFiling, FairComplaint } from '@zhichan/contract';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchMyExhibitions } from '../api/exhibitions';
import { queryKeys } from '../api/query-keys';
import { RecordFiles } from '../overseas/record-files';

/** 我的参展: the exhibitor's filings, commitments and the complaints made against it at fairs. */
export function MyExhibitionsPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: [...queryKeys.exhibitions, 'mine'], queryFn: fetchMyExhibitions });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('expo.mine')}</Typography.Title>
      {q.isError && <Alert type="error" role="alert" title={q.error.message} />}
      <Card title={t('expo.filings')}>
        <Table<ExhibitFiling>
          rowKey="id"
          size="small"
          pagination={false}
          loading={q.isPending}
          dataSource={q.data?.filings}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('expo.name'), render: (_, r) => <Link to={`/exhibitions/fairs/${r.fairId}`}>{r.fairName}</Link> },
            { title: t('expo.exhibitName'), dataIndex: 'exhibitName' },
            { title: t('expo.patentId'), render: (_, r) => `${r.appNo} ${r.patentTitle}` },
            { title: t('expo.basis'), render: (_, r) => t(`expo.basisLabel.${r.basis}`) },
          ]}
        />
      </Card>
      <Card title={t('expo.commitments')}>
        <Table
          rowKey="fairId"
          size="small"
          pagination={false}
          dataSource={q.data?.commitments}
          columns={[
            { title: t('expo.name'), dataIndex: 'fairName' },
            { title: t('expo.committed'), render: (_, r: { signedAt: string }) => dayjs(r.signedAt).format('YYYY-MM-DD HH:mm') },
          ]}
        />
      </Card>
      <Card title={t('expo.complaints')}>
        <Table<FairComplaint>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={q.data?.complaints}
          scroll={{ x: 'max-content' }}
          expandable={{ expandedRowRender: (c) => <RecordFiles recordType="fair_complaint" id={c.id} canUpload={c.status !== 'resolved'} /> }}
          columns={[
            { title: t('expo.name'), dataIndex: 'fairName' },
            { title: t('expo.complainant'), dataIndex: 'complainant' },
            { title: t('expo.rightNo'), dataIndex: 'rightNo' },
            { title: t('expo.dueAt'), render: (_, c) => dayjs(c.dueAt).format('YYYY-MM-DD HH:mm') },
            {
              title: t('expo.outcome'),
              render: (_, c) => (c.outcome ? <Tag>{t(`expo.outcomeLabel.${c.outcome}`)}</Tag> : t(`expo.complaintStatus.${c.status}`)),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
