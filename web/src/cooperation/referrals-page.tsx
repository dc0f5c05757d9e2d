import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Switch, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { offenceLabels, offences, type Referral, type SourceRef } from '@zhichan/contract';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fetchPartners, fetchReferrals, fetchThreshold, proposeReferral, referBack } from '../api/cooperation';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { orDash } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { CasePicker } from '../cases/case-picker';
import { usePreferences } from '../prefs/preferences';
import { useCurrentUser } from '../session/use-session';
import { referralStatusLabels, statusColour } from './labels';

const FILTERS = ['waiting', 'direction'] as const;
export const referralsKey = ['referrals'] as const;

/** 移送协作: the bureau's referrals, the police unit's cases referred to it, the procuratorate's cases in its supervision. */
export function ReferralsPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const user = useCurrentUser();
  const perms = new Set(user.permissions);
  const [proposing, setProposing] = useState(false);
  const [referringBack, setReferringBack] = useState(false);
  const list = usePagedList({
    queryKey: referralsKey,
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) =>
      fetchReferrals({ waiting: filters.waiting === '1' ? '1' : undefined, direction: filters.direction, page, pageSize }),
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('coop.referrals')}</Typography.Title>
      <Space wrap>
        {perms.has('referral.manage') && (
          <Button type="primary" onClick={() => setProposing(true)}>
            {t('coop.propose')}
          </Button>
        )}
        {user.org.kind === 'procuratorate' && <Button onClick={() => setReferringBack(true)}>{t('coop.referBack')}</Button>}
      </Space>
      <FilterBar
        values={{ waiting: list.filters.waiting === '1', direction: list.filters.direction }}
        onSearch={(v) => list.setFilters({ waiting: v.waiting ? '1' : undefined, direction: v.direction })}
      >
        <Form.Item name="waiting" label={t('coop.waitingOnly')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="direction" label={t('coop.direction')}>
          <Select
            allowClear
            style={{ width: 200 }}
            options={[
              { value: 'to_police', label: t('coop.toPolice') },
              { value: 'reverse', label: t('coop.reverse') },
            ]}
          />
        </Form.Item>
      </FilterBar>
      <PagedTable
        list={list}
        columns={[
          {
            title: t('coop.source'),
            key: 'source',
            render: (_, r: Referral) => (
              <>
                <Link to={`/cooperation/referrals/${r.id}`}>{r.source ? `${r.source.caseNo} ${r.source.title}` : r.summary.slice(0, 30)}</Link>{' '}
                <DemoTag isDemo={r.isDemo} />
              </>
            ),
          },
          { title: t('coop.direction'), key: 'direction', render: (_, r: Referral) => (r.direction === 'reverse' ? t('coop.reverse') : t('coop.toPolice')) },
          { title: t('coop.offence'), key: 'offence', render: (_, r: Referral) => offenceLabels[r.offence][lang] },
          { title: t('coop.police'), key: 'police', render: (_, r: Referral) => orDash(r.policeOrgName) },
          {
            title: t('coop.status'),
            key: 'status',
            render: (_, r: Referral) => <Tag color={statusColour(r.status)}>{referralStatusLabels[r.status][lang]}</Tag>,
          },
          { title: t('coop.due'), key: 'due', render: (_, r: Referral) => orDash(r.dueOn) },
        ]}
      />
      {proposing && <ProposeModal onClose={() => setProposing(false)} />}
      {referringBack && <ReferBackModal onClose={() => setReferringBack(false)} />}
    </Space>
  );
}

function ThresholdHint({ offence, value }: { offence?: string; value?: number }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['referrals', 'threshold', offence, value], queryFn: () => fetchThreshold(offence ?? '', value), enabled: Boolean(offence) });
  if (!q.data) return null;
  const verdict = q.data.meets === null ? t('coop.unknown') : q.data.meets ? t('coop.meets') : t('coop.below');
  return (
    <Alert
      type={q.data.meets ? 'warning' : 'info'}
      showIcon
      message={`${t('coop.threshold')}（${t('coop.thresholdUnverified')}）`}
      description={t('coop.thresholdText', { threshold: q.data.thresholdYuan.toLocaleString(), verdict })}
    />
  );
}

/**
 * 移送公安: proposes a referral. The source case is the real case — given by the case page it comes from, or picked
 * from the handler's cases here — never a typed number.
 */
