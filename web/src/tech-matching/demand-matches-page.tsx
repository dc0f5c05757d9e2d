import { App, Button, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { MatchCandidate } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { createContact, fetchDemand, fetchMatches } from '../api/tech';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { useCurrentUser } from '../session/use-session';
import { MatchLevelTag } from './post-tags';

/** 匹配结果: the ranked candidates of a demand, each with why it matched; the owner can contact the supplier. */
export function DemandMatchesPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const user = useCurrentUser();
  const [contacting, setContacting] = useState<MatchCandidate | null>(null);
  const demand = useQuery({ queryKey: [...queryKeys.tech, 'demand', id], queryFn: () => fetchDemand(id) });
  const matches = useQuery({ queryKey: [...queryKeys.tech, 'matches', id], queryFn: () => fetchMatches(id) });
  const mine = demand.data?.orgId === user.org.id;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('tech.matchesOf', { title: demand.data?.title ?? '' })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('tech.matchesIntro')}</Typography.Paragraph>
      {matches.data && (
        <Typography.Text>
          {t('tech.keyTerms')}：
          {matches.data.keyTerms.map((k) => (
            <Tag key={k}>{k}</Tag>
          ))}
        </Typography.Text>
      )}
      {(matches.isError || demand.isError) && <Typography.Text type="danger">{(matches.error ?? demand.error)?.message}</Typography.Text>}
      <Table<MatchCandidate>
        rowKey={(r) => `${r.kind}:${r.id}`}
        loading={matches.isFetching}
        dataSource={matches.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('tech.noMatches') }}
        columns={[
          { title: '#', key: 'rank', render: (_: unknown, __, i) => i + 1, width: 48 },
          {
            title: t('tech.candidate'),
            key: 'title',
            render: (_: unknown, r) => (
              <Space orientation="vertical" size={0}>
                <span>
                  {r.kind === 'patent' ? <Link to={`/patents/${r.id}`}>{r.title}</Link> : r.title} {r.isNew && <Tag color="red">{t('tech.isNew')}</Tag>}
                </span>
                <Typography.Text type="secondary" className="mono">
                  {r.subtitle} <span title={r.ipc.join(' ')}>{r.ipc.slice(0, 3).join(' ')}</span>
                  {r.ipc.length > 3 && ` ${t('tech.ipcMore', { count: r.ipc.length })}`}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('tech.kind'), dataIndex: 'kind', render: (k: MatchCandidate['kind']) => <Tag>{t(`tech.kinds.${k}`)}</Tag> },
          { title: t('tech.score'), dataIndex: 'score', render: (s: number) => <MatchLevelTag score={s} /> },
          { title: t('tech.why'), dataIndex: 'explanation' },
          {
            title: '',
            key: 'contact',
            render: (_: unknown, r) =>
              mine && demand.data?.status !== 'closed' ? (
                r.contactOrgId !== null ? (
                  <Button onClick={() => setContacting(r)}>{t('tech.contact')}</Button>
                ) : (
                  <Typography.Text type="secondary">{t('tech.notOnPlatform')}</Typography.Text>
                )
              ) : null,
          },
        ]}
      />
      {contacting && <ContactModal demandId={id} candidate={contacting} onClose={() => setContacting(null)} />}
    </Space>
  );
}

function ContactModal({ demandId, candidate, onClose }: { demandId: number; candidate: MatchCandidate; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ message: string }>();
  const onError = useApiError(form);
  const send = useMutation({
    mutationFn: (v: { message: string }) =>
      createContact({ demandId, message: v.message, ...(candidate.kind === 'patent' ? { patentId: candidate.id } : { listingId: candidate.id }) }),
    onSuccess: (c) => {
      void message.success(t('tech.send'));
      onClose();
      void navigate(`/tech/contacts/${c.id}`);
    },
    onError,
  });
  return (
    <Modal
      open
      title={t('tech.contactTitle', { subject: candidate.title })}
      okText={t('tech.send')}
      cancelText={t('action.cancel')}
      confirmLoading={send.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form name="contact" form={form} layout="vertical" onFinish={(v) => send.mutate(v)}>
        <Form.Item
          name="message"
          label={t('tech.message')}
          rules={[{ required: true, min: 2, max: 2000, message: t('common.required', { field: t('tech.message') }) }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
