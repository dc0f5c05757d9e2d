import { Alert, App, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FinanceProduct } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { applyForProduct, fetchCollateralOptions } from '../api/finance';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';

interface ApplyValues {
  amount: number;
  termMonths: number;
  purpose: string;
  collateral: string[];
  consent: boolean;
}

/** 申请融资: amount, term, purpose, collateral from the enterprise's own in-force IP, and the separate consent. */
export function ApplyModal({ product, onClose }: { product: FinanceProduct | null; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplyValues>();
  const onError = useApiError(form);
  const client = useQueryClient();
  const navigate = useNavigate();
  const options = useQuery({ queryKey: [...queryKeys.finance, 'collateral'], queryFn: fetchCollateralOptions, enabled: product !== null });
  const apply = useMutation({
    mutationFn: (v: ApplyValues) =>
      applyForProduct({
        productId: product?.id ?? 0,
        amount: v.amount,
        termMonths: v.termMonths,
        purpose: v.purpose,
        collateral: (v.collateral ?? []).map((c) => {
          const [kind, id] = c.split(':');
          return { kind: kind === 'trademark' ? 'trademark' : 'patent', id: Number(id) };
        }),
        consent: v.consent as true,
      }),
    onSuccess: (a) => {
      void message.success(t('fin.applied'));
      void client.invalidateQueries({ queryKey: queryKeys.finance });
      onClose();
      void navigate(`/finance/applications/${a.id}`);
    },
    onError,
  });
  return (
    <Modal
      open={product !== null}
      title={t('fin.applyFor', { name: product?.name ?? '' })}
      onCancel={onClose}
      onOk={() => void form.validateFields().then((v) => apply.mutate(v))}
      okText={t('fin.submitApplication')}
      confirmLoading={apply.isPending}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" name="apply" initialValues={{ termMonths: product?.termMonthsMin ?? 12, collateral: [], consent: false }}>
        <Form.Item
          name="amount"
          label={t('fin.amountYuan')}
          rules={[{ required: true }]}
          extra={product ? `${product.amountMin}–${product.amountMax}` : undefined}
        >
          <InputNumber min={1} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="termMonths" label={t('fin.termMonths')} rules={[{ required: true }]}>
          <InputNumber min={1} max={360} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="purpose" label={t('fin.purpose')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="collateral" label={t('fin.collateral')}>
          <Select
            mode="multiple"
            loading={options.isPending}
            options={(options.data?.items ?? []).map((o) => ({
              value: `${o.kind}:${o.id}`,
              label: o.available ? o.label : `${o.label}（${o.reason ?? ''}）`,
              disabled: !o.available,
            }))}
          />
        </Form.Item>
        <Alert type="info" showIcon title={t('fin.consentTitle')} description={t('fin.consentWording')} style={{ marginBottom: 12 }} />
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[{ validator: (_, v: boolean) => (v ? Promise.resolve() : Promise.reject(new Error(t('fin.consentRequired')))) }]}
        >
          <Checkbox>{t('fin.consentAgree')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
