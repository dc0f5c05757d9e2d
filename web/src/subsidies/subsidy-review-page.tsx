import { App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { subsidyStatuses, subsidyStatusLabels, ZSubsidyStatus } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createSubsidyBatch, fetchSubsidiesForReview } from '../api/subsidies';
import { queryKeys } from '../api/query-keys';
import { FilterBar } from '../components/filter-bar';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { SubsidyTable } from './subsidy-table';

const FILTERS = ['status'] as const;

/** 贴息审核: applications of the jurisdiction (awaiting review by default); approved ones are selected into a batch. */
export function SubsidyReviewPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const list = usePagedList({
    queryKey: [...queryKeys.subsidies, 'review'],
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) => fetchSubsidiesForReview({ status: ZSubsidyStatus.safeParse(filters.status ?? 'submitted').data, page, pageSize }),
  });
  const status = list.filters.status ?? 'submitted';
  const [selected, setSelected] = useState<number[]>([]);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const onError = useApiError(form);
  const create = useMutation({
    mutationFn: (name: string) => createSubsidyBatch(name, selected),
    onSuccess: (b) => {
      void message.success(t('subsidy.done'));
      void client.invalidateQueries({ queryKey: queryKeys.subsidies });
      setOpen(false);
      setSelected([]);
      void navigate(`/subsidies/batches/${b.id}`);
    },
    onError,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('subsidy.review')}</Typography.Title>
      <FilterBar values={{ status }} onSearch={(v) => list.setFilters(v)}>
        <Form.Item name="status" label={t('subsidy.status')}>
          <Select allowClear style={{ width: 220 }} options={subsidyStatuses.map((s) => ({ value: s, label: subsidyStatusLabels[s][lang] }))} />
        </Form.Item>
      </FilterBar>
      {status === 'verified' && (
        <Button type="primary" disabled={selected.length === 0} onClick={() => setOpen(true)}>
          {t('subsidy.batchSelected')}
        </Button>
      )}
      <SubsidyTable
        list={list}
        rowSelection={
          status === 'verified'
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number)), getCheckboxProps: (a) => ({ 'aria-label': a.bank }) }
            : undefined
        }
      />
      <Modal open={open} title={t('subsidy.batchSelected')} onCancel={() => setOpen(false)} footer={null} destroyOnHidden>
        <Form form={form} layout="vertical" name="batch" onFinish={(v) => create.mutate(v.name)}>
          <Form.Item name="name" label={t('subsidy.batchName')} rules={[{ required: true, min: 2 }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('lpr.save')}
          </Button>
        </Form>
      </Modal>
    </Space>
  );
}
