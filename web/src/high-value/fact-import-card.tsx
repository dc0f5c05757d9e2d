import { Alert, App, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ValueFactImportResult } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importAwards, importPledges } from '../api/high-value';
import { parseAwardRows, parsePledgeRows } from './fact-rows';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';

type Kind = 'awards' | 'pledges';

/** Imports award records or CNIPA pledge registrations (pasted from a spreadsheet): criteria 4 and 5 get their data. */
export function FactImportCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ kind: Kind; source: string; text: string }>();
  const onError = useApiError(form);
  const [result, setResult] = useState<ValueFactImportResult | null>(null);
  const run = useMutation({
    mutationFn: (v: { kind: Kind; source: string; text: string }) =>
      v.kind === 'awards'
        ? importAwards({ source: v.source, rows: parseAwardRows(v.text) })
        : importPledges({ source: v.source, rows: parsePledgeRows(v.text) }),
    onSuccess: (r) => {
      setResult(r);
      void message.success(t('highValue.factImport.done', { count: r.imported }));
      void client.invalidateQueries({ queryKey: queryKeys.highValue });
      void client.invalidateQueries({ queryKey: queryKeys.patents });
    },
    onError,
  });
  return (
    <Card title={<h2 className="card-title">{t('highValue.factImport.title')}</h2>}>
      <Typography.Paragraph>{t('highValue.factImport.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ kind: 'awards' }} onFinish={(v) => run.mutate(v)}>
        <Form.Item name="kind" label={t('highValue.factImport.kind')}>
          <Radio.Group
            options={[
              { value: 'awards', label: t('highValue.factImport.awards') },
              { value: 'pledges', label: t('highValue.factImport.pledges') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('highValue.factImport.source')}
          rules={[{ required: true, message: t('common.required', { field: t('highValue.factImport.source') }) }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
          {({ getFieldValue }) => (
            <Form.Item
              name="text"
              label={t('highValue.factImport.rows')}
              extra={getFieldValue('kind') === 'pledges' ? t('highValue.factImport.pledgeColumns') : t('highValue.factImport.awardColumns')}
              rules={[{ required: true, message: t('common.required', { field: t('highValue.factImport.rows') }) }]}
            >
              <Input.TextArea className="mono" rows={6} />
            </Form.Item>
          )}
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={run.isPending}>
            {t('highValue.factImport.submit')}
          </Button>
        </Space>
      </Form>
      {result && result.skipped.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="card-alert"
          title={t('highValue.factImport.skipped', { count: result.skipped.length })}
          description={
            <ul>
              {result.skipped.map((s) => (
                <li key={s.row}>{t('highValue.factImport.skippedRow', { row: s.row, appNo: s.appNo, reason: s.reason })}</li>
              ))}
            </ul>
          }
        />
      )}
    </Card>
  );
}
