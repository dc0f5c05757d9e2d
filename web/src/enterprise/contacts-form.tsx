import { App, Button, Form, Input, Space } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { ZIdNumber, ZPhone, type EnterpriseProfile } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { updateEnterprise } from '../api/enterprises';
import { useApiError } from '../components/use-api-error';
import { blankToUndefined, zodRule } from '../components/zod-rule';

interface ContactValues {
  name: string;
  title?: string;
  phone?: string;
  idNumber?: string;
  email?: string;
}

/** Edits the whole contact list at once (the API replaces it); `onDone(null)` on cancel. */
export function ContactsForm({ profile, onDone }: { profile: EnterpriseProfile; onDone(p: EnterpriseProfile | null): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ contacts: ContactValues[] }>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: (v: { contacts?: ContactValues[] }) =>
      updateEnterprise(profile.id, { contacts: (v.contacts ?? []).map((c) => ({ ...blankToUndefined(c), name: c.name })) }),
    onSuccess: (p) => {
      void message.success(t('common.saved'));
      onDone(p);
    },
    onError,
  });
  const initial = profile.contacts.map((c) => ({ name: c.name, title: c.title ?? '', phone: c.phone ?? '', idNumber: c.idNumber ?? '', email: c.email ?? '' }));
  return (
    <Form name="contacts" form={form} layout="vertical" disabled={save.isPending} initialValues={{ contacts: initial }} onFinish={(v) => save.mutate(v)}>
      <Form.List name="contacts">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <fieldset key={field.key} className="contact-row">
                <legend className="visually-hidden">{`${t('profile.contacts')} ${i + 1}`}</legend>
                <Space wrap align="start">
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('profile.contactName')}
                    rules={[{ required: true, message: t('common.required', { field: t('profile.contactName') }) }]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} label={t('profile.contactTitle')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'phone']} label={t('profile.contactPhone')} rules={[zodRule(ZPhone)]}>
                    <Input inputMode="tel" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'idNumber']} label={t('profile.contactIdNumber')} rules={[zodRule(ZIdNumber)]}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'email']} label={t('profile.contactEmail')} rules={[{ type: 'email' }]}>
                    <Input type="email" />
                  </Form.Item>
                  <Button className="contact-remove" onClick={() => remove(field.name)}>
                    {t('action.remove')}
                  </Button>
                </Space>
              </fieldset>
            ))}
            <div>
              <Button type="dashed" onClick={() => add({ name: '' })} disabled={fields.length >= 20}>
                {t('action.addRow')}
              </Button>
            </div>
          </>
        )}
      </Form.List>
      <Space className="form-actions">
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('action.save')}
        </Button>
        <Button onClick={() => onDone(null)}>{t('action.cancel')}</Button>
      </Space>
    </Form>
  );
}
