import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { mediationOrgKindLabels, mediationOrgKinds, type Mediation, type SourceRef } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fetchMediationOrgs, fetchMediations, fetchPartners, openDirectMediation, openMediation, registerMediationOrg } from '../api/cooperation';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { orDash } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { CasePicker } from '../cases/case-picker';
import { usePreferences } from '../prefs/preferences';
import { useCurrentUser } from '../session/use-session';
import { mediationStatusLabels, statusColour } from './labels';

const FILTERS = ['waiting'] as const;
export const mediationsKey = ['mediations'] as const;

/** 调解: the bureau's mediations and the register; a mediation organisation's desk (only its own mediations). */
export function MediationsPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const user = useCurrentUser();
  const manage = user.permissions.includes('mediation.manage');
  const conduct = user.permissions.includes('mediation.conduct');
  const [opening, setOpening] = useState(false);
  const list = usePagedList({
    queryKey: mediationsKey,
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) => fetchMediations({ waiting: filters.waiting === '1' ? '1' : undefined, page, pageSize }),
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('coop.mediations')}</Typography.Title>
      {(manage || conduct) && (
        <Button type="primary" onClick={() => setOpening(true)} style={{ alignSelf: 'flex-start' }}>
          {manage ? t('coop.openMediation') : t('coop.openDirect')}
        </Button>
      )}
      <FilterBar values={{ waiting: list.filters.waiting === '1' }} onSearch={(v) => list.setFilters({ waiting: v.waiting ? '1' : undefined })}>
        <Form.Item name="waiting" label={t('coop.waitingOnly')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </FilterBar>
      <PagedTable
        list={list}
        columns={[
          {
            title: t('coop.subject'),
            key: 'subject',
            render: (_, d: Mediation) => (
              <>
                <Link to={`/cooperation/mediations/${d.id}`}>{d.subject}</Link> <DemoTag isDemo={d.isDemo} />
              </>
            ),
          },
          { title: t('coop.source'), key: 'source', render: (_, d: Mediation) => (d.source ? d.source.caseNo || d.source.title : t('coop.direct')) },
          { title: t('coop.mediationOrg'), dataIndex: 'mediationOrgName' },
          {
            title: t('coop.status'),
            key: 'status',
            render: (_, d: Mediation) => <Tag color={statusColour(d.status)}>{mediationStatusLabels[d.status][lang]}</Tag>,
          },
          { title: t('coop.confirmationDue'), key: 'due', render: (_, d: Mediation) => orDash(d.confirmationDueOn) },
        ]}
      />
      {manage && <RegisterCard />}
      {opening && <OpenModal direct={!manage} onClose={() => setOpening(false)} />}
    </Space>
  );
}

function RegisterCard() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ orgId: number; kind: string }>();
  const onError = useApiError(form);
  const register = useQuery({ queryKey: ['mediation-orgs'], queryFn: fetchMediationOrgs });
  const partners = useQuery({ queryKey: ['referrals', 'partners'], queryFn: fetchPartners });
  const add = useMutation({
    mutationFn: (v: { orgId: number; kind: string }) => registerMediationOrg(v),
    onSuccess: () => {
      void message.success(t('coop.done'));
      void client.invalidateQueries({ queryKey: ['mediation-orgs'] });
      form.resetFields();
    },
    onError,
  });
  const registered = new Set((register.data?.items ?? []).map((o) => o.orgId));
  return (
    <Card title={t('coop.register')}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={register.data?.items ?? []}
        columns={[
          { title: t('coop.mediationOrg'), dataIndex: 'name' },
          { title: t('coop.orgKind'), key: 'kind', render: (_, o) => mediationOrgKindLabels[o.kind][lang] },
          { title: t('coop.mediator'), key: 'mediators', render: (_, o) => o.mediators.map((m) => m.name).join('、') || '—' },
        ]}
      />
      <Form form={form} layout="inline" onFinish={(v) => add.mutate(v)} style={{ marginTop: 12 }}>
        <Form.Item name="orgId" label={t('coop.mediationOrg')} rules={[{ required: true }]}>
          <Select
            aria-label={t('coop.mediationOrg')}
            style={{ width: 260 }}
            options={(partners.data?.items ?? []).filter((o) => o.kind === 'mediation' && !registered.has(o.id)).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('coop.orgKind')} initialValue="people" rules={[{ required: true }]}>
          <Select
            aria-label={t('coop.orgKind')}
            style={{ width: 200 }}
            options={mediationOrgKinds.map((k) => ({ value: k, label: mediationOrgKindLabels[k][lang] }))}
          />
        </Form.Item>
        <Button htmlType="submit" loading={add.isPending}>
          {t('coop.registerOrg')}
        </Button>
      </Form>
    </Card>
  );
}

