import { Alert, App, Button, Descriptions, Form, Input, List, Modal, Radio, Rate, Select, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssistanceRequest } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { assignRequest, closeRequest, fetchCandidates, fetchRequest, fetchWorkstations, rateRequest, respondRequest } from '../api/overseas';
import { fetchWorkflow } from '../api/workflow';
import { queryKeys } from '../api/query-keys';
import { formatTime, orDash } from '../components/format';
import { QueryState } from '../components/query-state';
import { useApiError } from '../components/use-api-error';
import { usePreferences } from '../prefs/preferences';
import { WorkflowPanel } from '../workflow/workflow-panel';
import { countryName } from './labels';
import { RecordFiles } from './record-files';

const RECORD = 'overseas_request';

/** 海外纠纷求助: the request, where it stands (the workflow), and the steps this user may take. */
export function OverseasRequestPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const query = useQuery({ queryKey: ['overseas', 'requests', id], queryFn: () => fetchRequest(id) });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <QueryState query={query}>
        {(r) => (
          <>
            <Typography.Title level={1}>{`${t('overseas.requests.detail')}：${r.orgName}`}</Typography.Title>
            <RequestActions r={r} />
            <RequestFacts r={r} />
            <RecordFiles recordType={RECORD} id={r.id} canUpload={r.status !== 'rated'} />
            <WorkflowPanel recordType={RECORD} id={r.id} />
          </>
        )}
      </QueryState>
    </Space>
  );
}

