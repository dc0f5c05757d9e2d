import { App, Button, Empty, Pagination, Space, Switch, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchNotifications, markAllNotificationsRead, markNotificationRead } from '../api/notifications';
import { queryKeys } from '../api/query-keys';
import { PageSpinner } from '../components/page-spinner';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { NoticeCard } from './notice-card';

/** 通知: the inbox; open a notice's link, mark one or all as read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const list = usePagedList({
    queryKey: [...queryKeys.notifications, 'list'],
    state: 'local',
    filters: ['unread'] as const,
    fetch: ({ filters, page, pageSize }) => fetchNotifications({ page, pageSize, ...(filters.unread === '1' ? { unread: '1' as const } : {}) }),
  });
  const { query, page, pageSize } = list;
  const unreadOnly = list.filters.unread === '1';
  const onError = useApiError();
  const refresh = (unread: { unread: number }) => {
    client.setQueryData(queryKeys.unread, unread);
    void client.invalidateQueries({ queryKey: [...queryKeys.notifications, 'list'] });
  };
  const markOne = useMutation({ mutationFn: markNotificationRead, onSuccess: refresh, onError });
  const markAll = useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: (u) => {
      refresh(u);
      void message.success(t('notifications.markAllRead'));
    },
    onError,
  });
  const unread = query.data?.unread ?? 0;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>
          {t('notifications.title')} {unread > 0 && <Tag color="red">{t('notifications.unreadCount', { count: unread })}</Tag>}
        </Typography.Title>
        <Space wrap>
          <span className="inline-switch">
            <Switch id="unread-only" checked={unreadOnly} onChange={(v) => list.setFilters({ unread: v ? '1' : undefined })} />
            <label htmlFor="unread-only">{t('notifications.unreadOnly')}</label>
          </span>
          <Button onClick={() => markAll.mutate()} disabled={unread === 0} loading={markAll.isPending}>
            {t('notifications.markAllRead')}
          </Button>
        </Space>
      </div>
      {query.isPending && <PageSpinner />}
      {query.isError && <Typography.Text type="danger">{query.error.message}</Typography.Text>}
      {query.data?.items.length === 0 && <Empty description={t('notifications.empty')} />}
      <ul className="notice-list">
        {query.data?.items.map((n) => (
          <li key={n.id}>
            <NoticeCard notice={n} onRead={() => markOne.mutate(n.id)} />
          </li>
        ))}
      </ul>
      {list.total > pageSize && <Pagination current={page} pageSize={pageSize} total={list.total} onChange={list.setPage} showSizeChanger={false} />}
    </Space>
  );
}
