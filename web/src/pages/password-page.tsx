import { Alert, App, Button, Card, Form, Input, Popconfirm, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { PASSWORD_MIN_LENGTH } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { changePassword, fetchSession, signOutEverywhere } from '../api/auth';
import { passwordPolicyRule, sameAsRule } from '../components/password-rules';
import { useApiError } from '../components/use-api-error';
import { useCurrentUser, useReplaceSession, useSession } from '../session/use-session';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** 修改密码 and 退出所有设备. Users who must change their password are held here until they do. */
export function PasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const idle = useSession().data?.idleTimeoutMinutes;
  const navigate = useNavigate();
  const replaceSession = useReplaceSession();
  const [form] = Form.useForm<PasswordValues>();
  const onError = useApiError(form);
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: PasswordValues) => changePassword({ currentPassword, newPassword }),
    onSuccess: async () => {
      void message.success(t('password.success'));
      form.resetFields();
      // mustChangePassword is now false: reload the session so the rest of the app opens.
      replaceSession(await fetchSession());
      if (user.mustChangePassword) void navigate('/', { replace: true });
    },
    onError,
  });
  const logoutAll = useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: () => replaceSession(null, { message: t('password.logoutAllDone'), returnHere: false }),
    onError,
  });
  const req = (field: string) => ({ required: true, message: t('common.required', { field }) });
  return (
    <Space orientation="vertical" size="large" className="page page-narrow">
      <Typography.Title level={1}>{t('password.title')}</Typography.Title>
      {user.mustChangePassword && <Alert type="warning" showIcon title={t('password.mustChange')} />}
      <Card>
        <Form<PasswordValues> name="password" form={form} layout="vertical" disabled={change.isPending} onFinish={(v) => change.mutate(v)}>
          <Form.Item name="currentPassword" label={t('password.current')} rules={[req(t('password.current'))]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            extra={t('register.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            rules={[req(t('password.new')), passwordPolicyRule]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[req(t('password.confirm')), sameAsRule('newPassword', t('password.mismatch'))]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
      <Card title={<h2 className="card-title">{t('password.sessions')}</h2>}>
        <Typography.Paragraph>{t('password.logoutAllHint')}</Typography.Paragraph>
        {idle !== undefined && <Typography.Paragraph type="secondary">{t('password.idle', { minutes: idle })}</Typography.Paragraph>}
        <Popconfirm title={t('password.logoutAllConfirm')} okText={t('action.confirm')} cancelText={t('action.cancel')} onConfirm={() => logoutAll.mutate()}>
          <Button danger loading={logoutAll.isPending}>
            {t('password.logoutAll')}
          </Button>
        </Popconfirm>
      </Card>
    </Space>
  );
}
