import { Tag } from 'antd';
import type { FinanceApplication } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DemoTag } from '../components/demo-tag';
import { formatTime, orDash } from '../components/format';
import { PagedTable } from '../components/paged-table';
import type { PagedList, PageOf } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { applicationStatusColours, applicationStatusLabel, wan } from './labels';

/** A paged list of financing applications with their status and the open step's clock. */
export function ApplicationTable({ list, show }: { list: PagedList<string, PageOf<FinanceApplication>>; show: { enterprise?: boolean; bank?: boolean } }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  return (
    <PagedTable
      list={list}
      scroll={{ x: 900 }}
      columns={[
        {
          title: t('fin.applicationNo'),
          key: 'id',
          render: (_, a: FinanceApplication) => (
            <>
              <Link to={`/finance/applications/${a.id}`}>{t('fin.applicationRef', { id: a.id })}</Link> <DemoTag isDemo={a.isDemo} />
            </>
          ),
        },
        { title: t('fin.product'), dataIndex: 'productName' },
        ...(show.enterprise ? [{ title: t('fin.enterprise'), dataIndex: 'enterpriseName' }] : []),
        ...(show.bank ? [{ title: t('fin.lender'), dataIndex: 'bankName' }] : []),
        { title: t('fin.amount'), key: 'amount', render: (_: unknown, a: FinanceApplication) => wan(a.amount, lang) },
        {
          title: t('fin.status'),
          key: 'status',
          render: (_: unknown, a: FinanceApplication) => <Tag color={applicationStatusColours[a.status]}>{applicationStatusLabel(a.status, lang)}</Tag>,
        },
        {
          title: t('fin.due'),
          key: 'due',
          render: (_: unknown, a: FinanceApplication) =>
            a.dueOn ? (
              <>
                {a.dueOn}{' '}
                {a.urgency === 'overdue' ? (
                  <Tag color="red">{t('workQueue.overdue')}</Tag>
                ) : a.urgency === 'due_soon' ? (
                  <Tag color="orange">{t('workQueue.dueSoon')}</Tag>
                ) : null}
              </>
            ) : (
              orDash(null)
            ),
        },
        { title: t('fin.submittedAt'), key: 'submitted', render: (_: unknown, a: FinanceApplication) => formatTime(a.submittedAt) },
      ]}
    />
  );
}
