import { Alert, App, Button, Card, Form, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { legalInstitutionKinds, overseasDisputeKinds, type SessionUser } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fetchCases, fetchInstitutions, fetchPublicExperts, fetchWarnings, fetchWorkstations, publishWarning } from '../api/overseas';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { formatTime } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { QueryState } from '../components/query-state';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { useSession } from '../session/use-session';
import { countryName, countryOptions } from './labels';

const TABS = ['workstations', 'experts', 'cases', 'institutions', 'warnings'] as const;
type Tab = (typeof TABS)[number];
const KEY = ['overseas'] as const;

/** 海外维权: the public libraries (workstations, experts without personal data, cases, legal institutions, warnings). */
export function OverseasPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'workstations';
  const session = useSession();
  const user = session.data?.user ?? null;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('overseas.title')}</Typography.Title>
      <Typography.Paragraph>{t('overseas.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k })}
        items={[
          { key: 'workstations', label: t('overseas.tabs.workstations'), children: <Workstations /> },
          { key: 'experts', label: t('overseas.tabs.experts'), children: <Experts /> },
          { key: 'cases', label: t('overseas.tabs.cases'), children: <Cases /> },
          { key: 'institutions', label: t('overseas.tabs.institutions'), children: <Institutions /> },
          { key: 'warnings', label: t('overseas.tabs.warnings'), children: <Warnings user={user} /> },
        ]}
      />
    </Space>
  );
}

/** The same libraries on the public site (no account needed). */
export const PublicOverseasPage = OverseasPage;

const tags = (xs: string[], label: (x: string) => string = (x) => x) => (
  <Space size={4} wrap>
    {xs.map((x) => (
      <Tag key={x}>{label(x)}</Tag>
    ))}
  </Space>
);

function Workstations() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const query = useQuery({ queryKey: [...KEY, 'workstations'], queryFn: fetchWorkstations });
  return (
    <QueryState query={query}>
      {(d) => (
        <Table
          rowKey="id"
          dataSource={d.items}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('overseas.empty') }}
          columns={[
            {
              title: t('overseas.name'),
              dataIndex: 'name',
              render: (v: string, r) => (
                <Space>
                  <strong>{v}</strong>
                  <DemoTag isDemo={r.isDemo} />
                </Space>
              ),
            },
            { title: t('overseas.address'), dataIndex: 'address' },
            {
              title: t('overseas.countries'),
              dataIndex: 'countries',
              render: (v: string[]) => tags(v, (c) => countryName(c, language === 'en' ? 'en' : 'zh')),
            },
            { title: t('overseas.industries'), dataIndex: 'industries', render: (v: string[]) => tags(v) },
            { title: t('overseas.contact'), key: 'contact', render: (_: unknown, r) => `${r.contactName} ${r.contactPhone}` },
            { title: t('overseas.established'), dataIndex: 'establishedOn' },
          ]}
        />
      )}
    </QueryState>
  );
}

