import { Card, Space, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { complaintKindLabels, complaintStatusLabels, ipKindLabels, penaltyKindLabels, penaltyKinds, triageOutcomeLabels } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { complaintStep, fetchComplaint } from '../api/cases';
import { formatTime } from '../components/format';
import { QueryState } from '../components/query-state';
import { Facts } from '../cooperation/facts';
import { usePreferences } from '../prefs/preferences';
import { WorkflowPanel } from '../workflow/workflow-panel';
import { CaseSteps, type CaseStepDef } from './case-steps';
import { ClocksCard, EvidenceCard } from './case-parts';

export const complaintKey = ['cases', 'complaint'] as const;

/**
 * 投诉举报: the item as its handlers (and its submitter) see it — the server masks the complainant to anyone else —
 * with its clock, the acceptance and triage steps, evidence and the steps the complainant sees.
 */
export function ComplaintPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const id = Number(useParams().id);
  const query = useQuery({ queryKey: [...complaintKey, id], queryFn: () => fetchComplaint(id) });
  const reason = { name: 'reason', label: t('caseUi.reason'), kind: 'long' as const };
  const steps: CaseStepDef[] = [
    { action: 'accept', path: 'accept', fields: [] },
    { action: 'refuse', path: 'refuse', fields: [reason] },
    { action: 'extend', path: 'extend', fields: [reason] },
    {
      action: 'triage',
      path: 'triage',
      fields: [
        {
          name: 'outcome',
          label: t('caseUi.triageOutcome'),
          kind: 'select',
          options: (['penalty_case', 'patent_dispute', 'ecommerce_opinion'] as const).map((o) => ({ value: o, label: triageOutcomeLabels[o][lang] })),
        },
        {
          name: 'caseKind',
          label: t('caseUi.caseKind'),
          kind: 'select',
          optional: true,
          nullIfEmpty: true,
          options: penaltyKinds.map((k) => ({ value: k, label: penaltyKindLabels[k][lang] })),
        },
        reason,
      ],
    },
    { action: 'forward', path: 'triage', extra: { outcome: 'forwarded' }, fields: [{ name: 'authority', label: t('caseUi.authority'), kind: 'text' }, reason] },
    { action: 'close', path: 'triage', extra: { outcome: 'closed' }, fields: [reason] },
  ];
  return (
    <Space orientation="vertical" size="middle" className="page">
      <QueryState query={query}>
        {(c) => (
          <>
            <Typography.Title level={1}>
              {c.title} <Tag color="blue">{complaintStatusLabels[c.status][lang]}</Tag>
            </Typography.Title>
            <CaseSteps recordType="complaint" id={c.id} steps={steps} post={(path, body) => complaintStep(c.id, path, body)} invalidate={complaintKey} />
            <Facts
              rows={[
                [t('caseUi.complaintKind'), complaintKindLabels[c.kind][lang]],
                [t('caseUi.complainant'), c.anonymous ? t('cases.anonymous') : c.complainantName],
                [t('caseUi.contact'), c.complainantContact],
                [t('caseUi.trackingCode'), c.trackingCode, c.trackingCode !== null],
                [t('cases.respondent'), c.respondentName],
                [t('caseUi.respondentAddress'), c.respondentAddress],
                [t('caseUi.ipKind'), ipKindLabels[c.ipKind][lang]],
                [t('caseUi.rightNumber'), c.rightNumber],
                [t('caseUi.regionCode'), c.regionCode],
                [t('caseUi.description'), c.description],
                [t('caseUi.submittedAt'), formatTime(c.submittedAt)],
                [t('caseUi.triageOutcome'), c.outcome ? `${triageOutcomeLabels[c.outcome][lang]}${c.outcomeReason ? `：${c.outcomeReason}` : ''}` : null],
                [t('caseUi.authority'), c.forwardedTo, c.forwardedTo !== null],
                [t('caseUi.penaltyCase'), c.caseId !== null ? <Link to={`/cases/penalty/${c.caseId}`}>#{c.caseId}</Link> : null, c.caseId !== null],
              ]}
            />
            <ClocksCard clocks={c.clocks} />
            <WorkflowPanel recordType="complaint" id={c.id} />
            <EvidenceCard recordType="complaint" id={c.id} canUpload={c.status === 'submitted'} />
            <Card title={<h2 className="card-title">{t('caseUi.steps')}</h2>}>
              <Timeline
                items={c.steps.map((s) => ({
                  key: `${s.on}-${s.label}`,
                  children: `${s.on} ${lang === 'en' ? s.labelEn : s.label}${s.note ? `：${s.note}` : ''}`,
                }))}
              />
            </Card>
          </>
        )}
      </QueryState>
    </Space>
  );
}
