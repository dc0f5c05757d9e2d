import { Alert, Card, Collapse, Space, Steps, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { WorkflowView } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchWorkflow } from '../api/workflow';
import { queryKeys } from '../api/query-keys';
import { formatTime } from '../components/format';
import { useMessageText } from '../components/message-text';

/** The main path through a workflow: statuses in the order the table reaches them from the first one. */
function mainPath(v: WorkflowView): string[] {
  const first = v.transitions.find((t) => !v.transitions.some((x) => x.to === t.from[0]))?.from[0] ?? v.statuses[0]?.value;
  const path: string[] = first ? [first] : [];
  for (let i = 0; i < v.statuses.length; i++) {
    const last = path[path.length - 1];
    const next = v.transitions.find((t) => last !== undefined && t.from.includes(last) && !path.includes(t.to));
    if (!next) break;
    path.push(next.to);
  }
  if (!path.includes(v.status)) path.push(v.status);
  return path;
}

/**
 * 办理流程: where a record stands (steps), what the signed-in user may do next, the deadline of the
 * open step, and — folded — the whole transition table and the record's history. Reusable on every
 * workflow record page: give it the record type and id.
 */
export function WorkflowPanel({ recordType, id }: { recordType: string; id: number }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const query = useQuery({ queryKey: queryKeys.workflow(recordType, id), queryFn: () => fetchWorkflow(recordType, id) });
  const v = query.data;
  if (!v) return null;
  const path = mainPath(v);
  const current = path.indexOf(v.status);
  const terminal = v.statuses.find((s) => s.value === v.status)?.terminal ?? false;
  const label = (s: string) => v.statuses.find((x) => x.value === s)?.label ?? s;
  return (
    <Card title={<h2 className="card-title">{`${t('workflow.title')}：${v.title}`}</h2>} className="workflow-panel">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Steps
          size="small"
          current={current}
          status={terminal && v.status !== path[path.length - 1] ? 'error' : terminal ? 'finish' : 'process'}
          items={path.map((s) => ({ title: label(s) }))}
          aria-label={t('workflow.current')}
        />
        <div>
          <Typography.Text strong>{t('workflow.current')}：</Typography.Text> <Tag color={terminal ? 'default' : 'processing'}>{v.statusLabel}</Tag>
          {v.dueOn && (
            <Typography.Text>
              {t('workflow.due')}：{v.dueOn}
            </Typography.Text>
          )}
        </div>
        {v.dueNotes.map((n) => (
          <Alert key={`${n.code}-${JSON.stringify(n.params)}`} type="warning" showIcon title={text(n)} />
        ))}
        {v.allowedActions.length > 0 ? (
          <Alert type="info" showIcon title={`${t('workflow.next')}：${v.allowedActions.map((a) => a.label).join('、')}`} />
        ) : (
          <Typography.Text type="secondary">{t('workflow.nothing')}</Typography.Text>
        )}
        {v.clocks.map((c) => (
          <Typography.Text key={c.status} type="secondary">
            {label(c.status)} — {t('workflow.clock', { label: c.label, days: c.days, unit: t(`workflow.${c.unit}`) })}
          </Typography.Text>
        ))}
        <Collapse
          items={[
            {
              key: 'table',
              label: t('workflow.table'),
              children: (
                <Table
                  size="small"
                  pagination={false}
                  rowKey={(r) => `${r.action}-${r.from.join()}`}
                  dataSource={v.transitions}
                  rowClassName={(r) => (r.from.includes(v.status) ? 'workflow-row-now' : '')}
                  columns={[
                    { title: t('workflow.from'), key: 'from', render: (_: unknown, r) => r.fromLabels.join('、') },
                    { title: t('workflow.action'), dataIndex: 'label' },
                    { title: t('workflow.to'), dataIndex: 'toLabel' },
                    { title: t('workflow.who'), dataIndex: 'who' },
                  ]}
                />
              ),
            },
            {
              key: 'history',
              label: t('workflow.history'),
              children: (
                <ul className="workflow-history">
                  {v.history.map((h, i) => (
                    <li key={i}>
                      {formatTime(h.at)} · {h.actor ?? '—'} · {h.action}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
