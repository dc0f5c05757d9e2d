import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ZIsoDate, type Plan, type SavePlanBody } from '@zhichan/contract';
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { createPlan, deletePlan, fetchCatalogue, fetchPlan, updatePlan } from '../api/indicators';
import { QueryState } from '../components/query-state';
import { OrgSelect } from '../admin/org-select';
import { RegionPicker } from '../components/region-picker';
import { useApiError } from '../components/use-api-error';
import { zodRule } from '../components/zod-rule';
import { useCurrentUser } from '../session/use-session';

type TaskRow = SavePlanBody['tasks'][number] & { status?: 'done' | 'overdue' | 'open' };
interface PlanFormValues extends Omit<SavePlanBody, 'tasks'> {
  tasks: TaskRow[];
}

/** The form's values of an existing plan (a derived baseline is left blank so it stays derived). */
function toFormValues(p: Plan): PlanFormValues {
  return {
    name: p.name,
    regionCode: p.regionCode,
    startYear: p.startYear,
    endYear: p.endYear,
    source: p.source,
    targets: p.targets.map((x) => ({
      indicatorKey: x.indicatorKey,
      measure: x.measure,
      targetValue: x.targetValue,
      qualifier: x.qualifier === 'min' || x.qualifier === 'approx' ? x.qualifier : null,
      note: x.note,
      deadline: x.deadline,
      baselineValue: x.baselineEntered ? x.baselineValue : null,
      baselinePeriod: x.baselineEntered ? x.baselinePeriod : null,
    })),
    tasks: p.tasks.map((x) => ({
      id: x.id,
      title: x.title,
      department: x.department,
      responsibleOrgId: x.responsibleOrgId,
      dueDate: x.dueDate,
      status: x.doneAt !== null ? 'done' : x.overdue ? 'overdue' : 'open',
    })),
  };
}

/** 新建工作方案 (/indicators/plans/new) and 编辑工作方案 (/indicators/plans/:id/edit). */
export function PlanEditPage() {
  const id = useParams().id;
  const { t } = useTranslation();
  const plan = useQuery({ queryKey: ['indicators', 'plan', Number(id)], queryFn: () => fetchPlan(Number(id)), enabled: id !== undefined });
  if (id === undefined) return <PlanForm />;
  return <QueryState query={plan}>{(p) => <PlanForm plan={p} key={p.id} title={t('plans.edit')} />}</QueryState>;
}

