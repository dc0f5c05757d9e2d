import { useState } from 'react';
import { Alert, Button, Form, Input, Select, Space, Switch, Typography } from 'antd';
import { complaintKindLabels, complaintKinds, ipKindLabels, ipKinds, type ComplaintKind, type IpKind } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { submitComplaint } from '../api/cases';
import { usePreferences } from '../prefs/preferences';

interface Values {
  kind: ComplaintKind;
  anonymous?: boolean;
  complainantName?: string;
  complainantContact?: string;
  respondentName: string;
  regionCode: string;
  ipKind: IpKind;
  title: string;
  description: string;
}

/** 投诉举报: the public form (a report may be anonymous); the receipt gives the tracking code. */
export function ComplaintFormPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const [form] = Form.useForm<Values>();
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form);
  const anonymous = Form.useWatch('anonymous', form);
  const onFinish = async (v: Values) => {
    setError(null);
    try {
      const r = await submitComplaint({
        ...v,
        anonymous: v.kind === 'report' && !!v.anonymous,
        complainantName: v.complainantName ?? null,
        complainantContact: v.complainantContact ?? null,
      });
      setCode(r.trackingCode);
      form.resetFields();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('cases.formTitle')}</Typography.Title>
      <Typography.Paragraph>{t('cases.formIntro')}</Typography.Paragraph>
      {code && (
        <Alert
          type="success"
          showIcon
          message={t('cases.submitted', { code })}
          description={<Link to={`/complaints/track?code=${encodeURIComponent(code)}`}>{t('cases.trackTitle')}</Link>}
        />
      )}
      {error && <Alert type="error" showIcon message={error} />}
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        initialValues={{ kind: 'report', ipKind: 'trademark', anonymous: true }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item name="kind" label={t('cases.kind')} rules={[{ required: true }]}>
          <Select options={complaintKinds.map((k) => ({ value: k, label: complaintKindLabels[k][lang] }))} />
        </Form.Item>
        {kind === 'report' && (
          <Form.Item name="anonymous" label={t('cases.anonymous')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        {(kind === 'complaint' || !anonymous) && (
          <>
            <Form.Item name="complainantName" label={t('cases.name')} rules={[{ required: true }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="complainantContact" label={t('cases.contact')}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
        <Form.Item name="respondentName" label={t('cases.respondent')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('cases.region')} rules={[{ required: true, pattern: /^(\d{6}|\d{9})$/ }]}>
          <Input maxLength={9} placeholder="370811" />
        </Form.Item>
        <Form.Item name="ipKind" label={t('cases.ipKind')} rules={[{ required: true }]}>
          <Select options={ipKinds.map((k) => ({ value: k, label: ipKindLabels[k][lang] }))} />
        </Form.Item>
        <Form.Item name="title" label={t('cases.title')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('cases.description')} rules={[{ required: true, min: 10 }]}>
          <Input.TextArea rows={5} maxLength={5000} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('cases.submit')}
        </Button>
      </Form>
    </Space>
  );
}
