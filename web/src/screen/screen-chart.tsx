import { useEffect, useRef } from 'react';
import { echarts, type ScreenChartOption } from './screen-echarts';

interface Props {
  option: ScreenChartOption;
  label: string;
  /** Called with the clicked item's name (map region, bar) — the page offers the same action by keyboard. */
  onItemClick?: (name: string) => void;
}

/** An ECharts canvas that fills its box, follows resizes and forwards clicks. */
export function ScreenChart({ option, label, onItemClick }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onItemClick);
  click.current = onItemClick;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (p) => {
      if (typeof p.name === 'string') click.current?.(p.name);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Chart text follows the viewport like the page's CSS (12 px on a laptop, up to 18 px on a wall).
    const fontSize = Math.round(Math.min(18, Math.max(12, window.innerWidth / 120)));
    chart.current?.setOption({ textStyle: { fontSize }, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} className="screen-chart" />;
}
