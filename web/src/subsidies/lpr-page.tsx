import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LprRate } from '@zhichan/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createLpr, fetchLpr, updateLpr } from '../api/subsidies';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { orDash } from '../components/format';
import { QueryState } from '../components/query-state';
import { useApiError } from '../components/use-api-error';

interface Values {
  month: Dayjs;
  rate1yPct: number;
  rate5yPct?: number | null;
  publishedOn?: Dayjs | null;
  source: string;
}

/** LPR 维护: the monthly series subsidies read; staff enter or correct a month with its source. */
export function LprPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const query = useQuery({ queryKey: [...queryKeys.subsidies, 'lpr'], queryFn: fetchLpr });
  const [editing, setEditing] = useState<LprRate | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        month: v.month.format('YYYY-MM'),
        rate1yPct: v.rate1yPct,
        rate5yPct: v.rate5yPct ?? null,
        publishedOn: v.publishedOn ? v.publishedOn.format('YYYY-MM-DD') : null,
        source: v.source,
      };
      return editing && editing !== 'new' ? updateLpr(editing.id, body) : createLpr(body);
    },
    onSuccess: () => {
      void message.success(t('subsidy.done'));
      void client.invalidateQueries({ queryKey: [...queryKeys.subsidies, 'lpr'] });
      setEditing(null);
    },
    onError,
  });
  const open = (r: LprRate | 'new') => {
    setEditing(r);
    form.setFieldsValue(
      r === 'new'
        ? { month: dayjs(), rate1yPct: undefined, rate5yPct: null, publishedOn: null, source: '' }
        : {
            month: dayjs(`${r.month}-01`),
            rate1yPct: r.rate1yPct,
            rate5yPct: r.rate5yPct,
            publishedOn: r.publishedOn ? dayjs(r.publishedOn) : null,
            source: r.isDemo ? '' : r.source,
          },
    );
  };
  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>{t('lpr.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => open('new')}>
          {t('lpr.add')}
        </Button>
      </div>
      <Typography.Paragraph>{t('lpr.intro')}</Typography.Paragraph>
      <QueryState query={query}>
        {(d) => (
          <Table
            rowKey="id"
            dataSource={d.items}
            pagination={{ pageSize: 24, showSizeChanger: false }}
            columns={[
              {
                title: t('lpr.month'),
                key: 'month',
                render: (_, r) => (
                  <>
                    {r.month} <DemoTag isDemo={r.isDemo} />
                  </>
                ),
              },
              { title: t('lpr.rate1y'), key: 'r1', render: (_, r) => `${r.rate1yPct}%` },
              { title: t('lpr.rate5y'), key: 'r5', render: (_, r) => (r.rate5yPct === null ? '—' : `${r.rate5yPct}%`) },
              { title: t('lpr.publishedOn'), key: 'pub', render: (_, r) => orDash(r.publishedOn) },
              { title: t('lpr.source'), key: 'source', render: (_, r) => r.source },
              {
                title: t('lpr.edit'),
                key: 'edit',
                render: (_, r) => (
                  <Button size="small" onClick={() => open(r)} aria-label={`${t('lpr.edit')} ${r.month}`}>
                    {t('lpr.edit')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <Modal open={editing !== null} title={editing === 'new' ? t('lpr.add') : t('lpr.edit')} onCancel={() => setEditing(null)} footer={null} forceRender>
        <Form form={form} layout="vertical" name="lpr" onFinish={(v) => save.mutate(v)}>
          <Form.Item name="month" label={t('lpr.month')} rules={[{ required: true }]}>
            <DatePicker picker="month" />
          </Form.Item>
          <Form.Item name="rate1yPct" label={t('lpr.rate1y')} rules={[{ required: true }]}>
            <InputNumber min={0.01} max={36} step={0.01} />
          </Form.Item>
          <Form.Item name="rate5yPct" label={t('lpr.rate5y')}>
            <InputNumber min={0.01} max={36} step={0.01} />
          </Form.Item>
          <Form.Item name="publishedOn" label={t('lpr.publishedOn')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="source" label={t('lpr.source')} rules={[{ required: true, min: 2 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('lpr.save')}
          </Button>
        </Form>
      </Modal>
    </Space>
  );
}
