import { Descriptions, InputNumber, Space, Table, Typography } from 'antd';
import { penaltyKindLabels } from '@zhichan/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCaseStats } from '../api/cases';
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
          <Typography.Title level={2}>{t('cases.byKind')}</Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="kind"
            dataSource={s.byKind}
            columns={[
              { title: t('cases.caseKind'), key: 'k', render: (_, r) => penaltyKindLabels[r.kind][lang] },
              { title: t('cases.penaltyCases'), dataIndex: 'count' },
            ]}
          />
          <Typography.Title level={2}>{t('cases.byRegion')}</Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="regionCode"
            dataSource={s.byRegion}
            columns={[
              { title: t('cases.region'), dataIndex: 'regionCode' },
              { title: t('cases.penaltyCases'), dataIndex: 'count' },
            ]}
          />
        </>
      )}
    </Space>
  );
}
