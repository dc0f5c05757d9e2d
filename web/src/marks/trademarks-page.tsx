import { Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchTrademarks } from '../api/marks';
import { queryKeys } from '../api/query-keys';
import { FilterBar } from '../components/filter-bar';
import { orDash } from '../components/format';
import { RegionPicker } from '../components/region-picker';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { useCurrentUser } from '../session/use-session';
import { KeyMarkTag, useKeyMarkFlags } from '../key-marks/key-mark-flags';

const FILTERS = ['q', 'niceClass', 'regionCode'] as const;
const NICE_CLASSES = Array.from({ length: 45 }, (_, i) => String(i + 1));

/** 商标: registered trademarks, filtered by keyword (mark, owner, number), Nice class and region. */
export function TrademarksPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const list = usePagedList({
    queryKey: queryKeys.trademarks,
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) =>
      fetchTrademarks({
        q: filters.q,
        niceClass: filters.niceClass && /^\d{1,2}$/.test(filters.niceClass) ? filters.niceClass : undefined,
        regionCode: filters.regionCode,
        page,
        pageSize,
      }),
  });
  // Marks on the key trademark protection list (重点商标) are flagged wherever they appear.
  const keyMarks = useKeyMarkFlags(list.items.map((r) => r.id));
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('trademarks.title')}</Typography.Title>
      <FilterBar values={list.filters} onSearch={list.setFilters}>
        <Form.Item name="q" label={t('common.keyword')}>
          <Input placeholder={t('trademarks.keywordPlaceholder')} allowClear />
        </Form.Item>
        <Form.Item name="niceClass" label={t('trademarks.niceClass')}>
          <Select
            allowClear
            showSearch
            placeholder={t('common.all')}
            style={{ minWidth: 140 }}
            options={NICE_CLASSES.map((c) => ({ value: c, label: t('trademarks.classLabel', { n: c }) }))}
          />
        </Form.Item>
        <Form.Item name="regionCode" label={t('common.region')}>
          <RegionPicker rootParent={user.org.regionCode.length === 6 ? user.org.regionCode : undefined} />
        </Form.Item>
      </FilterBar>
      <PagedTable
        list={list}
        scroll={{ x: 1200 }}
        locale={{ emptyText: t('trademarks.empty') }}
        columns={[
          { title: t('trademarks.regNo'), dataIndex: 'regNo', render: (v: string) => <span className="mono">{v}</span> },
          {
            title: t('trademarks.mark'),
            dataIndex: 'mark',
            render: (v: string, r) => (
              <Space size={4} wrap>
                <strong>{v}</strong>
                <KeyMarkTag flags={keyMarks.get(r.id)} />
              </Space>
            ),
          },
          {
            title: t('trademarks.classes'),
            dataIndex: 'classes',
            render: (cs: string[]) => cs.map((c) => <Tag key={c}>{t('trademarks.classLabel', { n: Number(c) })}</Tag>),
          },
          {
            title: t('trademarks.owner'),
            dataIndex: 'ownerName',
            render: (_: unknown, r) => (r.ownerOrgId ? <Link to={`/enterprises/${r.ownerOrgId}`}>{r.ownerName}</Link> : r.ownerName),
          },
          { title: t('trademarks.regionCode'), dataIndex: 'regionCode', render: (v: string | null) => <span className="mono">{orDash(v)}</span> },
          { title: t('trademarks.regDate'), dataIndex: 'regDate', render: orDash },
          { title: t('trademarks.expiresOn'), dataIndex: 'expiresOn', render: orDash },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (_: unknown, r) => (
              <Space size={4} wrap>
                {r.effective ? <Tag color="green">{t('trademarks.effective')}</Tag> : <Tag>{t('trademarks.notEffective')}</Tag>}
                <span>{r.status}</span>
                {r.wellKnown && <Tag color="gold">{t('trademarks.wellKnown')}</Tag>}
                {r.madrid && <Tag color="blue">{t('trademarks.madrid')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
