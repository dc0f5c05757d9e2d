import { App, Button, Card, Checkbox, DatePicker, Form, Input, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { KeyMark } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchKeyMarks, listKeyMark, removeKeyMark } from '../api/key-marks';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { orDash } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { useCurrentUser } from '../session/use-session';

const FILTERS = ['q', 'includeRemoved'] as const;
const KEY = ['key-marks'] as const;

/** 重点商标: the key trademark protection list; staff with registry.manage list and remove marks. */
export function KeyMarksPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canManage = user.permissions.includes('registry.manage');
  const [removing, setRemoving] = useState<KeyMark | null>(null);
  const list = usePagedList({
    queryKey: KEY,
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) =>
      fetchKeyMarks({ q: filters.q, includeRemoved: filters.includeRemoved === 'true' ? true : undefined, page, pageSize }),
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('keyMarks.title')}</Typography.Title>
      <Typography.Paragraph>{t('keyMarks.intro')}</Typography.Paragraph>
      {canManage && <AddKeyMark />}
      <FilterBar
        values={{ q: list.filters.q, includeRemoved: list.filters.includeRemoved === 'true' }}
        onSearch={(v) => list.setFilters({ q: v.q, includeRemoved: v.includeRemoved ? 'true' : undefined })}
      >
        <Form.Item name="q" label={t('common.keyword')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="includeRemoved" valuePropName="checked">
          <Checkbox>{t('keyMarks.includeRemoved')}</Checkbox>
        </Form.Item>
      </FilterBar>
      <PagedTable
        list={list}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('keyMarks.empty') }}
        columns={[
          {
            title: t('keyMarks.mark'),
            dataIndex: 'mark',
            render: (v: string, r) => (
              <Space>
                <strong>{v}</strong>
                <DemoTag isDemo={r.isDemo} />
              </Space>
            ),
          },
          { title: t('keyMarks.regNo'), dataIndex: 'regNo', render: orDash },
          { title: t('keyMarks.holder'), dataIndex: 'holderName' },
          { title: t('keyMarks.reasons'), dataIndex: 'reasons' },
          { title: t('keyMarks.listedOn'), dataIndex: 'listedOn' },
          { title: t('keyMarks.removedOn'), dataIndex: 'removedOn', render: (v: string | null, r) => (v ? `${v}（${orDash(r.removalReason)}）` : '—') },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, r: KeyMark) =>
                    r.removedOn ? null : (
                      <Button size="small" onClick={() => setRemoving(r)}>
                        {t('keyMarks.remove')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {removing && <RemoveModal k={removing} onClose={() => setRemoving(null)} />}
    </Space>
  );
}

function AddKeyMark() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ mark: string; holderName: string; reasons: string; listedOn: Dayjs }>();
  const onError = useApiError(form);
  const add = useMutation({
    mutationFn: (v: { mark: string; holderName: string; reasons: string; listedOn: Dayjs }) => listKeyMark({ ...v, listedOn: v.listedOn.format('YYYY-MM-DD') }),
    onSuccess: () => {
      void message.success(t('keyMarks.added'));
      form.resetFields();
      void client.invalidateQueries({ queryKey: KEY });
    },
    onError,
  });
  return (
    <Card size="small" title={t('keyMarks.add')}>
      <Form form={form} layout="inline" initialValues={{ listedOn: dayjs() }} onFinish={(v) => add.mutate(v)}>
        <Form.Item name="mark" label={t('keyMarks.mark')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="holderName" label={t('keyMarks.holder')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="reasons" label={t('keyMarks.reasons')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="listedOn" label={t('keyMarks.listedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('keyMarks.add')}
        </Button>
      </Form>
    </Card>
  );
}

function RemoveModal({ k, onClose }: { k: KeyMark; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ reason: string; removedOn: Dayjs }>();
  const onError = useApiError(form);
  const remove = useMutation({
    mutationFn: (v: { reason: string; removedOn: Dayjs }) => removeKeyMark(k.id, { reason: v.reason, removedOn: v.removedOn.format('YYYY-MM-DD') }),
    onSuccess: () => {
      void message.success(t('keyMarks.removed'));
      void client.invalidateQueries({ queryKey: KEY });
      onClose();
    },
    onError,
  });
  return (
    <Modal open title={`${t('keyMarks.remove')}：${k.mark}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={remove.isPending}>
      <Form form={form} layout="vertical" initialValues={{ removedOn: dayjs() }} onFinish={(v) => remove.mutate(v)}>
        <Form.Item name="reason" label={t('keyMarks.removalReason')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="removedOn" label={t('keyMarks.removedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
