import { Alert, App, Button, Card, Descriptions, Form, Input, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PreexamEntity, PreexamRequest } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import {
  applyPreexamEntity,
  correctPreexamRequest,
  fetchMyPreexam,
  fetchPreexamEntities,
  fetchPreexamFields,
  fetchPreexamRequests,
  fetchPreexamStats,
  renewPreexamEntity,
  stepPreexamEntity,
  stepPreexamRequest,
  submitPreexamRequest,
} from '../api/preexam';
import { DemoTag } from '../components/demo-tag';
import { useApiError } from '../components/use-api-error';
import { hasPermission, useCurrentUser } from '../session/use-session';
import { PromptButton } from './prompt-button';

const KEY = ['preexam'] as const;

function useRefresh() {
  const client = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();
  return () => {
    void message.success(t('preexam.done'));
    void client.invalidateQueries({ queryKey: KEY });
  };
}

function RequestStatus({ r }: { r: PreexamRequest }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag>{t(`preexam.requestStatus.${r.status}`)}</Tag>
      {r.overdue && <Tag color="red">{t('preexam.overdue')}</Tag>}
      <DemoTag isDemo={r.isDemo} />
    </>
  );
}

/** The enterprise's side: its registration, its requests, and corrections. */
function EntityDesk() {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const mine = useQuery({ queryKey: [...KEY, 'mine'], queryFn: fetchMyPreexam });
  const fields = useQuery({ queryKey: [...KEY, 'fields'], queryFn: () => fetchPreexamFields() });
  const [applyForm] = Form.useForm<{ ipcPrefixes: string[]; contact: string; phone: string }>();
  const [requestForm] = Form.useForm<{ title: string; patentType: 'invention' | 'utility' | 'design'; ipc: string; summary?: string }>();
  const onApplyError = useApiError(applyForm);
  const onRequestError = useApiError(requestForm);
  const apply = useMutation({ mutationFn: applyPreexamEntity, onSuccess: refresh, onError: onApplyError });
  const submit = useMutation({
    mutationFn: submitPreexamRequest,
    onSuccess: () => {
      requestForm.resetFields();
      refresh();
    },
    onError: onRequestError,
  });
  const renew = useMutation({ mutationFn: renewPreexamEntity, onSuccess: refresh, onError: useApiError() });
  const entity: PreexamEntity | null | undefined = mine.data?.entity;
  const fieldOptions = [...new Map((fields.data?.items ?? []).map((f) => [f.ipcPrefix, { value: f.ipcPrefix, label: `${f.ipcPrefix} ${f.label}` }])).values()];
  return (
    <>
      {mine.isError && <Alert type="error" role="alert" title={mine.error.message} />}
      <Card title={t('preexam.entity')}>
        {entity ? (
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('preexam.status')}>
              <Tag>{t(`preexam.entityStatus.${entity.status}`)}</Tag>
              <DemoTag isDemo={entity.isDemo} />
            </Descriptions.Item>
            <Descriptions.Item label={t('preexam.ipcPrefixes')}>{entity.ipcPrefixes.join('、')}</Descriptions.Item>
            <Descriptions.Item label={t('preexam.cnipaNo')}>{entity.cnipaNo ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('preexam.validUntil')}>
              {entity.validUntil ?? '—'}{' '}
              {(entity.status === 'registered' || entity.status === 'rejected') && (
                <Button size="small" onClick={() => renew.mutate(entity.id)} loading={renew.isPending}>
                  {t('preexam.renew')}
                </Button>
              )}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Form form={applyForm} name="preexam-entity" layout="vertical" onFinish={(v) => apply.mutate(v)}>
            <Space wrap align="start">
              <Form.Item name="ipcPrefixes" label={t('preexam.ipcPrefixes')} rules={[{ required: true }]}>
                <Select mode="multiple" options={fieldOptions} style={{ minWidth: 280 }} />
              </Form.Item>
              <Form.Item name="contact" label={t('preexam.contact')} rules={[{ required: true, min: 2 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="phone" label={t('preexam.phone')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Space>
            <Button type="primary" htmlType="submit" loading={apply.isPending}>
              {t('preexam.apply')}
            </Button>
          </Form>
        )}
      </Card>
      {entity && (
        <Card title={t('preexam.newRequest')}>
          {!entity.valid ? (
            <Typography.Paragraph>{t('preexam.notValid')}</Typography.Paragraph>
          ) : (
            <Form form={requestForm} name="preexam-request" layout="vertical" initialValues={{ patentType: 'invention' }} onFinish={(v) => submit.mutate(v)}>
              <Space wrap align="start">
                <Form.Item name="title" label={t('preexam.requestTitle')} rules={[{ required: true, min: 2 }]}>
                  <Input style={{ width: 320 }} />
                </Form.Item>
                <Form.Item name="patentType" label={t('preexam.patentType')} rules={[{ required: true }]}>
                  <Select
                    style={{ width: 140 }}
                    options={(['invention', 'utility', 'design'] as const).map((v) => ({ value: v, label: t(`preexam.patentTypeLabel.${v}`) }))}
                  />
                </Form.Item>
                <Form.Item name="ipc" label={t('preexam.ipc')} rules={[{ required: true }]}>
                  <Input style={{ width: 160 }} />
                </Form.Item>
              </Space>
              <Form.Item name="summary" label={t('preexam.summary')}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={submit.isPending}>
                {t('preexam.submit')}
              </Button>
            </Form>
          )}
        </Card>
      )}
      <Card title={t('preexam.requests')}>
        <Table<PreexamRequest>
          rowKey="id"
          size="small"
          pagination={false}
          loading={mine.isPending}
          dataSource={mine.data?.requests}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('preexam.requestTitle'), dataIndex: 'title' },
            { title: t('preexam.ipc'), dataIndex: 'ipc' },
            { title: t('preexam.status'), render: (_, r) => <RequestStatus r={r} /> },
            { title: t('preexam.dueOn'), render: (_, r) => r.dueOn ?? '—' },
            { title: t('preexam.defects'), render: (_, r) => (r.status === 'correcting' ? r.defects.join('；') : r.reasons.join('；')) },
            {
              title: t('preexam.actions'),
              render: (_, r) =>
                r.allowedActions.includes('correct') ? (
                  <PromptButton
                    label={t('preexam.correct')}
                    title={`${t('preexam.correct')}：${r.title}`}
                    fields={[{ name: 'note', label: t('preexam.correctNote'), kind: 'lines' }]}
                    onSubmit={async (v) => {
                      await correctPreexamRequest(r.id, { note: (v.note as string[]).join('\n') });
                      refresh();
                    }}
                  />
                ) : null,
            },
          ]}
        />
      </Card>
    </>
  );
}

