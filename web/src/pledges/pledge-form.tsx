import type { PledgePrefill } from '@zhichan/contract';
import dayjs from 'dayjs';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createPledge, fetchPledgeableRights, fetchPledgees } from '../api/pledges';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { AttachmentUpload } from '../workflow/attachment-upload';

interface Values {
  assetKind: 'patent' | 'trademark';
  pledgeeOrgId: number;
  assetIds: number[];
  contractNo: string;
  securedAmount: number;
  loanAmount: number;
  debtStartsOn: Dayjs;
  debtEndsOn: Dayjs;
  financingApplicationId?: number;
  contractIds: number[];
  identityIds: number[];
  consentIds?: number[];
}

/** 申请质押登记: the bank, the rights (its own, free of pledges), the contract, the debt and its documents. */
export function PledgeForm({ open, onClose, prefill }: { open: boolean; onClose: () => void; prefill?: PledgePrefill }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const onError = useApiError(form);
  const client = useQueryClient();
  const navigate = useNavigate();
  const kind = Form.useWatch('assetKind', form) ?? 'patent';
  const rights = useQuery({ queryKey: [...queryKeys.pledges, 'rights'], queryFn: fetchPledgeableRights, enabled: open });
  const banks = useQuery({ queryKey: [...queryKeys.pledges, 'pledgees'], queryFn: fetchPledgees, enabled: open });
  const submit = useMutation({
    mutationFn: (v: Values) =>
      createPledge({
        assetKind: v.assetKind,
        pledgeeOrgId: v.pledgeeOrgId,
        assetIds: v.assetIds,
        contractNo: v.contractNo,
        securedAmount: v.securedAmount,
        loanAmount: v.loanAmount,
        debtStartsOn: v.debtStartsOn.format('YYYY-MM-DD'),
        debtEndsOn: v.debtEndsOn.format('YYYY-MM-DD'),
        financingApplicationId: v.financingApplicationId ?? null,
        attachmentIds: [...v.contractIds, ...v.identityIds, ...(v.consentIds ?? [])],
      }),
    onSuccess: (p) => {
      void client.invalidateQueries({ queryKey: queryKeys.pledges });
      form.resetFields();
      onClose();
      void navigate(`/pledges/${p.id}`);
    },
    onError,
  });
  return (
    <Modal open={open} title={t('pledge.apply')} onCancel={onClose} footer={null} destroyOnHidden width={680}>
      <Alert type="info" showIcon title={t('pledge.applyIntro')} style={{ marginBottom: 16 }} />
      {prefill && (
        <Alert
          type="success"
          showIcon
          title={t('finChain.prefilled', { id: prefill.financingApplicationId, bank: prefill.pledgeeName })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        name="pledge"
        initialValues={{
          assetKind: 'patent',
          contractIds: [],
          identityIds: [],
          consentIds: [],
          ...(prefill
            ? {
                assetKind: prefill.assetKind,
                pledgeeOrgId: prefill.pledgeeOrgId,
                assetIds: prefill.assetIds,
                contractNo: prefill.contractNo ?? undefined,
                securedAmount: prefill.securedAmount,
                loanAmount: prefill.loanAmount,
                debtStartsOn: prefill.debtStartsOn ? dayjs(prefill.debtStartsOn) : undefined,
                debtEndsOn: prefill.debtEndsOn ? dayjs(prefill.debtEndsOn) : undefined,
                financingApplicationId: prefill.financingApplicationId,
              }
            : {}),
        }}
        onFinish={(v) => submit.mutate(v)}
      >
        <Form.Item name="assetKind" label={t('pledge.assetKind')} rules={[{ required: true }]}>
          <Select
            disabled={Boolean(prefill)}
            options={[
              { value: 'patent', label: t('pledge.patent') },
              { value: 'trademark', label: t('pledge.trademark') },
            ]}
          />
        </Form.Item>
        <Form.Item name="assetIds" label={t('pledge.assets')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={(rights.data?.items ?? [])
              .filter((r) => r.kind === kind)
              .map((r) => ({
                value: r.id,
                disabled: r.pledgedUnder !== null,
                label: `${r.title}（${r.number}）${r.pledgedUnder ? ` ${t('pledge.pledgedUnder', { no: r.pledgedUnder })}` : ''}`,
              }))}
          />
        </Form.Item>
        <Form.Item name="pledgeeOrgId" label={t('pledge.pledgee')} rules={[{ required: true }]}>
          <Select
            disabled={Boolean(prefill)}
            showSearch={{ optionFilterProp: 'label' }}
            options={
              prefill && !banks.data?.items.some((b) => b.id === prefill.pledgeeOrgId)
                ? [{ value: prefill.pledgeeOrgId, label: prefill.pledgeeName }]
                : (banks.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))
            }
          />
        </Form.Item>
        <Form.Item name="contractNo" label={t('pledge.contractNo')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="securedAmount" label={t('pledge.securedAmount')} rules={[{ required: true }]}>
          <InputNumber min={1} max={1e12} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="loanAmount" label={t('pledge.loanAmount')} rules={[{ required: true }]}>
          <InputNumber min={1} max={1e12} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="debtStartsOn" label={t('pledge.debtStartsOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="debtEndsOn" label={t('pledge.debtEndsOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="financingApplicationId" label={t('pledge.financingId')}>
          <InputNumber min={1} precision={0} style={{ width: 240 }} disabled={Boolean(prefill)} />
        </Form.Item>
        <Form.Item name="contractIds" label={t('pledge.contract')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <AttachmentUpload kind="contract" />
        </Form.Item>
        <Form.Item name="identityIds" label={t('pledge.identity')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <AttachmentUpload kind="identity_document" />
        </Form.Item>
        <Form.Item name="consentIds" label={t('pledge.coOwner')}>
          <AttachmentUpload kind="co_owner_consent" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {t('ol.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
