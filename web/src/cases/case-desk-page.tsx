import { Form, Input, Select, Space, Tag, Typography } from 'antd';
import { penaltyKindLabels, penaltyKinds, penaltyStatusLabels, penaltyStatuses, ZPenaltyKind, ZPenaltyStatus } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchCaseDesk } from '../api/cases';
import { FilterBar } from '../components/filter-bar';
import { orDash } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';

const FILTERS = ['status', 'kind', 'overdue', 'q'] as const;

/** 案件办理: the penalty cases of the handler's jurisdiction with their running clock (due date, suspended). */
export function CaseDeskPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const list = usePagedList({
    queryKey: ['cases', 'desk'],
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) =>
      fetchCaseDesk({
        status: ZPenaltyStatus.safeParse(filters.status).data,
        kind: ZPenaltyKind.safeParse(filters.kind).data,
        overdue: filters.overdue === '1' ? '1' : undefined,
        q: filters.q || undefined,
        page,
        pageSize,
      }),
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('cases.deskTitle')}</Typography.Title>
      <FilterBar values={list.filters} onSearch={(v) => list.setFilters(v)}>
        <Form.Item name="status" label={t('cases.status')}>
          <Select allowClear style={{ width: 180 }} options={penaltyStatuses.map((s) => ({ value: s, label: penaltyStatusLabels[s][lang] }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('cases.caseKind')}>
          <Select allowClear style={{ width: 160 }} options={penaltyKinds.map((k) => ({ value: k, label: penaltyKindLabels[k][lang] }))} />
        </Form.Item>
        <Form.Item name="overdue" label={t('cases.overdue')}>
          <Select allowClear style={{ width: 100 }} options={[{ value: '1', label: t('cases.overdue') }]} />
        </Form.Item>
        <Form.Item name="q" label={t('cases.keyword')}>
          <Input allowClear style={{ width: 180 }} />
        </Form.Item>
      </FilterBar>
      <PagedTable
        list={list}
        columns={[
          { title: t('cases.caseNo'), key: 'no', render: (_, r) => <Link to={`/cases/penalty/${r.id}`}>{r.caseNo}</Link> },
          { title: t('cases.title'), key: 'title', render: (_, r) => r.title },
          { title: t('cases.caseKind'), key: 'kind', render: (_, r) => penaltyKindLabels[r.kind][lang] },
          { title: t('cases.respondent'), key: 'resp', render: (_, r) => r.respondentName },
          { title: t('cases.status'), key: 'status', render: (_, r) => penaltyStatusLabels[r.status][lang] },
          { title: t('cases.clueOn'), key: 'clue', render: (_, r) => r.clueOn },
          { title: t('cases.due'), key: 'due', render: (_, r) => (r.paused ? <Tag color="blue">{t('cases.paused')}</Tag> : orDash(r.dueOn)) },
          { title: t('cases.fine'), key: 'fine', render: (_, r) => orDash(r.fine === null ? null : r.fine.toLocaleString()) },
        ]}
      />
    </Space>
  );
}