/** The centre's side: entity reviews, requests and their steps, statistics. */
function ExaminerDesk() {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const onError = useApiError();
  const entities = useQuery({ queryKey: [...KEY, 'entities'], queryFn: fetchPreexamEntities });
  const requests = useQuery({ queryKey: [...KEY, 'requests'], queryFn: fetchPreexamRequests });
  const stats = useQuery({ queryKey: [...KEY, 'stats'], queryFn: fetchPreexamStats });
  const step = useMutation({
    mutationFn: (a: { id: number; action: 'accept' | 'pass' }) => stepPreexamRequest(a.id, { action: a.action }),
    onSuccess: refresh,
    onError,
  });
  const local = useMutation({
    mutationFn: (a: { id: number; action: 'local_approve' }) => stepPreexamEntity(a.id, { action: a.action }),
    onSuccess: refresh,
    onError,
  });
  const s = stats.data;
  const reasonsField = [{ name: 'reasons', label: `${t('preexam.reasons')}（${t('preexam.reasonsHint')}）`, kind: 'lines' as const }];
  return (
    <>
      <Card title={t('preexam.stats')}>
        {s && (
          <Space wrap size="large">
            <Statistic title={t('preexam.received')} value={s.computed.received} />
            <Statistic title={t('preexam.finished')} value={s.computed.finished} />
            <Statistic title={t('preexam.passRate')} value={s.computed.passRate === null ? '—' : `${Math.round(s.computed.passRate * 1000) / 10}%`} />
            <Statistic title={t('preexam.medianDays')} value={s.computed.medianDays ?? '—'} />
            <Statistic title={t('preexam.entitiesRegistered')} value={s.computed.entitiesRegistered} />
          </Space>
        )}
        <Typography.Title level={3}>{t('preexam.examinerLoad')}</Typography.Title>
        <Table
          rowKey="userId"
          size="small"
          pagination={false}
          dataSource={s?.examiners}
          columns={[
            { title: t('preexam.examiner'), dataIndex: 'name' },
            { title: t('preexam.ipcPrefixes'), render: (_, x: { ipcPrefixes: string[] }) => x.ipcPrefixes.join('、') || '—' },
            { title: t('preexam.examinerLoad'), dataIndex: 'openRequests' },
          ]}
        />
        <Typography.Title level={3}>{t('preexam.reported')}</Typography.Title>
        <Table
          rowKey="label"
          size="small"
          pagination={false}
          dataSource={s?.reported}
          columns={[
            { title: t('preexam.source'), dataIndex: 'source' },
            { title: t('preexam.item'), dataIndex: 'label' },
            {
              title: t('preexam.value'),
              render: (_, x: { value: number; unit: string; isDemo: boolean }) => (
                <>
                  {`${x.value} ${x.unit}`} <DemoTag isDemo={x.isDemo} />
                </>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('preexam.entities')}>
        <Table<PreexamEntity>
          rowKey="id"
          size="small"
          pagination={false}
          loading={entities.isPending}
          dataSource={entities.data?.items}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('preexam.enterprise'),
              render: (_, e) => (
                <>
                  {e.orgName} <DemoTag isDemo={e.isDemo} />
                </>
              ),
            },
            { title: t('preexam.ipcPrefixes'), render: (_, e) => e.ipcPrefixes.join('、') },
            { title: t('preexam.status'), render: (_, e) => <Tag>{t(`preexam.entityStatus.${e.status}`)}</Tag> },
            { title: t('preexam.validUntil'), render: (_, e) => e.validUntil ?? '—' },
            {
              title: t('preexam.actions'),
              render: (_, e) => (
                <Space wrap>
                  {e.status === 'applied' && (
                    <>
                      <Button size="small" type="primary" onClick={() => local.mutate({ id: e.id, action: 'local_approve' })}>
                        {t('preexam.localApprove')}
                      </Button>
                      <PromptButton
                        danger
                        label={t('preexam.localReject')}
                        title={`${t('preexam.localReject')}：${e.orgName}`}
                        fields={[{ name: 'note', label: t('preexam.reasons') }]}
                        onSubmit={async (v) => {
                          await stepPreexamEntity(e.id, { action: 'local_reject', note: v.note as string });
                          refresh();
                        }}
                      />
                    </>
                  )}
                  {e.status === 'local_approved' && (
                    <PromptButton
                      label={t('preexam.cnipaApprove')}
                      title={`${t('preexam.cnipaApprove')}：${e.orgName}`}
                      fields={[
                        { name: 'cnipaNo', label: t('preexam.cnipaNo') },
                        { name: 'cnipaOn', label: t('preexam.cnipaOn'), kind: 'date' },
                      ]}
                      onSubmit={async (v) => {
                        await stepPreexamEntity(e.id, { action: 'cnipa_approve', cnipaNo: v.cnipaNo as string, cnipaOn: v.cnipaOn as string });
                        refresh();
                      }}
                    />
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('preexam.requests')}>
        <Table<PreexamRequest>
          rowKey="id"
          size="small"
          pagination={false}
          loading={requests.isPending}
          dataSource={requests.data?.items}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('preexam.enterprise'), dataIndex: 'orgName' },
            { title: t('preexam.requestTitle'), dataIndex: 'title' },
            { title: t('preexam.patentType'), render: (_, r) => t(`preexam.patentTypeLabel.${r.patentType}`) },
            { title: t('preexam.ipc'), dataIndex: 'ipc' },
            { title: t('preexam.status'), render: (_, r) => <RequestStatus r={r} /> },
            { title: t('preexam.examiner'), render: (_, r) => r.examinerName ?? '—' },
            { title: t('preexam.dueOn'), render: (_, r) => r.dueOn ?? '—' },
            {
              title: t('preexam.actions'),
              render: (_, r) => (
                <Space wrap>
                  {r.allowedActions.includes('accept') && (
                    <Button size="small" type="primary" onClick={() => step.mutate({ id: r.id, action: 'accept' })}>
                      {t('preexam.accept')}
                    </Button>
                  )}
                  {r.allowedActions.includes('refuse') && (
                    <PromptButton
                      danger
                      label={t('preexam.refuse')}
                      title={t('preexam.refuse')}
                      fields={reasonsField}
                      onSubmit={async (v) => {
                        await stepPreexamRequest(r.id, { action: 'refuse', reasons: v.reasons as string[] });
                        refresh();
                      }}
                    />
                  )}
                  {r.allowedActions.includes('defect') && (
                    <PromptButton
                      label={t('preexam.defect')}
                      title={`${t('preexam.defect')}：${r.title}`}
                      fields={reasonsField}
                      onSubmit={async (v) => {
                        await stepPreexamRequest(r.id, { action: 'defect', reasons: v.reasons as string[] });
                        refresh();
                      }}
                    />
                  )}
                  {r.allowedActions.includes('pass') && (
                    <Button size="small" type="primary" onClick={() => step.mutate({ id: r.id, action: 'pass' })}>
                      {t('preexam.pass')}
                    </Button>
                  )}
                  {r.allowedActions.includes('fail') && (
                    <PromptButton
                      danger
                      label={t('preexam.fail')}
                      title={t('preexam.fail')}
                      fields={reasonsField}
                      onSubmit={async (v) => {
                        await stepPreexamRequest(r.id, { action: 'fail', reasons: v.reasons as string[] });
                        refresh();
                      }}
                    />
                  )}
                  {r.allowedActions.includes('cnipa_result') && !r.cnipaResult && (
                    <PromptButton
                      label={t('preexam.cnipaResult')}
                      title={t('preexam.cnipaResult')}
                      fields={[
                        { name: 'appNo', label: t('preexam.appNo') },
                        {
                          name: 'result',
                          label: t('preexam.result'),
                          kind: 'select',
                          options: (['granted', 'rejected', 'pending'] as const).map((v) => ({ value: v, label: t(`preexam.resultLabel.${v}`) })),
                        },
                        { name: 'resultOn', label: t('preexam.resultOn'), kind: 'date' },
                      ]}
                      onSubmit={async (v) => {
                        await stepPreexamRequest(r.id, {
                          action: 'cnipa_result',
                          appNo: v.appNo as string,
                          result: v.result as 'granted',
                          resultOn: v.resultOn as string,
                        });
                        refresh();
                      }}
                    />
                  )}
                  {r.cnipaResult && `${r.cnipaAppNo ?? ''} ${t(`preexam.resultLabel.${r.cnipaResult}`)}`}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

/** 预审服务: an enterprise registers and files pre-examination requests; the centre's examiners work them. */
export function PreexamPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const fields = useQuery({ queryKey: [...KEY, 'fields'], queryFn: () => fetchPreexamFields() });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('preexam.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('preexam.intro')}</Typography.Paragraph>
      <Typography.Paragraph>
        {t('preexam.fields')}：
        {(fields.data?.items ?? []).map((f) => (
          <Tag key={f.id}>{`${f.ipcPrefix} ${f.label}`}</Tag>
        ))}
      </Typography.Paragraph>
      {hasPermission(user, 'enterprise.self') && <EntityDesk />}
      {hasPermission(user, 'preexam.examine') && <ExaminerDesk />}
    </Space>
  );
}
