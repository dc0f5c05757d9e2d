import { App, Button, Card, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { scoringRuleLabels, scoringRules, type AssessmentScores, type ScoringRule } from '@zhichan/contract';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchSchemes, fetchScores, saveScheme, schemeExportUrl } from '../api/indicators';
import { QueryState } from '../components/query-state';
import { useApiError } from '../components/use-api-error';
import { hasPermission, useCurrentUser } from '../session/use-session';
import { formatValue } from './format';

interface ItemDraft {
  indicatorKey: string;
  indicatorName: string;
  weight: number;
  rule: ScoringRule;
  targetValue: number | null;
}

/** 镇街考核: the scheme's weights and rules (editable; saving recomputes), the ranking and each town's breakdown. */
export function AssessmentPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canEdit = hasPermission(useCurrentUser(), 'indicator.manage');
  const client = useQueryClient();
  const onError = useApiError();
  const schemes = useQuery({ queryKey: ['indicators', 'schemes'], queryFn: fetchSchemes });
  const [id, setId] = useState<number | null>(null);
  const current = schemes.data?.items.find((s) => s.id === id) ?? schemes.data?.items[0];
  const scores = useQuery({ queryKey: ['indicators', 'scores', current?.id], queryFn: () => fetchScores(current?.id ?? 0), enabled: current !== undefined });
  const [draft, setDraft] = useState<ItemDraft[]>([]);
  useEffect(() => setDraft(current?.items.map((i) => ({ ...i })) ?? []), [current]);
  const save = () => {
    if (!current) return;
    saveScheme(current.id, {
      name: current.name,
      regionCode: current.regionCode,
      year: current.year,
      items: draft.map((d) => ({ indicatorKey: d.indicatorKey, weight: d.weight, rule: d.rule, targetValue: d.targetValue })),
    }).then(() => {
      void message.success(t('assessment.saved'));
      void client.invalidateQueries({ queryKey: ['indicators'] });
    }, onError);
  };
  const update = (i: number, patch: Partial<ItemDraft>) => setDraft(draft.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const ranking = (s: AssessmentScores) => (
    <Table
      rowKey="regionCode"
      size="small"
      pagination={false}
      dataSource={s.rows}
      expandable={{
        expandedRowRender: (r) => (
          <ul>
            {r.items.map((i) => (
              <li key={i.indicatorKey}>
                {s.scheme.items.find((x) => x.indicatorKey === i.indicatorKey)?.indicatorName}：{formatValue(i.value)} → {i.score} 分（{i.detail}）
              </li>
            ))}
          </ul>
        ),
      }}
      columns={[
        { title: t('indicators.rank'), dataIndex: 'rank' },
        { title: t('assessment.town'), dataIndex: 'regionName' },
        { title: t('assessment.total'), dataIndex: 'total', align: 'right' },
        ...s.scheme.items.map((item) => ({
          title: item.indicatorName,
          key: item.indicatorKey,
          align: 'right' as const,
          render: (_: unknown, r: AssessmentScores['rows'][number]) => r.items.find((x) => x.indicatorKey === item.indicatorKey)?.score ?? 0,
        })),
      ]}
    />
  );
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('assessment.title')}</Typography.Title>
      <QueryState query={schemes}>
        {(list) =>
          list.items.length === 0 ? (
            <Typography.Paragraph>{t('assessment.none')}</Typography.Paragraph>
          ) : (
            <Space wrap>
              <Select
                aria-label={t('assessment.scheme')}
                value={current?.id}
                onChange={setId}
                style={{ minWidth: 360 }}
                options={list.items.map((s) => ({ value: s.id, label: `${s.name}（${s.regionName} ${s.year}）` }))}
              />
              {current && <Button href={schemeExportUrl(current.id)}>{t('indicators.exportExcel')}</Button>}
            </Space>
          )
        }
      </QueryState>
      {current && (
        <Card title={<h2 className="card-title">{t('assessment.weights')}</h2>}>
          <Table
            rowKey="indicatorKey"
            size="small"
            pagination={false}
            dataSource={draft}
            columns={[
              { title: t('indicators.indicator'), dataIndex: 'indicatorName' },
              {
                title: t('assessment.weight'),
                render: (_, d, i) => (
                  <InputNumber
                    min={0.1}
                    value={d.weight}
                    disabled={!canEdit}
                    aria-label={`${d.indicatorName} ${t('assessment.weight')}`}
                    onChange={(v) => update(i, { weight: v ?? 0 })}
                  />
                ),
              },
              {
                title: t('assessment.rule'),
                render: (_, d, i) => (
                  <Select
                    value={d.rule}
                    disabled={!canEdit}
                    style={{ width: 220 }}
                    aria-label={`${d.indicatorName} ${t('assessment.rule')}`}
                    onChange={(rule) => update(i, { rule })}
                    options={scoringRules.map((r) => ({ value: r, label: scoringRuleLabels[r] }))}
                  />
                ),
              },
              {
                title: t('assessment.target'),
                render: (_, d, i) =>
                  d.rule === 'ratio_to_target' ? (
                    <InputNumber
                      min={0}
                      value={d.targetValue ?? undefined}
                      disabled={!canEdit}
                      aria-label={`${d.indicatorName} ${t('assessment.target')}`}
                      onChange={(v) => update(i, { targetValue: v ?? null })}
                    />
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
          {canEdit && (
            <Button type="primary" style={{ marginTop: 16 }} onClick={save}>
              {t('assessment.save')}
            </Button>
          )}
        </Card>
      )}
      {current && (
        <Card title={<h2 className="card-title">{t('assessment.ranking')}</h2>}>
          <QueryState query={scores}>{ranking}</QueryState>
        </Card>
      )}
    </Space>
  );
}
