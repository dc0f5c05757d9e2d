import { Table, Typography, type TablePaginationConfig, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PagedList, PageOf } from './use-paged-list';

type Row<P> = P extends PageOf<infer T> ? T : never;

export type PagedTableProps<P extends PageOf<object>> = Omit<TableProps<Row<P>>, 'dataSource' | 'loading' | 'pagination'> & {
  list: PagedList<string, P>;
  /** Changes to the pager; by default it shows 共 N 条 and a size changer where the page size can change. */
  pagination?: Omit<TablePaginationConfig, 'current' | 'pageSize' | 'total' | 'onChange'>;
};

/**
 * The table of a paged list (usePagedList): the current page with a spinner while it loads, the
 * server's message when it fails, and the pager bound to the list's page and page size. Rows are
 * keyed by `id` unless `rowKey` says otherwise; every other Table prop passes through.
 */
export function PagedTable<P extends PageOf<object>>({ list, pagination, rowKey = 'id', ...table }: PagedTableProps<P>) {
  const { t } = useTranslation();
  const { query } = list;
  // A list that reloads by itself spins only while another page or filter loads, not on every poll.
  const loading = list.polling ? query.isPending || query.isPlaceholderData : query.isFetching;
  return (
    <>
      {query.isError && (
        <Typography.Text type="danger" role="alert">
          {query.error.message}
        </Typography.Text>
      )}
      <Table<Row<P>>
        {...table}
        rowKey={rowKey}
        loading={loading}
        dataSource={list.items as Row<P>[]}
        pagination={{
          showSizeChanger: !list.fixedPageSize,
          showTotal: (total) => t('common.total', { total }),
          ...pagination,
          current: list.page,
          pageSize: list.pageSize,
          total: list.total,
          onChange: list.setPage,
        }}
      />
    </>
  );
}
