import { Tag } from 'antd';
import { pledgeStatusLabels, type PledgeApplication } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DemoTag } from '../components/demo-tag';
import { orDash } from '../components/format';
import { PagedTable } from '../components/paged-table';
import type { PagedList, PageOf } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';

export const pledgeStatusColours = {
  awaiting_pledgee: 'orange',
  submitted: 'blue',
  registered: 'green',
  refused: 'red',
  released: 'default',
  withdrawn: 'default',
  declined: 'red',
} as const;

/** A paged list of pledge applications; each contract number opens the application. */
export function PledgeTable({ list }: { list: PagedList<string, PageOf<PledgeApplication>> }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  return (
    <PagedTable
      list={list}
      pagination={{ showSizeChanger: false, showTotal: undefined }}
      columns={[
        {
          title: t('pledge.contractNo'),
          key: 'contract',
          render: (_, p) => (
            <>
              <Link to={`/pledges/${p.id}`}>{p.contractNo}</Link> <DemoTag isDemo={p.isDemo} />
            </>
          ),
        },
        { title: t('pledge.pledgor'), key: 'pledgor', render: (_, p) => p.pledgorName },
        { title: t('pledge.pledgee'), key: 'pledgee', render: (_, p) => p.pledgeeName },
        { title: t('pledge.assets'), key: 'assets', render: (_, p) => p.assets.map((a) => a.number).join('、') },
        { title: t('pledge.securedAmount'), key: 'amount', render: (_, p) => p.securedAmount.toLocaleString('zh-CN') },
        { title: t('pledge.status'), key: 'status', render: (_, p) => <Tag color={pledgeStatusColours[p.status]}>{pledgeStatusLabels[p.status][lang]}</Tag> },
        { title: t('pledge.registrationNo'), key: 'no', render: (_, p) => orDash(p.registrationNo) },
        { title: t('pledge.decisionDue'), key: 'due', render: (_, p) => (p.status === 'submitted' ? orDash(p.decisionDueOn) : '—') },
      ]}
    />
  );
}
