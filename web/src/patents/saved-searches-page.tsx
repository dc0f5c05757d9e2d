import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ZSavedSearch } from '@zhichan/contract';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toQueryString } from '../api/client';
import { queryKeys } from '../api/query-keys';
import { deleteSavedSearch, fetchSavedSearches } from '../api/saved-searches';
import { formatTime } from '../components/format';
import { useApiError } from '../components/use-api-error';

type Row = z.infer<typeof ZSavedSearch>;

/** 我的检索式: the user's saved searches with their last match count and alert; open or delete them. */
export function SavedSearchesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.savedSearches, queryFn: fetchSavedSearches });
  const onError = useApiError();
  const remove = useMutation({
    mutationFn: deleteSavedSearch,
    onSuccess: () => {
      void message.success(t('saved.deleted'));
      void client.invalidateQueries({ queryKey: queryKeys.savedSearches });
    },
    onError,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('saved.title')}</Typography.Title>
      <Typography.Paragraph>{t('saved.intro')}</Typography.Paragraph>
      {query.isError && <Typography.Text type="danger">{query.error.message}</Typography.Text>}
      <Table<Row>
        rowKey="id"
        loading={query.isPending}
        dataSource={query.data?.items ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('saved.empty') }}
        columns={[
          { title: t('saved.name'), dataIndex: 'name' },
          {
            title: t('saved.query'),
            dataIndex: 'query',
            render: (q: string) => (
              <Link to={`/patents/search${toQueryString({ q })}`} className="mono">
                {q}
              </Link>
            ),
          },
          { title: t('saved.lastCount'), dataIndex: 'lastMatchCount', align: 'right', render: (n: number) => n.toLocaleString() },
          {
            title: t('saved.alert'),
            dataIndex: 'alert',
            render: (on: boolean) => (on ? <Tag color="blue">{t('saved.alertOn')}</Tag> : <Tag>{t('saved.alertOff')}</Tag>),
          },
          { title: t('saved.lastChecked'), dataIndex: 'lastCheckedAt', render: formatTime },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTime },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r) => (
              <Popconfirm
                title={t('saved.deleteConfirm', { name: r.name })}
                okText={t('action.confirm')}
                cancelText={t('action.cancel')}
                onConfirm={() => remove.mutate(r.id)}
              >
                <Button danger size="small" aria-label={t('saved.deleteOf', { name: r.name })}>
                  {t('action.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Space>
  );
}
