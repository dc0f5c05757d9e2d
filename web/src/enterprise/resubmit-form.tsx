import { App, Button, Card, Form, Input } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { EnterpriseProfile } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { resubmitEnterprise } from '../api/enterprises';
import { RegionPicker } from '../components/region-picker';
import { useApiError } from '../components/use-api-error';
import { blankToUndefined } from '../components/zod-rule';

interface ResubmitValues {
  name: string;
  regionCode?: string;
  industry: string;
  address: string;
  legalRepresentative: string;
}

/** After a rejection: correct the registration and send it back for review (POST …/resubmit). */
export function ResubmitForm({ profile, onSaved }: { profile: EnterpriseProfile; onSaved(p: EnterpriseProfile): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResubmitValues>();
  const onError = useApiError(form);
  const resubmit = useMutation({
    mutationFn: (v: ResubmitValues) => resubmitEnterprise(profile.id, blankToUndefined(v)),
    onSuccess: (p) => {
      void message.success(t('resubmit.done'));
      onSaved(p);
    },
    onError,
  });
  return (
    <Card title={<h2 className="card-title">{t('resubmit.title')}</h2>}>
      <Form<ResubmitValues>
        name="resubmit"
        form={form}
        layout="vertical"
        disabled={resubmit.isPending}
        onFinish={(v) => resubmit.mutate(v)}
        initialValues={{
          name: profile.name,
          industry: profile.industry ?? '',
          address: profile.address ?? '',
          legalRepresentative: profile.legalRepresentative ?? '',
        }}
      >
        <Form.Item
          name="name"
          label={t('register.name')}
          rules={[
            { required: true, message: t('common.required', { field: t('register.name') }) },
            { min: 2, max: 100 },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="regionCode" label={t('register.region')} extra={t('resubmit.regionKeep', { region: profile.regionName })}>
          <RegionPicker />
        </Form.Item>
        <Form.Item name="industry" label={t('register.industry')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('register.address')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="legalRepresentative" label={t('register.legalRepresentative')} rules={[{ max: 50 }]}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={resubmit.isPending}>
          {t('resubmit.submit')}
        </Button>
      </Form>
    </Card>
  );
}
