import { Descriptions, Input, Space, Timeline, Typography } from 'antd';
import { complaintStatusLabels } from '@zhichan/contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { trackComplaint } from '../api/cases';
import { orDash } from '../components/format';
import { usePreferences } from '../prefs/preferences';

/** 投诉举报查询: the status and steps of an item by its tracking code (no case file, no handler). */
export function ComplaintTrackPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const [params, setParams] = useSearchParams();
  const code = params.get('code') ?? '';
  const q = useQuery({ queryKey: ['complaint-track', code], queryFn: () => trackComplaint(code), enabled: code.length >= 8, retry: false });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('cases.trackTitle')}</Typography.Title>
      <Input.Search
        aria-label={t('cases.code')}
        placeholder="TS-XXXX-XXXX-XXXX"
        defaultValue={code}
        enterButton={t('cases.search')}
        style={{ maxWidth: 420 }}
        onSearch={(v) => setParams({ code: v.trim() })}
      />
      {q.error && <Typography.Text type="danger">{q.error.message}</Typography.Text>}
      {q.data && (
        <>
          <Descriptions bordered column={1} size="small">
            <Descriptions.Item label={t('cases.title')}>{q.data.title}</Descriptions.Item>
            <Descriptions.Item label={t('cases.status')}>{complaintStatusLabels[q.data.status][lang]}</Descriptions.Item>
            <Descriptions.Item label={t('cases.due')}>{orDash(q.data.dueOn)}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={2}>{t('cases.steps')}</Typography.Title>
          <Timeline items={q.data.steps.map((s) => ({ children: `${s.on} ${lang === 'en' ? s.labelEn : s.label}${s.note ? `：${s.note}` : ''}` }))} />
        </>
      )}
    </Space>
  );
}
