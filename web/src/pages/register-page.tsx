import { App, Button, Card, Form, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { normaliseUscc } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { registerEnterprise } from '../api/enterprises';
import { useApiError } from '../components/use-api-error';
import { blankToUndefined } from '../components/zod-rule';
import { useReplaceSession, useSession } from '../session/use-session';
import { RegisterAccountFields } from '../enterprise/register-account-fields';
import { RegisterEnterpriseFields } from '../enterprise/register-enterprise-fields';

export interface RegisterForm {
  username: string;
  password: string;
  confirmPassword: string;
  displayName: string;
  phone: string;
  enterprise: { name: string; creditCode: string; regionCode: string; industry: string; address: string; legalRepresentative: string };
}

/** 企业注册: creates the account and the enterprise (pending review), then opens 本企业档案 signed in. */
export function RegisterPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterForm>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const replaceSession = useReplaceSession();
  const signedIn = Boolean(useSession().data?.user);
  const onError = useApiError(form);
  const register = useMutation({
    mutationFn: ({ confirmPassword: _c, enterprise, ...account }: RegisterForm) =>
      registerEnterprise({
        ...account,
        enterprise: {
          ...blankToUndefined(enterprise),
          name: enterprise.name,
          regionCode: enterprise.regionCode,
          creditCode: normaliseUscc(enterprise.creditCode),
        },
      }),
    onSuccess: (info) => {
      replaceSession(info);
      void message.success(t('register.success'));
      void navigate('/my/enterprise', { replace: true });
    },
    onError,
  });

  // A signed-in user cannot register another enterprise (the API refuses); registration itself signs in.
  if (signedIn && register.isIdle) return <Navigate to="/" replace />;
  return (
    <Card className="auth-card auth-card-wide">
      <Typography.Title level={1} className="auth-title">
        {t('register.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('register.intro')}</Typography.Paragraph>
      <Form<RegisterForm> name="register" form={form} layout="vertical" onFinish={(v) => register.mutate(v)} disabled={register.isPending} scrollToFirstError>
        <RegisterAccountFields />
        <RegisterEnterpriseFields />
        <Button type="primary" htmlType="submit" size="large" block loading={register.isPending}>
          {t('register.submit')}
        </Button>
      </Form>
      <Typography.Paragraph className="auth-switch">
        {t('register.haveAccount')} <Link to="/login">{t('register.toLogin')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
