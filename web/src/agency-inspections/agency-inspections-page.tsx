import { Alert, App, Button, Card, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Agency, InspectionObject, InspectionPlan } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createInspectionPlan,
  drawInspectionPlan,
  fetchAgencies,
  fetchInspectionPlans,
  fetchInspectors,
  publishInspectionResult,
  recordInspectionResult,
  recuseInspector,
  verifyInspectionDraw,
} from '../api/agency-inspections';
import { DemoTag } from '../components/demo-tag';
import { useApiError } from '../components/use-api-error';
import { useCurrentUser } from '../session/use-session';
import { PromptButton } from '../preexam/prompt-button';

const KEY = ['agency-inspections'] as const;

function ObjectsTable({ plan }: { plan: InspectionPlan }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { message } = App.useApp();
  const refresh = () => {
    void message.success(t('agencyInsp.done'));
    void client.invalidateQueries({ queryKey: KEY });
  };
  const publish = useMutation({ mutationFn: publishInspectionResult, onSuccess: refresh, onError: useApiError() });
  return (
    <Table<InspectionObject>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={plan.objects}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '#', dataIndex: 'position' },
        { title: t('agencyInsp.name'), render: (_, o) => `${o.agencyName}（${t(`agencyInsp.kindLabel.${o.agencyKind}`)}）` },
        {
          title: t('agencyInsp.team'),
          render: (_, o) =>
            o.inspectors.map((i) => (
              <Tag key={i.inspectorId} title={`${t('agencyInsp.seed')}：${i.seed}`}>
                {i.inspectorName}
                {i.recused ? `（${t('agencyInsp.recused')}）` : ''}
              </Tag>
            )),
        },
        {
          title: t('agencyInsp.status.drawn'),
          render: (_, o) => (
            <>
              <Tag>{t(`agencyInsp.status.${o.status}`)}</Tag>
              {o.overdue && <Tag color="red">{o.publishedOn ? t('agencyInsp.late') : t('agencyInsp.overdue')}</Tag>}
            </>
          ),
        },
        { title: t('agencyInsp.publishDue'), render: (_, o) => o.publishDueOn ?? '—' },
        {
          title: t('preexam.actions'),
          render: (_, o) => (
            <Space wrap>
              {o.status === 'drawn' && (
                <PromptButton
                  label={t('agencyInsp.recuse')}
                  title={t('agencyInsp.recuse')}
                  fields={[
                    {
                      name: 'inspectorId',
                      label: t('agencyInsp.team'),
                      kind: 'select',
                      options: o.inspectors.filter((i) => !i.recused).map((i) => ({ value: String(i.inspectorId), label: i.inspectorName })),
                    },
                    { name: 'reason', label: t('agencyInsp.recusalReason') },
                  ]}
                  onSubmit={async (v) => {
                    await recuseInspector(o.id, Number(v.inspectorId), v.reason as string);
                    refresh();
                  }}
                />
              )}
              {o.status === 'drawn' && (
                <PromptButton
                  label={t('agencyInsp.result')}
                  title={t('agencyInsp.result')}
                  fields={[
                    ...plan.checklist.map((item, n) => ({
                      name: `c${n}`,
                      label: item,
                      kind: 'select' as const,
                      options: [
                        { value: 'yes', label: t('agencyInsp.compliant') },
                        { value: 'no', label: t('agencyInsp.nonCompliant') },
                      ],
                    })),
                    { name: 'measures', label: t('agencyInsp.measures'), required: false },
                  ]}
                  onSubmit={async (v) => {
                    await recordInspectionResult(o.id, {
                      findings: plan.checklist.map((item, n) => ({ item, compliant: v[`c${n}`] === 'yes' })),
                      measures: (v.measures as string | undefined) ?? '',
                    });
                    refresh();
                  }}
                />
              )}
              {o.status === 'concluded' && (
                <Button size="small" type="primary" onClick={() => publish.mutate(o.id)}>
                  {t('agencyInsp.publish')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

function PlanCard({ plan }: { plan: InspectionPlan }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const onError = useApiError();
  const [seed, setSeed] = useState('');
  const [verified, setVerified] = useState<boolean | null>(null);
  const draw = useMutation({ mutationFn: () => drawInspectionPlan(plan.id, seed), onSuccess: () => void client.invalidateQueries({ queryKey: KEY }), onError });
  const verify = useMutation({ mutationFn: () => verifyInspectionDraw(plan.id, seed || plan.seed || ''), onSuccess: (v) => setVerified(v.matches), onError });
  return (
    <Card
      title={
        <>
          {plan.year} {plan.title} <DemoTag isDemo={plan.isDemo} />
        </>
      }
    >
      <Typography.Paragraph>
        {t('agencyInsp.share')}：{plan.sharePercent}%；{t('agencyInsp.perObject')}：{plan.inspectorsPerObject}；{t('agencyInsp.checklist')}：
        {plan.checklist.join('、')}
      </Typography.Paragraph>
      <Space wrap>
        <label htmlFor={`seed-${plan.id}`}>{t('agencyInsp.seed')}</label>
        <Input id={`seed-${plan.id}`} value={seed} placeholder={plan.seed ?? ''} onChange={(e) => setSeed(e.target.value)} style={{ width: 220 }} />
        {!plan.seed && (
          <Button type="primary" onClick={() => draw.mutate()} loading={draw.isPending}>
            {t('agencyInsp.draw')}
          </Button>
        )}
        {plan.seed && <Button onClick={() => verify.mutate()}>{t('agencyInsp.verify')}</Button>}
        {plan.seed && (
          <Typography.Text>
            {t('agencyInsp.seed')}：{plan.seed}（{plan.drawnAt?.slice(0, 10)}）
          </Typography.Text>
        )}
      </Space>
      {verified !== null && (
        <Alert style={{ marginTop: 8 }} type={verified ? 'success' : 'warning'} title={verified ? t('agencyInsp.verified') : t('agencyInsp.notVerified')} />
      )}
      {plan.objects.length > 0 && <ObjectsTable plan={plan} />}
    </Card>
  );
}

function NewPlan() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const client = useQueryClient();
  const [form] = Form.useForm<{ year: number; title: string; sharePercent: number; inspectorsPerObject: number; checklist: string }>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: (v: { year: number; title: string; sharePercent: number; inspectorsPerObject: number; checklist: string }) =>
      createInspectionPlan({
        ...v,
        regionCode: user.org.regionCode,
        checklist: v.checklist
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: KEY }),
    onError,
  });
  return (
    <Card title={t('agencyInsp.newPlan')}>
      <Form
        form={form}
        name="inspection-plan"
        layout="vertical"
        initialValues={{ year: new Date().getFullYear(), sharePercent: 20, inspectorsPerObject: 2 }}
        onFinish={(v) => save.mutate(v)}
      >
        <Space wrap align="start">
          <Form.Item name="year" label={t('agencyInsp.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="title" label={t('agencyInsp.planTitle')} rules={[{ required: true, min: 2 }]}>
            <Input style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="sharePercent" label={t('agencyInsp.share')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100} />
          </Form.Item>
          <Form.Item name="inspectorsPerObject" label={t('agencyInsp.perObject')} rules={[{ required: true }]}>
            <InputNumber min={2} max={10} />
          </Form.Item>
        </Space>
        <Form.Item name="checklist" label={t('agencyInsp.checklist')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('agencyInsp.save')}
        </Button>
      </Form>
    </Card>
  );
}

/** 双随机抽查: the directories, annual plans, the seeded draw, recusals, results and their publication. */
export function AgencyInspectionsPage() {
  const { t } = useTranslation();
  const agencies = useQuery({ queryKey: [...KEY, 'agencies'], queryFn: fetchAgencies });
  const inspectors = useQuery({ queryKey: [...KEY, 'inspectors'], queryFn: fetchInspectors });
  const plans = useQuery({ queryKey: [...KEY, 'plans'], queryFn: fetchInspectionPlans });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('agencyInsp.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('agencyInsp.intro')}</Typography.Paragraph>
      <Typography.Title level={2}>{t('agencyInsp.plans')}</Typography.Title>
      {(plans.data?.items ?? []).map((p) => (
        <PlanCard key={p.id} plan={p} />
      ))}
      <NewPlan />
      <Card title={t('agencyInsp.agencies')}>
        <Table<Agency>
          rowKey="id"
          size="small"
          pagination={{ pageSize: 10 }}
          loading={agencies.isPending}
          dataSource={agencies.data?.items}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('agencyInsp.name'),
              render: (_, a) => (
                <>
                  {a.name} <DemoTag isDemo={a.isDemo} />
                </>
              ),
            },
            { title: t('agencyInsp.kind'), render: (_, a) => t(`agencyInsp.kindLabel.${a.kind}`) },
            { title: t('agencyInsp.filingNo'), dataIndex: 'filingNo' },
            {
              title: t('agencyInsp.validUntil'),
              render: (_, a) => (
                <>
                  {a.filingValidUntil} <Tag>{t(`agencyInsp.filingStatus.${a.filingStatus}`)}</Tag>
                </>
              ),
            },
            { title: t('agencyInsp.agents'), render: (_, a) => a.agents.join('、') },
          ]}
        />
      </Card>
      <Card title={t('agencyInsp.inspectors')}>
        <Table
          rowKey="id"
          size="small"
          pagination={{ pageSize: 10 }}
          loading={inspectors.isPending}
          dataSource={inspectors.data?.items}
          columns={[
            {
              title: t('agencyInsp.name'),
              render: (_, i: { name: string; isDemo: boolean }) => (
                <>
                  {i.name} <DemoTag isDemo={i.isDemo} />
                </>
              ),
            },
            { title: t('agencyInsp.unit'), dataIndex: 'unit' },
          ]}
        />
      </Card>
    </Space>
  );
}
