import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { pledgeRuleLabels, pledgeRules, type PledgeApplication, type PledgeRule } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePledge, confirmPledge, declinePledge, refusePledge, registerPledge, releasePledge, withdrawPledge } from '../api/pledges';
import { fetchWorkflow } from '../api/workflow';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { usePreferences } from '../prefs/preferences';
import { AttachmentUpload } from '../workflow/attachment-upload';

type Step = 'confirm' | 'decline' | 'withdraw' | 'register' | 'refuse' | 'change' | 'release';
interface Values {
  attachmentIds?: number[];
  reason?: string;
  number?: string;
  date?: Dayjs;
  rule?: PledgeRule;
  note?: string;
  securedAmount?: number;
  debtEndsOn?: Dayjs;
}

/**
 * The steps the server allows this user now: the pledgee's confirmation (or decline), withdrawal by either party, and
 * the registering authority's acts entered with its number and date (registration, refusal, change, release).
 */
export function PledgeActions({ p }: { p: PledgeApplication }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const client = useQueryClient();
  const [step, setStep] = useState<Step | null>(null);
  const [form] = Form.useForm<Values>();
  const onError = useApiError(form);
  const workflow = useQuery({ queryKey: queryKeys.workflow('pledge_application', p.id), queryFn: () => fetchWorkflow('pledge_application', p.id) });
  const allowed = new Set(workflow.data?.allowedActions.map((a) => a.action) ?? []);
  const run = useMutation({
    mutationFn: (v: Values) => {
      const act = { number: v.number ?? '', date: (v.date ?? dayjs()).format('YYYY-MM-DD') };
      switch (step) {
        case 'confirm':
          return confirmPledge(p.id, v.attachmentIds ?? []);
        case 'decline':
          return declinePledge(p.id, v.reason ?? '');
        case 'withdraw':
          return withdrawPledge(p.id, v.reason ?? '');
        case 'register':
          return registerPledge(p.id, act);
        case 'refuse':
          return refusePledge(p.id, { ...act, rule: v.rule ?? 'other', note: v.note ?? '' });
        case 'change':
          return changePledge(p.id, { ...act, securedAmount: v.securedAmount ?? undefined, debtEndsOn: v.debtEndsOn?.format('YYYY-MM-DD') });
        default:
          return releasePledge(p.id, act);
      }
    },
    onSuccess: () => {
      void message.success(t('ol.done'));
      void client.invalidateQueries({ queryKey: queryKeys.pledges });
      void client.invalidateQueries({ queryKey: ['workflow'] });
      setStep(null);
    },
    onError,
  });
  const steps: Step[] = ['confirm', 'register', 'decline', 'refuse', 'change', 'release', 'withdraw'];
  if (!steps.some((s) => allowed.has(s))) return null;
  const authorityAct = step === 'register' || step === 'refuse' || step === 'change' || step === 'release';
  return (
    <Space wrap>
      {steps
        .filter((s) => allowed.has(s))
        .map((s) => (
          <Button
            key={s}
            type={s === 'confirm' || s === 'register' ? 'primary' : 'default'}
            danger={s === 'decline' || s === 'refuse'}
            onClick={() => setStep(s)}
          >
            {t(`pledge.${s}`)}
          </Button>
        ))}
      <Modal
        open={step !== null}
        title={step ? t(`pledge.${step}`) : ''}
        onCancel={() => setStep(null)}
        onOk={() => void form.validateFields().then((v) => run.mutate(v))}
        confirmLoading={run.isPending}
        destroyOnHidden
      >
        {authorityAct && <Alert type="info" showIcon title={t('pledge.actIntro')} style={{ marginBottom: 16 }} />}
        {step === 'confirm' && <Alert type="info" showIcon title={t('pledge.confirmIntro')} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" name="pledge-step" initialValues={{ date: dayjs(), attachmentIds: [] }}>
          {step === 'confirm' && (
            <Form.Item name="attachmentIds" label={t('pledge.identity')}>
              <AttachmentUpload kind="identity_document" />
            </Form.Item>
          )}
          {(step === 'decline' || step === 'withdraw') && (
            <Form.Item name="reason" label={t('ol.reason')} rules={[{ required: true, min: 2 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          {authorityAct && (
            <>
              <Form.Item name="number" label={t('ol.actNumber')} rules={[{ required: true, min: 2 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="date" label={t('ol.actDate')} rules={[{ required: true }]}>
                <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
              </Form.Item>
            </>
          )}
          {step === 'refuse' && (
            <>
              <Form.Item name="rule" label={t('pledge.rule')} rules={[{ required: true }]}>
                <Select options={pledgeRules.map((r) => ({ value: r, label: pledgeRuleLabels[r][lang] }))} />
              </Form.Item>
              <Form.Item name="note" label={t('pledge.note')}>
                <Input maxLength={500} />
              </Form.Item>
            </>
          )}
          {step === 'change' && (
            <>
              <Form.Item name="securedAmount" label={t('pledge.newAmount')}>
                <InputNumber min={1} max={1e12} style={{ width: 240 }} />
              </Form.Item>
              <Form.Item name="debtEndsOn" label={t('pledge.newDebtEndsOn')}>
                <DatePicker />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
