import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import type { ZGiUser } from '@zhichan/contract';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchGeoIndication } from '../api/marks';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { orDash } from '../components/format';
import { QueryState } from '../components/query-state';
import { GiUserForm } from './gi-user-form';
import { hasPermission, useCurrentUser } from '../session/use-session';
import { NotFoundPage } from '../pages/not-found-page';

type GiUser = z.infer<typeof ZGiUser>;

/** 地理标志详情: the GI and the users authorised to use its special mark; registry.manage may add one. */
export function GeoIndicationPage() {
  const { t } = useTranslation();
  const canManage = hasPermission(useCurrentUser(), 'registry.manage');
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const query = useQuery({ queryKey: queryKeys.geoIndication(id), queryFn: () => fetchGeoIndication(id), enabled: valid });
  const today = dayjs().format('YYYY-MM-DD');
  if (!valid) return <NotFoundPage />;
  return (
    <>
      <Link to="/geo-indications" className="back-link">
        ← {t('gi.back')}
      </Link>
      <QueryState query={query}>
        {(gi) => (
          <Space orientation="vertical" size="middle" className="page">
            <Typography.Title level={1}>
              {gi.name} <DemoTag isDemo={gi.isDemo} />
            </Typography.Title>
            <Card>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'kind', label: t('gi.kind'), children: t(`gi.kinds.${gi.kind}`) },
                  { key: 'regNo', label: t('gi.regNo'), children: <span className="mono">{orDash(gi.regNo)}</span> },
                  { key: 'region', label: t('common.region'), children: `${gi.regionName}（${gi.regionCode}）` },
                  { key: 'holder', label: t('gi.holder'), children: orDash(gi.holderName) },
                  { key: 'approvedOn', label: t('gi.approvedOn'), children: orDash(gi.approvedOn) },
                  { key: 'status', label: t('common.status'), children: gi.status === 'active' ? t('gi.active') : gi.status },
                  { key: 'notes', label: t('gi.notes'), children: orDash(gi.notes), span: 'filled' },
                ]}
              />
            </Card>
            <Card title={<h2 className="card-title">{t('gi.users', { count: gi.authorisedUsers.length })}</h2>}>
              <Space orientation="vertical" size="middle" className="page">
                {canManage && <GiUserForm giId={gi.id} />}
                <Table<GiUser>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={gi.authorisedUsers}
                  locale={{ emptyText: t('gi.noUsers') }}
                  columns={[
                    {
                      title: t('gi.userName'),
                      dataIndex: 'name',
                      render: (_: unknown, u) => (u.orgId ? <Link to={`/enterprises/${u.orgId}`}>{u.name}</Link> : u.name),
                    },
                    { title: t('gi.creditCode'), dataIndex: 'creditCode', render: (v: string | null) => <span className="mono">{orDash(v)}</span> },
                    { title: t('gi.authorisedOn'), dataIndex: 'authorisedOn', render: orDash },
                    {
                      title: t('gi.expiresOn'),
                      dataIndex: 'expiresOn',
                      render: (v: string | null) => (
                        <>
                          {orDash(v)} {v && v < today && <Tag>{t('gi.expired')}</Tag>}
                        </>
                      ),
                    },
                  ]}
                />
              </Space>
            </Card>
          </Space>
        )}
      </QueryState>
    </>
  );
}
