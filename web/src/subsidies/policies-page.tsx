import { Card, Descriptions, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
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
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('policy.title')}</Typography.Title>
      <Typography.Paragraph>{t('policy.intro')}</Typography.Paragraph>
      <QueryState query={query}>
        {(d) => (
          <>
            {d.items.map((p) => (
              <Card key={p.key} title={<h2 className="card-title">{en ? p.nameEn : p.name}</h2>}>
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
