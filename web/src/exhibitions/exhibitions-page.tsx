import { App, Button, Card, DatePicker, Form, Input, InputNumber, Space, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Fair } from '@zhichan/contract';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fetchFairs, registerFair } from '../api/exhibitions';
import { queryKeys } from '../api/query-keys';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { useApiError } from '../components/use-api-error';
import { DemoTag } from '../components/demo-tag';
import { useCurrentUser } from '../session/use-session';

interface FairForm {
  name: string;
  series: string;
  edition: number;
  venue: string;
  regionCode: string;
  organiserOrgId: number;
  dates: [Dayjs, Dayjs];
  deskLocation?: string;
  deskContact?: string;
}

function RegisterFair() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<FairForm>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: ({ dates, ...v }: FairForm) =>
      registerFair({
        ...v,
        startsOn: dates[0].format('YYYY-MM-DD'),
        endsOn: dates[1].format('YYYY-MM-DD'),
        deskLocation: v.deskLocation || undefined,
        deskContact: v.deskContact || undefined,
      }),
    onSuccess: (f) => {
      void message.success(t('expo.done'));
      void client.invalidateQueries({ queryKey: queryKeys.exhibitions });
      void navigate(`/exhibitions/fairs/${f.id}`);
    },
    onError,
  });
  return (
    <Card title={t('expo.register')}>
      <Form<FairForm> form={form} name="fair" layout="vertical" initialValues={{ edition: 1 }} onFinish={(v) => save.mutate(v)}>
        <Space wrap align="start">
          <Form.Item name="name" label={t('expo.name')} rules={[{ required: true, min: 2 }]}>
            <Input style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="series" label={t('expo.series')} rules={[{ required: true, min: 2 }]}>
            <Input style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="edition" label={t('expo.edition')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1000} />
          </Form.Item>
          <Form.Item name="venue" label={t('expo.venue')} rules={[{ required: true, min: 2 }]}>
            <Input style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="regionCode" label={t('expo.regionCode')} rules={[{ required: true }]}>
            <Input style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="organiserOrgId" label={t('expo.organiserOrgId')} rules={[{ required: true }]}>
            <InputNumber min={1} />
          </Form.Item>
          <Form.Item name="dates" label={t('expo.dates')} rules={[{ required: true }]}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item name="deskLocation" label={t('expo.deskLocation')}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="deskContact" label={t('expo.deskContact')}>
            <Input style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('expo.register')}
        </Button>
      </Form>
    </Card>
  );
}

/** 展会保护: the register of fairs; the bureau registers fairs here. */
export function ExhibitionsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const list = usePagedList({ queryKey: [...queryKeys.exhibitions, 'fairs'], fetch: ({ page, pageSize }) => fetchFairs({ page, pageSize }) });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('expo.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('expo.retention')}</Typography.Paragraph>
      {user.permissions.includes('exhibition.manage') && <RegisterFair />}
      <Typography.Title level={2}>{t('expo.fairs')}</Typography.Title>
      <PagedTable
        list={list}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('expo.name'),
            render: (_: unknown, f: Fair) => (
              <>
                <Link to={`/exhibitions/fairs/${f.id}`}>{f.name}</Link> <DemoTag isDemo={f.isDemo} />
              </>
            ),
          },
          { title: t('expo.organiser'), dataIndex: 'organiserName' },
          { title: t('expo.venue'), dataIndex: 'venue' },
          { title: t('expo.dates'), render: (_: unknown, f: Fair) => `${f.startsOn} ~ ${f.endsOn}（${t('expo.days', { days: f.days })}）` },
          { title: t('expo.desk'), render: (_: unknown, f: Fair) => (f.desk ? (f.desk.location ?? '✓') : t('expo.noDesk')) },
          { title: t('expo.status'), render: (_: unknown, f: Fair) => <Tag>{t(`expo.statusLabel.${f.status}`)}</Tag> },
        ]}
      />
    </Space>
  );
}
