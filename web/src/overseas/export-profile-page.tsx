import { Alert, App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExportProfile } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchExportProfile, saveExportProfile } from '../api/overseas';
import { formatTime } from '../components/format';
import { QueryState } from '../components/query-state';
import { useApiError } from '../components/use-api-error';
import { usePreferences } from '../prefs/preferences';
import { countryOptions } from './labels';

type Values = Pick<ExportProfile, 'markets' | 'products' | 'ipcClasses'>;

function ProfileForm({ profile }: { profile: ExportProfile }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: saveExportProfile,
    onSuccess: (p) => {
      void message.success(t('exportProfile.saved'));
      client.setQueryData(['overseas', 'export-profile'], p);
    },
    onError,
  });
  return (
    <Form<Values> form={form} name="export-profile" layout="vertical" style={{ maxWidth: 720 }} initialValues={profile} onFinish={(v) => save.mutate(v)}>
      <Form.Item name="markets" label={t('exportProfile.markets')}>
        <Select mode="tags" optionFilterProp="label" options={countryOptions(language === 'en' ? 'en' : 'zh')} />
      </Form.Item>
      <Form.Item name="products" label={t('exportProfile.products')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="ipcClasses" label={t('exportProfile.ipcClasses')}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', ' ']} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('exportProfile.save')}
      </Button>
    </Form>
  );
}

/** 出口情况申报: the enterprise's export markets and product classes, matched by overseas early warnings. */
export function ExportProfilePage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['overseas', 'export-profile'], queryFn: fetchExportProfile });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('nav.exportProfile')}</Typography.Title>
      <Alert type="info" title={t('exportProfile.note')} />
      <QueryState query={query}>
        {(p) => (
          <Card title={<h2 className="card-title">{t('exportProfile.title')}</h2>} extra={p.updatedAt ? formatTime(p.updatedAt) : null}>
            <ProfileForm profile={p} />
          </Card>
        )}
      </QueryState>
    </Space>
  );
}
