import { Card, Col, Row, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { fetchPatent } from '../api/patents';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { QueryState } from '../components/query-state';
import { BibliographyCard } from './bibliography-card';
import { HighValueCard } from './high-value-card';
import { LegalCard } from './legal-card';
import { LegalStateTag } from './legal-state-tag';
import { NotFoundPage } from '../pages/not-found-page';

/** 专利详情: bibliographic data, abstract and first claim, legal state and timeline, high-value assessment. */
export function PatentPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const query = useQuery({ queryKey: queryKeys.patent(id), queryFn: () => fetchPatent(id), enabled: valid });
  // Back to the search the user came from (the search page puts it in the history), else a new search.
  const state: unknown = useLocation().state;
  const from = typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string' ? state.from : undefined;
  if (!valid) return <NotFoundPage />;
  return (
    <>
      <Link to={from ?? '/patents/search'} className="back-link">
        ← {t('patent.back')}
      </Link>
      <QueryState query={query}>
        {(p) => (
          <Space orientation="vertical" size="middle" className="page">
            <div>
              <Typography.Text type="secondary" className="mono">
                {p.grantNo ?? p.pubNo ?? p.appNo}
              </Typography.Text>
              <Typography.Title level={1} className="profile-title">
                {p.title} <LegalStateTag state={p.legalState} /> <DemoTag isDemo={p.isDemo} />
              </Typography.Title>
            </div>
            <BibliographyCard patent={p} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <Card title={<h2 className="card-title">{t('patent.abstract')}</h2>} className="text-card">
                  <Typography.Paragraph>{p.abstract ?? t('patent.noText')}</Typography.Paragraph>
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card title={<h2 className="card-title">{t('patent.firstClaim')}</h2>} className="text-card">
                  <Typography.Paragraph>{p.firstClaim ?? t('patent.noText')}</Typography.Paragraph>
                </Card>
              </Col>
            </Row>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <LegalCard patent={p} />
              </Col>
              <Col xs={24} xl={12}>
                <HighValueCard assessment={p.highValue} />
              </Col>
            </Row>
          </Space>
        )}
      </QueryState>
    </>
  );
}
