import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { filingKindLabels, filingStatusLabels, licenceKindLabels } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchFiling } from '../api/filings';
import { queryKeys } from '../api/query-keys';
import { formatTime, orDash } from '../components/format';
import { QueryState } from '../components/query-state';
import { FilingActions } from './filing-actions';
import { usePreferences } from '../prefs/preferences';
import { AttachmentList } from '../workflow/attachment-list';
import { WorkflowPanel } from '../workflow/workflow-panel';

/** 备案详情: the filing, its patents, where it stands (the workflow diagram), its evidence and the next steps. */
export function FilingPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const id = Number(useParams().id);
  const query = useQuery({ queryKey: [...queryKeys.filings, 'detail', id], queryFn: () => fetchFiling(id) });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <QueryState query={query}>
        {(f) => (
          <>
            <Typography.Title level={1}>{`${filingKindLabels[f.kind][lang]}：${f.title}`}</Typography.Title>
            <FilingActions f={f} />
            <Card>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'status', label: t('filing.status'), children: filingStatusLabels[f.status][lang] },
                  { key: 'no', label: t('filing.filingNo'), children: f.filingNo ?? t('filing.notFiled') },
                  {
                    key: 'authority',
                    label: t('filing.authority'),
                    children: f.authorityAct ? t('filing.authorityText', { name: f.authorityAct.name, date: f.authorityAct.date }) : t('filing.notFiled'),
                  },
                  ...(f.cancelledOn ? [{ key: 'cancelled', label: t('filing.cancelledOn'), children: f.cancelledOn }] : []),
                  ...(f.kind === 'licence_contract' ? [{ key: 'scope', label: t('filing.scope'), children: orDash(f.scope) }] : []),
                  { key: 'org', label: t('filing.enterprise'), children: f.org.name },
                  { key: 'cp', label: t('filing.counterparty'), children: orDash(f.counterparty) },
                  { key: 'lk', label: t('filing.licenceKind'), children: f.licenceKind ? licenceKindLabels[f.licenceKind][lang] : '—' },
                  { key: 'amount', label: t('filing.amount'), children: f.amount === null ? '—' : f.amount.toLocaleString('zh-CN') },
                  { key: 'dates', label: `${t('filing.startsOn')} / ${t('filing.endsOn')}`, children: `${orDash(f.startsOn)} / ${orDash(f.endsOn)}` },
                  { key: 'at', label: t('filing.submittedAt'), children: formatTime(f.submittedAt) },
                  {
                    key: 'patents',
                    label: t('filing.patents'),
                    children: (
                      <ul className="plain-list">
                        {f.patents.map((p) => (
                          <li key={p.id}>
                            <Link to={`/patents/${p.id}`}>{p.title}</Link>（{p.appNo}）
                          </li>
                        ))}
                      </ul>
                    ),
                  },
                  { key: 'desc', label: t('filing.description'), children: orDash(f.description) },
                  ...(f.reviewNote ? [{ key: 'note', label: t('filing.reviewNote'), children: f.reviewNote }] : []),
                ]}
              />
            </Card>
            {f.assessment && (
              <Card title={<h2 className="card-title">{t('filing.assessment')}</h2>}>
                <Typography.Paragraph type="secondary">{f.assessment.source}</Typography.Paragraph>
                <ul className="plain-list">
                  {f.assessment.items.map((i) => (
                    <li key={i.code}>
                      {i.label}：{i.result === 'met' ? t('filing.met') : i.result === 'not_met' ? t('filing.notMet') : t('filing.unknown')}（{i.note}）
                      {!i.verified && <Tag>{t('filing.unverified')}</Tag>}
                    </li>
                  ))}
                </ul>
              </Card>
            )}
            <WorkflowPanel recordType="filing" id={f.id} />
            <AttachmentList recordType="filing" id={f.id} />
          </>
        )}
      </QueryState>
    </Space>
  );
}
