import { App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { populationBases, populationBasisLabels, type PopulationBasis } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchPopulation, importCensus, populationExportUrl, putPopulation, putPopulationBasis } from '../api/indicators';
import { PopulationImport } from './population-import';
import { QueryState } from '../components/query-state';
import { useApiError } from '../components/use-api-error';
import { hasPermission, useCurrentUser } from '../session/use-session';

const basisOptions = populationBases.map((b) => ({ value: b, label: populationBasisLabels[b].zh }));

interface PopulationForm {
  regionCode: string;
  year: number;
  basis: PopulationBasis;
  population: number;
  source: string;
}

/** 人口数据: population per region, year and basis, the basis of per-10,000 values, the census import. */
export function PopulationPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const canEdit = hasPermission(user, 'indicator.manage');
  const region = user.org.regionCode;
  const client = useQueryClient();
  const [form] = Form.useForm<PopulationForm>();
  const onError = useApiError(form);
  const list = useQuery({ queryKey: ['indicators', 'population', region], queryFn: () => fetchPopulation(region) });
  const refresh = () => client.invalidateQueries({ queryKey: ['indicators'] });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('population.title')}</Typography.Title>
      <Typography.Paragraph>{t('population.intro')}</Typography.Paragraph>
      {canEdit && (
        <Card title={<h2 className="card-title">{t('population.add')}</h2>}>
          <Form
            form={form}
            layout="inline"
            initialValues={{ regionCode: region, basis: 'year_end_resident', year: new Date().getFullYear() - 1 }}
            onFinish={(v) =>
              putPopulation(v).then(() => {
                void message.success(t('population.save'));
                void refresh();
              }, onError)
            }
          >
            <Form.Item name="regionCode" label={t('reported.regionCode')} rules={[{ required: true }]}>
              <Input style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="year" label={t('population.year')} rules={[{ required: true }]}>
              <InputNumber style={{ width: 100 }} />
            </Form.Item>
            <Form.Item name="basis" label={t('population.basis')}>
              <Select options={basisOptions} style={{ width: 150 }} />
            </Form.Item>
            <Form.Item name="population" label={t('population.population')} rules={[{ required: true }]}>
              <InputNumber style={{ width: 150 }} />
            </Form.Item>
            <Form.Item name="source" label={t('population.source')} rules={[{ required: true }]}>
              <Input style={{ width: 240 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('population.save')}
            </Button>
          </Form>
          <Button
            style={{ marginTop: 16 }}
            onClick={() =>
              importCensus(region).then((r) => {
                void message.success(t('population.imported', { n: r.imported }));
                void refresh();
              }, onError)
            }
          >
            {t('population.importCensus')}
          </Button>
        </Card>
      )}
      {canEdit && (
        <Card title={<h2 className="card-title">{t('population.import')}</h2>}>
          <PopulationImport />
        </Card>
      )}
      <QueryState query={list}>
        {(data) => (
          <>
            <Card title={<h2 className="card-title">{t('population.chosenBasis')}</h2>}>
              <Table
                rowKey="regionCode"
                size="small"
                pagination={{ pageSize: 10 }}
                dataSource={data.bases}
                columns={[
                  { title: t('reported.regionCode'), dataIndex: 'regionCode' },
                  {
                    title: t('population.basis'),
                    render: (_, b) =>
                      canEdit ? (
                        <Space>
                          <Select
                            value={b.basis}
                            options={basisOptions}
                            style={{ width: 150 }}
                            aria-label={`${b.regionCode} ${t('population.basis')}`}
                            onChange={(basis) => void putPopulationBasis(b.regionCode, basis).then(refresh, onError)}
                          />
                          {b.inherited && <span className="muted">{t('population.inherited')}</span>}
                        </Space>
                      ) : (
                        `${populationBasisLabels[b.basis].zh}${b.inherited ? t('population.inherited') : ''}`
                      ),
                  },
                ]}
              />
            </Card>
            <Card
              title={<h2 className="card-title">{t('population.title')}</h2>}
              extra={<Button href={populationExportUrl(region)}>{t('indicators.exportExcel')}</Button>}
            >
              <Table
                rowKey="id"
                size="small"
                dataSource={data.items}
                columns={[
                  { title: t('indicators.region'), render: (_, r) => `${r.regionName}（${r.regionCode}）` },
                  { title: t('population.year'), dataIndex: 'year' },
                  { title: t('population.basis'), render: (_, r) => populationBasisLabels[r.basis].zh },
                  { title: t('population.population'), align: 'right', render: (_, r) => r.population.toLocaleString() },
                  { title: t('population.source'), dataIndex: 'source' },
                ]}
              />
            </Card>
          </>
        )}
      </QueryState>
    </Space>
  );
}
