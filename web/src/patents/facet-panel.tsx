import { Alert, Button, Card } from 'antd';
import type { SearchFacets } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../prefs/preferences';
import { usePatentLabels } from './labels';
import { facetClause, facetKeys, type FacetKey } from './refine-query';

type Bucket = SearchFacets['ipcSection'][number];

/** The bucket's label: the server's (Chinese) label, except where the app has its own English one. */
function useBucketLabel() {
  const { language } = usePreferences();
  const labels = usePatentLabels();
  return (facet: FacetKey, b: Bucket) => {
    if (language !== 'en') return b.label;
    if (facet === 'year') return b.value;
    if (facet === 'kind') return labels.kind(b.value);
    if (facet === 'legalState') return labels.legalState(b.value);
    return b.label;
  };
}

/**
 * Facets of the hits (分面) with counts; clicking a bucket narrows the query by its clause
 * (` AND IC=H01`, ` AND AD=2021` …). Sampled facets are estimates and say so.
 */
export function FacetPanel({ facets, onRefine }: { facets: SearchFacets; onRefine(clause: string): void }) {
  const { t } = useTranslation();
  const bucketLabel = useBucketLabel();
  const shown = facetKeys.filter((k) => facets[k].length > 0);
  return (
    <aside aria-labelledby="facets-title" className="facet-panel">
      <Card
        title={
          <h2 id="facets-title" className="card-title">
            {t('search.facetsTitle')}
          </h2>
        }
        size="small"
      >
        {facets.facetsSampled && <Alert type="warning" showIcon className="facet-sampled" title={t('search.facetsSampled')} />}
        {shown.length === 0 && <p>{t('search.noFacets')}</p>}
        {shown.map((facet) => (
          <section key={facet} className="facet" aria-labelledby={`facet-${facet}`}>
            <h3 id={`facet-${facet}`} className="facet-title">
              {t(`search.facets.${facet}`)}
            </h3>
            <ul className="facet-list">
              {facets[facet].map((b) => {
                const text = bucketLabel(facet, b);
                return (
                  <li key={b.value}>
                    <Button
                      type="link"
                      size="small"
                      className="facet-bucket"
                      title={facetClause(facet, b.value)}
                      aria-label={t('search.refineBy', { label: text, count: b.count })}
                      onClick={() => onRefine(facetClause(facet, b.value))}
                    >
                      <span className="facet-label">{text}</span>
                      <span className="facet-count">{b.count.toLocaleString()}</span>
                    </Button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </Card>
    </aside>
  );
}
