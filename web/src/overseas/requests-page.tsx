import { App, Button, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assistanceStatuses, overseasDisputeKinds, ZAssistanceStatus } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchRequests, submitRequest } from '../api/overseas';
import { FilterBar } from '../components/filter-bar';
import { formatTime, orDash } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { useCurrentUser } from '../session/use-session';
import { countryName, countryOptions } from './labels';

const FILTERS = ['status'] as const;
export const REQUESTS_KEY = ['overseas', 'requests'] as const;

/** 海外纠纷求助: the enterprise's own requests, those assigned to the expert, or those of the staff's jurisdiction. */
export function OverseasRequestsPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const user = useCurrentUser();
  const [asking, setAsking] = useState(false);
  const list = usePagedList({
    queryKey: REQUESTS_KEY,
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) => fetchRequests({ status: ZAssistanceStatus.safeParse(filters.status).data, page, pageSize }),
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('overseas.requests.title')}</Typography.Title>
      <Typography.Paragraph>{t('overseas.requests.mine')}</Typography.Paragraph>
      {user.permissions.includes('enterprise.self') && (
        <Button type="primary" onClick={() => setAsking(true)} style={{ alignSelf: 'flex-start' }}>
          {t('overseas.requests.new')}
        </Button>
      )}
      <FilterBar values={list.filters} onSearch={list.setFilters}>
        <Form.Item name="status" label={t('overseas.requests.status')}>
          <Select
            allowClear
            placeholder={t('overseas.any')}
            style={{ minWidth: 180 }}
            options={assistanceStatuses.map((s) => ({ value: s, label: t(`overseas.statuses.${s}`) }))}
          />
        </Form.Item>
      </FilterBar>
      <PagedTable
        list={list}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('overseas.empty') }}
        columns={[
          {
            title: t('overseas.requests.requester'),
            dataIndex: 'orgName',
            render: (v: string, r) => <Link to={`/overseas/requests/${r.id}`}>{`${v} · ${countryName(r.country, lang)}`}</Link>,
          },
          { title: t('overseas.kind'), dataIndex: 'kind', render: (v: (typeof overseasDisputeKinds)[number]) => t(`overseas.kinds.${v}`) },
          {
            title: t('overseas.requests.status'),
            dataIndex: 'status',
            render: (v: (typeof assistanceStatuses)[number]) => <Tag>{t(`overseas.statuses.${v}`)}</Tag>,
          },
          { title: t('overseas.requests.assignee'), key: 'assignee', render: (_: unknown, r) => orDash(r.expertName ?? r.workstationName) },
          { title: t('overseas.requests.due'), dataIndex: 'responseDueOn', render: orDash },
          { title: t('overseas.requests.submittedAt'), dataIndex: 'submittedAt', render: formatTime },
        ]}
      />
      <AskForHelp open={asking} onClose={() => setAsking(false)} />
    </Space>
  );
}

interface AskValues {
  country: string;
  kind: (typeof overseasDisputeKinds)[number];
  industry: string;
  opponent?: string;
  description: string;
}

function AskForHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const { message } = App.useApp();
  const [form] = Form.useForm<AskValues>();
  const client = useQueryClient();
  const onError = useApiError(form);
  const submit = useMutation({
    mutationFn: (v: AskValues) => submitRequest({ ...v, opponent: v.opponent ?? '' }),
    onSuccess: () => {
      void message.success(t('overseas.requests.submitted'));
      form.resetFields();
      void client.invalidateQueries({ queryKey: REQUESTS_KEY });
      onClose();
    },
    onError,
  });
  return (
    <Modal
      open={open}
      title={t('overseas.requests.newTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('overseas.requests.new')}
      confirmLoading={submit.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => submit.mutate(v)}>
        <Form.Item name="country" label={t('overseas.country')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={countryOptions(language === 'en' ? 'en' : 'zh')} />
        </Form.Item>
        <Form.Item name="kind" label={t('overseas.kind')} rules={[{ required: true }]}>
          <Select options={overseasDisputeKinds.map((k) => ({ value: k, label: t(`overseas.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="industry" label={t('overseas.industry')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="opponent" label={t('overseas.requests.opponent')}>
          <Input />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('overseas.requests.description')}
          extra={t('overseas.requests.descriptionHint')}
          rules={[{ required: true, min: 10 }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
