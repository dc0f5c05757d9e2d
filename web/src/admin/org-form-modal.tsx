import { App, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { normaliseUscc, orgKindLabels, orgKinds, ZUsccCode, type Org, type OrgKind } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { createOrg, updateOrg } from '../api/orgs';
import { queryKeys } from '../api/query-keys';
import { RegionPicker } from '../components/region-picker';
import { useApiError } from '../components/use-api-error';
import { zodRule } from '../components/zod-rule';
import { useLabel } from '../prefs/label';
import { useCurrentUser } from '../session/use-session';

interface OrgValues {
  kind: Exclude<OrgKind, 'enterprise'>;
  name: string;
  creditCode?: string;
  regionCode: string;
}

/** Creates an organisation, or renames `org` when given. Enterprises register themselves, so they are not offered. */
export function OrgFormModal({ org, open, onClose }: { org: Org | null; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const user = useCurrentUser();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<OrgValues>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: (v: OrgValues) =>
      org
        ? updateOrg(org.id, { name: v.name })
        : createOrg({ kind: v.kind, name: v.name, regionCode: v.regionCode, ...(v.creditCode ? { creditCode: normaliseUscc(v.creditCode) } : {}) }),
    onSuccess: () => {
      void message.success(org ? t('common.saved') : t('orgs.created'));
      void client.invalidateQueries({ queryKey: queryKeys.orgs });
      onClose();
    },
    onError,
  });
  const kinds = orgKinds.filter((k): k is OrgValues['kind'] => k !== 'enterprise');
  return (
    <Modal
      open={open}
      title={org ? t('orgs.editTitle') : t('orgs.create')}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<OrgValues> name="org" form={form} layout="vertical" initialValues={org ? { name: org.name } : {}} onFinish={(v) => save.mutate(v)} preserve={false}>
        {!org && (
          <Form.Item name="kind" label={t('orgs.kind')} rules={[{ required: true, message: t('common.requiredChoice', { field: t('orgs.kind') }) }]}>
            <Select options={kinds.map((k) => ({ value: k, label: label(orgKindLabels[k]) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('orgs.name')}
          rules={[
            { required: true, message: t('common.required', { field: t('orgs.name') }) },
            { min: 2, max: 100 },
          ]}
        >
          <Input />
        </Form.Item>
        {!org && (
          <>
            <Form.Item name="creditCode" label={t('orgs.creditCode')} extra={t('orgs.creditCodeOptional')} rules={[zodRule(ZUsccCode)]}>
              <Input spellCheck={false} />
            </Form.Item>
            <Form.Item
              name="regionCode"
              label={t('orgs.region')}
              rules={[{ required: true, message: t('common.requiredChoice', { field: t('orgs.region') }) }]}
            >
              <RegionPicker rootParent={user.org.regionCode.length === 6 ? user.org.regionCode : undefined} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
