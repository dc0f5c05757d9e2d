import { Form, Input, Typography } from 'antd';
import { PASSWORD_MIN_LENGTH, ZPhone, ZUsername } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { passwordPolicyRule, sameAsRule } from '../components/password-rules';
import { zodRule } from '../components/zod-rule';

/** The account half of the registration form: username, password (with the policy), contact name and phone. */
export function RegisterAccountFields() {
  const { t } = useTranslation();
  const req = (field: string) => ({ required: true, message: t('common.required', { field }) });
  return (
    <fieldset className="form-section">
      <Typography.Title level={2} className="form-section-title">
        {t('register.account')}
      </Typography.Title>
      <Form.Item name="username" label={t('register.username')} extra={t('register.usernameHint')} rules={[req(t('register.username')), zodRule(ZUsername)]}>
        <Input autoComplete="username" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('register.password')}
        extra={t('register.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        rules={[req(t('register.password')), passwordPolicyRule]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('register.confirmPassword')}
        dependencies={['password']}
        rules={[req(t('register.confirmPassword')), sameAsRule('password', t('register.passwordMismatch'))]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="displayName" label={t('register.displayName')} rules={[req(t('register.displayName')), { max: 50 }]}>
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item name="phone" label={t('register.phone')} extra={t('register.phoneHint')} rules={[req(t('register.phone')), zodRule(ZPhone)]}>
        <Input autoComplete="tel" inputMode="tel" />
      </Form.Item>
    </fieldset>
  );
}
