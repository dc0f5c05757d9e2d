import { Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import { enterpriseTags, financeProductKinds, type FinanceProduct, type FinanceProductBody } from '@zhichan/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { createProduct, reviseProduct } from '../api/finance';
import { queryKeys } from '../api/query-keys';
import { RegionPicker } from '../components/region-picker';
import { useApiError } from '../components/use-api-error';
import { usePreferences } from '../prefs/preferences';
import { kindLabel, tagLabel } from './labels';

interface Values {
  name: string;
  kind: FinanceProductBody['kind'];
  amountMin: number;
  amountMax: number;
  rateType: 'lpr' | 'fixed';
  spreadBp?: number;
  percent?: number;
  termMonthsMin: number;
  termMonthsMax: number;
  region: string;
  minInventionPatents?: number;
  minHighValuePatents?: number;
  requiredTags?: string[];
  noCreditListing?: boolean;
  ipcPrefixes?: string[];
  minYearsEstablished?: number;
  description?: string;
}

const toBody = (v: Values): FinanceProductBody => ({
  name: v.name,
  kind: v.kind,
  amountMin: v.amountMin,
  amountMax: v.amountMax,
  rate: v.rateType === 'fixed' ? { type: 'fixed', percent: v.percent ?? 0 } : { type: 'lpr', lprTerm: '1y', spreadBp: v.spreadBp ?? 0 },
  termMonthsMin: v.termMonthsMin,
  termMonthsMax: v.termMonthsMax,
  regions: [v.region],
  rules: {
    ...(v.minInventionPatents ? { minInventionPatents: v.minInventionPatents } : {}),
    ...(v.minHighValuePatents ? { minHighValuePatents: v.minHighValuePatents } : {}),
    ...(v.requiredTags?.length ? { requiredTags: v.requiredTags as FinanceProductBody['rules']['requiredTags'] } : {}),
    ...(v.noCreditListing ? { noCreditListing: true } : {}),
    ...(v.ipcPrefixes?.length ? { ipcPrefixes: v.ipcPrefixes } : {}),
    ...(v.minYearsEstablished ? { minYearsEstablished: v.minYearsEstablished } : {}),
  },
  description: v.description ?? '',
});

const fromProduct = (p: FinanceProduct): Partial<Values> => ({
  name: p.name,
  kind: p.kind,
  amountMin: p.amountMin,
  amountMax: p.amountMax,
  rateType: p.rate.type,
  spreadBp: p.rate.type === 'lpr' ? p.rate.spreadBp : undefined,
  percent: p.rate.type === 'fixed' ? p.rate.percent : undefined,
  termMonthsMin: p.termMonthsMin,
  termMonthsMax: p.termMonthsMax,
  region: p.regions[0]?.code,
  ...p.rules,
  description: p.description,
});

/** 发布/修改金融产品: each submission is a new version the bureau reviews before it is listed. */
export function ProductForm({ open, product, onClose }: { open: boolean; product: FinanceProduct | null; onClose(): void }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: (v: Values) => (product ? reviseProduct(product.id, toBody(v)) : createProduct(toBody(v))),
    onSuccess: () => {
      void message.success(t('fin.productSubmitted'));
      void client.invalidateQueries({ queryKey: queryKeys.finance });
      onClose();
    },
    onError,
  });
  const rateType = Form.useWatch('rateType', form);
  return (
    <Modal
      open={open}
      title={product ? t('fin.reviseProduct') : t('fin.newProduct')}
      onCancel={onClose}
      onOk={() => void form.validateFields().then((v) => save.mutate(v))}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={720}
    >
      <Form
        form={form}
        layout="vertical"
        name="product"
        initialValues={
          product ? fromProduct(product) : { kind: 'patent_pledge_loan', rateType: 'lpr', spreadBp: 50, termMonthsMin: 6, termMonthsMax: 36, region: '370800' }
        }
      >
        <Form.Item name="name" label={t('fin.productName')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('fin.kind')} rules={[{ required: true }]}>
          <Select options={financeProductKinds.map((k) => ({ value: k, label: kindLabel(k, lang) }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="amountMin" label={t('fin.amountMinYuan')} rules={[{ required: true }]}>
            <InputNumber min={1} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="amountMax" label={t('fin.amountMaxYuan')} rules={[{ required: true }]}>
            <InputNumber min={1} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="rateType" label={t('fin.rateType')} rules={[{ required: true }]}>
            <Select
              style={{ width: 180 }}
              options={[
                { value: 'lpr', label: t('fin.rateLpr') },
                { value: 'fixed', label: t('fin.rateFixed') },
              ]}
            />
          </Form.Item>
          {rateType === 'fixed' ? (
            <Form.Item name="percent" label={t('fin.ratePercent')} rules={[{ required: true }]}>
              <InputNumber min={0} max={36} step={0.05} style={{ width: 140 }} />
            </Form.Item>
          ) : (
            <Form.Item name="spreadBp" label={t('fin.spreadBp')} rules={[{ required: true }]}>
              <InputNumber min={-500} max={3000} style={{ width: 140 }} />
            </Form.Item>
          )}
        </Space>
        <Space wrap>
          <Form.Item name="termMonthsMin" label={t('fin.termMin')} rules={[{ required: true }]}>
            <InputNumber min={1} max={360} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="termMonthsMax" label={t('fin.termMax')} rules={[{ required: true }]}>
            <InputNumber min={1} max={360} style={{ width: 140 }} />
          </Form.Item>
        </Space>
        <Form.Item name="region" label={t('fin.regionServed')} rules={[{ required: true }]}>
          <RegionPicker rootParent="370800" rootSelectable />
        </Form.Item>
        <fieldset className="form-fieldset">
          <legend>{t('fin.rules')}</legend>
          <Space wrap>
            <Form.Item name="minInventionPatents" label={t('fin.fig.inventionPatents')}>
              <InputNumber min={0} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="minHighValuePatents" label={t('fin.fig.highValuePatents')}>
              <InputNumber min={0} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="minYearsEstablished" label={t('fin.fig.years')}>
              <InputNumber min={0} max={100} style={{ width: 120 }} />
            </Form.Item>
          </Space>
          <Form.Item name="requiredTags" label={t('fin.fig.tags')}>
            <Select mode="multiple" options={enterpriseTags.map((x) => ({ value: x, label: tagLabel(x, lang) }))} />
          </Form.Item>
          <Form.Item name="ipcPrefixes" label={t('fin.fig.ipc')}>
            <Select mode="tags" tokenSeparators={[',', ' ', '，']} placeholder="H01M, G06F" />
          </Form.Item>
          <Form.Item name="noCreditListing" label={t('fin.rule.noCreditListing')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </fieldset>
        <Form.Item name="description" label={t('fin.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
