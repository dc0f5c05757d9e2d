import { App, Button, Form, InputNumber, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveHighValueSettings } from '../api/high-value';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';

interface Values {
  pledgeThreshold: number;
}

/** Criterion 4's pledge threshold (质押融资金额门槛, 元); default 10,000,000, configurable by the bureau. */
export function ThresholdForm({ value, canEdit }: { value: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: saveHighValueSettings,
    onSuccess: () => {
      void message.success(t('common.saved'));
      void client.invalidateQueries({ queryKey: queryKeys.highValue });
      void client.invalidateQueries({ queryKey: queryKeys.patents });
    },
    onError,
  });
  if (!canEdit) return <Typography.Paragraph>{t('highValue.thresholdValue', { amount: value.toLocaleString() })}</Typography.Paragraph>;
  return (
    <Form<Values> name="threshold" form={form} layout="inline" initialValues={{ pledgeThreshold: value }} onFinish={(v) => save.mutate(v)}>
      <Form.Item
        name="pledgeThreshold"
        label={t('highValue.threshold')}
        rules={[{ required: true, message: t('common.required', { field: t('highValue.threshold') }) }]}
      >
        <InputNumber<number>
          min={1}
          max={1e12}
          step={1_000_000}
          style={{ width: 220 }}
          formatter={(v) => (v === undefined ? '' : Number(v).toLocaleString('en-US'))}
          parser={(v) => Number((v ?? '').replace(/[^\d.]/g, ''))}
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('action.save')}
        </Button>
      </Space>
    </Form>
  );
}
