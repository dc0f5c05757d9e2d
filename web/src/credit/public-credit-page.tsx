import { Space, Tag, Typography } from 'antd';
import type { z } from 'zod';
import type { ZCreditPublicListing } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchPublicCredit } from '../api/credit';
import { queryKeys } from '../api/query-keys';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { DemoTag } from '../components/demo-tag';
import { useCreditNames } from './labels';

type Row = z.infer<typeof ZCreditPublicListing>;

/** 知识产权信用信息公示: published listings in force, persons' names masked (public page). */
export function PublicCreditPage() {
  const { t } = useTranslation();
  const names = useCreditNames();
  const list = usePagedList({ queryKey: [...queryKeys.credit, 'public'], fetch: ({ page, pageSize }) => fetchPublicCredit({ page, pageSize }) });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('credit.publicTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('credit.publicNote')}</Typography.Paragraph>
      <PagedTable
        list={list}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('credit.subject'),
            render: (_: unknown, r: Row) => (
              <>
                {r.subjectName} <DemoTag isDemo={r.isDemo} />
              </>
            ),
          },
          { title: t('credit.behaviour'), render: (_: unknown, r: Row) => names.behaviour(r.behaviour) },
          { title: t('credit.measures'), render: (_: unknown, r: Row) => r.measures.map((m) => <Tag key={m}>{names.measure(m)}</Tag>) },
          { title: t('credit.authority'), render: (_: unknown, r: Row) => `${r.authority} ${r.decisionNo ?? ''}` },
          { title: t('credit.term'), render: (_: unknown, r: Row) => `${r.startsOn} ~ ${r.endsOn}` },
        ]}
      />
    </Space>
  );
}
