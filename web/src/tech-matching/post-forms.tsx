import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, type FormInstance } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { priceModes, trlLabels, type Demand, type Listing, type PriceMode } from '@zhichan/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { createDemand, createListing, moveDemand, moveListing, updateDemand, updateListing } from '../api/tech';
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

/** 发布/修改项目供应: a new or draft listing is saved as a draft or published in one step. */
export function ListingFormModal({ listing, onClose }: { listing?: Listing; onClose(): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [form] = Form.useForm<ListingValues>();
  const save = useSavePosting(form, onClose, listing?.id, {
    body: (v) => ({ ...v, price: v.priceMode === 'negotiable' ? null : (v.price ?? null), patentIds: ids(v.patentIds) }),
    create: createListing,
    update: updateListing,
    move: moveListing,
  });
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  const initial: Partial<ListingValues> = listing
    ? { ...listing, patentIds: listing.patents.map((p) => p.id).join(', ') }
    : { trl: 5, priceMode: 'negotiable' as PriceMode };
  return (
    <Modal
      open
      title={listing ? t('tech.editListing') : t('tech.newListing')}
      onCancel={onClose}
      footer={<PostFormFooter draft={!listing || listing.status === 'draft'} pending={save.pending} onCancel={onClose} onSave={save.submit} />}
      destroyOnHidden
    >
      <Form<ListingValues> name="listing" form={form} layout="vertical" initialValues={initial}>
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

/** 发布/修改技术需求: a new or draft demand is saved as a draft or published in one step (publishing starts matching). */
export function DemandFormModal({ demand, onClose }: { demand?: Demand; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DemandValues>();
  const save = useSavePosting(form, onClose, demand?.id, {
    body: (v) => ({ ...v, budget: v.budget ?? null, deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null, ipcHints: v.ipcHints ?? [] }),
    create: createDemand,
    update: updateDemand,
    move: moveDemand,
  });
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  const initial: Partial<DemandValues> = demand ? { ...demand, deadline: demand.deadline ? dayjs(demand.deadline) : null } : {};
  return (
    <Modal
      open
      title={demand ? t('tech.editDemand') : t('tech.newDemand')}
      onCancel={onClose}
      footer={<PostFormFooter draft={!demand || demand.status === 'draft'} pending={save.pending} onCancel={onClose} onSave={save.submit} />}
      destroyOnHidden
    >
      <Form<DemandValues> name="demand" form={form} layout="vertical" initialValues={initial}>
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

/**
 * Saving a listing or demand from its form: a new or draft posting is saved, and published in the same
 * step when asked. A draft created by an earlier click whose publishing failed is updated, not created twice.
 */
function useSavePosting<V, B, P extends { id: number; status: string }>(
  form: FormInstance<V>,
  onClose: () => void,
  existingId: number | undefined,
  api: { body(v: V): B; create(body: B): Promise<P>; update(id: number, body: B): Promise<P>; move(id: number, action: 'publish'): Promise<P> },
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiError(form);
  const created = useRef<number | undefined>(undefined);
  const save = useMutation({
    mutationFn: async ({ v, publish }: { v: V; publish: boolean }) => {
      const body = api.body(v);
      const id = existingId ?? created.current;
      const saved = id !== undefined ? await api.update(id, body) : await api.create(body);
      created.current = saved.id;
      return publish ? api.move(saved.id, 'publish') : saved;
    },
    onSuccess: (saved, { publish }) => {
      void message.success(publish ? t('tech.published') : saved.status === 'draft' ? t('tech.saved') : t('common.saved'));
      onClose();
    },
    onError,
    // Also after a failed publish: the draft saved before it shows in the list.
    onSettled: () => void client.invalidateQueries({ queryKey: queryKeys.tech }),
  });
  const submit = (publish: boolean) =>
    void form.validateFields().then(
      (v) => save.mutate({ v, publish }),
      () => undefined,
    );
  return { submit, pending: save.isPending };
}

/** 取消 / 保存草稿 / 发布 for a new or draft posting; 取消 / 保存 once it is published. */
function PostFormFooter({ draft, pending, onCancel, onSave }: { draft: boolean; pending: boolean; onCancel(): void; onSave(publish: boolean): void }) {
  const { t } = useTranslation();
  return (
    <>
      <Button onClick={onCancel}>{t('action.cancel')}</Button>
      {draft ? (
        <>
          <Button loading={pending} onClick={() => onSave(false)}>
            {t('tech.saveDraft')}
          </Button>
          <Button type="primary" loading={pending} onClick={() => onSave(true)}>
            {t('tech.publish')}
          </Button>
        </>
      ) : (
        <Button type="primary" loading={pending} onClick={() => onSave(false)}>
          {t('action.save')}
        </Button>
      )}
    </>
  );
}
