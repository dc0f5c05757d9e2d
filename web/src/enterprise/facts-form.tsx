import { App, Button, DatePicker, Form, Input, InputNumber, Space } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { EnterpriseProfile } from '@zhichan/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { updateEnterprise } from '../api/enterprises';
import { useApiError } from '../components/use-api-error';

interface FactsValues {
  industry?: string;
  address?: string;
  legalRepresentative?: string;
  registeredCapital?: number | null;
  establishedOn?: Dayjs | null;
}

/** Edits the self-declared facts (PATCH /api/enterprises/:id); `onDone(null)` on cancel. */
export function FactsForm({ profile, onDone }: { profile: EnterpriseProfile; onDone(p: EnterpriseProfile | null): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FactsValues>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: (v: FactsValues) =>
      updateEnterprise(profile.id, {
        industry: v.industry?.trim() ?? '',
        address: v.address?.trim() ?? '',
        legalRepresentative: v.legalRepresentative?.trim() ?? '',
        ...(v.registeredCapital != null ? { registeredCapital: v.registeredCapital } : {}),
        ...(v.establishedOn ? { establishedOn: v.establishedOn.format('YYYY-MM-DD') } : {}),
      }),
    onSuccess: (p) => {
      void message.success(t('common.saved'));
      onDone(p);
    },
    onError,
  });
  return (
    <Form<FactsValues>
      name="facts"
      form={form}
      layout="vertical"
      disabled={save.isPending}
      onFinish={(v) => save.mutate(v)}
      initialValues={{
        industry: profile.industry ?? '',
        address: profile.address ?? '',
        legalRepresentative: profile.legalRepresentative ?? '',
        registeredCapital: profile.registeredCapital,
        establishedOn: profile.establishedOn ? dayjs(profile.establishedOn) : null,
      }}
    >
      <Form.Item name="industry" label={t('profile.industry')} rules={[{ max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="address" label={t('profile.address')} rules={[{ max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="legalRepresentative" label={t('profile.legalRepresentative')} rules={[{ max: 50 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="registeredCapital" label={t('profile.registeredCapital')}>
        <InputNumber min={0} max={1e13} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="establishedOn" label={t('profile.establishedOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('action.save')}
        </Button>
        <Button onClick={() => onDone(null)}>{t('action.cancel')}</Button>
      </Space>
    </Form>
  );
}
