import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { LoginBody } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { signIn } from '../api/auth';
import { ApiError } from '../api/client';
import { useReplaceSession, useSession } from '../session/use-session';

interface LoginState {
  from?: string;
  /** Why the user is here: session expired, signed out … */
  message?: string;
}

/** 登录: username and password; shows lock-out (423) and expiry messages from the server. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginState;
  const session = useSession();
  const replaceSession = useReplaceSession();
  const login = useMutation({
    mutationFn: signIn,
    onSuccess: (info) => {
      replaceSession(info);
      void navigate(state.from && state.from !== '/login' ? state.from : '/', { replace: true });
    },
  });

  if (session.data?.user && !login.isPending && !login.isSuccess) return <Navigate to="/" replace />;
  const error = login.error instanceof ApiError ? login.error : null;

  return (
    <Card className="auth-card">
      <Typography.Title level={1} className="auth-title">
        {t('login.title')}
      </Typography.Title>
      {state.message && !error && <Alert type="info" showIcon title={state.message} className="auth-alert" />}
      {login.error && (
        <Alert
          type={error?.status === 423 ? 'warning' : 'error'}
          showIcon
          role="alert"
          title={t('login.failed')}
          description={error?.message ?? String(login.error)}
          className="auth-alert"
        />
      )}
      <Form<LoginBody> name="login" layout="vertical" requiredMark={false} onFinish={(v) => login.mutate(v)} disabled={login.isPending}>
        <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('common.required', { field: t('login.username') }) }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('common.required', { field: t('login.password') }) }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          {t('login.submit')}
        </Button>
      </Form>
      <Typography.Paragraph className="auth-switch">
        {t('login.noAccount')} <Link to="/register">{t('login.register')}</Link>
      </Typography.Paragraph>
      <Typography.Paragraph className="auth-switch">
        {t('login.publicServices')} <Link to="/welcome">{t('login.toWelcome')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
