import { App, Button, Card, Form, Input, Modal, Space, Statistic, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LapseRisk } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchLapseRisk, sendLapseReminder } from '../api/reminders';
import { formatTime } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';

const yuan = (x: number) => x.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 到期风险 (bureau): high-value patents of the jurisdiction in their fee grace period; a reminder to the holders. */
export function LapseRiskPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const list = usePagedList({ queryKey: ['reminders', 'lapse-risk'], state: 'local', fetch: ({ page, pageSize }) => fetchLapseRisk({ page, pageSize }) });
  const [target, setTarget] = useState<LapseRisk | null>(null);
  const [form] = Form.useForm<{ note: string }>();
  const remind = useMutation({
    mutationFn: (v: { id: number; note: string }) => sendLapseReminder(v.id, v.note),
    onSuccess: async (r) => {
      void message.success(t('reminders.reminded', { n: r.notified }));
      setTarget(null);
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['reminders', 'lapse-risk'] });
    },
    onError: (e: Error) => void message.error(e.message),
  });
  const dueSoon = list.query.data?.dueSoon;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('nav.lapseRisk')}</Typography.Title>
      <Typography.Paragraph>{t('reminders.lapseIntro')}</Typography.Paragraph>
      {dueSoon && (
        <Card title={<h2 className="card-title">{t('reminders.dueSoon')}</h2>}>
          <Space size="large" wrap>
            <Statistic title={t('reminders.within', { days: 90 })} value={dueSoon.d90} />
            <Statistic title={t('reminders.within', { days: 30 })} value={dueSoon.d30} />
            <Statistic title={t('reminders.within', { days: 7 })} value={dueSoon.d7} />
          </Space>
        </Card>
      )}
      <PagedTable
        list={list}
        rowKey="patentId"
        columns={[
          {
            title: t('reminders.patent'),
            key: 'patent',
            render: (_, r) => (
              <Link to={`/patents/${r.patentId}`}>
                {r.appNo} {r.title}
              </Link>
            ),
          },
          { title: t('reminders.holders'), key: 'holders', render: (_, r) => r.holders.join('、') },
          { title: t('reminders.feeYear'), key: 'year', render: (_, r) => t('reminders.feeYearValue', { year: r.feeYear }) },
          { title: t('reminders.dueOn'), key: 'due', dataIndex: 'dueOn' },
          { title: t('reminders.graceEnds'), key: 'grace', dataIndex: 'graceEndsOn' },
          { title: t('reminders.surcharge'), key: 'surcharge', align: 'right', render: (_, r) => yuan(r.surcharge) },
          { title: t('reminders.lastReminded'), key: 'last', render: (_, r) => (r.lastRemindedAt ? formatTime(r.lastRemindedAt) : '—') },
          {
            title: t('reminders.remind'),
            key: 'remind',
            render: (_, r) =>
              r.remindable ? (
                <Button onClick={() => setTarget(r)} aria-label={`${t('reminders.remind')} ${r.appNo}`}>
                  {t('reminders.remind')}
                </Button>
              ) : (
                t('reminders.noAccount')
              ),
          },
        ]}
      />
      <Modal
        open={target !== null}
        title={t('reminders.remindTitle')}
        okText={t('reminders.remind')}
        confirmLoading={remind.isPending}
        onCancel={() => setTarget(null)}
        onOk={() => {
          if (target) remind.mutate({ id: target.patentId, note: form.getFieldValue('note') ?? '' });
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="note" label={t('reminders.note')}>
            <Input.TextArea maxLength={500} rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
