import { App, Button, Card, Descriptions, Form, Input, Modal, Popconfirm, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { enterpriseTagLabels, type WhitelistEntry, type WhitelistOutcomes } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { fetchEnterprises } from '../api/enterprises';
import {
  fetchWhitelist,
  fetchWhitelistBanks,
  fetchWhitelistEntries,
  fetchWhitelistOutcomes,
  publishWhitelist,
  pushWhitelist,
  reviewWhitelist,
  reviseWhitelist,
  whitelistExportUrl,
  whitelistKeys,
} from '../api/whitelists';
import { formatTime } from '../components/format';
import { PageSpinner } from '../components/page-spinner';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { useApiError } from '../components/use-api-error';
import { useLabel } from '../prefs/label';
import { FeedbackText, Reasons, VersionText, WhitelistStatusTag } from './parts';

const FILTERS = ['included'] as const;

/** One version of a white list (bureau): its rules and counts, review (add/remove with reasons), publish, push, outcomes, export. */
export function WhitelistPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const onError = useApiError();
  const [removing, setRemoving] = useState<WhitelistEntry | null>(null);
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const [addForm] = Form.useForm<{ orgId: number; reason: string }>();
  const [banks, setBanks] = useState<number[]>([]);
  const [search, setSearch] = useState('');
  const list = useQuery({ queryKey: [...whitelistKeys, id], queryFn: () => fetchWhitelist(id) });
  const outcomes = useQuery({ queryKey: [...whitelistKeys, id, 'outcomes'], queryFn: () => fetchWhitelistOutcomes(id) });
  const bankOptions = useQuery({ queryKey: [...whitelistKeys, 'banks'], queryFn: fetchWhitelistBanks });
  const found = useQuery({
    queryKey: ['enterprises', 'wl-search', search],
    queryFn: () => fetchEnterprises({ q: search || undefined, status: 'active', page: 1, pageSize: 20 }),
    enabled: list.data?.status === 'draft',
  });
  const entries = usePagedList({
    queryKey: [...whitelistKeys, id, 'entries'],
    filters: FILTERS,
    state: 'local',
    fetch: ({ filters, page, pageSize }) =>
      fetchWhitelistEntries(id, { included: filters.included === 'all' ? undefined : (filters.included ?? 'true'), page, pageSize }),
  });
  const refresh = () => {
    void message.success(t('wl.done'));
    void client.invalidateQueries({ queryKey: whitelistKeys });
  };
  const review = useMutation({
    mutationFn: (b: { orgId: number; decision: 'add' | 'remove'; reason: string }) => reviewWhitelist(id, b),
    onSuccess: () => {
      refresh();
      setRemoving(null);
      reasonForm.resetFields();
      addForm.resetFields();
    },
    onError,
  });
  const publish = useMutation({ mutationFn: () => publishWhitelist(id), onSuccess: refresh, onError });
  const revise = useMutation({
    mutationFn: () => reviseWhitelist(id),
    onSuccess: (l) => {
      refresh();
      void navigate(`/whitelists/${l.id}`);
    },
    onError,
  });
  const push = useMutation({
    mutationFn: () => pushWhitelist(id, banks),
    onSuccess: () => {
      refresh();
      setBanks([]);
    },
    onError,
  });
  if (!list.data) return list.isError ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : <PageSpinner />;
  const l = list.data;
  const draft = l.status === 'draft';
  const r = l.rules;
  const o = outcomes.data;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>
        {l.title} <VersionText list={l} /> <WhitelistStatusTag status={l.status} />
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('wl.region')}>{l.regionName}</Descriptions.Item>
        <Descriptions.Item label={t('wl.screenedOn')}>{l.screenedOn}</Descriptions.Item>
        <Descriptions.Item label={t('wl.screened')}>{l.screenedCount}</Descriptions.Item>
        <Descriptions.Item label={t('wl.candidates')}>{l.candidateCount}</Descriptions.Item>
        <Descriptions.Item label={t('wl.included')}>{l.includedCount}</Descriptions.Item>
        <Descriptions.Item label={t('wl.publishedAt')}>{formatTime(l.publishedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('wl.rules')} span={2}>
          <Space wrap>
            <Tag>
              {t('wl.minEffectiveInventions')} {r.minEffectiveInventions}
            </Tag>
            <Tag>
              {t('wl.minHighValue')} {r.minHighValue}
            </Tag>
            {r.tags.map((g) => (
              <Tag key={g}>{label(enterpriseTagLabels[g])}</Tag>
            ))}
            {r.noCreditListing && <Tag>{t('wl.noCreditListing')}</Tag>}
            {r.industries.length > 0 && (
              <Tag>
                {t('wl.industries')}：{r.industries.join('、')}
              </Tag>
            )}
            {r.ipcPrefixes.length > 0 && <Tag>IPC：{r.ipcPrefixes.join('、')}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('wl.pushedTo')} span={2}>
          {l.pushes.length === 0 ? t('wl.notPushed') : l.pushes.map((p) => `${p.bankName}（${formatTime(p.pushedAt)}）`).join('、')}
        </Descriptions.Item>
      </Descriptions>
      <Space wrap>
        {draft && (
          <Popconfirm title={t('wl.confirmPublish')} onConfirm={() => publish.mutate()}>
            <Button type="primary" loading={publish.isPending}>
              {t('wl.publish')}
            </Button>
          </Popconfirm>
        )}
        {l.status === 'published' && (
          <Button onClick={() => revise.mutate()} loading={revise.isPending}>
            {t('wl.revise')}
          </Button>
        )}
        <Button href={whitelistExportUrl(id)}>{t('wl.export')}</Button>
      </Space>
      {l.status === 'published' && (
        <Card title={<h2 className="card-title">{t('wl.push')}</h2>}>
          <Space wrap>
            <Select
              mode="multiple"
              aria-label={t('wl.banks')}
              placeholder={t('wl.banks')}
              style={{ minWidth: 320 }}
              value={banks}
              onChange={setBanks}
              optionFilterProp="label"
              options={(bankOptions.data?.items ?? []).filter((b) => !l.pushes.some((p) => p.bankOrgId === b.id)).map((b) => ({ value: b.id, label: b.name }))}
            />
            <Button type="primary" disabled={banks.length === 0} loading={push.isPending} onClick={() => push.mutate()}>
              {t('wl.push')}
            </Button>
          </Space>
        </Card>
      )}
      {draft && (
        <Card title={<h2 className="card-title">{t('wl.add')}</h2>}>
          <Form form={addForm} layout="inline" onFinish={(v) => review.mutate({ orgId: v.orgId, decision: 'add', reason: v.reason })}>
            <Form.Item name="orgId" label={t('wl.enterprise')} rules={[{ required: true }]}>
              <Select
                showSearch
                style={{ minWidth: 280 }}
                filterOption={false}
                onSearch={setSearch}
                options={(found.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.creditCode}）` }))}
              />
            </Form.Item>
            <Form.Item name="reason" label={t('wl.reason')} rules={[{ required: true, min: 2 }]}>
              <Input maxLength={200} style={{ minWidth: 240 }} />
            </Form.Item>
            <Button htmlType="submit" loading={review.isPending}>
              {t('wl.add')}
            </Button>
          </Form>
        </Card>
      )}
      <Card title={<h2 className="card-title">{t('wl.entries')}</h2>}>
        <Radio.Group
          value={entries.filters.included ?? 'true'}
          onChange={(e) => entries.setFilters({ included: String(e.target.value) })}
          options={[
            { value: 'true', label: t('wl.onList') },
            { value: 'false', label: t('wl.offList') },
            { value: 'all', label: '—' },
          ]}
          optionType="button"
          style={{ marginBottom: 12 }}
        />
        <PagedTable
          list={entries}
          rowKey="orgId"
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('wl.enterprise'), dataIndex: 'name' },
            { title: t('wl.creditCode'), key: 'code', render: (_: unknown, e: WhitelistEntry) => e.creditCode ?? '—' },
            { title: t('wl.figures'), key: 'fig', render: (_: unknown, e: WhitelistEntry) => `${e.figures.effectiveInventions} / ${e.figures.highValue}` },
            { title: t('wl.reasons'), key: 'reasons', render: (_: unknown, e: WhitelistEntry) => <Reasons entry={e} /> },
            {
              title: t('wl.source'),
              key: 'source',
              render: (_: unknown, e: WhitelistEntry) => (
                <>
                  <Tag>{e.source === 'manual' ? t('wl.sourceManual') : t('wl.sourceScreening')}</Tag>
                  {!e.included && <Tag color="red">{t('wl.offList')}</Tag>}
                </>
              ),
            },
            { title: t('wl.decisionReason'), key: 'decision', render: (_: unknown, e: WhitelistEntry) => e.decisionReason ?? '—' },
            {
              title: t('wl.feedback'),
              key: 'feedback',
              render: (_: unknown, e: WhitelistEntry) =>
                e.feedback.length === 0 ? t('wl.noFeedback') : e.feedback.map((f) => <FeedbackText key={f.bankOrgId} f={f} withBank />),
            },
            ...(draft
              ? [
                  {
                    title: '',
                    key: 'act',
                    render: (_: unknown, e: WhitelistEntry) =>
                      e.included ? (
                        <Button size="small" danger onClick={() => setRemoving(e)}>
                          {t('wl.remove')}
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title={<h2 className="card-title">{t('wl.outcomes')}</h2>}>
        <Table<WhitelistOutcomes['byBank'][number]>
          rowKey="bankOrgId"
          pagination={false}
          dataSource={o?.byBank ?? []}
          loading={outcomes.isFetching}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('wl.bank'), dataIndex: 'bankName' },
            { title: t('wl.pushedAt'), key: 'pushedAt', render: (_: unknown, b: WhitelistOutcomes['byBank'][number]) => formatTime(b.pushedAt) },
            { title: t('wl.contacted'), dataIndex: 'contacted' },
            { title: t('wl.applied'), dataIndex: 'applied' },
            { title: t('wl.granted'), dataIndex: 'granted' },
            { title: t('wl.declined'), dataIndex: 'declined' },
            { title: t('wl.none'), dataIndex: 'none' },
            { title: t('wl.grantedAmount'), key: 'amount', render: (_: unknown, b: WhitelistOutcomes['byBank'][number]) => b.grantedAmount.toLocaleString() },
          ]}
          summary={() =>
            o && o.byBank.length > 0 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('wl.total')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1}>
                  {t('wl.reached')} {o.total.enterprisesReached}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2}>{o.total.contacted}</Table.Summary.Cell>
                <Table.Summary.Cell index={3}>{o.total.applied}</Table.Summary.Cell>
                <Table.Summary.Cell index={4}>{o.total.granted}</Table.Summary.Cell>
                <Table.Summary.Cell index={5}>{o.total.declined}</Table.Summary.Cell>
                <Table.Summary.Cell index={6}>—</Table.Summary.Cell>
                <Table.Summary.Cell index={7}>{o.total.grantedAmount.toLocaleString()}</Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
      <Modal
        open={removing !== null}
        title={`${t('wl.remove')}：${removing?.name ?? ''}`}
        onCancel={() => setRemoving(null)}
        onOk={() => reasonForm.submit()}
        confirmLoading={review.isPending}
      >
        <Form form={reasonForm} layout="vertical" onFinish={(v) => removing && review.mutate({ orgId: removing.orgId, decision: 'remove', reason: v.reason })}>
          <Form.Item name="reason" label={t('wl.reason')} rules={[{ required: true, min: 2 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
