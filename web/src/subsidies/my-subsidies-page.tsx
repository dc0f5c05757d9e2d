import { Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchMySubsidies } from '../api/subsidies';
import { queryKeys } from '../api/query-keys';
import { usePagedList } from '../components/use-paged-list';
import { SubsidyForm } from './subsidy-form';
import { SubsidyTable } from './subsidy-table';

/** 贴息申报 (enterprise): its applications and where each stands; 申报贴息 opens the form with its 试算. */
export function MySubsidiesPage() {
  const { t } = useTranslation();
  const list = usePagedList({
    queryKey: [...queryKeys.subsidies, 'mine'],
    state: 'local',
    fetch: ({ page, pageSize }) => fetchMySubsidies({ page, pageSize }),
  });
  const [open, setOpen] = useState(false);
  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>{t('subsidy.mine')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setOpen(true)}>
          {t('subsidy.apply')}
        </Button>
      </div>
      <SubsidyTable list={list} />
      <SubsidyForm open={open} onClose={() => setOpen(false)} />
    </Space>
  );
}
