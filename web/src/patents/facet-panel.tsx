import { Alert, Button, Card, Tag, Tooltip } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import { ipcTitleParts, type SearchFacets } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../prefs/preferences';
import { usePatentLabels } from './labels';
import { appliedFacets, facetClause, facetKeys, type AppliedFacet, type FacetKey } from './refine-query';

type Bucket = SearchFacets['ipcSection'][number];

const isIpc = (facet: FacetKey) => facet === 'ipcSection' || facet === 'ipcClass';

/**
 * The bucket's label: the server's (Chinese) label, except where the app has its own English one. An IPC
 * bucket is its code and clean short title (no version marks, no note), or the code saying the IPC table
 * has no title for it; `full` is the whole title with its note, for the tooltip.
 */
function useBucketLabel() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const labels = usePatentLabels();
  return (facet: FacetKey, b: Bucket): { text: string; full?: string } => {
    if (isIpc(facet) && b.title !== undefined) {
      if (b.title === null) return { text: `${b.value} · ${t('search.ipcNoTitle')}`, full: t('search.ipcNoTitleLong', { code: b.value }) };
      return { text: `${b.value} ${ipcTitleParts(b.title).title}`, full: `${b.value} ${b.title}` };
    }
    if (language !== 'en') return { text: b.label };
    if (facet === 'year') return { text: b.value };
    if (facet === 'kind') return { text: labels.kind(b.value) };
    if (facet === 'legalState') return { text: labels.legalState(b.value) };
    return { text: b.label };
  };
}

/**
 * Facets of the hits (分面) with counts; clicking a bucket narrows the query by its clause
 * (` AND IC=H01`, ` AND AD=2021` …). IPC facets count every class of a patent, as IC= finds them, so a
 * bucket's count is what its click finds (and the panel says so). Sampled facets are estimates and say so.
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
          <section key={facet} className="facet" aria-labelledby={`facet-${facet}`} aria-describedby={isIpc(facet) ? `facet-${facet}-note` : undefined}>
            <h3 id={`facet-${facet}`} className="facet-title">
              {t(`search.facets.${facet}`)}
            </h3>
            {isIpc(facet) && (
              <p id={`facet-${facet}-note`} className="facet-note">
                {t('search.ipcAllClasses')}
              </p>
            )}
            <ul className="facet-list">
              {facets[facet].map((b) => {
                const { text, full } = bucketLabel(facet, b);
                const button = (
                  <Button
                    type="link"
                    size="small"
                    className="facet-bucket"
                    title={full ? undefined : facetClause(facet, b.value)}
                    onClick={() => onRefine(facetClause(facet, b.value))}
                  >
                    {/* The name is the visible text with hidden words around it (an aria-label would hide what is seen). */}
                    <span className={full ? 'facet-label facet-label-cut' : 'facet-label'}>{text}</span>
                    <span className="facet-count">
                      {b.count.toLocaleString()}
                      <span className="visually-hidden">{t('search.refineCountUnit')}</span>
                    </span>
                    <span className="visually-hidden">
                      {full ? t('search.refineFull', { full }) : ''}
                      {t('search.refineAction')}
                    </span>
                  </Button>
                );
                return <li key={b.value}>{full ? <Tooltip title={full}>{button}</Tooltip> : button}</li>;
              })}
            </ul>
          </section>
        ))}
      </Card>
    </aside>
  );
}

/**
 * The facets applied by clicks, one removable chip each (已选筛选): removing one searches the query
 * without that clause. Labels come from the current facets when the bucket is there.
 */
export function AppliedFacets({ query, facets, onRemove }: { query: string; facets: SearchFacets | null; onRemove(index: number): void }) {
  const { t } = useTranslation();
  const bucketLabel = useBucketLabel();
  const { applied } = appliedFacets(query);
  if (applied.length === 0) return null;
  const labelOf = (a: AppliedFacet) => {
    const b = facets?.[a.facet].find((x) => x.value === a.value);
    return `${t(`search.facets.${a.facet}`)}：${b ? bucketLabel(a.facet, b).text : a.clause}`;
  };
  return (
    <div className="applied-facets" role="group" aria-label={t('search.appliedFacets')}>
      <span className="applied-facets-title">{t('search.appliedFacets')}</span>
      {applied.map((a, i) => {
        const label = labelOf(a);
        return (
          <Tag key={`${a.clause}-${String(i)}`} className="applied-facet">
            <span className="applied-facet-label" title={a.clause}>
              {label}
            </span>
            <Button
              type="text"
              size="small"
              className="applied-facet-remove"
              icon={<CloseOutlined />}
              aria-label={t('search.removeFacet', { label })}
              onClick={() => onRemove(i)}
            />
          </Tag>
        );
      })}
    </div>
  );
}
