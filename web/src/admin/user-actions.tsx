import { App, Button, Popconfirm, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/query-keys';
import { unlockUser, updateUser } from '../api/users';
import { useApiError } from '../components/use-api-error';

/** True while a sign-in lock (after repeated wrong passwords) is in force. */
export const isLocked = (u: User) => Boolean(u.lockedUntil && Date.parse(u.lockedUntil) > Date.now());

/** Row actions of the user list: edit, reset password, unlock, disable/enable. */
export function UserActions({ user, onEdit, onResetPassword }: { user: User; onEdit(): void; onResetPassword(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiError();
  const done = (text: string) => () => {
    void message.success(text);
    void client.invalidateQueries({ queryKey: queryKeys.users });
  };
  const setStatus = useMutation({
    mutationFn: (status: 'active' | 'disabled') => updateUser(user.id, { status }),
    onSuccess: done(t('common.saved')),
    onError,
  });
  const unlock = useMutation({ mutationFn: () => unlockUser(user.id), onSuccess: done(t('users.unlocked')), onError });
  const named = (action: string) => `${action} ${user.displayName}`;
  return (
    <Space size="small">
      <Button size="small" onClick={onEdit} aria-label={named(t('action.edit'))}>
        {t('action.edit')}
      </Button>
      <Button size="small" onClick={onResetPassword} aria-label={named(t('users.resetPassword'))}>
        {t('users.resetPassword')}
      </Button>
      {isLocked(user) && (
        <Button size="small" onClick={() => unlock.mutate()} loading={unlock.isPending} aria-label={named(t('users.unlock'))}>
          {t('users.unlock')}
        </Button>
      )}
      {user.status === 'active' ? (
        <Popconfirm
          title={t('users.disableConfirm')}
          okText={t('action.disable')}
          cancelText={t('action.cancel')}
          onConfirm={() => setStatus.mutate('disabled')}
        >
          <Button size="small" danger aria-label={named(t('action.disable'))}>
            {t('action.disable')}
          </Button>
        </Popconfirm>
      ) : (
        <Button size="small" onClick={() => setStatus.mutate('active')} aria-label={named(t('action.enable'))}>
          {t('action.enable')}
        </Button>
      )}
    </Space>
  );
}
