import { Alert, App, Button, Card, Checkbox, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { complaintMeasures, complaintOutcomes, messageText, type ExhibitFiling, type Fair, type FairComplaint, type Message } from '@zhichan/contract';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  fetchFair,
  fetchFairComplaints,
  fetchFairFilings,
  fileExhibit,
  passOnComplaint,
  receiveComplaint,
  resolveComplaint,
  signCommitment,
} from '../api/exhibitions';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { DemoTag } from '../components/demo-tag';
import { RecordFiles } from '../overseas/record-files';
import { useCurrentUser } from '../session/use-session';

const time = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

/** The exhibitor's steps: file an exhibit's patent, sign the non-infringement commitment. */
function ExhibitorCard({ fair }: { fair: Fair }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ patentId: number; exhibitName: string; booth?: string }>();
  const onError = useApiError(form);
  const done = () => {
    void message.success(t('expo.done'));
    void client.invalidateQueries({ queryKey: queryKeys.exhibitions });
  };
  const file = useMutation({
    mutationFn: (v: { patentId: number; exhibitName: string; booth?: string }) => fileExhibit(fair.id, { ...v, booth: v.booth || undefined }),
    onSuccess: () => {
      done();
      form.resetFields();
    },
    onError,
  });
  const commit = useMutation({ mutationFn: () => signCommitment(fair.id), onSuccess: done, onError: useApiError() });
  return (
    <Card title={t('expo.fileExhibit')}>
      <Form form={form} name="exhibit-filing" layout="inline" onFinish={(v) => file.mutate(v)}>
        <Form.Item name="patentId" label={t('expo.patentId')} rules={[{ required: true }]}>
          <InputNumber min={1} />
        </Form.Item>
        <Form.Item name="exhibitName" label={t('expo.exhibitName')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="booth" label={t('expo.booth')}>
          <Input style={{ width: 100 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={file.isPending}>
          {t('expo.fileExhibit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        {messageText({ code: 'exhibitions.commitment_text', params: {} }, i18n.language.startsWith('en') ? 'en' : 'zh')}
      </Typography.Paragraph>
      <Button onClick={() => commit.mutate()} loading={commit.isPending}>
        {t('expo.commit')}
      </Button>
    </Card>
  );
}

function ResolveButton({ complaint }: { complaint: FairComplaint }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ outcome: FairComplaint['outcome']; measures: FairComplaint['measures']; note?: string }>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: (v: { outcome: NonNullable<FairComplaint['outcome']>; measures: FairComplaint['measures']; note?: string }) =>
      resolveComplaint(complaint.id, v),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.exhibitions });
      setOpen(false);
    },
    onError,
  });
  return (
    <>
      <Button size="small" type="primary" onClick={() => setOpen(true)}>
        {t('expo.resolve')}
      </Button>
      <Modal
        open={open}
        title={t('expo.resolve')}
        onCancel={() => setOpen(false)}
        confirmLoading={save.isPending}
        onOk={() =>
          void form.validateFields().then((v) => save.mutate({ outcome: v.outcome ?? 'infringing', measures: v.measures ?? [], note: v.note || undefined }))
        }
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="resolve-complaint" initialValues={{ outcome: 'infringing', measures: ['exhibits_withdrawn'] }}>
          <Form.Item name="outcome" label={t('expo.outcome')} rules={[{ required: true }]}>
            <Select options={complaintOutcomes.map((o) => ({ value: o, label: t(`expo.outcomeLabel.${o}`) }))} />
          </Form.Item>
          <Form.Item name="measures" label={t('expo.measures')}>
            <Checkbox.Group options={complaintMeasures.map((m) => ({ value: m, label: t(`expo.measureLabel.${m}`) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('expo.description')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The desk's view (the organiser and the bureau): filings, complaints with their hour clocks, receiving and handling. */
function DeskView({ fair }: { fair: Fair }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const filings = useQuery({ queryKey: [...queryKeys.exhibitions, 'filings', fair.id], queryFn: () => fetchFairFilings(fair.id), retry: false });
  const complaints = useQuery({ queryKey: [...queryKeys.exhibitions, 'complaints', fair.id], queryFn: () => fetchFairComplaints(fair.id), retry: false });
  const [form] = Form.useForm<{ respondentOrgId: number; complainant: string; rightNo: string; description: string }>();
  const onError = useApiError(form);
  const done = () => {
    void message.success(t('expo.done'));
    void client.invalidateQueries({ queryKey: queryKeys.exhibitions });
  };
  const receive = useMutation({
    mutationFn: (v: { respondentOrgId: number; complainant: string; rightNo: string; description: string }) => receiveComplaint(fair.id, v),
    onSuccess: () => {
      done();
      form.resetFields();
    },
    onError,
  });
  const passOn = useMutation({ mutationFn: (id: number) => passOnComplaint(id, '知识产权管理部门'), onSuccess: done, onError: useApiError() });
  if (filings.isError || complaints.isError) return null;
  return (
    <>
      <Card title={t('expo.filings')}>
        <Table<ExhibitFiling>
          rowKey="id"
          size="small"
          pagination={false}
          loading={filings.isPending}
          dataSource={filings.data?.items}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('expo.respondent'), dataIndex: 'exhibitorName' },
            { title: t('expo.exhibitName'), dataIndex: 'exhibitName' },
            { title: t('expo.patentId'), render: (_, r) => `${r.appNo} ${r.patentTitle}` },
            { title: t('expo.basis'), render: (_, r) => t(`expo.basisLabel.${r.basis}`) },
            { title: t('expo.booth'), render: (_, r) => r.booth ?? '—' },
          ]}
        />
      </Card>
      {fair.desk && (
        <Card title={t('expo.receive')}>
          <Form form={form} name="fair-complaint" layout="vertical" onFinish={(v) => receive.mutate(v)}>
            <Space wrap align="start">
              <Form.Item name="respondentOrgId" label={t('expo.respondentOrgId')} rules={[{ required: true }]}>
                <InputNumber min={1} />
              </Form.Item>
              <Form.Item name="complainant" label={t('expo.complainant')} rules={[{ required: true, min: 2 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="rightNo" label={t('expo.rightNo')} rules={[{ required: true, min: 2 }]}>
                <Input />
              </Form.Item>
              <Form.Item name="description" label={t('expo.description')} rules={[{ required: true, min: 2 }]}>
                <Input.TextArea rows={1} style={{ width: 320 }} />
              </Form.Item>
            </Space>
            <Button type="primary" htmlType="submit" loading={receive.isPending}>
              {t('expo.receive')}
            </Button>
          </Form>
        </Card>
      )}
      <Card title={t('expo.complaints')}>
        <Table<FairComplaint>
          rowKey="id"
          size="small"
          pagination={false}
          loading={complaints.isPending}
          dataSource={complaints.data?.items}
          scroll={{ x: 'max-content' }}
          expandable={{ expandedRowRender: (c) => <RecordFiles recordType="fair_complaint" id={c.id} canUpload={c.status !== 'resolved'} /> }}
          columns={[
            { title: t('expo.respondent'), dataIndex: 'respondentName' },
            { title: t('expo.complainant'), dataIndex: 'complainant' },
            { title: t('expo.rightNo'), dataIndex: 'rightNo' },
            { title: t('expo.receivedAt'), render: (_, c) => time(c.receivedAt) },
            { title: t('expo.dueAt'), render: (_, c) => time(c.dueAt) },
            {
              title: t('expo.clock'),
              render: (_, c) =>
                c.handledAt === null ? (
                  <Tag color={c.overdue ? 'red' : 'blue'}>{c.overdue ? t('expo.overdue') : t('expo.hoursLeft', { hours: c.hoursLeft })}</Tag>
                ) : (
                  <Tag color={c.inTime ? 'green' : 'red'}>
                    {t('expo.hoursTaken', { hours: c.hoursTaken })} · {c.inTime ? t('expo.inTime') : t('expo.overdue')}
                  </Tag>
                ),
            },
            { title: t('expo.status'), render: (_, c) => t(`expo.complaintStatus.${c.status}`) },
            {
              title: t('expo.outcome'),
              render: (_, c) =>
                c.outcome
                  ? `${t(`expo.outcomeLabel.${c.outcome}`)}${c.measures.length ? `（${c.measures.map((m) => t(`expo.measureLabel.${m}`)).join('、')}）` : ''}`
                  : '—',
            },
            {
              title: t('common.actions'),
              render: (_, c) =>
                c.status === 'resolved' ? null : (
                  <Space>
                    {c.status === 'open' && (
                      <Button size="small" onClick={() => passOn.mutate(c.id)} loading={passOn.isPending}>
                        {t('expo.passOn')}
                      </Button>
                    )}
                    <ResolveButton complaint={c} />
                  </Space>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}

/** 展会详情: the fair, its desk (the platform says whether one is required), the exhibitor's steps and the desk's view. */
export function FairPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  const id = Number(useParams().id);
  const user = useCurrentUser();
  const q = useQuery({ queryKey: [...queryKeys.exhibitions, 'fair', id], queryFn: () => fetchFair(id) });
  if (q.isError) return <Alert type="error" role="alert" title={q.error.message} />;
  const fair = q.data;
  if (!fair) return null;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>
        {fair.name} <DemoTag isDemo={fair.isDemo} />
      </Typography.Title>
      <Alert type={fair.deskRequired ? 'info' : 'warning'} showIcon title={messageText(fair.deskNote as Pick<Message, 'code' | 'params'>, lang)} />
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 's', label: t('expo.series'), children: `${fair.series} · ${t('expo.edition')} ${fair.edition}` },
            { key: 'o', label: t('expo.organiser'), children: fair.organiserName },
            { key: 'v', label: t('expo.venue'), children: fair.venue },
            { key: 'd', label: t('expo.dates'), children: `${fair.startsOn} ~ ${fair.endsOn}（${t('expo.days', { days: fair.days })}）` },
            { key: 'k', label: t('expo.desk'), children: fair.desk ? `${fair.desk.location ?? ''} ${fair.desk.contact ?? ''}` : t('expo.noDesk') },
            { key: 'st', label: t('expo.status'), children: t(`expo.statusLabel.${fair.status}`) },
            {
              key: 'c',
              label: t('expo.filings'),
              children: t('expo.counts', { filings: fair.filings, commitments: fair.commitments, complaints: fair.complaints }),
            },
          ]}
        />
      </Card>
      {fair.barred.length > 0 && (
        <Alert type="error" showIcon title={t('expo.barred')} description={fair.barred.map((b) => `${b.name}（${b.reason}）`).join('；')} />
      )}
      {user.permissions.includes('enterprise.self') && fair.status !== 'ended' && <ExhibitorCard fair={fair} />}
      <DeskView fair={fair} />
    </Space>
  );
}
