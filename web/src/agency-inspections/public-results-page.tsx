import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZPublicInspectionResult } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchPublicInspectionResults } from '../api/agency-inspections';

type Row = z.infer<typeof ZPublicInspectionResult>;

/** 双随机抽查结果公示: the public list of published inspection results, each with the seed of its draw. */
export function PublicInspectionResultsPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['agency-inspections', 'public'], queryFn: fetchPublicInspectionResults });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('agencyInsp.publicTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('agencyInsp.publicIntro')}</Typography.Paragraph>
      {q.isError && <Alert type="error" role="alert" title={q.error.message} />}
      <Table<Row>
        rowKey="objectId"
        size="small"
        loading={q.isPending}
        dataSource={q.data?.items}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('agencyInsp.year'), render: (_, r) => `${r.year} ${r.planTitle}` },
          { title: t('agencyInsp.name'), render: (_, r) => `${r.agencyName}（${t(`agencyInsp.kindLabel.${r.agencyKind}`)}）` },
          { title: t('agencyInsp.team'), render: (_, r) => r.inspectors.join('、') },
          {
            title: t('agencyInsp.findings'),
            render: (_, r) =>
              r.findings.map((f) => (
                <div key={f.item}>
                  {f.item}：{f.compliant ? t('agencyInsp.compliant') : t('agencyInsp.nonCompliant')}
                  {f.note ? `（${f.note}）` : ''}
                </div>
              )),
          },
          { title: t('agencyInsp.measures'), render: (_, r) => r.measures || t('agencyInsp.none') },
          {
            title: t('agencyInsp.publishedOn'),
            render: (_, r) => (
              <>
                {r.publishedOn} <Tag>{r.publishedInTime ? t('agencyInsp.inTime') : t('agencyInsp.late')}</Tag>
              </>
            ),
          },
          { title: t('agencyInsp.seed'), dataIndex: 'seed' },
        ]}
      />
    </Space>
  );
}
