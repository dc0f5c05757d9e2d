import { Space, Table, Tag, Typography } from 'antd';
import { RecordFiling } from './record-filing';
import { useQuery } from '@tanstack/react-query';
import type { OpenLicence } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchMyLicences } from '../api/open-licences';
import { queryKeys } from '../api/query-keys';
import { QueryState } from '../components/query-state';
import { useCurrentUser } from '../session/use-session';

/**
 * 开放许可实施: open licences the enterprise granted (as patentee) or obtained (as licensee): the platform's own
 * reference, what was paid for what, and CNIPA's filing — entered by either party once CNIPA has given it.
 */
export function OpenLicencesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const query = useQuery({ queryKey: [...queryKeys.openLicences, 'licences'], queryFn: fetchMyLicences });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('ol.licencesTitle')}</Typography.Title>
      <QueryState query={query}>
        {(q) => (
          <Table<OpenLicence>
            rowKey="id"
            dataSource={q.items}
            pagination={false}
            columns={[
              { title: t('ol.platformRef'), dataIndex: 'platformRef' },
              { title: t('ol.patent'), key: 'patent', render: (_, l) => <Link to={`/patents/${l.patent.id}`}>{l.patent.title}</Link> },
              {
                title: t('ol.licensor'),
                key: 'licensor',
                render: (_, l) => (
                  <>
                    {l.licensor.name} {l.licensor.orgId === user.org.id && <Tag color="blue">{t('ol.ownOrg')}</Tag>}
                  </>
                ),
              },
              { title: t('ol.licensee'), key: 'licensee', render: (_, l) => l.licensee.name },
              { title: t('ol.fee'), dataIndex: 'feeText' },
              { title: t('ol.payment'), key: 'payment', render: (_, l) => t('ol.paymentText', { due: l.payment.due, paid: l.payment.paid }) },
              {
                title: t('ol.cnipaFiling'),
                key: 'cnipaFiling',
                render: (_, l) => (l.cnipaFiling ? `${l.cnipaFiling.number}（${l.cnipaFiling.date}）` : <RecordFiling licence={l} />),
              },
              { title: t('ol.grantedOn'), dataIndex: 'grantedOn' },
              { title: t('ol.termEnd'), dataIndex: 'termEnd' },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}
