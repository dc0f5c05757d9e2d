import { App, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import type { FinanceApplication } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { applicationStep, fetchApplication, fetchIpFacts } from '../api/finance';
import { fetchWorkflow } from '../api/workflow';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { formatTime, orDash } from '../components/format';
import { useApiError } from '../components/use-api-error';
import { usePreferences } from '../prefs/preferences';
import { WorkflowPanel } from '../workflow/workflow-panel';
import { hasPermission, useSession } from '../session/use-session';
import { LinkedPledges } from './linked-pledges';
import { applicationStatusColours, applicationStatusLabel, tagLabel, wan } from './labels';

const RECORD = 'finance_application';
const METHODS = ['income', 'market', 'cost', 'other'] as const;
const isMethod = (m: string): m is (typeof METHODS)[number] => (METHODS as readonly string[]).includes(m);
type Step = 'return' | 'valuation' | 'approve' | 'decline' | 'disbursement';

/** 融资申请: its facts, the bank's view of the enterprise's IP facts (while consent stands), the steps and the clock. */
export function FinanceApplicationPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const id = Number(useParams().id);
  const q = useQuery({ queryKey: [...queryKeys.finance, 'application', id], queryFn: () => fetchApplication(id) });
  const a = q.data;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>
        {t('pageTitle.financeApplication')} {a ? t('fin.applicationRef', { id: a.id }) : ''}
      </Typography.Title>
      {q.isError && (
        <Typography.Text type="danger" role="alert">
          {q.error.message}
        </Typography.Text>
      )}
      {a && (
        <>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('fin.status')}>
              <Tag color={applicationStatusColours[a.status]}>{applicationStatusLabel(a.status, lang)}</Tag> <DemoTag isDemo={a.isDemo} />
            </Descriptions.Item>
            <Descriptions.Item label={t('fin.due')}>{orDash(a.dueOn)}</Descriptions.Item>
            <Descriptions.Item label={t('fin.enterprise')}>{a.enterpriseName}</Descriptions.Item>
            <Descriptions.Item label={t('fin.lender')}>{a.bankName}</Descriptions.Item>
            <Descriptions.Item label={t('fin.product')}>{a.productName}</Descriptions.Item>
            <Descriptions.Item label={t('fin.amount')}>{wan(a.amount, lang)}</Descriptions.Item>
            <Descriptions.Item label={t('fin.termMonths')}>{a.termMonths}</Descriptions.Item>
            <Descriptions.Item label={t('fin.purpose')}>{a.purpose}</Descriptions.Item>
            <Descriptions.Item label={t('fin.collateral')} span={2}>
              {a.collateral.length > 0 ? a.collateral.map((c) => c.label).join('；') : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('fin.submittedAt')}>{formatTime(a.submittedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('fin.acceptedAt')}>{formatTime(a.acceptedAt)}</Descriptions.Item>
            {a.returnReason && <Descriptions.Item label={t('fin.returnReason')}>{a.returnReason}</Descriptions.Item>}
            {a.declineReason && <Descriptions.Item label={t('fin.declineReason')}>{a.declineReason}</Descriptions.Item>}
            {a.valuation && (
              <Descriptions.Item label={t('fin.valuation')} span={2}>
                {t('fin.valuationText', {
                  method: isMethod(a.valuation.method) ? t(`fin.method.${a.valuation.method}`) : a.valuation.method,
                  value: wan(a.valuation.value, lang),
                  appraiser: a.valuation.appraiser,
                  on: a.valuation.valuedOn,
                })}
              </Descriptions.Item>
            )}
            {a.approval && (
              <Descriptions.Item label={t('fin.approval')} span={2}>
                {t('fin.approvalText', {
                  amount: wan(a.approval.amount, lang),
                  rate: a.approval.ratePercent,
                  start: a.approval.termStart,
                  end: a.approval.termEnd,
                })}
              </Descriptions.Item>
            )}
            {a.disbursement && (
              <Descriptions.Item label={t('fin.disbursement')} span={2}>
                {t('fin.disbursementText', { amount: wan(a.disbursement.amount, lang), on: a.disbursement.disbursedOn, contract: a.disbursement.contractNo })}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('fin.consent')}>
              {a.consent?.granted ? <Tag color="green">{t('fin.consentInForce')}</Tag> : <Tag>{t('fin.consentWithdrawn')}</Tag>}
            </Descriptions.Item>
          </Descriptions>
          <Steps a={a} />
          <LinkedPledges a={a} />
          <IpFacts a={a} />
          <WorkflowPanel recordType={RECORD} id={a.id} />
        </>
      )}
    </Space>
  );
}

