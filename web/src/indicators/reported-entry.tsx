import { App, Button, Form, Input, InputNumber, Select } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createReported, fetchCatalogue } from '../api/indicators';
import { useApiError } from '../components/use-api-error';
import { useCurrentUser } from '../session/use-session';
import { defaultPeriod } from './format';

interface EntryValues {
  indicatorKey: string;
  regionCode: string;
  period: string;
  value: number;
  unit?: string;
  publishedYoyPct?: number;
  source: string;
  note?: string;
}

/** Enter one reported figure with its source document; it then waits for another person's review. */
export function ReportedEntry() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [form] = Form.useForm<EntryValues>();
  const onError = useApiError(form);
  const client = useQueryClient();
  const catalogue = useQuery({ queryKey: ['indicators', 'catalogue'], queryFn: fetchCatalogue, staleTime: Infinity });
  const submit = (v: EntryValues) =>
    createReported({ ...v, publishedYoyPct: v.publishedYoyPct ?? null, note: v.note ?? null }).then((f) => {
      void message.success(f.status === 'on_hold' ? t('reported.heldNotice', { reason: f.holdReason ?? '' }) : t('reported.submitted'));
      form.resetFields(['value', 'note', 'publishedYoyPct']);
      void client.invalidateQueries({ queryKey: ['indicators'] });
    }, onError);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ regionCode: user.org.regionCode, period: defaultPeriod() }}
      style={{ maxWidth: 640 }}
    >
      <Form.Item name="indicatorKey" label={t('reported.indicator')} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={(catalogue.data?.items ?? []).map((i) => ({ value: i.key, label: `${i.zh}（${i.unit}${i.definition === 'computed' ? '，计算型' : ''}）` }))}
        />
      </Form.Item>
      <Form.Item name="regionCode" label={t('reported.regionCode')} rules={[{ required: true, pattern: /^(\d{6}|\d{9})$/ }]}>
        <Input />
      </Form.Item>
      <Form.Item name="period" label={t('indicators.period')} extra={t('indicators.periodHint')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="value" label={t('reported.value')} rules={[{ required: true }]}>
        <InputNumber style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="unit" label={t('reported.unit')} extra="万元、亿元等将换算为指标单位">
        <Input style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="publishedYoyPct" label={t('reported.yoy')}>
        <InputNumber style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="source" label={t('reported.source')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="note" label={t('reported.note')}>
        <Input />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {t('reported.submit')}
      </Button>
    </Form>
  );
}
