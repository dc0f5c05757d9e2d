import { App, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZPhone, ZUsername, type Org, type Role } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/query-keys';
import { createUser } from '../api/users';
import { passwordPolicyRule } from '../components/password-rules';
import { useApiError } from '../components/use-api-error';
import { zodRule } from '../components/zod-rule';
import { useLabel } from '../prefs/label';
import { OrgSelect } from './org-select';
import { roleOptions } from './role-options';

interface CreateValues {
  orgId: number;
  role: Role;
  username: string;
  displayName: string;
  phone?: string;
  initialPassword: string;
}

/** 新建用户: the role list follows the chosen organisation's kind. */
export function UserCreateModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<CreateValues>();
  const [org, setOrg] = useState<Org | undefined>();
  const onError = useApiError(form);
  const create = useMutation({
    mutationFn: (v: CreateValues) => createUser({ ...v, phone: v.phone?.trim() ? v.phone.trim() : undefined }),
    onSuccess: () => {
      void message.success(t('users.created'));
      void client.invalidateQueries({ queryKey: queryKeys.users });
      onClose();
    },
    onError,
  });
  const req = (field: string) => ({ required: true, message: t('common.required', { field }) });
  return (
    <Modal
      open
      title={t('users.create')}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<CreateValues> name="user-create" form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
        <Form.Item name="orgId" label={t('users.org')} rules={[req(t('users.org'))]}>
          <OrgSelect
            onOrgChange={(o) => {
              setOrg(o);
              form.setFieldValue('role', undefined);
            }}
          />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} extra={org ? undefined : t('users.roleNeedsOrg')} rules={[req(t('users.role'))]}>
          <Select options={roleOptions(org?.kind, label)} disabled={!org} />
        </Form.Item>
        <Form.Item name="username" label={t('users.username')} rules={[req(t('users.username')), zodRule(ZUsername)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[req(t('users.displayName')), { max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('users.phone')} rules={[zodRule(ZPhone)]}>
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item
          name="initialPassword"
          label={t('users.initialPassword')}
          extra={t('users.initialPasswordHint')}
          rules={[req(t('users.initialPassword')), passwordPolicyRule]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
