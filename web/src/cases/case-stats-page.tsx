import { Descriptions, InputNumber, Space, Typography } from 'antd';
import { penaltyKindLabels } from '@zhichan/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCaseStats } from '../api/cases';
import { ChartCard } from '../charts/chart-card';
import { usePreferences } from '../prefs/preferences';

/** 保护统计: cases by kind and region, fines, and the closure time against the statutory limit (压缩比例). */
export function CaseStatsPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const [year, setYear] = useState(new Date().getFullYear());
  const q = useQuery({ queryKey: ['cases', 'stats', year], queryFn: () => fetchCaseStats({ year }) });
  const s = q.data;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('cases.statsTitle')}</Typography.Title>
      <Space>
        <label htmlFor="case-stats-year">{t('cases.year')}</label>
        <InputNumber id="case-stats-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
      </Space>
      {s && (
        <>
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label={t('cases.complaints')}>{s.complaints}</Descriptions.Item>
            <Descriptions.Item label={t('cases.reports')}>{s.reports}</Descriptions.Item>
            <Descriptions.Item label={t('cases.penaltyCases')}>{s.penaltyCases}</Descriptions.Item>
            <Descriptions.Item label={t('cases.decided')}>{s.decided}</Descriptions.Item>
            <Descriptions.Item label={t('cases.fines')}>{s.fines.toLocaleString()}</Descriptions.Item>
            <Descriptions.Item label={t('cases.compression')}>
              {s.compression === null ? t('cases.compressionNone') : `${(s.compression * 100).toFixed(1)}%`}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.meanDays')}>
              {s.meanDays === null ? '—' : s.meanDays} / {s.statutoryDays}
            </Descriptions.Item>
          </Descriptions>
          {/* Each chart carries its data table (显示数据表), the accessible fallback of the figure. */}
          <ChartCard
            title={t('cases.byKind')}
            subtitle={`${s.year} · ${s.regionCode}`}
            kind="pie"
            data={s.byKind.map((r) => ({ label: penaltyKindLabels[r.kind][lang], value: r.count }))}
            fileName={`case-stats-kind-${s.year}`}
            total={s.penaltyCases}
          />
          <ChartCard
            title={t('cases.byRegion')}
            subtitle={`${s.year} · ${s.regionCode}`}
            kind="hbar"
            data={s.byRegion.map((r) => ({ label: r.regionCode, value: r.count }))}
            fileName={`case-stats-region-${s.year}`}
            total={s.penaltyCases}
          />
          <ChartCard
            title={t('cases.byMonth')}
            subtitle={`${s.year} · ${s.regionCode}`}
            kind="line"
            data={s.byMonth.map((r) => ({ label: r.month, value: r.count }))}
            fileName={`case-stats-month-${s.year}`}
            total={s.penaltyCases}
          />
        </>
      )}
    </Space>
  );
}
