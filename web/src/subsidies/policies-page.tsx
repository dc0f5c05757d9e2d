import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasPermission, useSession } from '../session/use-session';
import { fetchSubsidyPolicies } from '../api/subsidies';
import { queryKeys } from '../api/query-keys';
import { QueryState } from '../components/query-state';
import { usePreferences } from '../prefs/preferences';

/** 贴息政策: each policy in words, how the template reads what the text leaves open, and its rule as data. */
export function SubsidyPoliciesPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const en = language === 'en';
  const query = useQuery({ queryKey: [...queryKeys.subsidies, 'policies'], queryFn: fetchSubsidyPolicies });
  // Staff who review subsidies may revise a policy (the server allows city offices only, and says so otherwise).
  const canEdit = hasPermission(useSession().data?.user, 'subsidy.review');
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('policy.title')}</Typography.Title>
      <Typography.Paragraph>{t('policy.intro')}</Typography.Paragraph>
      {canEdit && (
        <Link to="/subsidies/policies/new">
          <Button>{t('policyAdmin.create')}</Button>
        </Link>
      )}
      <QueryState query={query}>
        {(d) => (
          <>
            {d.items.map((p) => (
              <Card
                key={p.key}
                title={<h2 className="card-title">{en ? p.nameEn : p.name}</h2>}
                extra={
                  canEdit ? (
                    <Link
                      to={`/subsidies/policies/${p.key}/edit`}
                    >{`${t('policyAdmin.edit')}（${t('policyAdmin.versionNow', { version: p.versionNo ?? 0 })}）`}</Link>
                  ) : undefined
                }
              >
                <Descriptions
                  column={1}
                  items={[
                    { key: 'scope', label: t('policy.scope'), children: en ? p.scopeEn : p.scope },
                    { key: 'summary', label: t('subsidy.policy'), children: en ? p.summaryEn : p.summary },
                    ...(p.notes.length > 0 ? [{ key: 'notes', label: t('policy.notes'), children: p.notes.map((n) => (en ? n.en : n.zh)).join(' ') }] : []),
                    {
                      key: 'rule',
                      label: t('policy.rule'),
                      children: (
                        <pre className="policy-rule" tabIndex={0}>
                          {JSON.stringify(p.rule, null, 2)}
                        </pre>
                      ),
                    },
                  ]}
                />
              </Card>
            ))}
          </>
        )}
      </QueryState>
    </Space>
  );
}
