import { Button, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { filingKinds, filingKindLabels, licenceKinds, licenceKindLabels, type FilingKind } from '@zhichan/contract';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fetchDeclarablePatents } from '../api/open-licences';
import { submitFiling } from '../api/filings';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { usePreferences } from '../prefs/preferences';
import { AttachmentUpload } from '../workflow/attachment-upload';

interface Values {
  kind: FilingKind;
  title: string;
  counterparty?: string;
  licenceKind?: (typeof licenceKinds)[number];
  amount?: number;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
  scope?: string;
  description?: string;
  patentIds: number[];
  attachmentIds: number[];
}

/** 提交备案: kind, name, the other party for contracts, amount and dates, the patents used, the evidence. */
export function FilingForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const [form] = Form.useForm<Values>();
  const onError = useApiError(form);
  const client = useQueryClient();
  const kind = Form.useWatch('kind', form);
  const contract = kind === 'transfer_contract' || kind === 'licence_contract';
  const patents = useQuery({ queryKey: [...queryKeys.openLicences, 'declarable'], queryFn: fetchDeclarablePatents, enabled: open });
  const submit = useMutation({
    mutationFn: (v: Values) =>
      submitFiling({
        kind: v.kind,
        title: v.title,
        counterparty: contract ? (v.counterparty ?? null) : null,
        licenceKind: v.kind === 'licence_contract' ? (v.licenceKind ?? null) : null,
        amount: v.amount ?? null,
        startsOn: v.startsOn?.format('YYYY-MM-DD') ?? null,
        endsOn: v.endsOn?.format('YYYY-MM-DD') ?? null,
        scope: v.kind === 'licence_contract' ? v.scope?.trim() || null : null,
        description: v.description ?? '',
        patentIds: v.patentIds,
        attachmentIds: v.attachmentIds,
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.filings });
      form.resetFields();
      onClose();
    },
    onError,
  });
  return (
    <Modal open={open} title={t('filing.submit')} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="filing"
        initialValues={{ kind: 'patent_product', attachmentIds: [] }}
        onFinish={(v) => submit.mutate(v)}
      >
        <Form.Item name="kind" label={t('filing.kind')} rules={[{ required: true }]}>
          <Select options={filingKinds.map((k) => ({ value: k, label: filingKindLabels[k][lang] }))} />
        </Form.Item>
        <Form.Item name="title" label={t('filing.title')} extra={t('filing.titleHint')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={200} />
        </Form.Item>
        {contract && (
          <Form.Item name="counterparty" label={t('filing.counterparty')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        {kind === 'licence_contract' && (
          <Form.Item name="licenceKind" label={t('filing.licenceKind')} rules={[{ required: true }]}>
            <Select options={licenceKinds.map((k) => ({ value: k, label: licenceKindLabels[k][lang] }))} />
          </Form.Item>
        )}
        <Form.Item name="amount" label={t('filing.amount')} extra={t('filing.amountHint')}>
          <InputNumber min={0} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item
          name="startsOn"
          label={kind === 'licence_contract' ? t('filing.effectiveOn') : t('filing.startsOn')}
          extra={kind === 'licence_contract' ? t('filing.effectiveHint') : undefined}
          rules={[{ required: kind === 'licence_contract' }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="endsOn" label={t('filing.endsOn')} rules={[{ required: kind === 'licence_contract' }]}>
          <DatePicker />
        </Form.Item>
        {kind === 'licence_contract' && (
          <Form.Item name="scope" label={t('filing.scope')} extra={t('filing.scopeHint')}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Form.Item name="patentIds" label={t('filing.patents')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={(patents.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.title}（${p.appNo}）` }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t('filing.description')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <Form.Item name="attachmentIds" label={t('filing.evidence')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <AttachmentUpload kind={contract ? 'contract' : 'evidence'} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {t('ol.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
