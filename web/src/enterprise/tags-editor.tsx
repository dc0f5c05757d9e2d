import { App, Button, Card, Checkbox, Space } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { enterpriseTagLabels, enterpriseTags, type EnterpriseProfile, type EnterpriseTag } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setEnterpriseTags } from '../api/enterprises';
import { useApiError } from '../components/use-api-error';
import { useLabel } from '../prefs/label';

/** 标签 editing for bureau staff (PUT /api/enterprises/:id/tags). */
export function TagsEditor({ profile, onSaved }: { profile: EnterpriseProfile; onSaved(p: EnterpriseProfile): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = App.useApp();
  const [tags, setTags] = useState<EnterpriseTag[]>(profile.tags);
  const onError = useApiError();
  const save = useMutation({
    mutationFn: () => setEnterpriseTags(profile.id, tags),
    onSuccess: (p) => {
      void message.success(t('tags.saved'));
      onSaved(p);
    },
    onError,
  });
  const changed = [...tags].sort().join() !== [...profile.tags].sort().join();
  return (
    <Card title={<h2 className="card-title">{t('tags.edit')}</h2>}>
      <fieldset className="plain-fieldset">
        <legend className="visually-hidden">{t('tags.legend')}</legend>
        <Checkbox.Group<EnterpriseTag>
          value={tags}
          onChange={setTags}
          options={enterpriseTags.map((tag) => ({ value: tag, label: label(enterpriseTagLabels[tag]) }))}
        />
      </fieldset>
      <Space className="form-actions">
        <Button type="primary" disabled={!changed} loading={save.isPending} onClick={() => save.mutate()}>
          {t('action.save')}
        </Button>
      </Space>
    </Card>
  );
}
