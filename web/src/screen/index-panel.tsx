import type { ScreenData, ScreenIndicator } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';

interface Props {
  data: ScreenData;
  meta: (key: string) => ScreenIndicator;
  /** Drill the map into a county (keyboard path to the same action as a map click). */
  onFocus: (code: string) => void;
  canDrill: (code: string) => boolean;
  onEditWeights?: () => void;
}

/** The composite index ranking of the child regions, with its formula and weights on screen. */
export function IndexPanel({ data, meta, onFocus, canDrill, onEditWeights }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { index } = data;
  const max = Math.max(1, ...index.ranking.map((r) => r.score ?? 0));
  const weightSum = index.weights.reduce((s, w) => s + w.weight, 0) || 1;
  return (
    <section className="screen-panel screen-index" aria-labelledby="screen-index-title">
      <h2 id="screen-index-title" className="screen-panel-title">
        {t('screen.index')}
      </h2>
      <p className="screen-formula">{en ? index.formulaEn : index.formulaZh}</p>
      <p className="screen-weights">
        {t('screen.weights')}：{index.weights.map((w) => `${en ? meta(w.key).en : meta(w.key).zh} ${Math.round((w.weight / weightSum) * 100)}%`).join('，')}
        {' · '}
        {index.weightsFrom ? t('screen.weightsFrom', { region: index.weightsFrom }) : t('screen.weightsDefault')}
        {onEditWeights && (
          <button type="button" className="screen-link" onClick={onEditWeights}>
            {t('screen.editWeights')}
          </button>
        )}
      </p>
      {index.ranking.length === 0 ? (
        <p>{t('screen.empty')}</p>
      ) : (
        <table className="screen-table">
          <thead>
            <tr>
              <th scope="col">{t('screen.indexRank')}</th>
              <th scope="col">{t('screen.indexRegion')}</th>
              <th scope="col">{t('screen.indexScore')}</th>
            </tr>
          </thead>
          <tbody>
            {index.ranking.map((r) => (
              <tr key={r.code}>
                <td>{r.rank ?? '—'}</td>
                <td>
                  {canDrill(r.code) ? (
                    <button type="button" className="screen-link" onClick={() => onFocus(r.code)} aria-label={t('screen.drillTo', { region: r.name })}>
                      {r.name}
                    </button>
                  ) : (
                    r.name
                  )}
                </td>
                <td className="screen-bar-cell">
                  <span className="screen-bar" style={{ width: `${((r.score ?? 0) / max) * 100}%` }} aria-hidden />
                  <span className="screen-bar-value">{r.score === null ? '—' : r.score.toFixed(1)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
