import { App, Button, Popconfirm, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Org } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { updateOrg } from '../api/orgs';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';

/** Row actions of the organisation list: rename, disable (confirmed) or enable. */
export function OrgActions({ org, onEdit }: { org: Org; onEdit(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiError();
  const setStatus = useMutation({
    mutationFn: (status: 'active' | 'disabled') => updateOrg(org.id, { status }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void client.invalidateQueries({ queryKey: queryKeys.orgs });
    },
    onError,
  });
  const named = (action: string) => `${action} ${org.name}`;
  return (
    <Space size="small">
      <Button size="small" onClick={onEdit} aria-label={named(t('action.edit'))}>
        {t('action.edit')}
      </Button>
      {org.status === 'active' && (
        <Popconfirm
          title={t('orgs.disableConfirm')}
          okText={t('action.disable')}
          cancelText={t('action.cancel')}
          onConfirm={() => setStatus.mutate('disabled')}
        >
          <Button size="small" danger aria-label={named(t('action.disable'))}>
            {t('action.disable')}
          </Button>
        </Popconfirm>
      )}
      {org.status === 'disabled' && (
        <Button size="small" onClick={() => setStatus.mutate('active')} aria-label={named(t('action.enable'))}>
          {t('action.enable')}
        </Button>
      )}
    </Space>
  );
}
