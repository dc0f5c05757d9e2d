import { useEffect, useRef, type RefObject } from 'react';
import { echarts, type ChartInstance, type ChartOption } from './echarts-setup';

interface EChartProps {
  option: ChartOption;
  height: number;
  /** Receives the chart instance (for getDataURL), null once disposed. */
  chartRef?: RefObject<ChartInstance | null>;
  /** What the chart shows, for screen readers; the data table under the chart holds the numbers. */
  label: string;
}

/** A tiny ECharts wrapper: creates the chart on mount, follows the container's size, disposes on unmount. */
export function EChart({ option, height, chartRef, label }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    if (chartRef) chartRef.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
      if (chartRef) chartRef.current = null;
    };
  }, [chartRef]);

  useEffect(() => {
    // notMerge: a new option replaces the old one (fewer bars must not leave stale ones behind).
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
