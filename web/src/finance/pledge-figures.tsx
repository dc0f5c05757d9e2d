import { Card, Space, Statistic, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchPledgeStats } from '../api/pledges';
import { fetchSubsidyBatches } from '../api/subsidies';
import { fetchWhitelists } from '../api/whitelists';
import { queryKeys } from '../api/query-keys';
import { EChart } from '../charts/echart';
import type { ChartOption } from '../charts/echarts-setup';
import { usePreferences } from '../prefs/preferences';
import { hasPermission, useSession } from '../session/use-session';

interface Row {
  key: string;
  name: string;
  registrations: number;
  amountYuan: number;
}

const toWan = (yuan: number) => Math.round(yuan / 100) / 100;

/** Registrations (bars, left axis) and amount in 万元 (bars, right axis) per row. */
function option(rows: Row[], labels: [string, string], large: boolean): ChartOption {
  const font = large ? 16 : 12;
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: labels, textStyle: { fontSize: font } },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { fontSize: font, interval: 0, rotate: rows.length > 4 ? 30 : 0 } },
    yAxis: [
      { type: 'value', minInterval: 1, axisLabel: { fontSize: font } },
      { type: 'value', axisLabel: { fontSize: font } },
    ],
    series: [
      { type: 'bar', name: labels[0], data: rows.map((r) => r.registrations) },
      { type: 'bar', name: labels[1], yAxisIndex: 1, data: rows.map((r) => toWan(r.amountYuan)) },
    ],
  } as ChartOption;
}

/** One grouping as a chart (ECharts) over a table with the same numbers (the table is the accessible fallback). */
function FigureCard({ title, nameTitle, rows }: { title: string; nameTitle: string; rows: Row[] }) {
  const { t } = useTranslation();
  const { elderMode } = usePreferences();
  const labels: [string, string] = [t('finChain.count'), t('finChain.amountWan')];
  const opt = useMemo(() => option(rows, labels, elderMode), [rows, labels.join(), elderMode]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <Card title={<h3 className="card-title">{title}</h3>}>
      {rows.length > 0 && <EChart option={opt} height={elderMode ? 360 : 280} label={title} />}
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: nameTitle, dataIndex: 'name' },
          { title: labels[0], dataIndex: 'registrations' },
          { title: labels[1], key: 'amount', render: (_, r) => toWan(r.amountYuan).toLocaleString('zh-CN') },
        ]}
      />
    </Card>
  );
}

/**
 * 融资监管's pledge figures: this year's registrations by month, county and bank, read from the same service as the
 * pledge statistics (`/api/pledges/stats`), so the numbers agree; and the white lists and subsidy batches as figures
 * linking to their own pages (read-only, through those modules' endpoints, for staff who hold their permissions).
 */
export function PledgeFigures() {
  const { t } = useTranslation();
  const user = useSession().data?.user ?? null;
  const canPledges = hasPermission(user, 'utilization.review');
  const canLists = hasPermission(user, 'whitelist.manage');
  const canSubsidies = hasPermission(user, 'subsidy.review');
  const stats = useQuery({ queryKey: [...queryKeys.pledges, 'stats'], queryFn: () => fetchPledgeStats({}), enabled: canPledges });
  const lists = useQuery({ queryKey: ['whitelists', 'oversight'], queryFn: () => fetchWhitelists({ pageSize: 1 }), enabled: canLists });
  const batches = useQuery({ queryKey: ['subsidies', 'batches', 'oversight'], queryFn: () => fetchSubsidyBatches({ pageSize: 200 }), enabled: canSubsidies });
  const s = stats.data;
  const paid = (batches.data?.items ?? []).reduce((sum, b) => sum + b.paidTotal, 0);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {stats.isError && (
        <Typography.Text type="danger" role="alert">
          {stats.error.message}
        </Typography.Text>
      )}
      {s && (
        <Card
          title={<h2 className="card-title">{t('finChain.pledgeFigures')}</h2>}
          extra={<Typography.Text type="secondary">{`${s.from} — ${s.to}`}</Typography.Text>}
        >
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Space wrap size="large">
              <Statistic title={t('pledge.registrations')} value={s.registrations} />
              <Statistic title={t('finChain.amountWan')} value={toWan(s.amountYuan)} />
              <Statistic title={t('pledge.banks')} value={s.banks} />
              <Statistic title={t('pledge.inclusive')} value={s.inclusiveLoans} />
            </Space>
            <Typography.Text type="secondary">{t('finChain.sameAsStats')}</Typography.Text>
            <FigureCard
              title={t('finChain.byMonth')}
              nameTitle={t('finChain.month')}
              rows={s.byMonth.map((r) => ({ key: r.month, name: r.month, registrations: r.registrations, amountYuan: r.amountYuan }))}
            />
            <FigureCard
              title={t('finChain.byCounty')}
              nameTitle={t('finChain.county')}
              rows={s.byCounty.map((r) => ({ key: r.regionCode, name: r.name, registrations: r.registrations, amountYuan: r.amountYuan }))}
            />
            <FigureCard
              title={t('finChain.byBank')}
              nameTitle={t('finChain.bank')}
              rows={s.byBank.map((r) => ({ key: r.bank, name: r.bank, registrations: r.registrations, amountYuan: r.amountYuan }))}
            />
          </Space>
        </Card>
      )}
      {(canLists || canSubsidies) && (
        <Space wrap size="large">
          {canLists && lists.data && (
            <Card title={<h2 className="card-title">{t('finChain.whitelists')}</h2>}>
              <Statistic title={t('finChain.whitelists')} value={lists.data.total} />
              <Link to="/whitelists">{t('finChain.openWhitelists')}</Link>
            </Card>
          )}
          {canSubsidies && batches.data && (
            <Card title={<h2 className="card-title">{t('finChain.subsidyBatches')}</h2>}>
              <Space size="large">
                <Statistic title={t('finChain.subsidyBatches')} value={batches.data.total} />
                <Statistic title={t('finChain.paidWan')} value={toWan(paid)} />
              </Space>
              <Link to="/subsidies/batches">{t('finChain.openSubsidies')}</Link>
            </Card>
          )}
        </Space>
      )}
    </Space>
  );
}
