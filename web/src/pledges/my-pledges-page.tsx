import { Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchMyPledges } from '../api/pledges';
import { queryKeys } from '../api/query-keys';
import { usePagedList } from '../components/use-paged-list';
import { PledgeForm } from './pledge-form';
import { PledgeTable } from './pledge-table';

/** 我的质押登记: the enterprise's pledge applications as pledgor; 申请质押登记 opens the form. */
export function MyPledgesPage() {
  const { t } = useTranslation();
  const list = usePagedList({ queryKey: [...queryKeys.pledges, 'mine'], state: 'local', fetch: ({ page, pageSize }) => fetchMyPledges({ page, pageSize }) });
  const [open, setOpen] = useState(false);
  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>{t('pledge.mine')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setOpen(true)}>
          {t('pledge.apply')}
        </Button>
      </div>
      <PledgeTable list={list} />
      <PledgeForm open={open} onClose={() => setOpen(false)} />
    </Space>
  );
}
