import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import type { ScreenData, ScreenIndicator } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { formatFigure } from './format';

/** KPI cards: the region's headline figures with their year-on-year arrows. */
export function KpiCards({ data, meta }: { data: ScreenData; meta: (key: string) => ScreenIndicator }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="screen-kpis" aria-label={t('screen.kpis')}>
      {data.kpis.map(({ key, current }) => {
        const m = meta(key);
        const f = formatFigure(current.value, m.unit, m.decimals, i18n.language);
        const pct = current.yoyPct;
        const dir = pct === null ? 'none' : pct > 0 ? 'up' : pct < 0 ? 'down' : 'none';
        const yoyText = pct === null ? t('screen.yoyNone') : t(pct >= 0 ? 'screen.yoyUp' : 'screen.yoyDown', { pct: String(Math.abs(pct)) });
        return (
          <li key={key} className="screen-kpi" title={current.source ?? undefined}>
            <div className="screen-kpi-head">
              <div className="screen-kpi-name">{i18n.language === 'en' ? m.en : m.zh}</div>
              {current.origin && <span className={`screen-origin screen-origin-${current.origin}`}>{t(`screen.${current.origin}`)}</span>}
            </div>
            <div className="screen-kpi-value">
              {f.text}
              <span className="screen-kpi-unit">
                {f.unit}
                {current.qualifier === 'min' ? t('screen.atLeast') : current.qualifier === 'approx' ? t('screen.approx') : ''}
              </span>
            </div>
            <div className={`screen-kpi-yoy screen-yoy-${dir}`}>
              {dir === 'up' ? <ArrowUpOutlined aria-hidden /> : dir === 'down' ? <ArrowDownOutlined aria-hidden /> : <MinusOutlined aria-hidden />} {yoyText}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
