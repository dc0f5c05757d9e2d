import type { ScreenData, ScreenIndicator } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { formatFigure } from './format';

/** Top lists: towns by the map's indicator, holders by effective invention patents. */
export function TopLists({ data, indicator }: { data: ScreenData; indicator: ScreenIndicator }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const pool = data.grandchildren.length > 0 ? data.grandchildren : data.children;
  const towns = pool
    .map((r) => ({ code: r.code, name: r.name, value: r.values[indicator.key] ?? null }))
    .filter((r): r is { code: string; name: string; value: number } => r.value !== null && r.value > 0)
    .sort((a, b) => b.value - a.value)
    .slice(0, 10);
  const parentName = (code: string) => data.children.find((c) => code.startsWith(c.code) && c.code !== code)?.name ?? '';
  return (
    <>
      <section className="screen-panel" aria-labelledby="screen-top-towns">
        <h2 id="screen-top-towns" className="screen-panel-title">
          {t('screen.topTowns', { indicator: en ? indicator.en : indicator.zh })}
        </h2>
        {towns.length === 0 ? (
          <p>{t('screen.empty')}</p>
        ) : (
          <ol className="screen-top">
            {towns.map((r) => {
              const f = formatFigure(r.value, indicator.unit, indicator.decimals, i18n.language);
              return (
                <li key={r.code}>
                  <span className="screen-top-name">
                    {r.name}
                    <small> {parentName(r.code)}</small>
                  </span>
                  <span className="screen-top-value">
                    {f.text} {f.unit}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section className="screen-panel" aria-labelledby="screen-top-holders">
        <h2 id="screen-top-holders" className="screen-panel-title">
          {t('screen.topHolders')}
        </h2>
        {data.topHolders.length === 0 ? (
          <p>{t('screen.empty')}</p>
        ) : (
          <ol className="screen-top">
            {data.topHolders.map((h) => (
              <li key={h.name}>
                <span className="screen-top-name">{h.name}</span>
                <span className="screen-top-value">{h.count.toLocaleString()}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
