import { App, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PASSWORD_MIN_LENGTH, type User } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/query-keys';
import { resetUserPassword } from '../api/users';
import { passwordPolicyRule } from '../components/password-rules';
import { useApiError } from '../components/use-api-error';

/** 重置密码: sets a new password the user must change at the next sign-in; also clears a lock. */
export function ResetPasswordModal({ user, onClose }: { user: User; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ newPassword: string }>();
  const onError = useApiError(form);
  const reset = useMutation({
    mutationFn: (v: { newPassword: string }) => resetUserPassword(user.id, v.newPassword),
    onSuccess: () => {
      void message.success(t('users.passwordReset'));
      void client.invalidateQueries({ queryKey: queryKeys.users });
      onClose();
    },
    onError,
  });
  return (
    <Modal
      open
      title={t('users.resetPasswordTitle', { name: user.displayName })}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form name="reset-password" form={form} layout="vertical" onFinish={(v) => reset.mutate(v)}>
        <Form.Item
          name="newPassword"
          label={t('users.newPassword')}
          extra={`${t('register.passwordHint', { min: PASSWORD_MIN_LENGTH })}；${t('users.initialPasswordHint')}`}
          rules={[{ required: true, message: t('common.required', { field: t('users.newPassword') }) }, passwordPolicyRule]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
