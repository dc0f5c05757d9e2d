import { useMemo } from 'react';
import type { ScreenData, ScreenIndicator } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { ScreenChart } from './screen-chart';
import type { ScreenChartOption } from './screen-echarts';

const palette = ['#37b3e8', '#f5a623', '#7ed321', '#e86f8d'];

/** Five-year lines of the headline counts. */
export function TrendPanel({ data, meta }: { data: ScreenData; meta: (key: string) => ScreenIndicator }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const option = useMemo<ScreenChartOption>(
    () => ({
      color: palette,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, textStyle: { color: '#cfe8ff' } },
      grid: { left: 48, right: 16, top: 32, bottom: 24 },
      xAxis: { type: 'category', data: data.trend.years.map(String), axisLabel: { color: '#cfe8ff' }, axisLine: { lineStyle: { color: '#4a6b8a' } } },
      yAxis: { type: 'value', axisLabel: { color: '#cfe8ff' }, splitLine: { lineStyle: { color: '#1f3550' } } },
      series: data.trend.series.map((s) => ({
        type: 'line',
        name: en ? meta(s.key).en : meta(s.key).zh,
        data: s.values,
        smooth: true,
        connectNulls: false,
        symbolSize: 6,
      })),
    }),
    [data, meta, en],
  );
  return (
    <section className="screen-panel" aria-labelledby="screen-trend-title">
      <h2 id="screen-trend-title" className="screen-panel-title">
        {t('screen.trend')}
      </h2>
      <ScreenChart option={option} label={t('screen.trend')} />
    </section>
  );
}
