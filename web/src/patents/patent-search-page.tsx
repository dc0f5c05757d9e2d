import { Alert, Col, Empty, Pagination, Row, Select, Space, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryReading, searchPatents, SEARCH_PAGE_SIZE, type PatentSort } from '../api/patents';
import { queryKeys } from '../api/query-keys';
import { PageSpinner } from '../components/page-spinner';
import { AppliedFacets, FacetPanel } from './facet-panel';
import { HitItem } from './hit-item';
import { refineQuery, removeFacet } from './refine-query';
import { SearchBox } from './search-box';
import { SearchToolbar } from './search-toolbar';
import { SyntaxHelp } from './syntax-help';
import { toSyntaxError } from './syntax-error';
import { useSearchState } from './use-search-state';

const SORTS: PatentSort[] = ['relevance', 'date_desc', 'date_asc'];

/** 专利检索: command-syntax search with the query read back, facets, sorting, paging and export. */
export function PatentSearchPage() {
  const { t } = useTranslation();
  const { q, sort, page, setSearch } = useSearchState();
  const query = useQuery({
    queryKey: [...queryKeys.patents, 'search', q, sort, page],
    queryFn: () => searchPatents(q, sort, page),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  const syntaxError = query.isError ? toSyntaxError(query.error) : null;
  // Results of the previous query stay visible while the next loads, but never under a syntax error.
  const result = syntaxError ? undefined : query.data;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('search.title')}</Typography.Title>
      <SearchBox query={q} onSearch={(next) => setSearch({ q: next, page: 1 })} error={syntaxError} loading={query.isFetching} />
      <SyntaxHelp query={q} onExample={(example) => setSearch({ q: example, page: 1 })} />
      {query.isError && !syntaxError && <Alert type="error" showIcon title={t('errors.loadFailed')} description={query.error.message} />}
      {q !== '' && query.isPending && <PageSpinner />}
      {result && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={17} xxl={18}>
            <section aria-labelledby="results-title" className="results">
              <h2 id="results-title" className="visually-hidden">
                {t('search.resultsTitle')}
              </h2>
              <Alert type="info" className="query-reading" title={t('search.reading')} description={queryReading(result)} />
              <div className="results-bar">
                <p role="status" className="results-total">
                  {t('search.total', { total: result.total.toLocaleString() })}
                  <span className="results-asof">{t('search.asOf', { date: result.asOf })}</span>
                </p>
                <span className="inline-field">
                  <label htmlFor="patent-sort">{t('search.sort')}</label>
                  <Select<PatentSort>
                    id="patent-sort"
                    value={sort}
                    style={{ minWidth: 160 }}
                    onChange={(s) => setSearch({ sort: s, page: 1 })}
                    options={SORTS.map((s) => ({ value: s, label: t(`search.sorts.${s}`) }))}
                  />
                </span>
              </div>
              <AppliedFacets query={result.query} facets={result.facets} onRemove={(i) => setSearch({ q: removeFacet(result.query, i), page: 1 })} />
              <SearchToolbar query={result.query} />
              {result.items.length === 0 ? (
                <Empty description={t('search.empty')} />
              ) : (
                <ol className="hit-list" start={(result.page - 1) * result.pageSize + 1}>
                  {result.items.map((hit, i) => (
                    <li key={hit.id}>
                      <HitItem hit={hit} index={(result.page - 1) * result.pageSize + i + 1} />
                    </li>
                  ))}
                </ol>
              )}
              {result.total > SEARCH_PAGE_SIZE && (
                <Pagination
                  current={result.page}
                  pageSize={SEARCH_PAGE_SIZE}
                  total={result.total}
                  showSizeChanger={false}
                  showTotal={(total) => t('common.total', { total })}
                  onChange={(p) => {
                    setSearch({ page: p });
                    document.getElementById('results-title')?.scrollIntoView();
                  }}
                />
              )}
            </section>
          </Col>
          <Col xs={24} lg={7} xxl={6}>
            {result.facets && <FacetPanel facets={result.facets} onRefine={(clause) => setSearch({ q: refineQuery(result.query, clause), page: 1 })} />}
          </Col>
        </Row>
      )}
    </Space>
  );
}
