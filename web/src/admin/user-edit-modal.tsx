import { App, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ZPhone, type Role, type User } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchOrg } from '../api/orgs';
import { queryKeys } from '../api/query-keys';
import { fetchUser, updateUser } from '../api/users';
import { PageSpinner } from '../components/page-spinner';
import { useApiError } from '../components/use-api-error';
import { zodRule } from '../components/zod-rule';
import { useLabel } from '../prefs/label';
import { roleOptions } from './role-options';

interface EditValues {
  displayName: string;
  role: Role;
  phone?: string;
}

/** 修改用户: name, role (within what the organisation's kind allows) and phone. */
export function UserEditModal({ user, onClose }: { user: User; onClose(): void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<EditValues>();
  // The list masks phone numbers; the single-user answer shows them in full to administrators.
  const full = useQuery({ queryKey: [...queryKeys.users, 'one', user.id], queryFn: () => fetchUser(user.id) });
  const org = useQuery({ queryKey: [...queryKeys.orgs, 'one', user.orgId], queryFn: () => fetchOrg(user.orgId) });
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: (v: EditValues) => updateUser(user.id, { displayName: v.displayName, role: v.role, phone: v.phone?.trim() ? v.phone.trim() : null }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void client.invalidateQueries({ queryKey: queryKeys.users });
      onClose();
    },
    onError,
  });
  const ready = full.data && org.data;
  return (
    <Modal
      open
      title={t('users.editTitle')}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: !ready }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {!ready ? (
        <PageSpinner />
      ) : (
        <Form<EditValues>
          name="user-edit"
          form={form}
          layout="vertical"
          initialValues={{ displayName: full.data.displayName, role: full.data.role, phone: full.data.phone ?? '' }}
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item label={t('users.username')} htmlFor="user-edit-username">
            <Input id="user-edit-username" value={full.data.username} disabled />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('users.displayName')}
            rules={[{ required: true, message: t('common.required', { field: t('users.displayName') }) }, { max: 50 }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
            <Select options={roleOptions(org.data.kind, label)} />
          </Form.Item>
          <Form.Item name="phone" label={t('users.phone')} rules={[zodRule(ZPhone)]}>
            <Input inputMode="tel" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
