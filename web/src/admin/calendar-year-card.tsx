import { Alert, Card, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { CalendarDay } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchCalendarYear } from '../api/calendar';
import { queryKeys } from '../api/query-keys';
import { QueryState } from '../components/query-state';

const WEEKDAYS = { zh: ['日', '一', '二', '三', '四', '五', '六'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] };

/** One year's arrangement day by day, with its source; or the note that it is missing. */
export function CalendarYearCard({ year, sourceText }: { year: number; sourceText: (s: string | null) => string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({ queryKey: queryKeys.calendarYear(year), queryFn: () => fetchCalendarYear(year) });
  const weekdays = i18n.language.startsWith('en') ? WEEKDAYS.en : WEEKDAYS.zh;
  return (
    <Card title={<h2 className="card-title">{t('calendar.days', { year })}</h2>}>
      <QueryState query={query}>
        {(y) =>
          y.status === 'missing' ? (
            <Alert type="warning" showIcon title={t('calendar.noDays', { year })} />
          ) : (
            <>
              <p>
                {t('calendar.source')}：{sourceText(y.source)} · {t('calendar.counts', { holidays: y.holidays, workdays: y.workdays })}
              </p>
              <Table<CalendarDay>
                rowKey="date"
                size="small"
                pagination={{ pageSize: 50 }}
                dataSource={y.days}
                columns={[
                  { title: t('calendar.date'), dataIndex: 'date' },
                  { title: t('calendar.weekday'), key: 'weekday', render: (_, d) => weekdays[dayjs(d.date).day()] },
                  {
                    title: t('calendar.kind'),
                    key: 'kind',
                    render: (_, d) => (
                      <Tag color={d.kind === 'holiday' ? 'red' : 'blue'}>{t(d.kind === 'holiday' ? 'calendar.holiday' : 'calendar.workday')}</Tag>
                    ),
                  },
                  { title: t('calendar.name'), dataIndex: 'name' },
                ]}
              />
            </>
          )
        }
      </QueryState>
    </Card>
  );
}
