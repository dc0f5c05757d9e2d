import { Button, Card, Descriptions, Space, Tag } from 'antd';
import { enterpriseTagLabels, type EnterpriseProfile } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orDash } from '../components/format';
import { useLabel } from '../prefs/label';
import { FactsForm } from './facts-form';

/** 基本信息: the enterprise's facts and tags; the enterprise itself may edit the facts in place. */
export function FactsCard({ profile, canEdit, onSaved }: { profile: EnterpriseProfile; canEdit: boolean; onSaved(p: EnterpriseProfile): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [editing, setEditing] = useState(false);
  const capital = profile.registeredCapital === null ? null : profile.registeredCapital.toLocaleString();
  return (
    <Card
      title={<h2 className="card-title">{t('profile.basics')}</h2>}
      extra={canEdit && !editing ? <Button onClick={() => setEditing(true)}>{t('profile.editFacts')}</Button> : null}
    >
      {editing ? (
        <FactsForm
          profile={profile}
          onDone={(p) => {
            setEditing(false);
            if (p) onSaved(p);
          }}
        />
      ) : (
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'name', label: t('profile.name'), children: profile.name },
            { key: 'code', label: t('profile.creditCode'), children: <span className="mono">{profile.creditCode}</span> },
            { key: 'region', label: t('profile.region'), children: profile.regionName },
            { key: 'industry', label: t('profile.industry'), children: orDash(profile.industry) },
            { key: 'legal', label: t('profile.legalRepresentative'), children: orDash(profile.legalRepresentative) },
            { key: 'capital', label: t('profile.registeredCapital'), children: orDash(capital) },
            { key: 'established', label: t('profile.establishedOn'), children: orDash(profile.establishedOn) },
            { key: 'address', label: t('profile.address'), children: orDash(profile.address) },
            {
              key: 'tags',
              label: t('profile.tags'),
              span: 'filled',
              children:
                profile.tags.length === 0 ? (
                  t('profile.noTags')
                ) : (
                  <Space size={[0, 4]} wrap>
                    {profile.tags.map((tag) => (
                      <Tag key={tag} color="blue">
                        {label(enterpriseTagLabels[tag])}
                      </Tag>
                    ))}
                  </Space>
                ),
            },
          ]}
        />
      )}
    </Card>
  );
}
