import { Button, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { roleDefinitions, roles, ZRole, type User } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/query-keys';
import { fetchUsers } from '../api/users';
import { ResetPasswordModal } from './reset-password-modal';
import { UserActions, isLocked } from './user-actions';
import { UserCreateModal } from './user-create-modal';
import { UserEditModal } from './user-edit-modal';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { formatTime, orDash } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { useLabel } from '../prefs/label';
import { hasPermission, useCurrentUser } from '../session/use-session';

const FILTERS = ['q', 'role'] as const;
type Dialog = { kind: 'create' } | { kind: 'edit' | 'password'; user: User } | null;

/** 用户管理: users in the jurisdiction; create, edit, disable, reset password and unlock with user.manage. */
export function UsersPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const canManage = hasPermission(useCurrentUser(), 'user.manage');
  const list = usePagedList({
    queryKey: queryKeys.users,
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) => fetchUsers({ q: filters.q, role: ZRole.safeParse(filters.role).data, page, pageSize }),
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>{t('users.title')}</Typography.Title>
        {canManage && (
          <Button type="primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('users.create')}
          </Button>
        )}
      </div>
      <FilterBar values={list.filters} onSearch={list.setFilters}>
        <Form.Item name="q" label={t('common.keyword')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ minWidth: 180 }}
            options={roles.map((r) => ({ value: r, label: label(roleDefinitions[r]) }))}
          />
        </Form.Item>
      </FilterBar>
      <PagedTable
        list={list}
        scroll={{ x: 1200 }}
        columns={[
          {
            title: t('users.username'),
            dataIndex: 'username',
            render: (_: unknown, r) => (
              <>
                {r.username} <DemoTag isDemo={r.isDemo} />
              </>
            ),
          },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          { title: t('users.role'), dataIndex: 'role', render: (_: unknown, r) => label(roleDefinitions[r.role]) },
          { title: t('users.org'), dataIndex: 'orgName' },
          { title: t('users.phone'), dataIndex: 'phone', render: orDash },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (_: unknown, r) => (
              <Space size={4} wrap>
                {r.status === 'active' ? <Tag color="green">{t('users.userActive')}</Tag> : <Tag>{t('users.userDisabled')}</Tag>}
                {isLocked(r) && (
                  <Tag color="red" title={t('users.lockedUntil', { time: formatTime(r.lockedUntil) })}>
                    {t('users.locked')}
                  </Tag>
                )}
              </Space>
            ),
          },
          { title: t('users.lastLogin'), dataIndex: 'lastLoginAt', render: formatTime },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 230,
                  render: (_: unknown, r: User) => (
                    <UserActions
                      user={r}
                      onEdit={() => setDialog({ kind: 'edit', user: r })}
                      onResetPassword={() => setDialog({ kind: 'password', user: r })}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {dialog?.kind === 'create' && <UserCreateModal onClose={close} />}
      {dialog?.kind === 'edit' && <UserEditModal user={dialog.user} onClose={close} />}
      {dialog?.kind === 'password' && <ResetPasswordModal user={dialog.user} onClose={close} />}
    </Space>
  );
}
