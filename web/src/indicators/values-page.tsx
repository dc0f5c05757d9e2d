import { Breadcrumb, Button, Card, Descriptions, Form, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { parsePeriod, type IndicatorValue, type IndicatorValues } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCatalogue, fetchValues, valuesExportUrl } from '../api/indicators';
import { QueryState } from '../components/query-state';
import { useCurrentUser } from '../session/use-session';
import { defaultPeriod, formatValue, formatYoy } from './format';

const DEFAULT_KEY = 'effective_invention_patents';

/** 指标数据: one indicator across a region and its child regions (drill down by clicking), or every indicator of the region. */
export function ValuesPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const [trail, setTrail] = useState<{ code: string; name: string }[]>([{ code: user.org.regionCode, name: user.org.regionName }]);
  const [periodText, setPeriodText] = useState(defaultPeriod());
  const [period, setPeriod] = useState(defaultPeriod());
  const [key, setKey] = useState(DEFAULT_KEY);
  const region = trail[trail.length - 1] ?? { code: user.org.regionCode, name: user.org.regionName };
  const catalogue = useQuery({ queryKey: ['indicators', 'catalogue'], queryFn: fetchCatalogue, staleTime: Infinity });
  const q = { regionCode: region.code, period, keys: key, includeChildren: 'true' as const };
  const values = useQuery({ queryKey: ['indicators', 'values', q], queryFn: () => fetchValues(q) });
  const all = useQuery({ queryKey: ['indicators', 'values', 'all', region.code, period], queryFn: () => fetchValues({ regionCode: region.code, period }) });
  const en = i18n.language === 'en';
  const selected = catalogue.data?.items.find((i) => i.key === key);
  const name = (k: string) => {
    const d = catalogue.data?.items.find((i) => i.key === k);
    return d ? (en ? d.en : d.zh) : k;
  };
  const sourceCell = (v: IndicatorValue) => {
    const p = v.provenance;
    if (!p) return '—';
    const basis = p.basis
      ? t('indicators.basis', {
          year: p.basis.year,
          basis: p.basis.basis === 'census' ? '人口普查' : '年末常住人口',
          population: p.basis.population.toLocaleString(),
        })
      : null;
    return (
      <Tooltip title={[p.derivedFrom?.formula, p.source, basis].filter(Boolean).join('；')}>
        <Tag color={p.kind === 'computed' ? 'blue' : 'gold'}>{p.kind === 'computed' ? t('indicators.computed') : t('indicators.reported')}</Tag>
        <span className="muted">{p.source.slice(0, 24)}</span>
      </Tooltip>
    );
  };
  const rankCell = (v: IndicatorValue) =>
    v.rank === null ? '—' : v.rankScope === 'province_published' ? t('indicators.provinceRank', { rank: v.rank }) : `${v.rank} / ${v.rankOf ?? ''}`;

  const regionTable = (data: IndicatorValues) => {
    const rows = data.regions.map((r) => ({ region: r, value: data.rows.find((x) => x.regionCode === r.regionCode) }));
    return (
      <Table
        rowKey={(r) => r.region.regionCode}
        size="middle"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: t('indicators.region'),
            render: (_, r) =>
              r.region.depth === 0 ? (
                <strong>{r.region.regionName}</strong>
              ) : (
                <Button type="link" onClick={() => setTrail([...trail, { code: r.region.regionCode, name: r.region.regionName }])}>
                  {r.region.regionName}
                </Button>
              ),
          },
          { title: t('indicators.value'), align: 'right', render: (_, r) => `${formatValue(r.value?.value)} ${r.value?.unit ?? ''}` },
          { title: `${t('indicators.lastYear')}（${data.lastYearPeriod}）`, align: 'right', render: (_, r) => formatValue(r.value?.lastYearValue) },
          { title: t('indicators.yoy'), align: 'right', render: (_, r) => (r.value ? formatYoy(r.value) : '—') },
          { title: t('indicators.rank'), render: (_, r) => (r.value ? rankCell(r.value) : '—') },
          { title: t('indicators.source'), render: (_, r) => (r.value ? sourceCell(r.value) : '—') },
        ]}
      />
    );
  };

  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('indicators.title')}</Typography.Title>
      <Typography.Paragraph>{t('indicators.intro')}</Typography.Paragraph>
      <Card>
        <Form layout="inline" onFinish={() => parsePeriod(periodText.trim()) && setPeriod(periodText.trim())}>
          <Form.Item label={t('indicators.indicator')}>
            <Select
              showSearch
              optionFilterProp="label"
              style={{ minWidth: 320 }}
              value={key}
              onChange={setKey}
              aria-label={t('indicators.indicator')}
              options={(catalogue.data?.items ?? []).map((i) => ({ value: i.key, label: `${en ? i.en : i.zh}（${i.unit}）` }))}
            />
          </Form.Item>
          <Form.Item
            label={t('indicators.period')}
            validateStatus={parsePeriod(periodText.trim()) ? undefined : 'error'}
            help={parsePeriod(periodText.trim()) ? undefined : t('indicators.periodHint')}
          >
            <Input value={periodText} onChange={(e) => setPeriodText(e.target.value)} placeholder={t('indicators.periodHint')} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              {t('indicators.show')}
            </Button>
          </Form.Item>
          <Form.Item>
            <Button href={valuesExportUrl({ regionCode: region.code, period, includeChildren: 'true' })}>{t('indicators.exportExcel')}</Button>
          </Form.Item>
        </Form>
      </Card>
      <Breadcrumb
        items={trail.map((r, i) => ({
          title: i < trail.length - 1 ? <a onClick={() => setTrail(trail.slice(0, i + 1))}>{r.name}</a> : r.name,
        }))}
      />
      <Card title={<h2 className="card-title">{`${name(key)} · ${period}`}</h2>}>
        <QueryState query={values}>{regionTable}</QueryState>
      </Card>
      {selected && (
        <Card title={<h2 className="card-title">{`${t('indicators.caliber.title')} · ${name(key)}`}</h2>}>
          <Descriptions
            column={1}
            items={[
              { key: 'definition', label: t('indicators.caliber.definition'), children: selected.caliber.definition },
              { key: 'numerator', label: t('indicators.caliber.numerator'), children: selected.caliber.numerator },
              {
                key: 'denominator',
                label: t('indicators.caliber.denominator'),
                children: selected.caliber.denominator ?? t('indicators.caliber.noDenominator'),
              },
              {
                key: 'unit',
                label: t('indicators.caliber.unit'),
                children: t('indicators.caliber.unitValue', { unit: selected.unit, decimals: selected.decimals }),
              },
              {
                key: 'source',
                label: t('indicators.caliber.source'),
                children: selected.caliber.source ? t('indicators.caliber.sourceValue', selected.caliber.source) : t('indicators.caliber.noSource'),
              },
            ]}
          />
        </Card>
      )}
      <Card title={<h2 className="card-title">{`${t('indicators.allIndicators')} · ${region.name}`}</h2>}>
        <QueryState query={all}>
          {(data) => (
            <Table
              rowKey={(r) => r.indicatorKey}
              size="small"
              pagination={{ pageSize: 20 }}
              dataSource={data.rows.filter((r) => r.regionCode === region.code)}
              columns={[
                { title: t('indicators.indicator'), render: (_, r) => name(r.indicatorKey) },
                { title: t('indicators.value'), align: 'right', render: (_, r) => `${formatValue(r.value)} ${r.value === null ? '' : r.unit}` },
                { title: t('indicators.lastYear'), align: 'right', render: (_, r) => formatValue(r.lastYearValue) },
                { title: t('indicators.yoy'), align: 'right', render: (_, r) => formatYoy(r) },
                { title: t('indicators.rank'), render: (_, r) => rankCell(r) },
                { title: t('indicators.source'), render: (_, r) => sourceCell(r) },
              ]}
            />
          )}
        </QueryState>
      </Card>
    </Space>
  );
}
