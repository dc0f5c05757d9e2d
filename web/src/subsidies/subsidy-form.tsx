import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PolicyEvaluation, SubsidyFlags, SubsidyPreviewBody } from '@zhichan/contract';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { applyForSubsidy, fetchSubsidyPolicies, previewSubsidy } from '../api/subsidies';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { usePreferences } from '../prefs/preferences';
import { AttachmentUpload } from '../workflow/attachment-upload';
import { Computation } from './computation';

const flagKeys = ['sme', 'smallMicro', 'independentLegalPerson', 'pledgorIsHolder', 'firstPledge', 'insured', 'guaranteed'] as const;

interface Values {
  policyKey: string;
  bank: string;
  principal: number;
  ratePct: number;
  contractDate: Dayjs;
  termMonths: number;
  interestFrom: Dayjs;
  interestTo: Dayjs;
  interestPaid: number;
  revenue?: number;
  period?: string;
  financingApplicationId?: number;
  flags: (keyof SubsidyFlags)[];
  contractAttachmentIds: number[];
  evidenceAttachmentIds: number[];
}

function toBody(v: Values): SubsidyPreviewBody {
  const flags = Object.fromEntries(flagKeys.map((k) => [k, v.flags.includes(k)])) as SubsidyFlags;
  return {
    policyKey: v.policyKey,
    bank: v.bank,
    principal: v.principal,
    ratePct: v.ratePct,
    contractDate: v.contractDate.format('YYYY-MM-DD'),
    termMonths: v.termMonths,
    interestFrom: v.interestFrom.format('YYYY-MM-DD'),
    interestTo: v.interestTo.format('YYYY-MM-DD'),
    interestPaid: v.interestPaid,
    revenue: v.revenue ?? null,
    period: v.period?.trim() || undefined,
    financingApplicationId: v.financingApplicationId ?? null,
    flags,
  };
}

/** 申报贴息: the policy, the loan's facts, the firm's facts, the contract and evidence; 试算 shows the computation first. */
export function SubsidyForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const [form] = Form.useForm<Values>();
  const onError = useApiError(form);
  const client = useQueryClient();
  const navigate = useNavigate();
  const [preview, setPreview] = useState<PolicyEvaluation | null>(null);
  const policies = useQuery({ queryKey: [...queryKeys.subsidies, 'policies'], queryFn: fetchSubsidyPolicies, enabled: open });
  const compute = useMutation({ mutationFn: (v: Values) => previewSubsidy(toBody(v)), onSuccess: (r) => setPreview(r.evaluation), onError });
  const submit = useMutation({
    mutationFn: (v: Values) =>
      applyForSubsidy({ ...toBody(v), contractAttachmentIds: v.contractAttachmentIds, evidenceAttachmentIds: v.evidenceAttachmentIds }),
    onSuccess: (a) => {
      void client.invalidateQueries({ queryKey: queryKeys.subsidies });
      form.resetFields();
      setPreview(null);
      onClose();
      void navigate(`/subsidies/applications/${a.id}`);
    },
    onError,
  });
  const previewNow = () => {
    void form
      .validateFields(['policyKey', 'bank', 'principal', 'ratePct', 'contractDate', 'termMonths', 'interestFrom', 'interestTo', 'interestPaid'])
      .then(() => compute.mutate(form.getFieldsValue(true) as Values));
  };
  return (
    <Modal open={open} title={t('subsidy.apply')} onCancel={onClose} footer={null} destroyOnHidden width={720}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="subsidy"
        initialValues={{ flags: [], contractAttachmentIds: [], evidenceAttachmentIds: [], termMonths: 12 }}
        onFinish={(v) => submit.mutate(v)}
        onValuesChange={() => setPreview(null)}
      >
        <Form.Item name="policyKey" label={t('subsidy.policy')} rules={[{ required: true }]}>
          <Select options={(policies.data?.items ?? []).map((p) => ({ value: p.key, label: language === 'en' ? p.nameEn : p.name }))} />
        </Form.Item>
        <Form.Item name="bank" label={t('subsidy.bank')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="principal" label={t('subsidy.principal')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1e12} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="ratePct" label={t('subsidy.ratePct')} rules={[{ required: true }]}>
            <InputNumber min={0} max={36} step={0.01} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="termMonths" label={t('subsidy.termMonths')} rules={[{ required: true }]}>
            <InputNumber min={1} max={600} style={{ width: 120 }} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="contractDate" label={t('subsidy.contractDate')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="interestFrom" label={t('subsidy.interestFrom')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="interestTo" label={t('subsidy.interestTo')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="interestPaid" label={t('subsidy.interestPaid')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1e12} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="revenue" label={t('subsidy.revenue')} extra={t('subsidy.revenueHint')}>
            <InputNumber min={0} max={1e12} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="period" label={t('subsidy.period')} extra={t('subsidy.periodHint')}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="financingApplicationId" label={t('subsidy.financingApplicationId')}>
            <InputNumber min={1} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item name="flags" label={t('subsidy.flags')}>
          <Checkbox.Group options={flagKeys.map((k) => ({ value: k, label: t(`subsidy.flag.${k}`) }))} />
        </Form.Item>
        <Form.Item name="contractAttachmentIds" label={t('subsidy.contractFiles')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <AttachmentUpload kind="contract" />
        </Form.Item>
        <Form.Item name="evidenceAttachmentIds" label={t('subsidy.evidenceFiles')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <AttachmentUpload kind="evidence" />
        </Form.Item>
        {preview && <Computation evaluation={preview} />}
        <Space style={{ marginTop: 16 }}>
          <Button onClick={previewNow} loading={compute.isPending}>
            {t('subsidy.preview')}
          </Button>
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            {t('subsidy.submit')}
          </Button>
        </Space>
      </Form>
    </Modal>
  );
}
