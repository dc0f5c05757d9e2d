import { Card, Descriptions, Space, Typography } from 'antd';
import { roleDefinitions } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { WorkbenchCards } from '../layout/workbench-cards';
import { useLabel } from '../prefs/label';
import { hasOwnEnterprise, useCurrentUser } from '../session/use-session';

/** 工作台: who you are, then your role's own work (counted within your reach) and services, from GET /api/workbench. */
export function HomePage() {
  const { t } = useTranslation();
  const label = useLabel();
  const user = useCurrentUser();
  if (hasOwnEnterprise(user)) return <Navigate to="/my/enterprise" replace />;
  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1}>{t('home.welcome', { name: user.displayName })}</Typography.Title>
      <Card>
        <Descriptions
          column={1}
          items={[
            { key: 'org', label: t('home.org'), children: user.org.name },
            { key: 'role', label: t('home.role'), children: label(roleDefinitions[user.role]) },
            { key: 'region', label: t('home.region'), children: user.org.regionName },
          ]}
        />
      </Card>
      <WorkbenchCards />
    </Space>
  );
}
