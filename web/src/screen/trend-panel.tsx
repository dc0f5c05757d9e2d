import { useMemo } from 'react';
import type { ScreenData, ScreenIndicator } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { screenPx } from './format';
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
      tooltip: { trigger: 'axis', textStyle: { fontSize: screenPx(16) } },
      legend: { top: 0, textStyle: { color: '#cfe8ff', fontSize: screenPx(16) }, selectorLabel: { fontSize: screenPx(16) } },
      grid: { left: screenPx(16) * 4, right: 16, top: screenPx(16) * 3.6, bottom: screenPx(16) * 1.8 },
      xAxis: {
        type: 'category',
        data: data.trend.years.map(String),
        axisLabel: { color: '#cfe8ff', fontSize: screenPx(16) },
        axisLine: { lineStyle: { color: '#4a6b8a' } },
      },
      yAxis: { type: 'value', axisLabel: { color: '#cfe8ff', fontSize: screenPx(16) }, splitLine: { lineStyle: { color: '#1f3550' } } },
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
