import { Card, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPermission, useCurrentUser } from '../session/use-session';
import { ReportedEntry } from './reported-entry';
import { ReportedImport } from './reported-import';
import { ReportedQueue } from './reported-queue';

/** 指标填报与审核: entry, the review queue and the Excel import. */
export function ReportedPage() {
  const { t } = useTranslation();
  const canReport = hasPermission(useCurrentUser(), 'indicator.report');
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('reported.title')}</Typography.Title>
      <Card>
        <Tabs
          items={[
            { key: 'queue', label: t('reported.queue'), children: <ReportedQueue /> },
            ...(canReport
              ? [
                  { key: 'entry', label: t('reported.entry'), children: <ReportedEntry /> },
                  { key: 'import', label: t('reported.import'), children: <ReportedImport /> },
                ]
              : []),
          ]}
        />
      </Card>
    </Space>
  );
}
