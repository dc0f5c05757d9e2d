import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { creditBehaviours, creditMeasures, type CreditListing, type CreditRepair } from '@zhichan/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approveCreditRepair, createCreditListing, fetchCreditListings, fetchCreditRepairs, rejectCreditRepair, revokeCreditListing } from '../api/credit';
import { queryKeys } from '../api/query-keys';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { useApiError } from '../components/use-api-error';
import { DemoTag } from '../components/demo-tag';
import { useCreditNames } from './labels';
import { OrgSelect } from '../admin/org-select';
import { AttachmentUpload } from '../workflow/attachment-upload';
import { AttachmentList } from '../workflow/attachment-list';

interface ListingForm {
  subjectKind: 'org' | 'person';
  orgId?: number;
  personName?: string;
  personIdNo?: string;
  regionCode?: string;
  behaviour: CreditListing['behaviour'];
  measures: CreditListing['measures'];
  evidence: string;
  attachmentIds?: number[];
  authority: string;
  decisionNo: string;
  decidedOn: Dayjs;
  startsOn: Dayjs;
  months?: number;
  published: boolean;
}

/** A reason asked for in a modal before a step (revoke, refuse). */
function ReasonButton({ label, field, onConfirm, pending }: { label: string; field: string; onConfirm(reason: string): void; pending: boolean }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        open={open}
        title={label}
        onCancel={() => setOpen(false)}
        confirmLoading={pending}
        onOk={() =>
          void form.validateFields().then((v) => {
            onConfirm(v.reason);
            setOpen(false);
          })
        }
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="reason">
          <Form.Item name="reason" label={field} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function NewListing() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const names = useCreditNames();
  const client = useQueryClient();
  const [form] = Form.useForm<ListingForm>();
  const onError = useApiError(form);
  const kind = Form.useWatch('subjectKind', form);
  const save = useMutation({
    mutationFn: (v: ListingForm) =>
      createCreditListing({
        ...v,
        decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        startsOn: v.startsOn.format('YYYY-MM-DD'),
        ...(v.subjectKind === 'org' ? { personName: undefined, personIdNo: undefined, regionCode: undefined } : { orgId: undefined }),
        personIdNo: v.personIdNo || undefined,
        attachmentIds: v.attachmentIds ?? [],
      }),
    onSuccess: () => {
      void message.success(t('credit.done'));
      void client.invalidateQueries({ queryKey: queryKeys.credit });
      form.resetFields();
    },
    onError,
  });
  return (
    <Form<ListingForm>
      form={form}
      name="credit-listing"
      layout="vertical"
      style={{ maxWidth: 720 }}
      initialValues={{ subjectKind: 'org', published: true, measures: ['funding_review', 'award_exclusion'], decidedOn: dayjs(), startsOn: dayjs() }}
      onFinish={(v) => save.mutate(v)}
    >
      <Form.Item name="subjectKind" label={t('credit.subjectKind')}>
        <Radio.Group
          options={[
            { value: 'org', label: t('credit.kindOrg') },
            { value: 'person', label: t('credit.kindPerson') },
          ]}
        />
      </Form.Item>
      {kind === 'person' ? (
        <>
          <Form.Item name="personName" label={t('credit.personName')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="personIdNo" label={t('credit.personIdNo')}>
            <Input />
          </Form.Item>
          <Form.Item name="regionCode" label={t('credit.regionCode')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="orgId" label={t('creditFiles.org')} rules={[{ required: true }]}>
          <OrgSelect style={{ width: 420, maxWidth: '100%' }} />
        </Form.Item>
      )}
      <Form.Item name="behaviour" label={t('credit.behaviour')} rules={[{ required: true }]}>
        <Select options={creditBehaviours.map((b) => ({ value: b, label: names.behaviour(b) }))} />
      </Form.Item>
      <Form.Item name="measures" label={t('credit.measures')} rules={[{ type: 'array', min: 1, message: t('creditFiles.measuresRequired') }]}>
        <Checkbox.Group options={creditMeasures.map((m) => ({ value: m, label: names.measure(m) }))} />
      </Form.Item>
      <Form.Item name="evidence" label={t('credit.evidence')} rules={[{ required: true, min: 2 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="attachmentIds" label={t('creditFiles.evidenceFiles')}>
        <AttachmentUpload kind="evidence" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="authority" label={t('credit.authority')} rules={[{ required: true, min: 2 }]}>
          <Input style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="decisionNo" label={t('credit.decisionNo')} rules={[{ required: true, min: 2 }]}>
          <Input style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('credit.decidedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="startsOn" label={t('credit.startsOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="months" label={t('credit.months')}>
          <InputNumber min={1} max={120} />
        </Form.Item>
      </Space>
      <Form.Item name="published" valuePropName="checked">
        <Checkbox>{t('credit.published')}</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('credit.newListing')}
      </Button>
    </Form>
  );
}

function ListingsTab() {
  const { t } = useTranslation();
  const names = useCreditNames();
  const client = useQueryClient();
  const onError = useApiError();
  const list = usePagedList({ queryKey: [...queryKeys.credit, 'listings'], fetch: ({ page, pageSize }) => fetchCreditListings({ page, pageSize }) });
  const revoke = useMutation({
    mutationFn: (v: { id: number; reason: string }) => revokeCreditListing(v.id, v.reason),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.credit }),
    onError,
  });
  return (
    <PagedTable
      list={list}
      scroll={{ x: 'max-content' }}
      expandable={{
        expandedRowRender: (r: CreditListing) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
              {t('credit.evidence')}：{r.evidence}
            </Typography.Paragraph>
            <AttachmentList recordType="credit_listing" id={r.id} />
          </Space>
        ),
      }}
      columns={[
        {
          title: t('credit.subject'),
          render: (_: unknown, r: CreditListing) => (
            <>
              {r.subjectName} {r.subjectIdNoMasked ? <Typography.Text type="secondary">{r.subjectIdNoMasked}</Typography.Text> : null}{' '}
              <DemoTag isDemo={r.isDemo} />
            </>
          ),
        },
        { title: t('credit.behaviour'), render: (_: unknown, r: CreditListing) => names.behaviour(r.behaviour) },
        { title: t('credit.measures'), render: (_: unknown, r: CreditListing) => r.measures.map((m) => <Tag key={m}>{names.measure(m)}</Tag>) },
        { title: t('credit.authority'), render: (_: unknown, r: CreditListing) => `${r.authority} ${r.decisionNo ?? ''}` },
        { title: t('credit.term'), render: (_: unknown, r: CreditListing) => `${r.startsOn} ~ ${r.endedOn ?? r.endsOn}` },
        {
          title: t('credit.status'),
          render: (_: unknown, r: CreditListing) => (
            <Tag color={r.inForce ? 'red' : 'default'}>
              {r.status === 'in_force' && !r.inForce ? t('credit.notInForce') : t(`credit.statusLabel.${r.status}`)}
            </Tag>
          ),
        },
        {
          title: t('common.actions'),
          render: (_: unknown, r: CreditListing) =>
            r.status === 'in_force' ? (
              <ReasonButton
                label={t('credit.revoke')}
                field={t('credit.revokeReason')}
                pending={revoke.isPending}
                onConfirm={(reason) => revoke.mutate({ id: r.id, reason })}
              />
            ) : null,
        },
      ]}
    />
  );
}

function RepairsTab() {
  const { t } = useTranslation();
  const names = useCreditNames();
  const client = useQueryClient();
  const onError = useApiError();
  const list = usePagedList({ queryKey: [...queryKeys.credit, 'repairs'], fetch: ({ page, pageSize }) => fetchCreditRepairs({ page, pageSize }) });
  const done = () => void client.invalidateQueries({ queryKey: queryKeys.credit });
  const approve = useMutation({ mutationFn: approveCreditRepair, onSuccess: done, onError });
  const reject = useMutation({ mutationFn: (v: { id: number; reason: string }) => rejectCreditRepair(v.id, v.reason), onSuccess: done, onError });
  return (
    <PagedTable
      list={list}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowRender: (r: CreditRepair) => <AttachmentList recordType="credit_repair" id={r.id} /> }}
      columns={[
        { title: t('credit.subject'), dataIndex: 'subjectName' },
        { title: t('credit.behaviour'), render: (_: unknown, r: CreditRepair) => names.behaviour(r.behaviour) },
        { title: t('credit.statement'), dataIndex: 'statement' },
        { title: t('credit.appliedAt'), render: (_: unknown, r: CreditRepair) => dayjs(r.appliedAt).format('YYYY-MM-DD HH:mm') },
        { title: t('credit.status'), render: (_: unknown, r: CreditRepair) => <Tag>{t(`credit.statusLabel.${r.status}`)}</Tag> },
        { title: t('credit.decision'), dataIndex: 'decisionNote' },
        {
          title: t('common.actions'),
          render: (_: unknown, r: CreditRepair) =>
            r.status === 'pending' ? (
              <Space>
                <Button size="small" type="primary" loading={approve.isPending} onClick={() => approve.mutate(r.id)}>
                  {t('credit.approve')}
                </Button>
                <ReasonButton
                  label={t('credit.reject')}
                  field={t('credit.rejectReason')}
                  pending={reject.isPending}
                  onConfirm={(reason) => reject.mutate({ id: r.id, reason })}
                />
              </Space>
            ) : null,
        },
      ]}
    />
  );
}

/** 信用管理: the bureau's credit listings, repair applications and the listing form. */
export function CreditPage() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('credit.title')}</Typography.Title>
      <Tabs
        items={[
          { key: 'listings', label: t('credit.listings'), children: <ListingsTab /> },
          { key: 'repairs', label: t('credit.repairs'), children: <RepairsTab /> },
          { key: 'new', label: t('credit.newListing'), children: <NewListing /> },
        ]}
      />
    </Space>
  );
}
