import { Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchMyDeclarations } from '../api/open-licences';
import { queryKeys } from '../api/query-keys';
import { usePagedList } from '../components/use-paged-list';
import { DeclarationTable } from './declaration-table';
import { DeclareForm } from './declare-form';

/** 我的开放许可: the enterprise's declarations and their status; 声明开放许可 opens the form. */
export function MyOpenLicencesPage() {
  const { t } = useTranslation();
  const list = usePagedList({
    queryKey: [...queryKeys.openLicences, 'mine'],
    state: 'local',
    fetch: ({ page, pageSize }) => fetchMyDeclarations({ page, pageSize }),
  });
  const [declaring, setDeclaring] = useState(false);
  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>{t('ol.mine')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setDeclaring(true)}>
          {t('ol.declare')}
        </Button>
      </div>
      <DeclarationTable list={list} linkTo={(d) => `/open-licences/declarations/${d.id}`} showStatus />
      <DeclareForm open={declaring} onClose={() => setDeclaring(false)} />
    </Space>
  );
}
