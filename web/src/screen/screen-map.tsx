import { useMemo } from 'react';
import type { ScreenData, ScreenIndicator, ScreenMap } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { ScreenChart } from './screen-chart';
import { echarts, type ScreenChartOption } from './screen-echarts';
import { formatFigure, screenPx } from './format';

interface Props {
  data: ScreenData;
  map: ScreenMap;
  indicator: ScreenIndicator;
  /** The county drilled into, or null for the whole region. */
  focus: string | null;
  onFocus: (code: string | null) => void;
}

/** Registers the schematic GeoJSON once per (region, focus) under a stable name and returns that name. */
function useRegisteredMap(map: ScreenMap, focus: string | null): string {
  return useMemo(() => {
    const name = `schematic-${map.region}-${focus ?? 'all'}`;
    const features = focus ? map.leaves.features.filter((f) => f.properties.parent === focus) : map.groups.features;
    // ECharts reads GeoJSON as lon/lat; our hex coordinates are abstract units (aspectScale 1 below).
    echarts.registerMap(name, { type: 'FeatureCollection', features } as unknown as Parameters<typeof echarts.registerMap>[1]);
    return name;
  }, [map, focus]);
}

/** The schematic map coloured by the chosen indicator; a click on a county drills into its towns. */
export function ScreenMapPanel({ data, map, indicator, focus, onFocus }: Props) {
  const { t, i18n } = useTranslation();
  const mapName = useRegisteredMap(map, focus);
  const rows = focus ? data.grandchildren.filter((g) => g.parentCode === focus) : data.children;
  const option = useMemo<ScreenChartOption>(() => {
    const values = rows.map((r) => r.values[indicator.key]).filter((v): v is number => v !== null && v !== undefined);
    const max = Math.max(1, ...values);
    return {
      tooltip: {
        trigger: 'item',
        textStyle: { fontSize: screenPx(16) },
        formatter: (p: unknown) => {
          const { name, value } = p as { name: string; value: unknown };
          const f = formatFigure(typeof value === 'number' && Number.isFinite(value) ? value : null, indicator.unit, indicator.decimals, i18n.language);
          return `${name}<br/>${f.text === '—' ? t('screen.noValue') : `${f.text} ${f.unit}`}`;
        },
      },
      visualMap: {
        min: 0,
        max,
        left: 8,
        bottom: 8,
        text: [t('screen.visualHigh'), t('screen.visualLow')],
        calculable: true,
        inRange: { color: ['#12395c', '#1e6fa8', '#37b3e8', '#7fe3ff'] },
        textStyle: { color: '#cfe8ff', fontSize: screenPx(16) },
      },
      series: [
        {
          type: 'map',
          map: mapName,
          aspectScale: 1,
          nameProperty: 'name',
          roam: false,
          label: { show: true, color: '#f0f8ff', fontSize: screenPx(focus ? 16 : 18), textBorderColor: '#02111f', textBorderWidth: 2 },
          itemStyle: { areaColor: '#1b2c44', borderColor: '#9fd6ff', borderWidth: 1 },
          emphasis: { label: { color: '#fff' }, itemStyle: { areaColor: '#f5a623' } },
          select: { disabled: true },
          data: rows.map((r) => ({ name: r.name, value: r.values[indicator.key] ?? NaN })),
        },
      ],
    };
  }, [rows, indicator, mapName, focus, t, i18n.language]);

  const drill = (name: string) => {
    if (focus) return;
    const child = data.children.find((c) => c.name === name);
    if (child && data.grandchildren.some((g) => g.parentCode === child.code)) onFocus(child.code);
  };
  const focusName = focus ? data.children.find((c) => c.code === focus)?.name : null;
  return (
    <div className="screen-map">
      <ScreenChart option={option} label={`${t('screen.map')}：${i18n.language === 'en' ? indicator.en : indicator.zh}`} onItemClick={drill} />
      <div className="screen-map-nav">
        {focus ? (
          <button type="button" className="screen-link" onClick={() => onFocus(null)}>
            ← {t('screen.drillUp', { region: data.region.name })}
          </button>
        ) : (
          <span>{t('screen.drillHint')}</span>
        )}
        {focusName && <strong> · {focusName}</strong>}
      </div>
    </div>
  );
}
