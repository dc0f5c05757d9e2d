import { Alert, Card, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchConcordance, fetchHighValueSettings } from '../api/high-value';
import { queryKeys } from '../api/query-keys';
import { QueryState } from '../components/query-state';
import { ConcordanceEditor } from './concordance-editor';
import { ThresholdForm } from './threshold-form';
import { HighValueCounts } from './high-value-counts';
import { FactImportCard } from './fact-import-card';
import { hasPermission, useCurrentUser } from '../session/use-session';

/** 高价值认定设置: the industry ↔ IPC concordance and the pledge threshold; editable with registry.manage. */
export function HighValuePage() {
  const { t } = useTranslation();
  const canEdit = hasPermission(useCurrentUser(), 'registry.manage');
  const concordance = useQuery({ queryKey: [...queryKeys.highValue, 'concordance'], queryFn: fetchConcordance });
  const settings = useQuery({ queryKey: [...queryKeys.highValue, 'settings'], queryFn: fetchHighValueSettings });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('highValue.title')}</Typography.Title>
      <Typography.Paragraph>{t('highValue.intro')}</Typography.Paragraph>
      <Card title={<h2 className="card-title">{t('highValue.thresholdTitle')}</h2>}>
        <Typography.Paragraph>{t('highValue.thresholdHint')}</Typography.Paragraph>
        <QueryState query={settings}>{(s) => <ThresholdForm key={settings.dataUpdatedAt} settings={s} canEdit={canEdit} />}</QueryState>
      </Card>
      <HighValueCounts />
      {canEdit && <FactImportCard />}
      <Card title={<h2 className="card-title">{t('highValue.concordanceTitle')}</h2>}>
        <Alert type="info" showIcon className="card-alert" title={t('highValue.officialNote')} description={t('highValue.officialNoteDetail')} />
        <QueryState query={concordance}>
          {(c) => (
            <ConcordanceEditor
              key={concordance.dataUpdatedAt}
              canEdit={canEdit}
              initial={c.rows.map((r) => ({ key: r.id, industryCode: r.industryCode, industryName: r.industryName, ipcPrefix: r.ipcPrefix }))}
            />
          )}
        </QueryState>
      </Card>
    </Space>
  );
}
