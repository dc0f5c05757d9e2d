import { Alert, Card, Table, Tooltip } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { highValueCriteria, highValueCriterionLabels, type HighValueCriterion } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchHighValueCounts } from '../api/high-value';
import { queryKeys } from '../api/query-keys';
import { QueryState } from '../components/query-state';
import { usePreferences } from '../prefs/preferences';
import { hasPermission, useCurrentUser } from '../session/use-session';

/**
 * The region's effective and high-value invention patents by criterion. A criterion without data for the
 * region (no pledge registrations, no award records) shows "—" with the reason, never 0; patents whose filing
 * date is unknown are named in a note, not counted.
 */
export function HighValueCounts() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const user = useCurrentUser();
  const region = user.org.regionCode;
  // Counts by region are for the bureau's staff (region-wide roles).
  const regional = hasPermission(user, 'registry.manage');
  const counts = useQuery({ queryKey: [...queryKeys.highValue, 'counts', region], queryFn: () => fetchHighValueCounts(region), enabled: regional });
  const label = (c: HighValueCriterion) => highValueCriterionLabels[c][language === 'en' ? 'en' : 'zh'];
  if (!regional) return null;
  return (
    <QueryState query={counts}>
      {(data) => (
        <Card title={<h2 className="card-title">{t('highValue.counts.title', { date: data.asOf })}</h2>}>
          {data.noData.length > 0 && (
            <Alert type="warning" showIcon className="card-alert" title={t('highValue.counts.noDataAlert', { criteria: data.noData.map(label).join('、') })} />
          )}
          {data.unknownTerm > 0 && <Alert type="info" showIcon className="card-alert" title={t('highValue.counts.unknownTerm', { count: data.unknownTerm })} />}
          <Table
            rowKey="regionCode"
            size="small"
            pagination={false}
            dataSource={data.rows}
            scroll={{ x: true }}
            columns={[
              { title: t('highValue.counts.region'), dataIndex: 'regionName' },
              { title: t('highValue.counts.effective'), dataIndex: 'effectiveInventions', align: 'right' },
              { title: t('highValue.counts.highValue'), dataIndex: 'highValue', align: 'right' },
              ...highValueCriteria.map((c) => ({
                key: c,
                title: label(c),
                align: 'right' as const,
                render: (_: unknown, r: (typeof data.rows)[number]) => {
                  const n = r.byCriterion[c];
                  return n === null || n === undefined ? (
                    <Tooltip title={t('highValue.counts.noData')}>
                      <span aria-label={t('highValue.counts.noData')}>—</span>
                    </Tooltip>
                  ) : (
                    n
                  );
                },
              })),
            ]}
          />
        </Card>
      )}
    </QueryState>
  );
}