function Experts() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const query = useQuery({ queryKey: [...KEY, 'experts'], queryFn: fetchPublicExperts });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('overseas.expertPrivacy')} />
      <QueryState query={query}>
        {(d) => (
          <Table
            rowKey="id"
            dataSource={d.items}
            pagination={false}
            scroll={{ x: 800 }}
            locale={{ emptyText: t('overseas.empty') }}
            columns={[
              {
                title: t('overseas.expert'),
                dataIndex: 'displayName',
                render: (v: string, r) => (
                  <Space>
                    {v}
                    <DemoTag isDemo={r.isDemo} />
                  </Space>
                ),
              },
              { title: t('overseas.fields'), dataIndex: 'fields', render: (v: string[]) => tags(v) },
              {
                title: t('overseas.countries'),
                dataIndex: 'countries',
                render: (v: string[]) => tags(v, (c) => countryName(c, language === 'en' ? 'en' : 'zh')),
              },
              { title: t('overseas.languages'), dataIndex: 'languages', render: (v: string[]) => tags(v) },
              {
                title: t('overseas.available'),
                dataIndex: 'available',
                render: (v: boolean) => (v ? <Tag color="green">{t('overseas.available')}</Tag> : <Tag>{t('overseas.unavailable')}</Tag>),
              },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}

const CASE_FILTERS = ['q', 'country', 'kind'] as const;

function Cases() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const list = usePagedList({
    queryKey: [...KEY, 'cases'],
    filters: CASE_FILTERS,
    state: 'local',
    pageSize: 10,
    fetch: ({ filters, page, pageSize }) => fetchCases({ q: filters.q, country: filters.country, kind: filters.kind, page, pageSize }),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <FilterBar values={list.filters} onSearch={list.setFilters}>
        <Form.Item name="q" label={t('overseas.keyword')} tooltip={t('overseas.keywordHint')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="country" label={t('overseas.country')}>
          <Select allowClear showSearch optionFilterProp="label" placeholder={t('overseas.any')} style={{ minWidth: 160 }} options={countryOptions(lang)} />
        </Form.Item>
        <Form.Item name="kind" label={t('overseas.kind')}>
          <Select
            allowClear
            placeholder={t('overseas.any')}
            style={{ minWidth: 140 }}
            options={overseasDisputeKinds.map((k) => ({ value: k, label: t(`overseas.kinds.${k}`) }))}
          />
        </Form.Item>
      </FilterBar>
      <PagedTable
        list={list}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('overseas.empty') }}
        expandable={{
          expandedRowRender: (r) => (
            <Space orientation="vertical">
              <span>{`${t('overseas.summary')}：${r.summary}`}</span>
              <span>{`${t('overseas.outcome')}：${r.outcome}`}</span>
              <span>{`${t('overseas.lessons')}：${r.lessons}`}</span>
            </Space>
          ),
        }}
        columns={[
          {
            title: t('overseas.caseTitle'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Space>
                <strong>{v}</strong>
                <DemoTag isDemo={r.isDemo} />
              </Space>
            ),
          },
          { title: t('overseas.country'), dataIndex: 'country', render: (v: string) => countryName(v, lang) },
          { title: t('overseas.kind'), dataIndex: 'kind', render: (v: (typeof overseasDisputeKinds)[number]) => t(`overseas.kinds.${v}`) },
          { title: t('overseas.industry'), dataIndex: 'industry' },
          { title: t('overseas.year'), dataIndex: 'year' },
          { title: t('overseas.lessons'), dataIndex: 'lessons', ellipsis: true },
        ]}
      />
    </Space>
  );
}

function Institutions() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const [params, setParams] = useSearchParams();
  const country = params.get('country') ?? undefined;
  const query = useQuery({ queryKey: [...KEY, 'institutions', country], queryFn: () => fetchInstitutions({ country }) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Form layout="inline">
        <Form.Item label={t('overseas.country')} htmlFor="institution-country">
          <Select
            id="institution-country"
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('overseas.any')}
            style={{ minWidth: 180 }}
            value={country}
            onChange={(v?: string) => setParams(v ? { tab: 'institutions', country: v } : { tab: 'institutions' })}
            options={countryOptions(lang)}
          />
        </Form.Item>
      </Form>
      <QueryState query={query}>
        {(d) => (
          <Table
            rowKey="id"
            dataSource={d.items}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: t('overseas.empty') }}
            columns={[
              { title: t('overseas.country'), dataIndex: 'country', render: (v: string) => countryName(v, lang) },
              {
                title: t('overseas.institutionKind'),
                dataIndex: 'kind',
                render: (v: (typeof legalInstitutionKinds)[number]) => t(`overseas.institutionKinds.${v}`),
              },
              {
                title: t('overseas.name'),
                dataIndex: 'name',
                render: (v: string, r) => (
                  <Space>
                    <strong>{v}</strong>
                    <DemoTag isDemo={r.isDemo} />
                  </Space>
                ),
              },
              { title: t('overseas.city'), dataIndex: 'city' },
              { title: t('overseas.services'), dataIndex: 'services' },
              { title: t('overseas.contact'), dataIndex: 'contact' },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}

function Warnings({ user }: { user: SessionUser | null }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const query = useQuery({ queryKey: [...KEY, 'warnings'], queryFn: fetchWarnings });
  const canPublish = user?.permissions.includes('overseas.manage') ?? false;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {canPublish && <PublishWarning />}
      <QueryState query={query}>
        {(d) => (
          <Table
            rowKey="id"
            dataSource={d.items}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: t('overseas.empty') }}
            columns={[
              { title: t('overseas.warningTitle'), dataIndex: 'title', render: (v: string) => <strong>{v}</strong> },
              { title: t('overseas.warningBody'), dataIndex: 'body' },
              { title: t('overseas.country'), dataIndex: 'country', render: (v: string | null) => countryName(v, lang) },
              { title: t('overseas.ipcPrefix'), dataIndex: 'ipcPrefix', render: (v: string | null) => v ?? '—' },
              { title: t('overseas.publishedAt'), dataIndex: 'publishedAt', render: formatTime },
              ...(canPublish ? [{ title: t('overseas.notified'), dataIndex: 'notifiedEnterprises' }] : []),
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}

function PublishWarning() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ title: string; body: string; country?: string; ipcPrefix?: string }>();
  const client = useQueryClient();
  const onError = useApiError(form);
  const publish = useMutation({
    mutationFn: (v: { title: string; body: string; country?: string; ipcPrefix?: string }) => publishWarning({ ...v, ipcPrefix: v.ipcPrefix || undefined }),
    onSuccess: (w) => {
      void message.success(t('overseas.published', { n: w.notifiedEnterprises }));
      form.resetFields();
      void client.invalidateQueries({ queryKey: KEY });
    },
    onError,
  });
  return (
    <Card title={t('overseas.publishWarning')} size="small">
      <Form form={form} layout="vertical" onFinish={(v) => publish.mutate(v)}>
        <Form.Item name="title" label={t('overseas.warningTitle')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="body" label={t('overseas.warningBody')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="country" label={t('overseas.country')}>
            <Select allowClear showSearch optionFilterProp="label" style={{ minWidth: 180 }} options={countryOptions(language === 'en' ? 'en' : 'zh')} />
          </Form.Item>
          <Form.Item name="ipcPrefix" label={t('overseas.ipcPrefix')} tooltip={t('overseas.ipcHint')}>
            <Input style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={publish.isPending}>
          {t('overseas.publishWarning')}
        </Button>
      </Form>
    </Card>
  );
}
