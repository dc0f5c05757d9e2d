import { Button, Card, Empty, Space } from 'antd';
import { DownloadOutlined, TableOutlined } from '@ant-design/icons';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../prefs/preferences';
import { buildChartOption, type ChartDatum, type ChartKind } from './chart-options';
import { DataTable } from './data-table';
import { EChart } from './echart';
import type { ChartInstance } from './echarts-setup';

interface ChartCardProps {
  title: string;
  /** Context printed under the title in the downloaded image (query, reference date). */
  subtitle: string;
  kind: ChartKind;
  data: ChartDatum[];
  /** File name of the downloaded image, without extension. */
  fileName: string;
  /** The number of hits, for each row's share in the data table. */
  total: number;
}

/** One chart with its heading, 下载图片 (PNG with the title drawn in) and a data table that can be shown. */
export function ChartCard({ title, subtitle, kind, data, fileName, total }: ChartCardProps) {
  const { t } = useTranslation();
  const { elderMode } = usePreferences();
  const chart = useRef<ChartInstance | null>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const tableId = useId();
  const option = useMemo(() => buildChartOption(kind, data, { large: elderMode, title, subtitle, showTitle: false }), [kind, data, elderMode, title, subtitle]);
  const height = (kind === 'hbar' ? Math.max(260, data.length * (elderMode ? 36 : 28) + 40) : 320) + (elderMode ? 60 : 0);

  const download = () => {
    const c = chart.current;
    if (!c) return;
    // The page shows the title as a heading; the image needs it drawn in, so turn it on for the snapshot only.
    c.setOption(buildChartOption(kind, data, { large: elderMode, title, subtitle, showTitle: true }), { notMerge: true });
    const url = c.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    c.setOption(option, { notMerge: true });
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileName}.png`;
    a.click();
  };

  return (
    <Card
      className="chart-card"
      title={<h2 className="card-title">{title}</h2>}
      extra={
        data.length > 0 && (
          <Button icon={<DownloadOutlined aria-hidden="true" />} onClick={download} aria-label={t('analysis.downloadImageOf', { title })}>
            {t('analysis.downloadImage')}
          </Button>
        )
      }
    >
      {data.length === 0 ? (
        <Empty description={t('analysis.noData')} />
      ) : (
        <Space orientation="vertical" className="page">
          <EChart option={option} height={height} chartRef={chart} label={t('analysis.chartLabel', { title, count: data.length })} />
          <Button icon={<TableOutlined aria-hidden="true" />} aria-expanded={tableOpen} aria-controls={tableId} onClick={() => setTableOpen((o) => !o)}>
            {tableOpen ? t('analysis.hideTable') : t('analysis.showTable')}
          </Button>
          <div id={tableId} hidden={!tableOpen}>
            <DataTable caption={title} data={data} total={total} />
          </div>
        </Space>
      )}
    </Card>
  );
}
