import { App, Button, Form, InputNumber, Select, Space, Switch, Typography } from 'antd';
import type { HighValueSettings } from '@zhichan/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveHighValueSettings } from '../api/high-value';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';

type Values = HighValueSettings;

/**
 * Criterion 4's pledge threshold (质押融资金额门槛, 元; default 10,000,000) and how a portfolio pledge is
 * apportioned; criterion 2's reading of Hong Kong, Macao and Taiwan grants. Configurable by the bureau.
 */
export function ThresholdForm({ settings, canEdit }: { settings: HighValueSettings; canEdit: boolean }) {
  const value = settings.pledgeThreshold;
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
  const apportionment = settings.pledgeApportionment ?? 'equal';
  if (!canEdit)
    return (
      <>
        <Typography.Paragraph>{t('highValue.thresholdValue', { amount: value.toLocaleString() })}</Typography.Paragraph>
        <Typography.Paragraph>{t(`highValue.apportionment.${apportionment}`)}</Typography.Paragraph>
        <Typography.Paragraph>{t(settings.overseasIncludesHmt ? 'highValue.hmt.yes' : 'highValue.hmt.no')}</Typography.Paragraph>
      </>
    );
  return (
    <Form<Values>
      name="threshold"
      form={form}
      layout="inline"
      initialValues={{ pledgeThreshold: value, pledgeApportionment: apportionment, overseasIncludesHmt: settings.overseasIncludesHmt ?? false }}
      onFinish={(v) => save.mutate(v)}
    >
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
      <Form.Item name="pledgeApportionment" label={t('highValue.apportionment.label')}>
        <Select
          style={{ width: 260 }}
          options={[
            { value: 'equal', label: t('highValue.apportionment.equal') },
            { value: 'whole', label: t('highValue.apportionment.whole') },
          ]}
        />
      </Form.Item>
      <Form.Item name="overseasIncludesHmt" label={t('highValue.hmt.label')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('action.save')}
        </Button>
      </Space>
    </Form>
  );
}