/**
 * 申请调解: opens a mediation. Its source case is the real case — given by the dispute page it comes from, or picked
 * from the handler's patent disputes — never a typed number.
 */
export function OpenModal({
  direct,
  onClose,
  source,
  initial,
}: {
  direct: boolean;
  onClose(): void;
  source?: SourceRef;
  initial?: { subject?: string; applicant?: string; respondent?: string };
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ mediationOrgId?: number; subject: string; applicant: string; respondent: string; claimYuan?: number; caseId?: number }>();
  const [picked, setPicked] = useState<SourceRef | undefined>(source);
  const onError = useApiError(form);
  const client = useQueryClient();
  const navigate = useNavigate();
  const register = useQuery({ queryKey: ['mediation-orgs'], queryFn: fetchMediationOrgs });
  const save = useMutation({
    mutationFn: (v: ReturnType<typeof form.getFieldsValue>) => {
      const body = { subject: v.subject, applicant: v.applicant, respondent: v.respondent, claimYuan: v.claimYuan };
      if (direct) return openDirectMediation(body);
      return openMediation({
        ...body,
        mediationOrgId: v.mediationOrgId ?? 0,
        ...(picked ? { source: picked } : {}),
      });
    },
    onSuccess: (d) => {
      void client.invalidateQueries({ queryKey: mediationsKey });
      onClose();
      void navigate(`/cooperation/mediations/${d.id}`);
    },
    onError,
  });
  return (
    <Modal
      open
      title={direct ? t('coop.openDirect') : t('coop.openMediation')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.submit')}
      cancelText={t('action.cancel')}
      confirmLoading={save.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={initial}>
        {!direct && (
          <>
            <Form.Item name="mediationOrgId" label={t('coop.mediationOrg')} rules={[{ required: true }]}>
              <Select aria-label={t('coop.mediationOrg')} options={(register.data?.items ?? []).map((o) => ({ value: o.orgId, label: o.name }))} />
            </Form.Item>
            {source ? (
              <Form.Item label={t('coop.source')}>
                <Typography.Text strong>{`${source.caseNo} ${source.title}`}</Typography.Text>
              </Form.Item>
            ) : (
              <Form.Item name="caseId" label={t('coop.source')}>
                <CasePicker kind="dispute" onPick={setPicked} ariaLabel={t('coop.source')} />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item name="subject" label={t('coop.subject')} rules={[{ required: true }]}>
          <Input aria-label={t('coop.subject')} />
        </Form.Item>
        <Form.Item name="applicant" label={t('coop.applicant')} rules={[{ required: true }]}>
          <Input aria-label={t('coop.applicant')} />
        </Form.Item>
        <Form.Item name="respondent" label={t('coop.respondent')} rules={[{ required: true }]}>
          <Input aria-label={t('coop.respondent')} />
        </Form.Item>
        <Form.Item name="claimYuan" label={t('coop.claim')}>
          <InputNumber min={0} style={{ width: '100%' }} aria-label={t('coop.claim')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
