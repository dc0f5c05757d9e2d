import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreditListing, CreditRepair } from '@zhichan/contract';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyCreditRepair, fetchMyCredit } from '../api/credit';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { useCreditNames } from './labels';
import { AttachmentUpload } from '../workflow/attachment-upload';

function ApplyRepair({ listing }: { listing: CreditListing }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ statement: string; attachmentIds?: number[] }>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: (v: { statement: string; attachmentIds?: number[] }) =>
      applyCreditRepair(listing.id, { statement: v.statement, attachmentIds: v.attachmentIds ?? [] }),
    onSuccess: () => {
      void message.success(t('credit.done'));
      void client.invalidateQueries({ queryKey: queryKeys.credit });
      setOpen(false);
    },
    onError,
  });
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('credit.applyRepair')}</Button>
      <Modal
        open={open}
        title={t('credit.applyRepair')}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((v) => save.mutate(v))}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="credit-repair">
          <Form.Item name="statement" label={t('credit.statement')} rules={[{ required: true, min: 10 }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="attachmentIds" label={t('creditFiles.repairFiles')}>
            <AttachmentUpload kind="evidence" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 本企业信用: the enterprise's own listings with their dates, repair applications and the repair button. */
export function MyCreditPage() {
  const { t } = useTranslation();
  const names = useCreditNames();
  const q = useQuery({ queryKey: [...queryKeys.credit, 'mine'], queryFn: fetchMyCredit });
  const listings = q.data?.listings ?? [];
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('nav.myCredit')}</Typography.Title>
      {q.isError && <Alert type="error" role="alert" title={q.error.message} />}
      {q.isSuccess && listings.length === 0 && <Alert type="success" title={t('credit.none')} />}
      {listings.map((l) => (
        <Card key={l.id} title={names.behaviour(l.behaviour)} extra={<Tag color={l.inForce ? 'red' : 'default'}>{t(`credit.statusLabel.${l.status}`)}</Tag>}>
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'a', label: t('credit.authority'), children: `${l.authority} ${l.decisionNo ?? ''}` },
              { key: 'd', label: t('credit.decidedOn'), children: l.decidedOn },
              { key: 's', label: t('credit.startsOn'), children: l.startsOn },
              { key: 'e', label: t('credit.endsOn'), children: l.endedOn ?? l.endsOn },
              { key: 'm', label: t('credit.measures'), children: l.measures.map((m) => names.measure(m)).join('；') },
              { key: 'r', label: t('credit.repairOpensOn'), children: l.repairOpensOn },
            ]}
          />
          {l.inForce && <ApplyRepair listing={l} />}
        </Card>
      ))}
      {(q.data?.repairs.length ?? 0) > 0 && (
        <Card title={t('credit.repairs')}>
          <Table<CreditRepair>
            rowKey="id"
            pagination={false}
            dataSource={q.data?.repairs}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('credit.appliedAt'), render: (_, r) => dayjs(r.appliedAt).format('YYYY-MM-DD HH:mm') },
              { title: t('credit.status'), render: (_, r) => <Tag>{t(`credit.statusLabel.${r.status}`)}</Tag> },
              { title: t('credit.decision'), dataIndex: 'decisionNote' },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
