import { Col, Row } from 'antd';
import type { PatentSearchResult, SearchFacets } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../charts/chart-card';
import type { ChartDatum, ChartKind } from '../charts/chart-options';
import { usePreferences } from '../prefs/preferences';
import { usePatentLabels } from './labels';

type Bucket = SearchFacets['year'][number];

const STATE_COLOURS: Record<string, string> = { effective: '#1a8754', pending: '#0b57d0', lapsed: '#8c8c8c', unknown: '#d46b08' };

/** The six charts of the navigation analysis, in the order of the exported workbook. */
const CHARTS: { key: Exclude<keyof SearchFacets, 'facetsSampled' | 'ipcSection'>; kind: ChartKind }[] = [
  { key: 'year', kind: 'line' },
  { key: 'ipcClass', kind: 'bar' },
  { key: 'applicant', kind: 'hbar' },
  { key: 'region', kind: 'bar' },
  { key: 'legalState', kind: 'pie' },
  { key: 'kind', kind: 'pie' },
];

/** The analysis charts of one result: each a card with its title, image download and data table. */
export function AnalysisCharts({ result, facets }: { result: PatentSearchResult; facets: SearchFacets }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const labels = usePatentLabels();
  const en = language === 'en';
  const datum = (key: (typeof CHARTS)[number]['key'], b: Bucket): ChartDatum => {
    if (key === 'year') return { label: en ? b.value : b.label, short: b.value, value: b.count };
    if (key === 'kind') return { label: labels.kind(b.value), value: b.count };
    if (key === 'legalState') return { label: labels.legalState(b.value), value: b.count, colour: STATE_COLOURS[b.value] };
    // IPC labels are "H01 title": the axis shows the code, the table and tooltip the whole label.
    if (key === 'ipcClass') return { label: b.label, short: b.value, value: b.count };
    return { label: b.label, value: b.count };
  };
  const subtitle = t('analysis.subtitle', { q: result.query, date: result.asOf, total: result.total });
  return (
    <Row gutter={[16, 16]}>
      {CHARTS.map(({ key, kind }) => {
        // Years read left to right in time order; the server sorts them by value already.
        const data = facets[key].map((b) => datum(key, b));
        return (
          <Col key={key} xs={24} xl={12}>
            <ChartCard
              title={t(`analysis.charts.${key}`)}
              subtitle={subtitle}
              kind={kind}
              data={data}
              total={result.total}
              fileName={`patent-analysis-${key}-${result.asOf}`}
            />
          </Col>
        );
      })}
    </Row>
  );
}
