import type { ChartOption } from './echarts-setup';

/** One bar, point or slice: its label and its count. */
export interface ChartDatum {
  label: string;
  /** Short label for the axis (e.g. the IPC code without its title); the label when absent. */
  short?: string;
  value: number;
  /** A fixed colour where the meaning calls for one (有效 green, 失效 grey). */
  colour?: string;
}

export type ChartKind = 'line' | 'bar' | 'hbar' | 'pie';

export interface ChartStyle {
  /** Larger text for the elderly-friendly mode (适老化). */
  large: boolean;
  /** Title drawn inside the chart; shown only in the downloaded image (the page has its own heading). */
  title: string;
  subtitle: string;
  showTitle: boolean;
}

const PALETTE = ['#0b57d0', '#1a8754', '#d4380d', '#7b3fe4', '#b8860b', '#00838f', '#c2185b', '#5d4037'];
const FONT = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

const clip = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);

/** The ECharts option of one analysis chart. */
export function buildChartOption(kind: ChartKind, data: ChartDatum[], style: ChartStyle): ChartOption {
  const size = style.large ? 16 : 12;
  // Room above the tallest bar for its value label, and for the title in the downloaded image.
  const top = style.showTitle ? 88 : 32;
  const base: ChartOption = {
    color: PALETTE,
    animation: false,
    textStyle: { fontFamily: FONT, fontSize: size, color: '#1f1f1f' },
    title: {
      show: style.showTitle,
      text: style.title,
      subtext: style.subtitle,
      left: 'center',
      textStyle: { fontSize: size + 4, fontFamily: FONT },
      subtextStyle: { fontSize: size - 1, color: '#444', fontFamily: FONT },
    },
    tooltip: { trigger: kind === 'pie' ? 'item' : 'axis', textStyle: { fontSize: size } },
  };
  if (kind === 'pie') {
    return {
      ...base,
      legend: { bottom: 0, textStyle: { fontSize: size } },
      series: [
        {
          type: 'pie',
          radius: ['30%', '55%'],
          center: ['50%', style.showTitle ? '55%' : '48%'],
          // Labels never cut: the ring is small enough to leave them room even with large text.
          label: { fontSize: size, formatter: '{b}\n{c}（{d}%）', overflow: 'none' },
          data: data.map((d) => ({ name: d.label, value: d.value, ...(d.colour ? { itemStyle: { color: d.colour } } : {}) })),
        },
      ],
    };
  }
  const names = data.map((d) => d.short ?? d.label);
  const valueAxis = { type: 'value' as const, minInterval: 1, axisLabel: { fontSize: size } };
  if (kind === 'hbar') {
    // Largest on top: the category axis runs bottom-up.
    const rows = [...data].reverse();
    return {
      ...base,
      grid: { left: 16, right: 48, top, bottom: 16, containLabel: true },
      xAxis: valueAxis,
      yAxis: { type: 'category', data: rows.map((d) => clip(d.short ?? d.label, 16)), axisLabel: { fontSize: size } },
      series: [{ type: 'bar', data: rows.map((d) => d.value), barMaxWidth: 28, label: { show: true, position: 'right', fontSize: size } }],
    };
  }
  return {
    ...base,
    grid: { left: 16, right: 24, top, bottom: 16, containLabel: true },
    xAxis: { type: 'category', data: names, axisLabel: { fontSize: size, interval: 0, rotate: names.length > 8 ? 40 : 0 } },
    yAxis: valueAxis,
    series: [
      kind === 'line'
        ? { type: 'line', data: data.map((d) => d.value), symbolSize: 8, label: { show: true, fontSize: size }, areaStyle: { opacity: 0.15 } }
        : { type: 'bar', data: data.map((d) => d.value), label: { show: true, position: 'top', fontSize: size }, barMaxWidth: 48 },
    ],
  };
}
