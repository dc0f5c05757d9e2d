import { App, Button, Card, Descriptions, Form, Input, Modal, Popconfirm, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { subsidyStatusLabels, type SubsidyApplication, type SubsidyFlags } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchSubsidy, rejectSubsidy, returnSubsidy, verifySubsidy, withdrawSubsidy } from '../api/subsidies';
import { fetchWorkflow } from '../api/workflow';
import { queryKeys } from '../api/query-keys';
import { formatTime, orDash } from '../components/format';
import { QueryState } from '../components/query-state';
import { useApiError } from '../components/use-api-error';
import { usePreferences } from '../prefs/preferences';
import { AttachmentList } from '../workflow/attachment-list';
import { WorkflowPanel } from '../workflow/workflow-panel';
import { amountText, Computation } from './computation';

const RECORD = 'subsidy_application';

/** The review and withdrawal steps the server allows this user now. */
function SubsidyActions({ a }: { a: SubsidyApplication }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiError();
  const [reasonFor, setReasonFor] = useState<'return' | 'reject' | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const workflow = useQuery({ queryKey: queryKeys.workflow(RECORD, a.id), queryFn: () => fetchWorkflow(RECORD, a.id) });
  const allowed = new Set(workflow.data?.allowedActions.map((x) => x.action) ?? []);
  const act = useMutation({
    mutationFn: (x: { action: string; reason?: string }) =>
      x.action === 'verify'
        ? verifySubsidy(a.id)
        : x.action === 'withdraw'
          ? withdrawSubsidy(a.id)
          : x.action === 'return'
            ? returnSubsidy(a.id, x.reason ?? '')
            : rejectSubsidy(a.id, x.reason ?? ''),
    onSuccess: () => {
      void message.success(t('subsidy.done'));
      void client.invalidateQueries({ queryKey: queryKeys.subsidies });
      void client.invalidateQueries({ queryKey: ['workflow'] });
      setReasonFor(null);
    },
    onError,
  });
  if (allowed.size === 0) return null;
  return (
    <Space wrap>
      {allowed.has('verify') && (
        <Button type="primary" loading={act.isPending} onClick={() => act.mutate({ action: 'verify' })}>
          {t('subsidy.verify')}
        </Button>
      )}
      {allowed.has('return') && <Button onClick={() => setReasonFor('return')}>{t('subsidy.return')}</Button>}
      {allowed.has('reject') && (
        <Button danger onClick={() => setReasonFor('reject')}>
          {t('subsidy.reject')}
        </Button>
      )}
      {allowed.has('withdraw') && (
        <Popconfirm title={t('subsidy.withdraw')} onConfirm={() => act.mutate({ action: 'withdraw' })}>
          <Button danger>{t('subsidy.withdraw')}</Button>
        </Popconfirm>
      )}
      <Modal open={reasonFor !== null} title={reasonFor ? t(`subsidy.${reasonFor}`) : ''} onCancel={() => setReasonFor(null)} footer={null} destroyOnHidden>
        <Form form={form} layout="vertical" name="subsidy-reason" onFinish={(v) => reasonFor && act.mutate({ action: reasonFor, reason: v.reason })}>
          <Form.Item name="reason" label={t('subsidy.reason')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={act.isPending}>
            {t('lpr.save')}
          </Button>
        </Form>
      </Modal>
    </Space>
  );
}

const flagKeys: (keyof SubsidyFlags)[] = ['sme', 'smallMicro', 'independentLegalPerson', 'pledgorIsHolder', 'firstPledge', 'insured', 'guaranteed'];

/** 贴息申报详情: the loan's facts, the computation line by line, the review, the payment, the files. */
export function SubsidyPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const id = Number(useParams().id);
  const query = useQuery({ queryKey: [...queryKeys.subsidies, 'detail', id], queryFn: () => fetchSubsidy(id) });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <QueryState query={query}>
        {(a) => (
          <>
            <Typography.Title level={1}>{`${t('pageTitle.subsidy')}：${a.bank}`}</Typography.Title>
            <SubsidyActions a={a} />
            <Card>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'status', label: t('subsidy.status'), children: subsidyStatusLabels[a.status][lang] },
                  { key: 'org', label: t('subsidy.enterprise'), children: a.enterprise.name },
                  {
                    key: 'policy',
                    label: t('subsidy.policy'),
                    children: <Link to="/subsidies/policies">{lang === 'en' ? a.policyNameEn : a.policyName}</Link>,
                  },
                  { key: 'period', label: t('subsidy.period'), children: a.period },
                  { key: 'principal', label: t('subsidy.principal'), children: amountText(a.principal, '—') },
                  { key: 'rate', label: t('subsidy.ratePct'), children: `${a.ratePct}%` },
                  { key: 'contract', label: t('subsidy.contractDate'), children: a.contractDate },
                  { key: 'term', label: t('subsidy.termMonths'), children: a.termMonths },
                  { key: 'interest', label: t('subsidy.interestPeriod'), children: `${a.interestFrom} ~ ${a.interestTo}` },
                  { key: 'paidInterest', label: t('subsidy.interestPaid'), children: amountText(a.interestPaid, '—') },
                  { key: 'revenue', label: t('subsidy.revenue'), children: a.revenue === null ? '—' : amountText(a.revenue, '—') },
                  { key: 'fin', label: t('subsidy.financingApplicationId'), children: orDash(a.financingApplicationId) },
                  {
                    key: 'flags',
                    label: t('subsidy.flags'),
                    children: orDash(
                      flagKeys
                        .filter((k) => a.flags[k])
                        .map((k) => t(`subsidy.flag.${k}`))
                        .join('、'),
                    ),
                  },
                  { key: 'computed', label: t('subsidy.computedAmount'), children: amountText(a.computedAmount, t('subsidy.noAmount')) },
                  {
                    key: 'approved',
                    label: t('subsidy.approvedAmount'),
                    children: orDash(a.approvedAmount === null ? null : amountText(a.approvedAmount, '—')),
                  },
                  {
                    key: 'paid',
                    label: t('subsidy.paid'),
                    children: a.paid
                      ? t('subsidy.paidText', { amount: amountText(a.paid.amount, '—'), date: a.paid.paidOn, reference: a.paid.reference })
                      : '—',
                  },
                  { key: 'at', label: t('subsidy.submittedAt'), children: formatTime(a.submittedAt) },
                  ...(a.reviewNote ? [{ key: 'note', label: t('subsidy.reviewNote'), children: a.reviewNote }] : []),
                ]}
              />
            </Card>
            <Computation evaluation={a.evaluation} />
            <WorkflowPanel recordType={RECORD} id={a.id} />
            <AttachmentList recordType={RECORD} id={a.id} />
          </>
        )}
      </QueryState>
    </Space>
  );
}
