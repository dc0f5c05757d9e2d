import { App, Button, Card, Checkbox, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enterpriseTagLabels, enterpriseTags, type EnterpriseTag, type Whitelist } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createWhitelist, fetchWhitelists, whitelistKeys } from '../api/whitelists';
import { DemoTag } from '../components/demo-tag';
import { formatTime } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { useApiError } from '../components/use-api-error';
import { useLabel } from '../prefs/label';
import { VersionText, WhitelistStatusTag } from './parts';

interface ScreenForm {
  title: string;
  minEffectiveInventions: number;
  minHighValue: number;
  tags: EnterpriseTag[];
  noCreditListing: boolean;
  industries: string[];
  ipcPrefixes: string[];
}

/** 授信白名单 (bureau): a new screening with its rules, and every version of the jurisdiction's lists. */
export function WhitelistsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<ScreenForm>();
  const onError = useApiError(form);
  const list = usePagedList({ queryKey: [...whitelistKeys, 'list'], fetch: ({ page, pageSize }) => fetchWhitelists({ page, pageSize }) });
  const screen = useMutation({
    mutationFn: (v: ScreenForm) => {
      const { title, ...rules } = v;
      return createWhitelist({ title, rules: { ...rules, tags: rules.tags ?? [], industries: rules.industries ?? [], ipcPrefixes: rules.ipcPrefixes ?? [] } });
    },
    onSuccess: (l) => {
      void message.success(t('wl.screenedDone', { n: l.includedCount }));
      void client.invalidateQueries({ queryKey: whitelistKeys });
      void navigate(`/whitelists/${l.id}`);
    },
    onError,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('wl.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('wl.intro')}</Typography.Paragraph>
      <Card title={<h2 className="card-title">{t('wl.newScreening')}</h2>}>
        <Form<ScreenForm>
          form={form}
          layout="vertical"
          initialValues={{ minEffectiveInventions: 1, minHighValue: 0, tags: [], noCreditListing: true, industries: [], ipcPrefixes: [] }}
          onFinish={(v) => screen.mutate(v)}
        >
          <Form.Item name="title" label={t('wl.listTitle')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Space wrap size="large">
            <Form.Item name="minEffectiveInventions" label={t('wl.minEffectiveInventions')} rules={[{ required: true }]}>
              <InputNumber min={0} precision={0} />
            </Form.Item>
            <Form.Item name="minHighValue" label={t('wl.minHighValue')} rules={[{ required: true }]}>
              <InputNumber min={0} precision={0} />
            </Form.Item>
          </Space>
          <Form.Item name="tags" label={t('wl.tags')}>
            <Select mode="multiple" allowClear options={enterpriseTags.map((g) => ({ value: g, label: label(enterpriseTagLabels[g]) }))} />
          </Form.Item>
          <Form.Item name="industries" label={t('wl.industries')}>
            <Select mode="tags" open={false} suffixIcon={null} />
          </Form.Item>
          <Form.Item name="ipcPrefixes" label={t('wl.ipcPrefixes')}>
            <Select mode="tags" open={false} suffixIcon={null} />
          </Form.Item>
          <Form.Item name="noCreditListing" valuePropName="checked">
            <Checkbox>{t('wl.noCreditListing')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={screen.isPending}>
            {t('wl.screen')}
          </Button>
        </Form>
      </Card>
      <PagedTable
        list={list}
        columns={[
          {
            title: t('wl.listTitle'),
            key: 'title',
            render: (_: unknown, l: Whitelist) => (
              <>
                <Link to={`/whitelists/${l.id}`}>{l.title}</Link> <DemoTag isDemo={l.isDemo} />
              </>
            ),
          },
          { title: t('wl.version'), key: 'version', render: (_: unknown, l: Whitelist) => <VersionText list={l} /> },
          { title: t('wl.status'), key: 'status', render: (_: unknown, l: Whitelist) => <WhitelistStatusTag status={l.status} /> },
          { title: t('wl.region'), dataIndex: 'regionName' },
          { title: t('wl.included'), dataIndex: 'includedCount' },
          { title: t('wl.pushedTo'), key: 'pushes', render: (_: unknown, l: Whitelist) => l.pushes.map((p) => p.bankName).join('、') || '—' },
          { title: t('wl.screenedOn'), key: 'screenedOn', render: (_: unknown, l: Whitelist) => l.screenedOn },
          { title: t('wl.publishedAt'), key: 'publishedAt', render: (_: unknown, l: Whitelist) => formatTime(l.publishedAt) },
        ]}
      />
    </Space>
  );
}
