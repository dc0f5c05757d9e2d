import { App, Button, Form, Input, InputNumber, Modal, Rate, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { needTopicLabels, outletLevelLabels, outletServiceLabels, trainingKindLabels, type Need, type Training } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerNeed, fetchNeeds, fetchOutlets, fetchTrainings, rateNeed, recordVisit, registerTraining } from '../api/outreach';
import { DemoTag } from '../components/demo-tag';
import { PagedTable } from '../components/paged-table';
import { QueryState } from '../components/query-state';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { useCurrentUser } from '../session/use-session';

const useLang = () => (usePreferences().language === 'en' ? 'en' : 'zh');

/** 服务网点: the outlets of the jurisdiction with level, services and contacts. */
export function OutletsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery({ queryKey: ['outreach', 'outlets'], queryFn: fetchOutlets });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('nav.outlets')}</Typography.Title>
      <QueryState query={query}>
        {(r) => (
          <Table
            rowKey="id"
            dataSource={r.items}
            pagination={false}
            scroll={{ x: 900 }}
            columns={[
              {
                title: t('outreach.name'),
                dataIndex: 'name',
                render: (v: string, o) => (
                  <>
                    {v} <DemoTag isDemo={o.isDemo} />
                  </>
                ),
              },
              { title: t('outreach.level'), dataIndex: 'level', render: (l: keyof typeof outletLevelLabels) => outletLevelLabels[l][lang] },
              {
                title: t('outreach.services'),
                dataIndex: 'services',
                render: (s: (keyof typeof outletServiceLabels)[]) => s.map((x) => <Tag key={x}>{outletServiceLabels[x][lang]}</Tag>),
              },
              { title: t('outreach.address'), dataIndex: 'address' },
              { title: t('outreach.contact'), key: 'c', render: (_: unknown, o) => `${o.contactName} ${o.contactPhone}` },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}

/** 培训活动: events open for registration; an enterprise registers, staff see the counts. */
export function TrainingsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useCurrentUser();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [registering, setRegistering] = useState<Training | null>(null);
  const [form] = Form.useForm<{ contactName: string; contactPhone: string; attendees: number }>();
  const onError = useApiError(form);
  const list = usePagedList({ queryKey: ['outreach', 'trainings'], fetch: ({ page, pageSize }) => fetchTrainings({ page, pageSize }) });
  const register = useMutation({
    mutationFn: (v: { contactName: string; contactPhone: string; attendees: number }) => registerTraining((registering as Training).id, v),
    onSuccess: () => {
      setRegistering(null);
      void message.success(t('outreach.registered'));
      void client.invalidateQueries({ queryKey: ['outreach', 'trainings'] });
    },
    onError,
  });
  const isEnterprise = user.permissions.includes('enterprise.self');
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('nav.trainings')}</Typography.Title>
      <PagedTable
        list={list}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: t('outreach.title'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <>
                {v} <DemoTag isDemo={r.isDemo} />
              </>
            ),
          },
          { title: t('outreach.kind'), dataIndex: 'kind', render: (k: keyof typeof trainingKindLabels) => trainingKindLabels[k][lang] },
          { title: t('outreach.heldOn'), dataIndex: 'heldOn' },
          { title: t('outreach.place'), dataIndex: 'place' },
          { title: t('outreach.seats'), key: 'seats', render: (_: unknown, r) => `${r.registered} / ${r.capacity}` },
          { title: t('outreach.status'), dataIndex: 'status', render: (s: string) => t(`outreach.trainingStatus.${s as 'held'}`) },
          ...(isEnterprise
            ? [
                {
                  title: t('outreach.action'),
                  key: 'a',
                  render: (_: unknown, r: Training) =>
                    r.mine ? (
                      <Tag color="green">{t('outreach.registered')}</Tag>
                    ) : r.status === 'scheduled' ? (
                      <Button size="small" onClick={() => setRegistering(r)}>
                        {t('outreach.register')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={registering !== null}
        title={`${t('outreach.register')}：${registering?.title ?? ''}`}
        okText={t('outreach.register')}
        onCancel={() => setRegistering(null)}
        onOk={() => void form.validateFields().then((v) => register.mutate(v))}
        confirmLoading={register.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ attendees: 1 }}>
          <Form.Item name="contactName" label={t('outreach.contactName')} rules={[{ required: true, min: 2 }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="contactPhone" label={t('outreach.contactPhone')} rules={[{ required: true, pattern: /^[0-9+\-() ]{7,20}$/ }]}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="attendees" label={t('outreach.attendees')} rules={[{ required: true }]}>
            <InputNumber min={1} max={50} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

function NeedActions({ need }: { need: Need }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const client = useQueryClient();
  const [form] = Form.useForm<{ text: string; stars: number }>();
  const onError = useApiError(form);
  const done = () => void client.invalidateQueries({ queryKey: ['outreach', 'needs'] });
  const answer = useMutation({ mutationFn: (text: string) => answerNeed(need.id, text), onSuccess: done, onError });
  const rate = useMutation({ mutationFn: (stars: number) => rateNeed(need.id, stars, ''), onSuccess: done, onError });
  if (need.status === 'open' && user.permissions.includes('outreach.manage')) {
    return (
      <Form form={form} layout="inline" onFinish={(v) => answer.mutate(v.text)}>
        <Form.Item name="text" label={t('outreach.answer')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={1} maxLength={2000} />
        </Form.Item>
        <Button htmlType="submit" size="small" loading={answer.isPending}>
          {t('outreach.sendAnswer')}
        </Button>
      </Form>
    );
  }
  if (need.status === 'answered' && user.permissions.includes('enterprise.self')) {
    return (
      <Form form={form} layout="inline" onFinish={(v) => rate.mutate(v.stars)}>
        <Form.Item name="stars" label={t('outreach.satisfaction')} rules={[{ required: true }]}>
          <Rate />
        </Form.Item>
        <Button htmlType="submit" size="small" loading={rate.isPending}>
          {t('outreach.sendRating')}
        </Button>
      </Form>
    );
  }
  return need.satisfaction ? <Rate disabled value={need.satisfaction} /> : null;
}

/** 企业诉求 (三问两送): staff record a visit and its needs, answer them; the enterprise rates the answers. */
export function NeedsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useCurrentUser();
  const client = useQueryClient();
  const [visiting, setVisiting] = useState(false);
  const [form] = Form.useForm<{
    orgId: number;
    visitedOn: string;
    visitors: string;
    summary: string;
    topic: Need['topic'];
    description: string;
    department: string;
  }>();
  const onError = useApiError(form);
  const list = usePagedList({ queryKey: ['outreach', 'needs'], fetch: ({ page, pageSize }) => fetchNeeds({ page, pageSize }) });
  const visit = useMutation({
    mutationFn: (v: { orgId: number; visitedOn: string; visitors: string; summary: string; topic: Need['topic']; description: string; department: string }) =>
      recordVisit({
        orgId: v.orgId,
        visitedOn: v.visitedOn,
        visitors: v.visitors,
        summary: v.summary,
        needs: [{ topic: v.topic, description: v.description, department: v.department }],
      }),
    onSuccess: () => {
      setVisiting(false);
      void client.invalidateQueries({ queryKey: ['outreach', 'needs'] });
    },
    onError,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('nav.enterpriseNeeds')}</Typography.Title>
      <Typography.Paragraph>{t('outreach.needsIntro')}</Typography.Paragraph>
      {user.permissions.includes('outreach.manage') && (
        <Button type="primary" style={{ alignSelf: 'flex-start' }} onClick={() => setVisiting(true)}>
          {t('outreach.recordVisit')}
        </Button>
      )}
      <PagedTable
        list={list}
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('outreach.enterprise'),
            dataIndex: 'orgName',
            render: (v: string, r) => (
              <>
                {v} <DemoTag isDemo={r.isDemo} />
              </>
            ),
          },
          { title: t('outreach.topic'), dataIndex: 'topic', render: (k: keyof typeof needTopicLabels) => needTopicLabels[k][lang] },
          { title: t('outreach.need'), dataIndex: 'description' },
          { title: t('outreach.department'), dataIndex: 'department' },
          { title: t('outreach.dueOn'), dataIndex: 'dueOn' },
          { title: t('outreach.status'), dataIndex: 'status', render: (s: string) => t(`outreach.needStatus.${s as 'open'}`) },
          { title: t('outreach.answer'), dataIndex: 'answer', render: (v: string | null) => v ?? '—' },
          { title: t('outreach.action'), key: 'a', render: (_: unknown, r: Need) => <NeedActions need={r} /> },
        ]}
      />
      <Modal
        open={visiting}
        title={t('outreach.recordVisit')}
        onCancel={() => setVisiting(false)}
        onOk={() => void form.validateFields().then((v) => visit.mutate(v))}
        confirmLoading={visit.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ topic: 'financing' }}>
          <Form.Item name="orgId" label={t('outreach.enterpriseId')} rules={[{ required: true }]}>
            <InputNumber min={1} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="visitedOn" label={t('outreach.visitedOn')} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ }]}>
            <Input placeholder="2026-03-01" />
          </Form.Item>
          <Form.Item name="visitors" label={t('outreach.visitors')} rules={[{ required: true, min: 2 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="summary" label={t('outreach.summary')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="topic" label={t('outreach.topic')}>
            <Select options={Object.entries(needTopicLabels).map(([k, v]) => ({ value: k, label: v[lang] }))} />
          </Form.Item>
          <Form.Item name="description" label={t('outreach.need')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="department" label={t('outreach.department')} rules={[{ required: true, min: 2 }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