/** The IP facts card, for the bank only (the server answers 403 once the consent is revoked, and 404 to others). */
function IpFacts({ a }: { a: FinanceApplication }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const session = useSession();
  // Only the bank applied to reaches an application with finance.bank (others get 404).
  const isBank = hasPermission(session.data?.user ?? null, 'finance.bank');
  const q = useQuery({ queryKey: [...queryKeys.finance, 'facts', a.id], queryFn: () => fetchIpFacts(a.id), enabled: isBank, retry: false });
  if (!isBank) return null;
  return (
    <Card title={<h2 className="card-title">{t('fin.ipFacts')}</h2>}>
      {q.isError ? (
        <Typography.Text type="danger" role="alert">
          {q.error.message}
        </Typography.Text>
      ) : (
        q.data && (
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('fin.fig.inventionPatents')}>{t('fin.pieces', { n: q.data.figures.inventionPatents })}</Descriptions.Item>
            <Descriptions.Item label={t('fin.fig.highValuePatents')}>{t('fin.pieces', { n: q.data.figures.highValuePatents })}</Descriptions.Item>
            <Descriptions.Item label={t('fin.fig.tags')}>{q.data.figures.tags.map((x) => tagLabel(x, lang)).join('、') || '—'}</Descriptions.Item>
            {q.data.collateral.map((c) => (
              <Descriptions.Item key={`${c.kind}${c.id}`} label={c.label}>
                {c.inForce ? t('fin.inForce') : t('fin.notInForce')}
                {c.pledged ? ` · ${t('fin.pledged')}` : ''}
              </Descriptions.Item>
            ))}
          </Descriptions>
        )
      )}
    </Card>
  );
}

