import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ecommerceConclusionLabels, ecommerceRequesterKinds, ecommerceRequesterLabels, type EcommerceOpinion } from '@zhichan/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchOpinions, issueOpinion, requestOpinion } from '../api/cooperation';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { orDash } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { StepActions } from './step-actions';

const FILTERS = ['status'] as const;
const key = ['ecommerce-opinions'] as const;

/** 电商侵权判定咨询: requests from platform operators and rights holders, and the opinions issued (due in working days). */
export function EcommerceOpinionsPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const [requesting, setRequesting] = useState(false);
  const list = usePagedList({
    queryKey: key,
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) =>
      fetchOpinions({ status: filters.status === 'issued' || filters.status === 'requested' ? filters.status : undefined, page, pageSize }),
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('coop.opinions')}</Typography.Title>
      <Button type="primary" onClick={() => setRequesting(true)} style={{ alignSelf: 'flex-start' }}>
        {t('coop.newRequest')}
      </Button>
      <FilterBar values={{ status: list.filters.status }} onSearch={(v) => list.setFilters({ status: v.status })}>
        <Form.Item name="status" label={t('coop.status')}>
          <Select
            allowClear
            style={{ width: 160 }}
            options={[
              { value: 'requested', label: t('coop.opinionDue') },
              { value: 'issued', label: t('coop.issuedOn') },
            ]}
          />
        </Form.Item>
      </FilterBar>
      <PagedTable
        list={list}
        columns={[
          {
            title: t('coop.platformName'),
            key: 'platform',
            render: (_, o: EcommerceOpinion) => (
              <>
                {o.platformName} <DemoTag isDemo={o.isDemo} />
              </>
            ),
          },
          {
            title: t('coop.requesterName'),
            key: 'requester',
            render: (_, o: EcommerceOpinion) => `${o.requesterName}（${ecommerceRequesterLabels[o.requesterKind][lang]}）`,
          },
          { title: t('coop.rightNo'), dataIndex: 'rightNo' },
          { title: t('coop.receivedOn'), dataIndex: 'receivedOn' },
          { title: t('coop.opinionDue'), dataIndex: 'dueOn' },
          {
            title: t('coop.conclusion'),
            key: 'conclusion',
            render: (_, o: EcommerceOpinion) =>
              o.conclusion ? (
                <>
                  {ecommerceConclusionLabels[o.conclusion][lang]}（{orDash(o.issuedOn)}）{o.late && <Tag color="red">{t('coop.late')}</Tag>}
                </>
              ) : (
                <StepActions
                  recordType="ecommerce_opinion"
                  id={o.id}
                  steps={[{ action: 'issue', path: 'issue', fields: ['conclusion', 'opinion', 'issuedOn'], always: true }]}
                  post={(_path, body) => issueOpinion(o.id, body)}
                  invalidate={key}
                />
              ),
          },
        ]}
      />
      {requesting && <RequestModal onClose={() => setRequesting(false)} />}
    </Space>
  );
}

function RequestModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{
    requesterKind: string;
    requesterName: string;
    platformName: string;
    rightKind: string;
    rightNo: string;
    listing: string;
    receivedOn: Dayjs;
  }>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: (v: ReturnType<typeof form.getFieldsValue>) =>
      requestOpinion({ ...v, requesterKind: v.requesterKind as never, rightKind: v.rightKind as never, receivedOn: v.receivedOn.format('YYYY-MM-DD') }),
    onSuccess: () => {
      void message.success(t('coop.done'));
      void client.invalidateQueries({ queryKey: key });
      onClose();
    },
    onError,
  });
  return (
    <Modal
      open
      title={t('coop.newRequest')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.submit')}
      cancelText={t('action.cancel')}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ receivedOn: dayjs(), requesterKind: 'platform_operator', rightKind: 'patent' }}
      >
        <Form.Item name="requesterKind" label={t('coop.requesterKind')} rules={[{ required: true }]}>
          <Select aria-label={t('coop.requesterKind')} options={ecommerceRequesterKinds.map((k) => ({ value: k, label: ecommerceRequesterLabels[k][lang] }))} />
        </Form.Item>
        <Form.Item name="requesterName" label={t('coop.requesterName')} rules={[{ required: true }]}>
          <Input aria-label={t('coop.requesterName')} />
        </Form.Item>
        <Form.Item name="platformName" label={t('coop.platformName')} rules={[{ required: true }]}>
          <Input aria-label={t('coop.platformName')} />
        </Form.Item>
        <Form.Item name="rightKind" label={t('coop.rightKind')} rules={[{ required: true }]}>
          <Select
            aria-label={t('coop.rightKind')}
            options={[
              { value: 'patent', label: t('coop.patent') },
              { value: 'trademark', label: t('coop.trademark') },
            ]}
          />
        </Form.Item>
        <Form.Item name="rightNo" label={t('coop.rightNo')} rules={[{ required: true }]}>
          <Input aria-label={t('coop.rightNo')} />
        </Form.Item>
        <Form.Item name="listing" label={t('coop.listing')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} aria-label={t('coop.listing')} />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('coop.receivedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} aria-label={t('coop.receivedOn')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
