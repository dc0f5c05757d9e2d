import { Space, Table, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Deal, TechContactStatus } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchContacts, fetchDeals } from '../api/tech';
import { queryKeys } from '../api/query-keys';
import { formatTime } from '../components/format';
import { ContactStatusTag } from './post-tags';

interface ContactRow {
  id: number;
  status: TechContactStatus;
  subject: string;
  fromOrgName: string;
  toOrgName: string;
  updatedAt: string;
}

/** 对接与成交: the contacts the organisation takes part in (the bureau: its jurisdiction's) and their deals. */
export function ContactsPage() {
  const { t } = useTranslation();
  const contacts = useQuery({ queryKey: [...queryKeys.tech, 'contacts'], queryFn: () => fetchContacts({ pageSize: 200 }) });
  const deals = useQuery({ queryKey: [...queryKeys.tech, 'deals'], queryFn: () => fetchDeals({ pageSize: 200 }) });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('tech.contacts')}</Typography.Title>
      <Tabs
        items={[
          {
            key: 'contacts',
            label: t('tech.contactList'),
            children: (
              <Table<ContactRow>
                rowKey="id"
                loading={contacts.isFetching}
                dataSource={contacts.data?.items ?? []}
                pagination={false}
                locale={{ emptyText: t('tech.noContacts') }}
                columns={[
                  { title: t('tech.subject'), dataIndex: 'subject', render: (s: string, r) => <Link to={`/tech/contacts/${r.id}`}>{s}</Link> },
                  { title: t('tech.status'), dataIndex: 'status', render: (s: TechContactStatus) => <ContactStatusTag status={s} /> },
                  { title: t('tech.from'), dataIndex: 'fromOrgName' },
                  { title: t('tech.to'), dataIndex: 'toOrgName' },
                  { title: t('tech.updatedAt'), dataIndex: 'updatedAt', render: formatTime },
                ]}
              />
            ),
          },
          {
            key: 'deals',
            label: t('tech.deals'),
            children: (
              <Table<Deal>
                rowKey="id"
                loading={deals.isFetching}
                dataSource={deals.data?.items ?? []}
                pagination={false}
                locale={{ emptyText: t('tech.empty') }}
                columns={[
                  { title: t('tech.subject'), dataIndex: 'subject', render: (s: string, r) => <Link to={`/tech/contacts/${r.contactId}`}>{s}</Link> },
                  { title: t('tech.dealKind'), dataIndex: 'kind', render: (k: Deal['kind']) => t(`tech.dealKinds.${k}`) },
                  { title: t('tech.amount'), dataIndex: 'amount', align: 'right', render: (v: number) => v.toLocaleString('zh-CN') },
                  { title: t('tech.dealDate'), dataIndex: 'dealDate' },
                  { title: t('tech.buyer'), dataIndex: 'buyerName' },
                  { title: t('tech.seller'), dataIndex: 'sellerName' },
                ]}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