/** The buttons of the steps the server says this user may take now. */
function Steps({ a }: { a: FinanceApplication }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Record<string, unknown>>();
  const onError = useApiError(form);
  const [step, setStep] = useState<Step | null>(null);
  const workflow = useQuery({ queryKey: queryKeys.workflow(RECORD, a.id), queryFn: () => fetchWorkflow(RECORD, a.id) });
  const allowed = new Set(workflow.data?.allowedActions.map((x) => x.action) ?? []);
  const act = useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) => applicationStep(a.id, path, body ?? {}),
    onSuccess: () => {
      void message.success(t('fin.done'));
      void client.invalidateQueries({ queryKey: queryKeys.finance });
      void client.invalidateQueries({ queryKey: ['workflow'] });
      void client.invalidateQueries({ queryKey: queryKeys.workQueue });
      setStep(null);
    },
    onError,
  });
  const day = (d: unknown) => (dayjs.isDayjs(d) ? (d as Dayjs).format('YYYY-MM-DD') : undefined);
  const submit = (v: Record<string, unknown>) => {
    if (step === 'return' || step === 'decline') act.mutate({ path: step, body: { reason: v.reason } });
    if (step === 'valuation') act.mutate({ path: step, body: { method: v.method, value: v.value, appraiser: v.appraiser, valuedOn: day(v.valuedOn) } });
    if (step === 'approve')
      act.mutate({ path: step, body: { amount: v.amount, ratePercent: v.ratePercent, termStart: day(v.termStart), termEnd: day(v.termEnd) } });
    if (step === 'disbursement') act.mutate({ path: step, body: { amount: v.amount, disbursedOn: day(v.disbursedOn), contractNo: v.contractNo } });
  };
  if (allowed.size === 0) return null;
  const today = dayjs();
  return (
    <Space wrap>
      {allowed.has('accept') && (
        <Popconfirm title={t('fin.confirmAccept')} onConfirm={() => act.mutate({ path: 'accept' })}>
          <Button type="primary" loading={act.isPending}>
            {t('fin.accept')}
          </Button>
        </Popconfirm>
      )}
      {allowed.has('return') && <Button onClick={() => setStep('return')}>{t('fin.return')}</Button>}
      {allowed.has('value') && (
        <Button type={allowed.has('approve') ? 'default' : 'primary'} onClick={() => setStep('valuation')}>
          {t('fin.recordValuation')}
        </Button>
      )}
      {allowed.has('approve') && (
        <Button type="primary" onClick={() => setStep('approve')}>
          {t('fin.approve')}
        </Button>
      )}
      {allowed.has('decline') && (
        <Button danger onClick={() => setStep('decline')}>
          {t('fin.decline')}
        </Button>
      )}
      {allowed.has('disburse') && (
        <Button type="primary" onClick={() => setStep('disbursement')}>
          {t('fin.recordDisbursement')}
        </Button>
      )}
      {allowed.has('withdraw') && (
        <Popconfirm title={t('fin.confirmWithdraw')} onConfirm={() => act.mutate({ path: 'withdraw' })}>
          <Button danger>{t('fin.withdraw')}</Button>
        </Popconfirm>
      )}
      <Modal
        open={step !== null}
        title={step ? t(`fin.stepTitle.${step}`) : ''}
        onCancel={() => setStep(null)}
        onOk={() => void form.validateFields().then(submit)}
        confirmLoading={act.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="finance-step"
          initialValues={{
            valuedOn: today,
            termStart: today,
            termEnd: today.add(a.termMonths, 'month'),
            disbursedOn: today,
            amount: a.approval?.amount ?? a.amount,
            method: 'income',
          }}
        >
          {(step === 'return' || step === 'decline') && (
            <Form.Item name="reason" label={t('fin.reason')} rules={[{ required: true, min: 2 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          {step === 'valuation' && (
            <>
              <Form.Item name="method" label={t('fin.valuationMethod')} rules={[{ required: true }]}>
                <Select options={METHODS.map((m) => ({ value: m, label: t(`fin.method.${m}`) }))} />
              </Form.Item>
              <Form.Item name="value" label={t('fin.valueYuan')} rules={[{ required: true }]}>
                <InputNumber min={1} style={{ width: 240 }} />
              </Form.Item>
              <Form.Item name="appraiser" label={t('fin.appraiser')} rules={[{ required: true, min: 2 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="valuedOn" label={t('fin.valuedOn')} rules={[{ required: true }]}>
                <DatePicker />
              </Form.Item>
            </>
          )}
          {(step === 'approve' || step === 'disbursement') && (
            <Form.Item name="amount" label={t('fin.amountYuan')} rules={[{ required: true }]}>
              <InputNumber min={1} style={{ width: 240 }} />
            </Form.Item>
          )}
          {step === 'approve' && (
            <>
              <Form.Item name="ratePercent" label={t('fin.ratePercent')} rules={[{ required: true }]}>
                <InputNumber min={0} max={36} step={0.05} style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name="termStart" label={t('fin.termStart')} rules={[{ required: true }]}>
                <DatePicker />
              </Form.Item>
              <Form.Item name="termEnd" label={t('fin.termEnd')} rules={[{ required: true }]}>
                <DatePicker />
              </Form.Item>
            </>
          )}
          {step === 'disbursement' && (
            <>
              <Form.Item name="disbursedOn" label={t('fin.disbursedOn')} rules={[{ required: true }]}>
                <DatePicker />
              </Form.Item>
              <Form.Item name="contractNo" label={t('fin.contractNo')} rules={[{ required: true, min: 2 }]}>
                <Input />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
