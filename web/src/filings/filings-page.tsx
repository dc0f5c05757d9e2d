import { Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchMyFilings } from '../api/filings';
import { queryKeys } from '../api/query-keys';
import { FilingForm } from './filing-form';
import { FilingTable } from './filing-table';

/** 我的备案: the enterprise's filings and their review status; 提交备案 opens the form. */
export function FilingsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const pageSize = 20;
  const query = useQuery({
    queryKey: [...queryKeys.filings, 'mine', page],
    queryFn: () => fetchMyFilings({ page, pageSize }),
    placeholderData: keepPreviousData,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>{t('filing.mine')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setOpen(true)}>
          {t('filing.submit')}
        </Button>
      </div>
      {query.data && <FilingTable items={query.data.items} total={query.data.total} page={page} pageSize={pageSize} onPage={setPage} />}
      <FilingForm open={open} onClose={() => setOpen(false)} />
    </Space>
  );
}
