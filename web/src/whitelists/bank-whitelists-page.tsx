import { Space, Typography } from 'antd';
import type { Whitelist } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchPushedWhitelists, whitelistKeys } from '../api/whitelists';
import { DemoTag } from '../components/demo-tag';
import { formatTime } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { VersionText, WhitelistStatusTag } from './parts';

/** 白名单反馈 (bank): the white lists pushed to the caller's bank, and only those. */
export function BankWhitelistsPage() {
  const { t } = useTranslation();
  const list = usePagedList({ queryKey: [...whitelistKeys, 'pushed'], fetch: ({ page, pageSize }) => fetchPushedWhitelists({ page, pageSize }) });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('wl.bankTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('wl.bankIntro')}</Typography.Paragraph>
      <PagedTable
        list={list}
        columns={[
          {
            title: t('wl.listTitle'),
            key: 'title',
            render: (_: unknown, l: Whitelist) => (
              <>
                <Link to={`/bank/whitelists/${l.id}`}>{l.title}</Link> <DemoTag isDemo={l.isDemo} />
              </>
            ),
          },
          { title: t('wl.version'), key: 'version', render: (_: unknown, l: Whitelist) => <VersionText list={l} /> },
          { title: t('wl.status'), key: 'status', render: (_: unknown, l: Whitelist) => <WhitelistStatusTag status={l.status} /> },
          { title: t('wl.region'), dataIndex: 'regionName' },
          { title: t('wl.included'), dataIndex: 'includedCount' },
          { title: t('wl.pushedAt'), key: 'pushedAt', render: (_: unknown, l: Whitelist) => formatTime(l.pushes[0]?.pushedAt) },
        ]}
      />
    </Space>
  );
}
