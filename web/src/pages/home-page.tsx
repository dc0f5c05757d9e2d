import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { roleDefinitions } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { navItems } from '../layout/nav-items';
import { useLabel } from '../prefs/label';
import { hasOwnEnterprise, useCurrentUser } from '../session/use-session';

const SHORTCUT_PATHS = new Set(['/enterprises', '/patents/search', '/imports', '/orgs', '/users', '/audit']);

/** 工作台: who you are and the services your role can use; enterprises go straight to their profile. */
export function HomePage() {
  const { t } = useTranslation();
  const label = useLabel();
  const user = useCurrentUser();
  const navigate = useNavigate();
  if (hasOwnEnterprise(user)) return <Navigate to="/my/enterprise" replace />;
  const shortcuts = navItems.filter((i) => SHORTCUT_PATHS.has(i.path) && i.visible(user));
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
      <Card title={<h2 className="card-title">{t('home.shortcuts')}</h2>}>
        {shortcuts.length === 0 ? (
          <Typography.Paragraph>{t('home.noShortcuts')}</Typography.Paragraph>
        ) : (
          <Space wrap>
            {shortcuts.map((s) => (
              <Button key={s.path} size="large" onClick={() => void navigate(s.path)}>
                {t(s.labelKey)}
              </Button>
            ))}
          </Space>
        )}
      </Card>
    </Space>
  );
}