export function ProposeModal({ onClose, source, initial }: { onClose(): void; source?: SourceRef; initial?: { summary?: string; caseValueYuan?: number } }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const [form] = Form.useForm<{
    offence: string;
    caseValueYuan?: number;
    summary: string;
    policeOrgId: number;
    procuratorateOrgId?: number;
    caseId?: number;
  }>();
  const [picked, setPicked] = useState<SourceRef | undefined>(source);
  const onError = useApiError(form);
  const client = useQueryClient();
  const navigate = useNavigate();
  const partners = useQuery({ queryKey: ['referrals', 'partners'], queryFn: fetchPartners });
  const of = (kind: string) => (partners.data?.items ?? []).filter((o) => o.kind === kind).map((o) => ({ value: o.id, label: o.name }));
  const offence = Form.useWatch('offence', form);
  const value = Form.useWatch('caseValueYuan', form);
  const save = useMutation({
    mutationFn: (v: ReturnType<typeof form.getFieldsValue>) =>
      proposeReferral({
        offence: v.offence as never,
        caseValueYuan: v.caseValueYuan,
        summary: v.summary,
        policeOrgId: v.policeOrgId,
        procuratorateOrgId: v.procuratorateOrgId,
        ...(picked ? { source: picked } : {}),
      }),
    onSuccess: (r) => {
      void client.invalidateQueries({ queryKey: referralsKey });
      onClose();
      void navigate(`/cooperation/referrals/${r.id}`);
    },
    onError,
  });
  return (
    <Modal
      open
      title={t('coop.propose')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.submit')}
      cancelText={t('action.cancel')}
      confirmLoading={save.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={initial}>
        {source ? (
          <Form.Item label={t('coop.source')}>
            <Typography.Text strong>{`${source.caseNo} ${source.title}`}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item name="caseId" label={t('coop.source')}>
            <CasePicker kind="penalty" onPick={setPicked} ariaLabel={t('coop.source')} />
          </Form.Item>
        )}
        <Form.Item name="offence" label={t('coop.offence')} rules={[{ required: true }]}>
          <Select aria-label={t('coop.offence')} options={offences.map((o) => ({ value: o, label: offenceLabels[o][lang] }))} />
        </Form.Item>
        <Form.Item name="caseValueYuan" label={t('coop.caseValue')}>
          <InputNumber min={0} style={{ width: '100%' }} aria-label={t('coop.caseValue')} />
        </Form.Item>
        <ThresholdHint offence={offence} value={value} />
        <Form.Item name="summary" label={t('coop.summary')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} aria-label={t('coop.summary')} />
        </Form.Item>
        <Form.Item name="policeOrgId" label={t('coop.police')} rules={[{ required: true }]}>
          <Select aria-label={t('coop.police')} options={of('police')} />
        </Form.Item>
        <Form.Item name="procuratorateOrgId" label={t('coop.procuratorate')}>
          <Select aria-label={t('coop.procuratorate')} allowClear options={of('procuratorate')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReferBackModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const [form] = Form.useForm<{
    bureauOrgId: number;
    offence: string;
    caseValueYuan?: number;
    summary: string;
    nonProsecutionNo: string;
    nonProsecutionDate: Dayjs;
  }>();
  const onError = useApiError(form);
  const { message } = App.useApp();
  const client = useQueryClient();
  const partners = useQuery({ queryKey: ['referrals', 'partners'], queryFn: fetchPartners });
  const save = useMutation({
    mutationFn: (v: ReturnType<typeof form.getFieldsValue>) =>
      referBack({ ...v, offence: v.offence as never, nonProsecutionDate: v.nonProsecutionDate.format('YYYY-MM-DD') }),
    onSuccess: () => {
      void message.success(t('coop.done'));
      void client.invalidateQueries({ queryKey: referralsKey });
      onClose();
    },
    onError,
  });
  return (
    <Modal
      open
      title={t('coop.referBack')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.submit')}
      cancelText={t('action.cancel')}
      confirmLoading={save.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="bureauOrgId" label={t('coop.bureau')} rules={[{ required: true }]}>
          <Select
            aria-label={t('coop.bureau')}
            options={(partners.data?.items ?? []).filter((o) => o.kind === 'ip_bureau').map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <Form.Item name="offence" label={t('coop.offence')} rules={[{ required: true }]}>
          <Select aria-label={t('coop.offence')} options={offences.map((o) => ({ value: o, label: offenceLabels[o][lang] }))} />
        </Form.Item>
        <Form.Item name="caseValueYuan" label={t('coop.caseValue')}>
          <InputNumber min={0} style={{ width: '100%' }} aria-label={t('coop.caseValue')} />
        </Form.Item>
        <Form.Item name="summary" label={t('coop.summary')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} aria-label={t('coop.summary')} />
        </Form.Item>
        <Form.Item name="nonProsecutionNo" label={t('coop.nonProsecution')} rules={[{ required: true }]}>
          <Input aria-label={t('coop.nonProsecution')} />
        </Form.Item>
        <Form.Item name="nonProsecutionDate" label={t('coop.docDate')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} aria-label={t('coop.docDate')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
