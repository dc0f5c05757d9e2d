import { Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchMyFilings } from '../api/filings';
import { queryKeys } from '../api/query-keys';
import { usePagedList } from '../components/use-paged-list';
import { FilingForm } from './filing-form';
import { FilingTable } from './filing-table';

/** 我的备案: the enterprise's filings and their review status; 提交备案 opens the form. */
export function FilingsPage() {
  const { t } = useTranslation();
  const list = usePagedList({
    queryKey: [...queryKeys.filings, 'mine'],
    state: 'local',
    fetch: ({ page, pageSize }) => fetchMyFilings({ page, pageSize }),
  });
  const [open, setOpen] = useState(false);
  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>{t('filing.mine')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setOpen(true)}>
          {t('filing.submit')}
        </Button>
      </div>
      <FilingTable list={list} />
      <FilingForm open={open} onClose={() => setOpen(false)} />
    </Space>
  );
}
