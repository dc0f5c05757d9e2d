import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { pledgeStatusLabels, type FinanceApplication, type PledgeApplication, type PledgePrefill } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchBankPledges, fetchMyPledges, fetchPledgePrefill, fetchPledgesForReview } from '../api/pledges';
import { queryKeys } from '../api/query-keys';
import { orDash } from '../components/format';
import { usePreferences } from '../prefs/preferences';
import { hasPermission, useSession } from '../session/use-session';
import { PledgeForm } from '../pledges/pledge-form';
import { pledgeStatusColours } from '../pledges/pledge-table';

const PLEDGE_LOANS = new Set(['patent_pledge_loan', 'trademark_pledge_loan']);
const STANDING = new Set(['awaiting_pledgee', 'submitted', 'registered']);

/**
 * The pledge registrations securing a financing application (linked both ways: each pledge names the application),
 * and, for the enterprise once a pledge loan is approved, 发起质押登记: the joint application prefilled from the
 * approved loan. Each side reads its own list (the enterprise as pledgor, the bank as pledgee, staff by region).
 */
export function LinkedPledges({ a }: { a: FinanceApplication }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const user = useSession().data?.user ?? null;
  const [prefill, setPrefill] = useState<PledgePrefill | null>(null);
  const isEnterprise = hasPermission(user, 'enterprise.self');
  const isBank = hasPermission(user, 'pledge.pledgee');
  const isStaff = hasPermission(user, 'utilization.review');
  const fetcher = isEnterprise ? fetchMyPledges : isBank ? fetchBankPledges : isStaff ? fetchPledgesForReview : null;
  const q = useQuery({
    queryKey: [...queryKeys.pledges, 'financing', a.id],
    queryFn: () => (fetcher as NonNullable<typeof fetcher>)({ financingApplicationId: a.id, pageSize: 50 }),
    enabled: fetcher !== null,
  });
  const start = useMutation({
    mutationFn: () => fetchPledgePrefill(a.id),
    onSuccess: setPrefill,
    onError: (e) => void message.error(e.message),
  });
  const approved = (a.status === 'approved' || a.status === 'disbursed') && PLEDGE_LOANS.has(a.productKind);
  if (!approved && (q.data?.total ?? 0) === 0) return null;
  const items = q.data?.items ?? [];
  const standing = items.some((p) => STANDING.has(p.status));
  return (
    <Card title={<h2 className="card-title">{t('finChain.pledges')}</h2>}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {items.length > 0 ? (
          <Table<PledgeApplication>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={items}
            columns={[
              { title: t('finChain.contractNo'), key: 'no', render: (_, p) => <Link to={`/pledges/${p.id}`}>{p.contractNo}</Link> },
              {
                title: t('finChain.status'),
                key: 'status',
                render: (_, p) => <Tag color={pledgeStatusColours[p.status]}>{pledgeStatusLabels[p.status][lang]}</Tag>,
              },
              { title: t('finChain.registrationNo'), key: 'reg', render: (_, p) => orDash(p.registrationNo) },
              { title: t('finChain.registeredOn'), key: 'on', render: (_, p) => orDash(p.registeredOn) },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">{isBank && !isEnterprise ? t('finChain.awaitingEnterprise') : t('finChain.noPledgeYet')}</Typography.Text>
        )}
        {approved && isEnterprise && !standing && q.isSuccess && (
          <Button type="primary" onClick={() => start.mutate()} loading={start.isPending}>
            {t('finChain.startPledge')}
          </Button>
        )}
      </Space>
      {prefill && <PledgeForm open onClose={() => setPrefill(null)} prefill={prefill} />}
    </Card>
  );
}
