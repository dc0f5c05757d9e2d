import { App, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, List, Popconfirm, Select, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dealKinds, type DealKind } from '@zhichan/contract';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { closeContact, fetchContact, postContactMessage, recordDeal } from '../api/tech';
import { queryKeys } from '../api/query-keys';
import { formatTime } from '../components/format';
import { useApiError } from '../components/use-api-error';
import { useCurrentUser } from '../session/use-session';
import { ContactStatusTag } from './post-tags';

/** 对接详情: the thread, a reply, closing it, and recording the deal it ended in. */
export function ContactPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const user = useCurrentUser();
  const { message } = App.useApp();
  const client = useQueryClient();
  const key = [...queryKeys.tech, 'contact', id];
  const contact = useQuery({ queryKey: key, queryFn: () => fetchContact(id) });
  const [replyForm] = Form.useForm<{ body: string }>();
  const [dealForm] = Form.useForm<{ kind: DealKind; amount: number; dealDate: Dayjs; note?: string }>();
  const onReplyError = useApiError(replyForm);
  const onDealError = useApiError(dealForm);
  const onError = useApiError();
  const done = () => void client.invalidateQueries({ queryKey: queryKeys.tech });
  const reply = useMutation({
    mutationFn: (v: { body: string }) => postContactMessage(id, v.body),
    onSuccess: () => {
      replyForm.resetFields();
      done();
    },
    onError: onReplyError,
  });
  const close = useMutation({ mutationFn: () => closeContact(id), onSuccess: done, onError });
  const deal = useMutation({
    mutationFn: (v: { kind: DealKind; amount: number; dealDate: Dayjs; note?: string }) =>
      recordDeal(id, { kind: v.kind, amount: v.amount, dealDate: v.dealDate.format('YYYY-MM-DD'), note: v.note }),
    onSuccess: () => {
      void message.success(t('tech.deal'));
      done();
    },
    onError: onDealError,
  });
  const c = contact.data;
  if (contact.isError) return <Typography.Text type="danger">{contact.error.message}</Typography.Text>;
  if (!c) return null;
  const party = c.fromOrgId === user.org.id || c.toOrgId === user.org.id;
  const active = c.status === 'open' || c.status === 'talking';
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{c.subject}</Typography.Title>
      <Descriptions bordered size="small" column={2}>
        <Descriptions.Item label={t('tech.status')}>
          <ContactStatusTag status={c.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('tech.myDemands')}>{c.demandTitle ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('tech.from')}>{c.fromOrgName}</Descriptions.Item>
        <Descriptions.Item label={t('tech.to')}>{c.toOrgName}</Descriptions.Item>
        {c.contact && (
          <Descriptions.Item label={t('tech.contactCard')} span={2}>
            {[c.contact.name, c.contact.phone, c.contact.email].filter(Boolean).join('　')}
          </Descriptions.Item>
        )}
      </Descriptions>
      <List
        bordered
        dataSource={c.messages}
        renderItem={(m) => (
          <List.Item>
            <List.Item.Meta title={`${m.orgName} · ${m.authorName} · ${formatTime(m.createdAt)}`} description={m.body} />
          </List.Item>
        )}
      />
      {party && active && (
        <Form name="reply" form={replyForm} layout="vertical" onFinish={(v) => reply.mutate(v)}>
          <Form.Item name="body" label={t('tech.message')} rules={[{ required: true, message: t('common.required', { field: t('tech.message') }) }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={reply.isPending}>
              {t('tech.send')}
            </Button>
            <Popconfirm title={t('tech.closeContact')} onConfirm={() => close.mutate()}>
              <Button danger>{t('tech.closeContact')}</Button>
            </Popconfirm>
          </Space>
        </Form>
      )}
      {c.deal && (
        <Card title={t('tech.deal')}>
          {t(`tech.dealKinds.${c.deal.kind}`)} · {c.deal.amount.toLocaleString('zh-CN')} 元 · {c.deal.dealDate}
        </Card>
      )}
      {party && active && (
        <Card title={t('tech.recordDeal')}>
          <Form name="deal" form={dealForm} layout="inline" onFinish={(v) => deal.mutate(v)}>
            <Form.Item name="kind" label={t('tech.dealKind')} rules={[{ required: true, message: t('common.requiredChoice', { field: t('tech.dealKind') }) }]}>
              <Select style={{ minWidth: 140 }} options={dealKinds.map((k) => ({ value: k, label: t(`tech.dealKinds.${k}`) }))} />
            </Form.Item>
            <Form.Item name="amount" label={t('tech.amount')} rules={[{ required: true, message: t('common.required', { field: t('tech.amount') }) }]}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item
              name="dealDate"
              label={t('tech.dealDate')}
              rules={[{ required: true, message: t('common.requiredChoice', { field: t('tech.dealDate') }) }]}
            >
              <DatePicker />
            </Form.Item>
            <Form.Item name="note" label={t('tech.note')}>
              <Input />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={deal.isPending}>
              {t('tech.recordDeal')}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