function RequestFacts({ r }: { r: AssistanceRequest }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  return (
    <Descriptions bordered column={1} size="small">
      <Descriptions.Item label={t('overseas.requests.status')}>
        <Tag>{t(`overseas.statuses.${r.status}`)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('overseas.country')}>{countryName(r.country, language === 'en' ? 'en' : 'zh')}</Descriptions.Item>
      <Descriptions.Item label={t('overseas.kind')}>{t(`overseas.kinds.${r.kind}`)}</Descriptions.Item>
      <Descriptions.Item label={t('overseas.industry')}>{r.industry}</Descriptions.Item>
      <Descriptions.Item label={t('overseas.requests.opponent')}>{orDash(r.opponent || null)}</Descriptions.Item>
      <Descriptions.Item label={t('overseas.requests.description')}>{r.description}</Descriptions.Item>
      <Descriptions.Item label={t('overseas.requests.submittedAt')}>{formatTime(r.submittedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('overseas.requests.assignee')}>{orDash(r.expertName ?? r.workstationName)}</Descriptions.Item>
      <Descriptions.Item label={t('overseas.requests.due')}>{orDash(r.responseDueOn)}</Descriptions.Item>
      <Descriptions.Item label={t('overseas.requests.response')}>{orDash(r.response)}</Descriptions.Item>
      <Descriptions.Item label={t('overseas.requests.responseDays')}>
        {r.responseWorkingDays === null ? (
          '—'
        ) : (
          <Space>
            {r.responseWorkingDays}
            {r.respondedInTime ? <Tag color="green">{t('overseas.requests.inTime')}</Tag> : <Tag color="red">{t('overseas.requests.late')}</Tag>}
          </Space>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('overseas.requests.closingSummary')}>{orDash(r.closingSummary)}</Descriptions.Item>
      <Descriptions.Item label={t('overseas.requests.satisfaction')}>
        {r.satisfaction === null ? '—' : <Rate disabled value={r.satisfaction} aria-label={`${t('overseas.requests.satisfaction')} ${r.satisfaction}/5`} />}
      </Descriptions.Item>
    </Descriptions>
  );
}

type Step = 'assign' | 'respond' | 'close' | 'rate';

/** The buttons of the steps the server says this user may take now (分派 / 响应 / 办结 / 评价). */
function RequestActions({ r }: { r: AssistanceRequest }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [step, setStep] = useState<Step | null>(null);
  const workflow = useQuery({ queryKey: queryKeys.workflow(RECORD, r.id), queryFn: () => fetchWorkflow(RECORD, r.id) });
  const allowed = new Set(workflow.data?.allowedActions.map((a) => a.action) ?? []);
  const done = () => {
    void message.success(t('overseas.requests.done'));
    void client.invalidateQueries({ queryKey: ['overseas'] });
    void client.invalidateQueries({ queryKey: ['workflow'] });
    void client.invalidateQueries({ queryKey: queryKeys.workQueue });
    setStep(null);
  };
  if (allowed.size === 0) return null;
  return (
    <Space wrap>
      {(['assign', 'respond', 'close', 'rate'] as const)
        .filter((s) => allowed.has(s))
        .map((s) => (
          <Button key={s} type="primary" onClick={() => setStep(s)}>
            {t(`overseas.requests.${s}`)}
          </Button>
        ))}
      {step === 'assign' && <AssignModal r={r} onClose={() => setStep(null)} onDone={done} />}
      {(step === 'respond' || step === 'close') && <TextModal r={r} step={step} onClose={() => setStep(null)} onDone={done} />}
      {step === 'rate' && <RateModal r={r} onClose={() => setStep(null)} onDone={done} />}
    </Space>
  );
}

function AssignModal({ r, onClose, onDone }: { r: AssistanceRequest; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ to: 'expert' | 'workstation'; expertId?: number; workstationId?: number }>();
  const to = Form.useWatch('to', form) ?? 'expert';
  const onError = useApiError(form);
  const candidates = useQuery({ queryKey: ['overseas', 'candidates', r.id], queryFn: () => fetchCandidates(r.id) });
  const workstations = useQuery({ queryKey: ['overseas', 'workstations'], queryFn: fetchWorkstations });
  const assign = useMutation({
    mutationFn: (v: { to: 'expert' | 'workstation'; expertId?: number; workstationId?: number }) =>
      assignRequest(r.id, v.to === 'expert' ? { expertId: v.expertId } : { workstationId: v.workstationId }),
    onSuccess: onDone,
    onError,
  });
  return (
    <Modal
      open
      title={t('overseas.requests.assignTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('overseas.requests.assign')}
      confirmLoading={assign.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ to: 'expert' }} onFinish={(v) => assign.mutate(v)}>
        <Form.Item name="to">
          <Radio.Group
            options={[
              { value: 'expert', label: t('overseas.requests.assignExpert') },
              { value: 'workstation', label: t('overseas.requests.assignWorkstation') },
            ]}
          />
        </Form.Item>
        {to === 'expert' ? (
          <Form.Item name="expertId" label={t('overseas.requests.chooseExpert')} rules={[{ required: true }]}>
            <Select
              loading={candidates.isPending}
              options={(candidates.data?.candidates ?? []).map((c) => ({ value: c.id, label: `${c.name}（${c.matches.join('，')}）` }))}
            />
          </Form.Item>
        ) : (
          <Form.Item name="workstationId" label={t('overseas.requests.chooseWorkstation')} rules={[{ required: true }]}>
            <Select loading={workstations.isPending} options={(workstations.data?.items ?? []).map((w) => ({ value: w.id, label: w.name }))} />
          </Form.Item>
        )}
      </Form>
      {to === 'expert' && (candidates.data?.excluded.length ?? 0) > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('overseas.requests.excluded')}
          description={<List size="small" dataSource={candidates.data?.excluded ?? []} renderItem={(e) => <List.Item>{`${e.name}：${e.reason}`}</List.Item>} />}
        />
      )}
    </Modal>
  );
}

function TextModal({ r, step, onClose, onDone }: { r: AssistanceRequest; step: 'respond' | 'close'; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string }>();
  const onError = useApiError(form);
  const field = step === 'respond' ? 'response' : 'closingSummary';
  const act = useMutation({
    mutationFn: (v: { text: string }) => (step === 'respond' ? respondRequest(r.id, v.text) : closeRequest(r.id, v.text)),
    onSuccess: onDone,
    onError,
  });
  return (
    <Modal
      open
      title={t(`overseas.requests.${step}`)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(`overseas.requests.${step}`)}
      confirmLoading={act.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => act.mutate(v)}>
        <Form.Item name="text" label={t(`overseas.requests.${field}`)} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RateModal({ r, onClose, onDone }: { r: AssistanceRequest; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ satisfaction: number; comment?: string }>();
  const onError = useApiError(form);
  const act = useMutation({
    mutationFn: (v: { satisfaction: number; comment?: string }) => rateRequest(r.id, v.satisfaction, v.comment ?? ''),
    onSuccess: onDone,
    onError,
  });
  return (
    <Modal
      open
      title={t('overseas.requests.rate')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('overseas.requests.rate')}
      confirmLoading={act.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ satisfaction: 5 }} onFinish={(v) => act.mutate(v)}>
        <Form.Item name="satisfaction" label={t('overseas.requests.satisfaction')} rules={[{ required: true }]}>
          <Rate />
        </Form.Item>
        <Form.Item name="comment" label={t('overseas.requests.comment')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
