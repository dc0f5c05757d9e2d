import { useEffect, useRef } from 'react';
import { screenPx } from './format';
import { echarts, type ScreenChartOption } from './screen-echarts';

interface Props {
  option: ScreenChartOption;
  label: string;
  /** Called with the clicked item's name (map region, bar) — the page offers the same action by keyboard. */
  onItemClick?: (name: string) => void;
}

/** The smallest fontSize anywhere in a chart option. */
function smallestFont(option: unknown): number {
  let min = Infinity;
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'fontSize' && typeof x === 'number') min = Math.min(min, x);
        else walk(x);
      }
    }
  };
  walk(option);
  return min;
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
    // Chart text follows the viewport like the page's CSS: 16 px at 1920, in proportion below.
    chart.current?.setOption({ textStyle: { fontSize: screenPx(16) }, ...option }, { notMerge: true });
    // The smallest type the chart draws, for checks that cannot read a canvas.
    if (box.current) box.current.dataset.minFontPx = String(smallestFont(chart.current?.getOption()));
  }, [option]);

  return <div ref={box} role="img" aria-label={label} className="screen-chart" />;
}
