import type { ScreenData, ScreenIndicator } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { formatFigure } from './format';

/**
 * The centre of a town's screen: a town has no divisions below it, so instead of a map of one hexagon it shows
 * the town's own figures for every map indicator as large tiles, with a note on where to compare.
 */
export function TownPanel({ data, meta }: { data: ScreenData; meta: (key: string) => ScreenIndicator }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <section className="screen-panel screen-center" aria-labelledby="screen-town-title">
      <h2 id="screen-town-title" className="screen-panel-title">
        {t('screen.townOverview', { region: data.region.name })}
      </h2>
      <ul className="screen-town-tiles" aria-labelledby="screen-town-title">
        {data.mapIndicators.map((key) => {
          const m = meta(key);
          const f = formatFigure(data.own.values[key], m.unit, m.decimals, i18n.language);
          return (
            <li key={key} className="screen-town-tile">
              <div className="screen-kpi-name">{en ? m.en : m.zh}</div>
              <div className="screen-kpi-value">
                {f.text === '—' ? <span title={t('screen.noValue')}>—</span> : f.text}
                {f.unit && <span className="screen-kpi-unit">{f.unit}</span>}
              </div>
              {f.text === '—' && <div className="screen-yoy-none">{t('screen.noValue')}</div>}
            </li>
          );
        })}
      </ul>
      <p className="screen-note">{t('screen.townNote')}</p>
    </section>
  );
}
