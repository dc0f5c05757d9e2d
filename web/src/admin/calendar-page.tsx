import { Card, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { CalendarYearStatus } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fetchCalendarYears } from '../api/calendar';
import { queryKeys } from '../api/query-keys';
import { CalendarYearCard } from './calendar-year-card';
import { CalendarEntry } from './calendar-entry';
import { CalendarImport } from './calendar-import';
import { formatTime, orDash } from '../components/format';
import { QueryState } from '../components/query-state';

/**
 * 节假日安排: which years' official arrangements are entered (and from where), one year day by day, and
 * entering or importing a year's arrangement. Administrators (org.manage) only.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const years = useQuery({ queryKey: queryKeys.calendar, queryFn: fetchCalendarYears });
  const items = years.data?.items ?? [];
  // The year in the address, else the first missing one (next year's, in the autumn), else the newest.
  const chosen = Number(params.get('year')) || items.find((y) => y.status === 'missing')?.year || items[0]?.year;
  const sourceText = (s: string | null) => (s === 'chinese-days' ? t('calendar.seeded') : orDash(s));
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('calendar.title')}</Typography.Title>
      <Typography.Paragraph>{t('calendar.intro')}</Typography.Paragraph>
      <Card title={<h2 className="card-title">{t('calendar.years')}</h2>}>
        <QueryState query={years}>
          {(data) => (
            <Table<CalendarYearStatus>
              rowKey="year"
              size="small"
              pagination={{ pageSize: 8 }}
              dataSource={data.items}
              rowClassName={(r) => (r.year === chosen ? 'ant-table-row-selected' : '')}
              onRow={(r) => ({ onClick: () => setParams({ year: String(r.year) }) })}
              columns={[
                {
                  title: t('calendar.year'),
                  key: 'year',
                  render: (_, r) => (
                    <Typography.Link onClick={() => setParams({ year: String(r.year) })} aria-current={r.year === chosen}>
                      {r.year}
                    </Typography.Link>
                  ),
                },
                {
                  title: t('calendar.status'),
                  key: 'status',
                  render: (_, r) => (
                    <Tag color={r.status === 'arranged' ? 'green' : 'red'}>{t(r.status === 'arranged' ? 'calendar.arranged' : 'calendar.missing')}</Tag>
                  ),
                },
                { title: t('calendar.source'), key: 'source', render: (_, r) => sourceText(r.source) },
                {
                  title: t('calendar.daysColumn'),
                  key: 'counts',
                  render: (_, r) => (r.status === 'arranged' ? t('calendar.counts', { holidays: r.holidays, workdays: r.workdays }) : '—'),
                },
                { title: t('calendar.enteredBy'), key: 'by', render: (_, r) => orDash(r.enteredBy) },
                { title: t('calendar.enteredAt'), key: 'at', render: (_, r) => (r.enteredBy ? formatTime(r.enteredAt) : '—') },
              ]}
            />
          )}
        </QueryState>
      </Card>
      {chosen !== undefined && (
        <>
          <CalendarYearCard year={chosen} sourceText={sourceText} />
          <CalendarEntry year={chosen} />
          <CalendarImport year={chosen} />
        </>
      )}
    </Space>
  );
}
