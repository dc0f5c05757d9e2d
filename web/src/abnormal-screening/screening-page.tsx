import { App, Button, Card, Col, Descriptions, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { flagStatuses, screeningSignalLabels, screeningSignals, ZFlagStatus, ZScreeningSignal, type ScreeningFlagDetail } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { decideFlag, fetchFlag, fetchFlags, runScreening } from '../api/abnormal-screening';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { useMessageText } from '../components/message-text';
import { PagedTable } from '../components/paged-table';
import { QueryState } from '../components/query-state';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';

const FILTERS = ['status', 'signal'] as const;
const KEY = ['abnormal-screening', 'flags'] as const;

/** 异常申请筛查: the flags of the jurisdiction, strongest first, each with its signal's explanation. */
export function ScreeningPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const text = useMessageText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiError();
  const list = usePagedList({
    queryKey: KEY,
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) =>
      fetchFlags({ status: ZFlagStatus.safeParse(filters.status).data, signal: ZScreeningSignal.safeParse(filters.signal).data, page, pageSize }),
  });
  const run = useMutation({
    mutationFn: () => runScreening('incremental'),
    onSuccess: (r) => {
      void message.success(`${r.patents} → ${r.newFlags}`);
      void client.invalidateQueries({ queryKey: KEY });
    },
    onError,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('nav.abnormalScreening')}</Typography.Title>
      <Typography.Paragraph>{t('abnormalScreening.intro')}</Typography.Paragraph>
      <Button onClick={() => run.mutate()} loading={run.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('abnormalScreening.run')}
      </Button>
      <FilterBar values={list.filters} onSearch={list.setFilters}>
        <Form.Item name="status" label={t('abnormalScreening.status')}>
          <Select allowClear style={{ minWidth: 140 }} options={flagStatuses.map((s) => ({ value: s, label: t(`abnormalScreening.statuses.${s}`) }))} />
        </Form.Item>
        <Form.Item name="signal" label={t('abnormalScreening.signal')}>
          <Select allowClear style={{ minWidth: 180 }} options={screeningSignals.map((s) => ({ value: s, label: screeningSignalLabels[s][lang] }))} />
        </Form.Item>
      </FilterBar>
      <PagedTable
        list={list}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: t('abnormalScreening.subject'),
            dataIndex: 'subject',
            render: (v: string, r) => (
              <>
                <Link to={`/abnormal-screening/${r.id}`}>{v}</Link> <DemoTag isDemo={r.isDemo} />
              </>
            ),
          },
          { title: t('abnormalScreening.signal'), dataIndex: 'signal', render: (s: keyof typeof screeningSignalLabels) => screeningSignalLabels[s][lang] },
          { title: t('abnormalScreening.explanation'), key: 'explanation', render: (_: unknown, r) => text(r.explanation) },
          { title: t('abnormalScreening.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(`abnormalScreening.statuses.${s as 'open'}`)}</Tag> },
        ]}
      />
    </Space>
  );
}

function Evidence({ side, title }: { side: NonNullable<ScreeningFlagDetail['evidence']>['left']; title: string }) {
  const { t } = useTranslation();
  return (
    <Card title={`${title}：${side.appNo}`} size="small">
      <Typography.Paragraph type="secondary">
        {side.applicants.join('；')} · {side.appDate ?? '—'}
      </Typography.Paragraph>
      {side.fields.map((f) => (
        <div key={f.field}>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t(`abnormalScreening.fields.${f.field}`)}
          </Typography.Title>
          <p>{f.segments.map((s, i) => (s.shared ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</p>
        </div>
      ))}
    </Card>
  );
}

/** One flag: its explanation, the two texts side by side with the shared passages marked, and the decision. */
export function ScreeningFlagPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const text = useMessageText();
  const id = Number(useParams().id);
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const onError = useApiError(form);
  const query = useQuery({ queryKey: ['abnormal-screening', 'flag', id], queryFn: () => fetchFlag(id) });
  const decide = useMutation({
    mutationFn: (action: 'confirm' | 'dismiss') => decideFlag(id, action, form.getFieldValue('reason') as string),
    onSuccess: (r) => {
      client.setQueryData(['abnormal-screening', 'flag', id], r);
      void client.invalidateQueries({ queryKey: KEY });
      void message.success(t(`abnormalScreening.statuses.${r.status}`));
    },
    onError,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <QueryState query={query}>
        {(f) => (
          <>
            <Typography.Title level={1}>{f.subject}</Typography.Title>
            <Descriptions
              column={1}
              bordered
              size="small"
              items={[
                { key: 's', label: t('abnormalScreening.signal'), children: screeningSignalLabels[f.signal][lang] },
                { key: 'e', label: t('abnormalScreening.explanation'), children: text(f.explanation) },
                { key: 'st', label: t('abnormalScreening.status'), children: t(`abnormalScreening.statuses.${f.status}`) },
                ...(f.decisionReason ? [{ key: 'r', label: t('abnormalScreening.reason'), children: f.decisionReason }] : []),
                ...(f.creditListingId
                  ? [
                      {
                        key: 'c',
                        label: t('abnormalScreening.creditListing'),
                        children: <Link to={`/credit/listings/${f.creditListingId}`}>{f.creditListingId}</Link>,
                      },
                    ]
                  : []),
              ]}
            />
            {f.evidence && (
              <>
                <Typography.Title level={2}>{t('abnormalScreening.evidence')}</Typography.Title>
                <Typography.Paragraph type="secondary">{t('abnormalScreening.evidenceHint')}</Typography.Paragraph>
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Evidence side={f.evidence.left} title={t('abnormalScreening.later')} />
                  </Col>
                  <Col xs={24} md={12}>
                    <Evidence side={f.evidence.right} title={t('abnormalScreening.earlier')} />
                  </Col>
                </Row>
              </>
            )}
            {f.patents.length > 0 && !f.evidence && (
              <Card title={t('abnormalScreening.patents')} size="small">
                <ul>
                  {f.patents.map((p) => (
                    <li key={p.id}>
                      <Link to={`/patents/${p.id}`}>{p.appNo}</Link> {p.title} {p.appDate ?? ''}
                    </li>
                  ))}
                </ul>
              </Card>
            )}
            {f.status === 'open' && (
              <Card title={t('abnormalScreening.decide')} size="small">
                <Form form={form} layout="vertical">
                  <Form.Item
                    name="reason"
                    label={t('abnormalScreening.reason')}
                    rules={[{ required: true, min: 2, message: t('abnormalScreening.reasonRequired') }]}
                  >
                    <Input.TextArea rows={3} maxLength={2000} />
                  </Form.Item>
                  <Space>
                    <Button type="primary" danger loading={decide.isPending} onClick={() => void form.validateFields().then(() => decide.mutate('confirm'))}>
                      {t('abnormalScreening.confirm')}
                    </Button>
                    <Button loading={decide.isPending} onClick={() => void form.validateFields().then(() => decide.mutate('dismiss'))}>
                      {t('abnormalScreening.dismiss')}
                    </Button>
                  </Space>
                </Form>
              </Card>
            )}
            {f.status === 'confirmed' && !f.creditListingId && <Typography.Paragraph>{t('abnormalScreening.creditHint')}</Typography.Paragraph>}
          </>
        )}
      </QueryState>
    </Space>
  );
}
