import { Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import {
  insuranceKindLabels,
  pledgeStatusLabels,
  subsidyStatusLabels,
  type InsurancePolicy,
  type PledgeApplication,
  type SubsidyApplication,
} from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchMyPledges, fetchPolicies } from '../api/pledges';
import { fetchMySubsidies } from '../api/subsidies';
import { queryKeys } from '../api/query-keys';
import { orDash } from '../components/format';
import { usePreferences } from '../prefs/preferences';
import { pledgeStatusColours } from '../pledges/pledge-table';

const useLang = () => (usePreferences().language === 'en' ? 'en' : 'zh');
const yuan = (n: number | null) => (n === null ? '—' : n.toLocaleString('zh-CN'));

function Failed({ error }: { error: Error | null }) {
  return error ? (
    <Typography.Text type="danger" role="alert">
      {error.message}
    </Typography.Text>
  ) : null;
}

/** 我的融资 · 质押登记: the enterprise's pledges as pledgor, with CNIPA's registration number and date. */
export function MyPledgesTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useQuery({ queryKey: [...queryKeys.pledges, 'mine', 'finance'], queryFn: () => fetchMyPledges({ pageSize: 100 }) });
  return (
    <>
      <Failed error={q.error} />
      <Table<PledgeApplication>
        rowKey="id"
        size="small"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('finChain.none') }}
        columns={[
          { title: t('finChain.contractNo'), key: 'no', render: (_, p) => <Link to={`/pledges/${p.id}`}>{p.contractNo}</Link> },
          { title: t('pledge.pledgee'), dataIndex: 'pledgeeName' },
          { title: t('pledge.securedAmount'), key: 'amount', render: (_, p) => yuan(p.securedAmount) },
          {
            title: t('finChain.status'),
            key: 'status',
            render: (_, p) => <Tag color={pledgeStatusColours[p.status]}>{pledgeStatusLabels[p.status][lang]}</Tag>,
          },
          { title: t('finChain.registrationNo'), key: 'reg', render: (_, p) => orDash(p.registrationNo) },
          { title: t('finChain.registeredOn'), key: 'on', render: (_, p) => orDash(p.registeredOn) },
          {
            title: t('pledge.financingId'),
            key: 'fin',
            render: (_, p) =>
              p.financingApplicationId ? (
                <Link to={`/finance/applications/${p.financingApplicationId}`}>{t('finChain.fromApplication', { id: p.financingApplicationId })}</Link>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </>
  );
}

/** 我的融资 · 知识产权保险: the policies the enterprise is insured under (the insurance endpoint answers each side its own). */
export function MyPoliciesTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useQuery({ queryKey: [...queryKeys.pledges, 'policies', 'mine'], queryFn: () => fetchPolicies({ pageSize: 100 }) });
  return (
    <>
      <Failed error={q.error} />
      <Table<InsurancePolicy>
        rowKey="id"
        size="small"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={false}
        scroll={{ x: 700 }}
        locale={{ emptyText: t('finChain.none') }}
        columns={[
          { title: t('finChain.policyKind'), key: 'kind', render: (_, p) => insuranceKindLabels[p.kind][lang] },
          { title: t('finChain.insurer'), dataIndex: 'insurerName' },
          { title: t('finChain.sumInsured'), key: 'sum', render: (_, p) => yuan(p.sumInsured) },
          { title: t('finChain.period'), key: 'period', render: (_, p) => `${p.startsOn} — ${p.endsOn}` },
        ]}
      />
    </>
  );
}

/** 我的融资 · 贴息: the enterprise's interest-subsidy applications (the subsidies module's own endpoint). */
export function MySubsidiesTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useQuery({ queryKey: ['subsidies', 'mine', 'finance'], queryFn: () => fetchMySubsidies({ pageSize: 100 }) });
  return (
    <>
      <Failed error={q.error} />
      <Table<SubsidyApplication>
        rowKey="id"
        size="small"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={false}
        scroll={{ x: 700 }}
        locale={{ emptyText: t('finChain.none') }}
        columns={[
          {
            title: t('finChain.policyName'),
            key: 'policy',
            render: (_, s) => <Link to={`/subsidies/applications/${s.id}`}>{lang === 'en' ? s.policyNameEn : s.policyName}</Link>,
          },
          { title: t('pledge.pledgee'), dataIndex: 'bank' },
          { title: t('finChain.status'), key: 'status', render: (_, s) => subsidyStatusLabels[s.status][lang] },
          { title: t('finChain.subsidyAmount'), key: 'amount', render: (_, s) => yuan(s.approvedAmount ?? s.computedAmount) },
        ]}
      />
    </>
  );
}