/** The plan form: header, targets table and tasks table, each row's fields validated where they are. */
function PlanForm({ plan, title }: { plan?: Plan; title?: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<PlanFormValues>();
  const onError = useApiError(form);
  const catalogue = useQuery({ queryKey: ['indicators', 'catalogue'], queryFn: fetchCatalogue });
  const en = i18n.language.startsWith('en');
  const indicatorOptions = useMemo(
    () => (catalogue.data?.items ?? []).map((d) => ({ value: d.key, label: `${en ? d.en : d.zh}（${d.unit}）` })),
    [catalogue.data, en],
  );
  const thisYear = new Date().getFullYear();
  const initial: PlanFormValues = plan
    ? toFormValues(plan)
    : { name: '', regionCode: user.org.regionCode, startYear: thisYear, endYear: thisYear + 2, source: null, targets: [], tasks: [] };
  // Responsible organisations are picked within the plan's region (the server refuses others, naming the field).
  const planRegion = (Form.useWatch('regionCode', form) as string | undefined) || initial.regionCode || user.org.regionCode;
  const required = (label: string) => ({ required: true, message: t('plans.required', { field: label }) });
  const dateRules = (label: string) => [required(label), zodRule(ZIsoDate)];

  const submit = (v: PlanFormValues) => {
    const body: SavePlanBody = {
      ...v,
      regionCode: v.regionCode || user.org.regionCode,
      source: v.source?.trim() ? v.source : null,
      targets: v.targets,
      tasks: v.tasks.map(({ status: _status, ...task }) => task),
    };
    const save = plan ? updatePlan(plan.id, body) : createPlan(body);
    save.then((saved) => {
      void message.success(t('plans.saved'));
      void client.invalidateQueries({ queryKey: ['indicators'] });
      void navigate(`/indicators/plans/${saved.id}`);
    }, onError);
  };

  // A plan on which work has been recorded stays (the server refuses its deletion with 409 saying why).
  const hasWork = plan?.tasks.some((x) => x.doneAt !== null || x.notifiedAt !== null) ?? false;
  const confirmDelete = () =>
    plan &&
    deletePlan(plan.id).then(() => {
      void message.success(t('plans.deleted'));
      void client.invalidateQueries({ queryKey: ['indicators'] });
      void navigate('/indicators/plans');
    }, onError);

  return (
    <Space orientation="vertical" size="middle" className="page">
      <Link to={plan ? `/indicators/plans/${plan.id}` : '/indicators/plans'}>{t('plans.back')}</Link>
      <Typography.Title level={1}>{title ?? t('plans.create')}</Typography.Title>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} scrollToFirstError>
        <Card title={<h2 className="card-title">{t('plans.header')}</h2>}>
          <Form.Item name="name" label={t('plans.name')} rules={[required(t('plans.name'))]}>
            <Input maxLength={200} />
          </Form.Item>
          <Space wrap size="large">
            {/* Left empty, the plan is for the user's own region (shown as the placeholder). */}
            <Form.Item name="regionCode" label={t('indicators.region')} style={{ minWidth: 260 }}>
              <RegionPicker rootParent={user.org.regionCode} placeholder={user.org.regionName} />
            </Form.Item>
            <Form.Item name="startYear" label={t('plans.startYear')} rules={[required(t('plans.startYear'))]}>
              <InputNumber min={2000} max={2100} precision={0} />
            </Form.Item>
            <Form.Item
              name="endYear"
              label={t('plans.endYear')}
              dependencies={['startYear']}
              rules={[
                required(t('plans.endYear')),
                ({ getFieldValue }) => ({
                  validator: async (_r, v: number | undefined) => {
                    const start = getFieldValue('startYear') as number | undefined;
                    if (v !== undefined && start !== undefined && v < start) throw new Error(t('plans.endBeforeStart'));
                  },
                }),
              ]}
            >
              <InputNumber min={2000} max={2100} precision={0} />
            </Form.Item>
          </Space>
          <Form.Item name="source" label={t('plans.source')}>
            <Input maxLength={300} />
          </Form.Item>
        </Card>

        <Card title={<h2 className="card-title">{t('plans.targets')}</h2>} style={{ marginTop: 16 }}>
          <Form.List name="targets">
            {(fields, { add, remove }) => (
              <>
                <Table
                  rowKey="key"
                  size="small"
                  pagination={false}
                  dataSource={fields}
                  locale={{ emptyText: t('plans.noTargets') }}
                  columns={[
                    {
                      title: t('indicators.indicator'),
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'indicatorKey']} rules={[required(t('indicators.indicator'))]} style={{ marginBottom: 0 }}>
                          <Select
                            showSearch={{ optionFilterProp: 'label' }}
                            options={indicatorOptions}
                            style={{ minWidth: 240 }}
                            aria-label={`${t('indicators.indicator')} ${f.name + 1}`}
                          />
                        </Form.Item>
                      ),
                    },
                    {
                      title: t('plans.measure'),
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'measure']} initialValue="value" style={{ marginBottom: 0 }}>
                          <Select
                            style={{ width: 110 }}
                            aria-label={`${t('plans.measure')} ${f.name + 1}`}
                            options={[
                              { value: 'value', label: t('plans.measureValue') },
                              { value: 'yoy', label: t('plans.measureYoy') },
                            ]}
                          />
                        </Form.Item>
                      ),
                    },
                    {
                      title: t('plans.target'),
                      render: (_, f) => (
                        <Space.Compact>
                          <Form.Item name={[f.name, 'qualifier']} noStyle>
                            <Select
                              style={{ width: 70 }}
                              allowClear
                              aria-label={`${t('plans.qualifier')} ${f.name + 1}`}
                              options={[
                                { value: 'min', label: '≥' },
                                { value: 'approx', label: '≈' },
                              ]}
                            />
                          </Form.Item>
                          <Form.Item name={[f.name, 'targetValue']} rules={[required(t('plans.target'))]} style={{ marginBottom: 0 }}>
                            <InputNumber style={{ width: 130 }} aria-label={`${t('plans.target')} ${f.name + 1}`} />
                          </Form.Item>
                        </Space.Compact>
                      ),
                    },
                    {
                      title: t('plans.deadline'),
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'deadline']} rules={dateRules(t('plans.deadline'))} style={{ marginBottom: 0 }}>
                          <Input type="date" aria-label={`${t('plans.deadline')} ${f.name + 1}`} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: t('plans.baseline'),
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'baselineValue']} style={{ marginBottom: 0 }} tooltip={t('plans.baselineHint')}>
                          <InputNumber style={{ width: 110 }} placeholder={t('plans.baselineAuto')} aria-label={`${t('plans.baseline')} ${f.name + 1}`} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: t('plans.note'),
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'note']} style={{ marginBottom: 0 }}>
                          <Input maxLength={200} aria-label={`${t('plans.note')} ${f.name + 1}`} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: '',
                      render: (_, f) => (
                        <Button danger type="link" onClick={() => remove(f.name)} aria-label={`${t('plans.remove')} ${t('plans.targets')} ${f.name + 1}`}>
                          {t('plans.remove')}
                        </Button>
                      ),
                    },
                  ]}
                />
                <Button style={{ marginTop: 8 }} onClick={() => add({ measure: 'value', deadline: `${form.getFieldValue('endYear') as number}-12-31` })}>
                  {t('plans.addTarget')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Card title={<h2 className="card-title">{t('plans.tasks')}</h2>} style={{ marginTop: 16 }}>
          <Form.List name="tasks">
            {(fields, { add, remove }) => (
              <>
                <Table
                  rowKey="key"
                  size="small"
                  pagination={false}
                  dataSource={fields}
                  locale={{ emptyText: t('plans.noTasks') }}
                  columns={[
                    {
                      title: t('plans.task'),
                      render: (_, f) => (
                        <>
                          {/* Kept through the edit: the task's identity (its id stays, with its done and notified marks). */}
                          <Form.Item name={[f.name, 'id']} hidden>
                            <Input />
                          </Form.Item>
                          <Form.Item name={[f.name, 'title']} rules={[required(t('plans.task'))]} style={{ marginBottom: 0 }}>
                            <Input.TextArea autoSize maxLength={300} style={{ minWidth: 260 }} aria-label={`${t('plans.task')} ${f.name + 1}`} />
                          </Form.Item>
                        </>
                      ),
                    },
                    {
                      title: t('plans.department'),
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'department']} rules={[required(t('plans.department'))]} style={{ marginBottom: 0 }}>
                          <Input maxLength={100} style={{ minWidth: 150 }} aria-label={`${t('plans.department')} ${f.name + 1}`} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: t('plans.responsibleOrg'),
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'responsibleOrgId']} style={{ marginBottom: 0 }} tooltip={t('plans.responsibleOrgHint')}>
                          <OrgSelect
                            regionCode={planRegion}
                            allowClear
                            placeholder={t('plans.responsibleOrgPlaceholder')}
                            aria-label={`${t('plans.responsibleOrg')} ${f.name + 1}`}
                            style={{ width: 240 }}
                            onOrgChange={(o) => {
                              // A blank department takes the chosen organisation's name.
                              if (o && !(form.getFieldValue(['tasks', f.name, 'department']) as string | undefined)?.trim())
                                form.setFieldValue(['tasks', f.name, 'department'], o.name);
                            }}
                          />
                        </Form.Item>
                      ),
                    },
                    {
                      title: t('plans.due'),
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'dueDate']} rules={dateRules(t('plans.due'))} style={{ marginBottom: 0 }}>
                          <Input type="date" aria-label={`${t('plans.due')} ${f.name + 1}`} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: t('plans.status'),
                      render: (_, f) => {
                        const s = form.getFieldValue(['tasks', f.name, 'status']) as TaskRow['status'];
                        if (s === 'done') return <Tag color="green">{t('plans.done')}</Tag>;
                        if (s === 'overdue') return <Tag color="red">{t('plans.overdue')}</Tag>;
                        return <Tag>{s ? t('plans.open') : t('plans.new')}</Tag>;
                      },
                    },
                    {
                      title: '',
                      render: (_, f) => (
                        <Button danger type="link" onClick={() => remove(f.name)} aria-label={`${t('plans.remove')} ${t('plans.task')} ${f.name + 1}`}>
                          {t('plans.remove')}
                        </Button>
                      ),
                    },
                  ]}
                />
                <Button style={{ marginTop: 8 }} onClick={() => add({ title: '', department: '', dueDate: '' })}>
                  {t('plans.addTask')}
                </Button>
                <Typography.Paragraph className="muted" style={{ marginTop: 8 }}>
                  {t('plans.doneHint')}
                </Typography.Paragraph>
              </>
            )}
          </Form.List>
        </Card>
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit">
            {t('plans.savePlan')}
          </Button>
          <Button onClick={() => void navigate(plan ? `/indicators/plans/${plan.id}` : '/indicators/plans')}>{t('plans.cancel')}</Button>
          {plan && !hasWork && (
            <Popconfirm
              title={t('plans.deleteConfirm')}
              okText={t('plans.deletePlan')}
              okButtonProps={{ danger: true }}
              cancelText={t('plans.cancel')}
              onConfirm={confirmDelete}
            >
              <Button danger>{t('plans.deletePlan')}</Button>
            </Popconfirm>
          )}
        </Space>
        {plan && hasWork && (
          <Typography.Paragraph className="muted" style={{ marginTop: 8 }}>
            {t('plans.deleteRefused')}
          </Typography.Paragraph>
        )}
      </Form>
    </Space>
  );
}
