import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { ecommerceConclusionLabels, ecommerceConclusions } from '@zhichan/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchWorkflow } from '../api/workflow';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { usePreferences } from '../prefs/preferences';
import { actionLabels } from './labels';

/** A field a step asks for. */
export type StepField =
  | 'docNo'
  | 'docDate'
  | 'reason'
  | 'note'
  | 'bureauCaseNo'
  | 'decisionNo'
  | 'decisionDate'
  | 'finesYuan'
  | 'agreedOn'
  | 'terms'
  | 'amountYuan'
  | 'endedOn'
  | 'appliedOn'
  | 'court'
  | 'caseNo'
  | 'ruledOn'
  | 'commission'
  | 'referredOn'
  | 'conclusion'
  | 'opinion'
  | 'issuedOn'
  | 'summary'
  | 'nonProsecutionNo'
  | 'nonProsecutionDate';

const dates = new Set<StepField>(['docDate', 'decisionDate', 'agreedOn', 'endedOn', 'appliedOn', 'ruledOn', 'referredOn', 'issuedOn', 'nonProsecutionDate']);
const numbers = new Set<StepField>(['finesYuan', 'amountYuan']);
const long = new Set<StepField>(['reason', 'note', 'terms', 'opinion', 'summary']);
const optional = new Set<StepField>(['note', 'finesYuan', 'amountYuan']);

/** One step's form: the server's action code, the path segment it posts to, its fields and fixed parts of the body. */
export interface StepDef {
  action: string;
  path: string;
  fields: StepField[];
  extra?: Record<string, unknown>;
  /** Offered whatever the workflow view says (a step outside the workflow, such as a reverse referral from a case). */
  always?: boolean;
  /** Fields that may be left empty besides the usual optional ones. */
  optionalFields?: StepField[];
}

/**
 * The buttons of the steps the server says this user may take now (the workflow view's allowed actions), each
 * opening a small form with the facts the step records (an authority's document number and date, a reason …).
 */
export function StepActions({
  recordType,
  id,
  steps,
  post,
  invalidate,
}: {
  recordType: string;
  id: number;
  steps: StepDef[];
  post: (path: string, body: object) => Promise<unknown>;
  invalidate: QueryKey;
}) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const client = useQueryClient();
  const [open, setOpen] = useState<StepDef | null>(null);
  const [form] = Form.useForm<Record<string, unknown>>();
  const onError = useApiError(form);
  const workflow = useQuery({ queryKey: queryKeys.workflow(recordType, id), queryFn: () => fetchWorkflow(recordType, id) });
  const allowed = new Set(workflow.data?.allowedActions.map((a) => a.action) ?? []);
  const labels: Record<StepField, string> = {
    docNo: t('coop.docNo'),
    docDate: t('coop.docDate'),
    reason: t('coop.reason'),
    note: t('coop.note'),
    bureauCaseNo: t('coop.bureauCaseNo'),
    decisionNo: t('coop.decisionNo'),
    decisionDate: t('coop.decisionDate'),
    finesYuan: t('coop.fines'),
    agreedOn: t('coop.agreedOn'),
    terms: t('coop.terms'),
    amountYuan: t('coop.amount'),
    endedOn: t('coop.endedOn'),
    appliedOn: t('coop.appliedOn'),
    court: t('coop.court'),
    caseNo: t('coop.courtCaseNo'),
    ruledOn: t('coop.ruledOn'),
    commission: t('coop.commission'),
    referredOn: t('coop.referredOn'),
    conclusion: t('coop.conclusion'),
    opinion: t('coop.opinion'),
    issuedOn: t('coop.issuedOn'),
    summary: t('coop.summary'),
    nonProsecutionNo: t('coop.nonProsecution'),
    nonProsecutionDate: t('coop.docDate'),
  };
  const run = useMutation({
    mutationFn: async (s: { step: StepDef; values: Record<string, unknown> }) => {
      const body: Record<string, unknown> = { ...s.step.extra };
      for (const f of s.step.fields) {
        const v = s.values[f];
        if (v === undefined || v === null || v === '') continue;
        body[f] = dates.has(f) ? (v as Dayjs).format('YYYY-MM-DD') : v;
      }
      return post(s.step.path, body);
    },
    onSuccess: () => {
      void message.success(t('coop.done'));
      void client.invalidateQueries({ queryKey: invalidate });
      void client.invalidateQueries({ queryKey: ['workflow'] });
      void client.invalidateQueries({ queryKey: queryKeys.workQueue });
      setOpen(null);
      form.resetFields();
    },
    onError,
  });
  const available = steps.filter((s) => s.always === true || allowed.has(s.action));
  if (available.length === 0) return null;
  const label = (a: string) => actionLabels[a]?.[lang] ?? a;
  return (
    <Space wrap>
      {available.map((s) => (
        <Button
          key={s.action}
          type="primary"
          onClick={() => (s.fields.length === 0 ? run.mutate({ step: s, values: {} }) : setOpen(s))}
          loading={run.isPending && !open}
        >
          {label(s.action)}
        </Button>
      ))}
      <Modal
        open={open !== null}
        title={open ? label(open.action) : ''}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        okText={t('action.submit')}
        cancelText={t('action.cancel')}
        confirmLoading={run.isPending}
        destroyOnHidden
      >
        {open && (
          <Form
            form={form}
            layout="vertical"
            onFinish={(values) => run.mutate({ step: open, values })}
            initialValues={Object.fromEntries(open.fields.filter((f) => dates.has(f)).map((f) => [f, dayjs()]))}
          >
            {open.fields.map((f) => (
              <Form.Item
                key={f}
                name={f}
                label={labels[f]}
                rules={optional.has(f) || open.optionalFields?.includes(f) ? [] : [{ required: true, message: t('coop.required', { field: labels[f] }) }]}
              >
                {dates.has(f) ? (
                  <DatePicker style={{ width: '100%' }} aria-label={labels[f]} />
                ) : numbers.has(f) ? (
                  <InputNumber min={0} style={{ width: '100%' }} aria-label={labels[f]} />
                ) : f === 'conclusion' ? (
                  <Select aria-label={labels[f]} options={ecommerceConclusions.map((c) => ({ value: c, label: ecommerceConclusionLabels[c][lang] }))} />
                ) : long.has(f) ? (
                  <Input.TextArea rows={3} aria-label={labels[f]} />
                ) : (
                  <Input aria-label={labels[f]} />
                )}
              </Form.Item>
            ))}
          </Form>
        )}
      </Modal>
    </Space>
  );
}
