import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { priceModes, trlLabels, type Demand, type Listing, type PriceMode } from '@zhichan/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { createDemand, createListing, updateDemand, updateListing } from '../api/tech';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { useLabel } from '../prefs/label';

interface ListingValues {
  title: string;
  description: string;
  field: string;
  trl: number;
  priceMode: PriceMode;
  price?: number | null;
  patentIds?: string;
}

const ids = (text: string | undefined) =>
  (text ?? '')
    .split(/[\s,，、;；]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

/** 发布/修改项目供应: a new listing is saved as a draft. */
export function ListingFormModal({ listing, onClose }: { listing?: Listing; onClose(): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<ListingValues>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: (v: ListingValues) => {
      const body = { ...v, price: v.priceMode === 'negotiable' ? null : (v.price ?? null), patentIds: ids(v.patentIds) };
      return listing ? updateListing(listing.id, body) : createListing(body);
    },
    onSuccess: () => {
      void message.success(t('tech.saved'));
      void client.invalidateQueries({ queryKey: queryKeys.tech });
      onClose();
    },
    onError,
  });
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  const initial: Partial<ListingValues> = listing
    ? { ...listing, patentIds: listing.patents.map((p) => p.id).join(', ') }
    : { trl: 5, priceMode: 'negotiable' as PriceMode };
  return (
    <Modal
      open
      title={listing ? t('tech.editListing') : t('tech.newListing')}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ListingValues> name="listing" form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="title" label={t('tech.title')} rules={[required(t('tech.title')), { min: 4, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('tech.description')} rules={[required(t('tech.description')), { min: 10, max: 4000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="field" label={t('tech.field')} rules={[required(t('tech.field'))]}>
          <Input />
        </Form.Item>
        <Form.Item name="trl" label={t('tech.trl')} extra={t('tech.trlHint')} rules={[required(t('tech.trl'))]}>
          <Select options={Object.entries(trlLabels).map(([l, name]) => ({ value: Number(l), label: `${l} ${label(name)}` }))} />
        </Form.Item>
        <Form.Item name="priceMode" label={t('tech.priceMode')} rules={[required(t('tech.priceMode'))]}>
          <Select options={priceModes.map((m) => ({ value: m, label: t(`tech.priceModes.${m}`) }))} />
        </Form.Item>
        <Form.Item name="price" label={t('tech.price')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="patentIds" label={t('tech.patentIds')}>
          <Input placeholder="12, 34" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface DemandValues {
  title: string;
  description: string;
  field: string;
  ipcHints?: string[];
  budget?: number | null;
  deadline?: Dayjs | null;
}

/** 发布/修改技术需求: a new demand is saved as a draft; publishing it starts matching. */
export function DemandFormModal({ demand, onClose }: { demand?: Demand; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<DemandValues>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: (v: DemandValues) => {
      const body = { ...v, budget: v.budget ?? null, deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null, ipcHints: v.ipcHints ?? [] };
      return demand ? updateDemand(demand.id, body) : createDemand(body);
    },
    onSuccess: () => {
      void message.success(t('tech.saved'));
      void client.invalidateQueries({ queryKey: queryKeys.tech });
      onClose();
    },
    onError,
  });
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  const initial: Partial<DemandValues> = demand ? { ...demand, deadline: demand.deadline ? dayjs(demand.deadline) : null } : {};
  return (
    <Modal
      open
      title={demand ? t('tech.editDemand') : t('tech.newDemand')}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<DemandValues> name="demand" form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="title" label={t('tech.title')} rules={[required(t('tech.title')), { min: 4, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('tech.description')} rules={[required(t('tech.description')), { min: 10, max: 4000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="field" label={t('tech.field')} rules={[required(t('tech.field'))]}>
          <Input />
        </Form.Item>
        <Form.Item name="ipcHints" label={t('tech.ipcHints')} extra={t('tech.ipcHintsHelp')}>
          <Select mode="tags" tokenSeparators={[',', '，', ';']} open={false} />
        </Form.Item>
        <Form.Item name="budget" label={t('tech.budget')}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="deadline" label={t('tech.deadline')}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
