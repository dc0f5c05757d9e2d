import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { pledgeRuleLabels, pledgeStatusLabels } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchPledge } from '../api/pledges';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { orDash } from '../components/format';
import { QueryState } from '../components/query-state';
import { usePreferences } from '../prefs/preferences';
import { AttachmentList } from '../workflow/attachment-list';
import { WorkflowPanel } from '../workflow/workflow-panel';
import { PledgeActions } from './pledge-actions';
import { pledgeStatusColours } from './pledge-table';

/** 质押登记详情: parties, rights, debt, the authority's acts, the workflow and the documents. */
export function PledgePage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const id = Number(useParams().id);
  const query = useQuery({ queryKey: [...queryKeys.pledges, 'detail', id], queryFn: () => fetchPledge(id) });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <QueryState query={query}>
        {(p) => (
          <>
            <Typography.Title level={1}>
              {t('pageTitle.pledge')}：{p.contractNo} <DemoTag isDemo={p.isDemo} />
            </Typography.Title>
            <PledgeActions p={p} />
            <Card>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'status', label: t('pledge.status'), children: <Tag color={pledgeStatusColours[p.status]}>{pledgeStatusLabels[p.status][lang]}</Tag> },
                  { key: 'no', label: t('pledge.registrationNo'), children: p.registrationNo ?? t('pledge.notRegistered') },
                  { key: 'authority', label: t('pledge.authority'), children: orDash(p.authorityName) },
                  { key: 'on', label: t('pledge.registeredOn'), children: orDash(p.registeredOn) },
                  { key: 'pledgor', label: t('pledge.pledgor'), children: p.pledgorName },
                  { key: 'pledgee', label: t('pledge.pledgee'), children: p.pledgeeName },
                  { key: 'kind', label: t('pledge.assetKind'), children: p.assetKind === 'patent' ? t('pledge.patent') : t('pledge.trademark') },
                  { key: 'secured', label: t('pledge.securedAmount'), children: p.securedAmount.toLocaleString('zh-CN') },
                  { key: 'loan', label: t('pledge.loanAmount'), children: p.loanAmount.toLocaleString('zh-CN') },
                  { key: 'term', label: t('pledge.debtTerm'), children: `${p.debtStartsOn} — ${p.debtEndsOn}` },
                  ...(p.status === 'submitted' ? [{ key: 'due', label: t('pledge.decisionDue'), children: orDash(p.decisionDueOn) }] : []),
                  ...(p.financingApplicationId
                    ? [
                        {
                          key: 'fin',
                          label: t('pledge.financingId'),
                          children: (
                            <Link to={`/finance/applications/${p.financingApplicationId}`}>
                              {t('finChain.fromApplication', { id: p.financingApplicationId })}
                            </Link>
                          ),
                        },
                      ]
                    : []),
                  ...(p.refusalRule
                    ? [
                        {
                          key: 'refusal',
                          label: t('pledge.refusal'),
                          children: `${pledgeRuleLabels[p.refusalRule][lang]}${p.refusalNote ? `（${p.refusalNote}）` : ''}`,
                        },
                      ]
                    : []),
                  ...(p.releasedOn ? [{ key: 'released', label: t('pledge.releasedOn'), children: `${p.releasedOn}（${orDash(p.releaseNo)}）` }] : []),
                  ...(p.note ? [{ key: 'note', label: t('pledge.note'), children: p.note }] : []),
                  {
                    key: 'assets',
                    label: t('pledge.assets'),
                    children: (
                      <ul className="plain-list">
                        {p.assets.map((a) => (
                          <li key={a.id}>
                            {p.assetKind === 'patent' ? <Link to={`/patents/${a.id}`}>{a.title}</Link> : a.title}（{a.number}）
                          </li>
                        ))}
                      </ul>
                    ),
                  },
                ]}
              />
            </Card>
            <WorkflowPanel recordType="pledge_application" id={p.id} />
            <AttachmentList recordType="pledge_application" id={p.id} />
          </>
        )}
      </QueryState>
    </Space>
  );
}
