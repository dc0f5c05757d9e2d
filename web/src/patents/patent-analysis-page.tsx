import { Alert, Button, Empty, Space, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { analysisExportUrl, downloadAnalysisExport, fetchPatentAnalysis, isLongQuery, queryReading } from '../api/patents';
import { ExportButton } from './export-button';
import { toQueryString } from '../api/client';
import { queryKeys } from '../api/query-keys';
import { followLink } from '../components/follow-link';
import { PageSpinner } from '../components/page-spinner';
import { AnalysisCharts } from './analysis-charts';
import { SearchBox } from './search-box';
import { toSyntaxError } from './syntax-error';

/** 专利导航分析: charts of a query's whole result set (year, IPC, applicants, regions, legal state, type). */
export function PatentAnalysisPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const query = useQuery({
    queryKey: [...queryKeys.patents, 'analysis', q],
    queryFn: () => fetchPatentAnalysis(q),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  const syntaxError = query.isError ? toSyntaxError(query.error) : null;
  const result = syntaxError ? undefined : query.data;
  const searchPath = `/patents/search${toQueryString({ q })}`;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('analysis.title')}</Typography.Title>
      <SearchBox query={q} onSearch={(next) => setParams(next.trim() ? { q: next.trim() } : {})} error={syntaxError} loading={query.isFetching} />
      {q === '' && <Alert type="info" showIcon title={t('analysis.intro')} />}
      {query.isError && !syntaxError && <Alert type="error" showIcon title={t('errors.loadFailed')} description={query.error.message} />}
      {q !== '' && query.isPending && <PageSpinner />}
      {result && (
        <>
          <Alert type="info" className="query-reading" title={t('search.reading')} description={queryReading(result)} />
          <div className="results-bar">
            <p role="status" className="results-total">
              {t('search.total', { total: result.total.toLocaleString() })}
              <span className="results-asof">{t('search.asOf', { date: result.asOf })}</span>
            </p>
            <Space wrap>
              <ExportButton href={analysisExportUrl(result.query)} long={isLongQuery(result.query)} download={() => downloadAnalysisExport(result.query)}>
                {t('analysis.exportData')}
              </ExportButton>
              <Button icon={<SearchOutlined aria-hidden="true" />} href={searchPath} onClick={followLink(navigate, searchPath)}>
                {t('analysis.toSearch')}
              </Button>
            </Space>
          </div>
          {result.facets?.facetsSampled && <Alert type="warning" showIcon title={t('search.facetsSampled')} />}
          {result.total === 0 || !result.facets ? <Empty description={t('search.empty')} /> : <AnalysisCharts result={result} facets={result.facets} />}
        </>
      )}
    </Space>
  );
}
