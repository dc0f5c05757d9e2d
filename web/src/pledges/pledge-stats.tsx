import { Card, Col, Row, Statistic, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchPledgeStats } from '../api/pledges';
import { queryKeys } from '../api/query-keys';
import { QueryState } from '../components/query-state';

/** The region's pledge registrations this year: counts, amount, banks, inclusive loans; by month and by bank. */
export function PledgeStatsCard() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: [...queryKeys.pledges, 'stats'], queryFn: () => fetchPledgeStats({}) });
  return (
    <Card title={<h2 className="card-title">{t('pledge.stats')}</h2>}>
      <QueryState query={query}>
        {(s) => (
          <>
            <Row gutter={16}>
              <Col xs={12} md={6}>
                <Statistic title={t('pledge.registrations')} value={s.registrations} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('pledge.amount')} value={s.amountYuan} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('pledge.banks')} value={s.banks} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('pledge.inclusive')} value={s.inclusiveLoans} />
              </Col>
            </Row>
            <Row gutter={16} style={{ marginTop: 16 }}>
              <Col xs={24} md={12}>
                <Table
                  size="small"
                  rowKey="month"
                  pagination={false}
                  title={() => t('pledge.byMonth')}
                  dataSource={s.byMonth}
                  columns={[
                    { title: t('pledge.month'), dataIndex: 'month' },
                    { title: t('pledge.registrations'), dataIndex: 'registrations' },
                    { title: t('pledge.amount'), dataIndex: 'amountYuan', render: (v: number) => v.toLocaleString('zh-CN') },
                  ]}
                />
              </Col>
              <Col xs={24} md={12}>
                <Table
                  size="small"
                  rowKey="bank"
                  pagination={false}
                  title={() => t('pledge.byBank')}
                  dataSource={s.byBank}
                  columns={[
                    { title: t('pledge.pledgee'), dataIndex: 'bank' },
                    { title: t('pledge.registrations'), dataIndex: 'registrations' },
                    { title: t('pledge.amount'), dataIndex: 'amountYuan', render: (v: number) => v.toLocaleString('zh-CN') },
                  ]}
                />
              </Col>
            </Row>
          </>
        )}
      </QueryState>
    </Card>
  );
}
