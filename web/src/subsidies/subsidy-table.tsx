import { Tag } from 'antd';
import { subsidyStatusLabels, type SubsidyApplication } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DemoTag } from '../components/demo-tag';
import { formatTime } from '../components/format';
import { PagedTable, type PagedTableProps } from '../components/paged-table';
import type { PageOf } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { amountText } from './computation';

const colours = {
  submitted: 'orange',
  returned: 'gold',
  verified: 'blue',
  rejected: 'red',
  withdrawn: 'default',
  batched: 'cyan',
  approved: 'geekblue',
  paid: 'green',
} as const;

/** A paged list of subsidy applications; each opens its page with the computation. */
export function SubsidyTable(props: Omit<PagedTableProps<PageOf<SubsidyApplication>>, 'columns'>) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  return (
    <PagedTable
      {...props}
      pagination={{ showSizeChanger: false, showTotal: undefined }}
      columns={[
        {
          title: t('subsidy.bank'),
          key: 'bank',
          render: (_, a) => (
            <>
              <Link to={`/subsidies/applications/${a.id}`}>{a.bank}</Link> <DemoTag isDemo={a.isDemo} />
            </>
          ),
        },
        { title: t('subsidy.enterprise'), key: 'org', render: (_, a) => a.enterprise.name },
        { title: t('subsidy.policy'), key: 'policy', render: (_, a) => (lang === 'en' ? a.policyNameEn : a.policyName) },
        { title: t('subsidy.principal'), key: 'principal', render: (_, a) => amountText(a.principal, '—') },
        {
          title: t('subsidy.amount'),
          key: 'amount',
          render: (_, a) => amountText(a.approvedAmount ?? a.computedAmount, t('subsidy.noAmount')),
        },
        { title: t('subsidy.status'), key: 'status', render: (_, a) => <Tag color={colours[a.status]}>{subsidyStatusLabels[a.status][lang]}</Tag> },
        { title: t('subsidy.submittedAt'), key: 'at', render: (_, a) => formatTime(a.submittedAt) },
      ]}
    />
  );
}
