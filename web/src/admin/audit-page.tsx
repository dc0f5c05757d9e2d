import { DatePicker, Form, Input, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fetchAudit } from '../api/audit';
import { queryKeys } from '../api/query-keys';
import { AuditDetails } from './audit-details';
import { FilterBar } from '../components/filter-bar';
import { formatTime, orDash } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';

const FILTERS = ['actor', 'entityType', 'entityId', 'action', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;
type FormValues = Omit<Filters, 'from' | 'to'> & { from?: Dayjs | null; to?: Dayjs | null };

const DAY = 'YYYY-MM-DD';

/** 审计日志: search the audit trail of the jurisdiction; each row expands to its before/after JSON. */
export function AuditPage() {
  const { t } = useTranslation();
  const list = usePagedList({
    queryKey: queryKeys.audit,
    filters: FILTERS,
    // Dates are the user's local days; the API compares ISO instants, so send the day's bounds.
    fetch: ({ filters, page, pageSize }) =>
      fetchAudit({
        ...filters,
        from: filters.from ? dayjs(filters.from, DAY).startOf('day').toISOString() : undefined,
        to: filters.to ? dayjs(filters.to, DAY).endOf('day').toISOString() : undefined,
        page,
        pageSize,
      }),
  });
  const { filters, setFilters } = list;
  const formValues: FormValues = { ...filters, from: filters.from ? dayjs(filters.from, DAY) : null, to: filters.to ? dayjs(filters.to, DAY) : null };
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('audit.title')}</Typography.Title>
      <FilterBar<FormValues> values={formValues} onSearch={(v) => setFilters({ ...v, from: v.from?.format(DAY), to: v.to?.format(DAY) })}>
        <Form.Item name="actor" label={t('audit.actor')}>
          <Input allowClear placeholder={t('audit.actorPlaceholder')} />
        </Form.Item>
        <Form.Item name="entityType" label={t('audit.entityType')}>
          <Input allowClear placeholder="enterprise" />
        </Form.Item>
        <Form.Item name="entityId" label={t('audit.entityId')}>
          <Input allowClear style={{ width: 110 }} />
        </Form.Item>
        <Form.Item name="action" label={t('audit.action')}>
          <Input allowClear placeholder="enterprise.approve" />
        </Form.Item>
        <Form.Item name="from" label={t('audit.from')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="to" label={t('audit.to')}>
          <DatePicker />
        </Form.Item>
      </FilterBar>
      <PagedTable
        list={list}
        scroll={{ x: 1000 }}
        expandable={{ expandedRowRender: (r) => <AuditDetails entry={r} />, columnTitle: <span className="visually-hidden">{t('audit.showDetails')}</span> }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', render: formatTime },
          { title: t('audit.actor'), dataIndex: 'actorUsername', render: orDash },
          { title: t('audit.action'), dataIndex: 'action', render: (v: string) => <span className="mono">{v}</span> },
          { title: t('audit.entityType'), dataIndex: 'entityType', render: (v: string) => <span className="mono">{v}</span> },
          { title: t('audit.entityId'), dataIndex: 'entityId', render: orDash },
          { title: t('audit.ip'), dataIndex: 'ip', render: orDash },
          { title: t('audit.region'), dataIndex: 'regionCode', render: (v: string | null) => v ?? <span className="muted">{t('audit.platformRow')}</span> },
        ]}
      />
    </Space>
  );
}
