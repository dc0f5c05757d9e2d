import { App, Button, Card, Checkbox, List, Progress, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ragLabels, type Rag } from '@zhichan/contract';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchPlan, fetchPlans, notifyOverdue, planExportUrl, setTaskDone } from '../api/indicators';
import { followLink } from '../components/follow-link';
import { QueryState } from '../components/query-state';
import { useApiError } from '../components/use-api-error';
import { hasPermission, useCurrentUser } from '../session/use-session';
import { formatValue } from './format';

const ragColour: Record<Rag, string> = { green: 'green', amber: 'orange', red: 'red', unknown: 'default' };

/** 目标与工作方案: the plans within the user's jurisdiction. */
export function PlansPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canManage = hasPermission(useCurrentUser(), 'indicator.manage');
  const navigate = useNavigate();
  const onError = useApiError();
  const plans = useQuery({ queryKey: ['indicators', 'plans'], queryFn: fetchPlans });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('plans.title')}</Typography.Title>
      {canManage && (
        <Space wrap>
          <Button type="primary" href="/indicators/plans/new" onClick={followLink(navigate, '/indicators/plans/new')}>
            {t('plans.create')}
          </Button>
          <Button onClick={() => notifyOverdue().then((r) => void message.success(t('plans.notified', { tasks: r.tasks, n: r.notified })), onError)}>
            {t('plans.notify')}
          </Button>
        </Space>
      )}
      <Typography.Paragraph className="muted">{t('plans.autoNotify')}</Typography.Paragraph>
      <Card>
        <QueryState query={plans}>
          {(data) => (
            <List
              locale={{ emptyText: t('plans.none') }}
              dataSource={data.items}
              renderItem={(p) => (
                <List.Item>
                  <Link to={`/indicators/plans/${p.id}`}>{p.name}</Link>
                  <span className="muted">
                    {p.regionName} · {p.startYear}—{p.endYear}
                  </span>
                </List.Item>
              )}
            />
          )}
        </QueryState>
      </Card>
    </Space>
  );
}

/** One plan: each target's progress, projection and red/amber/green status; the task list. */
export function PlanPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const canManage = hasPermission(useCurrentUser(), 'indicator.manage');
  const navigate = useNavigate();
  const client = useQueryClient();
  const onError = useApiError();
  const plan = useQuery({ queryKey: ['indicators', 'plan', id], queryFn: () => fetchPlan(id) });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Link to="/indicators/plans">{t('plans.back')}</Link>
      <QueryState query={plan}>
        {(p) => (
          <>
            <Typography.Title level={1}>{p.name}</Typography.Title>
            <Typography.Paragraph className="muted">
              {p.regionName} · {p.startYear}—{p.endYear} {p.source ? `· ${p.source}` : ''}
            </Typography.Paragraph>
            <Space wrap>
              {canManage && (
                <Button type="primary" href={`/indicators/plans/${p.id}/edit`} onClick={followLink(navigate, `/indicators/plans/${p.id}/edit`)}>
                  {t('plans.edit')}
                </Button>
              )}
              <Button href={planExportUrl(p.id)}>{t('indicators.exportExcel')}</Button>
            </Space>
            <Card title={<h2 className="card-title">{t('plans.targets')}</h2>}>
              <Typography.Paragraph className="muted">{p.targets[0]?.projectionMethod}</Typography.Paragraph>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={p.targets}
                columns={[
                  {
                    title: t('indicators.indicator'),
                    render: (_, x) => `${x.indicatorName}${x.measure === 'yoy' ? `（${t('plans.growth')}）` : ''}${x.note ? `（${x.note}）` : ''}`,
                  },
                  { title: t('plans.target'), align: 'right', render: (_, x) => `${x.qualifier === 'min' ? '≥' : ''}${formatValue(x.targetValue)} ${x.unit}` },
                  { title: t('plans.deadline'), dataIndex: 'deadline' },
                  { title: t('plans.baseline'), align: 'right', render: (_, x) => formatValue(x.baselineValue) },
                  {
                    title: t('plans.current'),
                    align: 'right',
                    render: (_, x) => (x.currentValue === null ? '—' : `${formatValue(x.currentValue)}（${x.currentPeriod ?? ''}）`),
                  },
                  {
                    title: t('plans.progress'),
                    render: (_, x) =>
                      x.progressPct === null ? (
                        '—'
                      ) : (
                        <Progress
                          aria-label={`${x.indicatorName} ${t('plans.progress')}`}
                          percent={Math.min(100, x.progressPct)}
                          format={() => `${x.progressPct}%`}
                          size="small"
                        />
                      ),
                  },
                  { title: t('plans.projected'), align: 'right', render: (_, x) => formatValue(x.projectedValue) },
                  { title: t('plans.status'), render: (_, x) => <Tag color={ragColour[x.status]}>{ragLabels[x.status]}</Tag> },
                ]}
              />
            </Card>
            <Card title={<h2 className="card-title">{t('plans.tasks')}</h2>}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={p.tasks}
                columns={[
                  {
                    title: t('plans.done'),
                    render: (_, task) => (
                      <Checkbox
                        checked={task.doneAt !== null}
                        disabled={!canManage}
                        aria-label={task.title}
                        onChange={(e) =>
                          void setTaskDone(p.id, task.id, e.target.checked).then(
                            () => client.invalidateQueries({ queryKey: ['indicators', 'plan', id] }),
                            onError,
                          )
                        }
                      />
                    ),
                  },
                  { title: t('plans.task'), dataIndex: 'title' },
                  { title: t('plans.department'), dataIndex: 'department' },
                  {
                    title: t('plans.due'),
                    render: (_, task) => (task.overdue ? <Tag color="red">{`${task.dueDate} ${t('plans.overdue')}`}</Tag> : task.dueDate),
                  },
                ]}
              />
            </Card>
          </>
        )}
      </QueryState>
    </Space>
  );
}
