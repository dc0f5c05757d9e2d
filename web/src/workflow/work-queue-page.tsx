import { Empty, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { WorkItem } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchWorkQueue } from '../api/workflow';
import { queryKeys } from '../api/query-keys';
import { formatTime, orDash } from '../components/format';
import { useMessageText } from '../components/message-text';
import { QueryState } from '../components/query-state';

const colours = { overdue: 'red', due_soon: 'orange', normal: 'blue' } as const;
const urgencyKey = { overdue: 'workQueue.overdue', due_soon: 'workQueue.dueSoon', normal: 'workQueue.normal' } as const;

/** 待我处理: the open steps waiting for the user's role and jurisdiction, overdue and due-soon first. */
export function WorkQueuePage() {
  const { t } = useTranslation();
  const text = useMessageText();
  const query = useQuery({ queryKey: queryKeys.workQueue, queryFn: fetchWorkQueue });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('workQueue.title')}</Typography.Title>
      <QueryState query={query}>
        {(q) =>
          q.total === 0 ? (
            <Empty description={t('workQueue.empty')} />
          ) : (
            <>
              <Typography.Paragraph>{t('workQueue.summary', { total: q.total, overdue: q.overdue, dueSoon: q.dueSoon })}</Typography.Paragraph>
              <Table<WorkItem>
                rowKey="id"
                dataSource={q.items}
                pagination={false}
                columns={[
                  { title: t('workQueue.item'), key: 'title', render: (_, r) => <Link to={r.link}>{r.title}</Link> },
                  { title: t('workQueue.step'), key: 'step', render: (_, r) => (r.stepMessage ? text(r.stepMessage) : r.step) },
                  { title: t('workQueue.opened'), key: 'opened', render: (_, r) => formatTime(r.openedAt) },
                  {
                    title: t('workQueue.due'),
                    key: 'due',
                    render: (_, r) => (
                      <Space orientation="vertical" size={0}>
                        <Space>
                          {orDash(r.dueOn)}
                          <Tag color={colours[r.urgency]}>{t(urgencyKey[r.urgency])}</Tag>
                        </Space>
                        {r.dueNotes.map((n) => (
                          <Typography.Text key={`${n.code}-${JSON.stringify(n.params)}`} className="due-note">
                            {text(n)}
                          </Typography.Text>
                        ))}
                      </Space>
                    ),
                  },
                ]}
              />
            </>
          )
        }
      </QueryState>
    </Space>
  );
}
