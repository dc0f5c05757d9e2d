import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { giKinds, type ZGiKind } from '@zhichan/contract';
import type { Dayjs } from 'dayjs';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createGeoIndication } from '../api/marks';
import { queryKeys } from '../api/query-keys';
import { RegionPicker } from '../components/region-picker';
import { useApiError } from '../components/use-api-error';
import { useCurrentUser } from '../session/use-session';

interface GiValues {
  kind: z.infer<typeof ZGiKind>;
  name: string;
  regNo?: string;
  regionCode: string;
  holderName?: string;
  approvedOn?: Dayjs;
  notes?: string;
}

/** 登记地理标志: records a GI in the user's jurisdiction, then opens it. */
export function GiCreateModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<GiValues>();
  const onError = useApiError(form);
  const create = useMutation({
    mutationFn: (v: GiValues) =>
      createGeoIndication({
        kind: v.kind,
        name: v.name,
        regionCode: v.regionCode,
        regNo: v.regNo?.trim() || undefined,
        holderName: v.holderName?.trim() || undefined,
        notes: v.notes?.trim() || undefined,
        approvedOn: v.approvedOn?.format('YYYY-MM-DD'),
      }),
    onSuccess: (gi) => {
      void message.success(t('gi.created'));
      void client.invalidateQueries({ queryKey: queryKeys.geoIndications });
      onClose();
      void navigate(`/geo-indications/${gi.id}`);
    },
    onError,
  });
  const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
  return (
    <Modal
      open
      title={t('gi.create')}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<GiValues> name="gi" form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
        <Form.Item name="kind" label={t('gi.kind')} rules={[{ required: true, message: t('common.requiredChoice', { field: t('gi.kind') }) }]}>
          <Select options={giKinds.map((k) => ({ value: k, label: t(`gi.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('gi.name')} rules={[required(t('gi.name')), { min: 2, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="regNo" label={t('gi.regNo')} rules={[{ max: 50 }]}>
          <Input className="mono" />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('common.region')}
          rules={[{ required: true, message: t('common.requiredChoice', { field: t('common.region') }) }]}
        >
          <RegionPicker rootParent={user.org.regionCode.length === 6 ? user.org.regionCode : undefined} />
        </Form.Item>
        <Form.Item name="holderName" label={t('gi.holder')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="approvedOn" label={t('gi.approvedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="notes" label={t('gi.notes')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
