import { Button, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { disputeOutcomeLabels, disputeOutcomes, disputeStatusLabels, standingLabels } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { disputeStep, fetchDispute } from '../api/cases';
import { attachmentUrl } from '../api/workflow';
import { QueryState } from '../components/query-state';
import { Facts } from '../cooperation/facts';
import { OpenModal } from '../cooperation/mediations-page';
import { usePreferences } from '../prefs/preferences';
import { useCurrentUser } from '../session/use-session';
import { WorkflowPanel } from '../workflow/workflow-panel';
import { CaseSteps, type CaseStepDef } from './case-steps';
import { ClocksCard, EvidenceCard } from './case-parts';

export const disputeKey = ['cases', 'dispute'] as const;

/** 专利侵权纠纷: the dispute file — standing, procedure, clocks (中止/恢复 while an invalidation runs), steps, evidence. */
export function DisputePage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const id = Number(useParams().id);
  const user = useCurrentUser();
  const [mediating, setMediating] = useState(false);
  const query = useQuery({ queryKey: [...disputeKey, id], queryFn: () => fetchDispute(id) });
  const on = (label = t('caseUi.on')) => ({ name: 'on', label, kind: 'date' as const });
  const post = (path: string, body: object) => disputeStep(id, path, body);
  return (
    <Space orientation="vertical" size="middle" className="page">
      <QueryState query={query}>
        {(d) => {
          const steps: CaseStepDef[] = [
            {
              action: 'accept',
              path: 'accept',
              fields: [
                on(t('caseUi.acceptedOn')),
                {
                  name: 'criteria',
                  label: t('caseUi.criteria'),
                  kind: 'checks',
                  options: d.criteria.map((c) => ({ value: c.key, label: lang === 'en' ? c.labelEn : c.label })),
                },
              ],
            },
            { action: 'refuse', path: 'refuse', fields: [{ name: 'reason', label: t('caseUi.reason'), kind: 'long' }] },
            { action: 'serve', path: 'serve', fields: [on(t('caseUi.servedOn'))] },
            { action: 'answer', path: 'answer', fields: [on(t('caseUi.answeredOn'))] },
            { action: 'hearing', path: 'hearings', fields: [on(), { name: 'place', label: t('caseUi.place'), kind: 'text' }] },
            {
              action: 'assign_expert',
              path: 'experts',
              fields: [
                { name: 'orgId', label: t('caseUi.experts'), kind: 'number' },
                {
                  name: 'role',
                  label: t('caseUi.role'),
                  kind: 'select',
                  options: [
                    { value: 'investigator', label: t('caseUi.investigator') },
                    { value: 'expert', label: t('caseUi.expert') },
                  ],
                },
              ],
            },
            {
              action: 'opinion',
              path: 'opinions',
              fields: [
                { name: 'attachmentId', label: t('caseUi.opinionFile'), kind: 'attachment', attachmentKind: 'evidence' },
                { name: 'summary', label: t('caseUi.summary'), kind: 'text' },
              ],
            },
            { action: 'extend', path: 'extend', fields: [{ name: 'reason', label: t('caseUi.reason'), kind: 'long' }] },
            {
              action: 'decide',
              path: 'decision',
              fields: [
                on(t('caseUi.decisionOn')),
                { name: 'decisionNo', label: t('caseUi.decisionNo'), kind: 'text' },
                {
                  name: 'outcome',
                  label: t('caseUi.outcome'),
                  kind: 'select',
                  options: disputeOutcomes.map((o) => ({ value: o, label: disputeOutcomeLabels[o][lang] })),
                },
                { name: 'stopOrder', label: t('caseUi.stopOrder'), kind: 'text', optional: true, nullIfEmpty: true },
                { name: 'reasons', label: t('caseUi.reasons'), kind: 'long' },
              ],
            },
            { action: 'mediate', path: 'mediation-agreement', fields: [on(), { name: 'summary', label: t('caseUi.agreement'), kind: 'long' }] },
          ];
          const clockSteps: CaseStepDef[] = [
            { action: 'suspend', path: 'suspend', fields: [on(t('caseUi.pausedOn'))] },
            { action: 'resume', path: 'resume', fields: [on(t('caseUi.resumedOn'))] },
          ];
          const open = ['requested', 'accepted', 'served'].includes(d.status);
          return (
            <>
              <Typography.Title level={1}>
                {`${d.caseNo} ${d.patentNo}`} <Tag color="blue">{disputeStatusLabels[d.status][lang]}</Tag>
              </Typography.Title>
              <Space wrap>
                <CaseSteps recordType="patent_dispute" id={d.id} steps={steps} post={post} invalidate={disputeKey} />
                {user.permissions.includes('case.handle') && ['accepted', 'served'].includes(d.status) && (
                  <Button type="primary" onClick={() => setMediating(true)}>
                    {t('caseUi.applyMediation')}
                  </Button>
                )}
              </Space>
              {mediating && (
                <OpenModal
                  direct={false}
                  onClose={() => setMediating(false)}
                  source={{
                    recordType: 'patent_dispute',
                    recordId: d.id,
                    caseNo: d.caseNo,
                    title: `${d.requesterName} / ${d.respondentName}（${d.patentNo}）`,
                  }}
                  initial={{ subject: `专利侵权纠纷（${d.patentNo}）`, applicant: d.requesterName, respondent: d.respondentName }}
                />
              )}
              <Facts
                rows={[
                  [t('caseUi.requester'), d.requesterName],
                  [t('caseUi.standing'), standingLabels[d.standing][lang]],
                  [t('cases.respondent'), d.respondentName],
                  [t('caseUi.patentNo'), d.patentNo],
                  [t('caseUi.claims'), d.claims],
                  [t('caseUi.regionCode'), d.regionCode],
                  [t('caseUi.requestedOn'), d.requestedOn],
                  [t('caseUi.acceptedOn'), d.acceptedOn],
                  [t('caseUi.procedure'), d.procedure === null ? null : d.procedure === 'simple' ? t('caseUi.simple') : t('caseUi.ordinary')],
                  [
                    t('caseUi.criteria'),
                    d.acceptedOn
                      ? d.criteria.map((c) => `${c.met === true ? '✓' : c.met === false ? '✗' : '—'} ${lang === 'en' ? c.labelEn : c.label}`).join('；')
                      : null,
                    d.acceptedOn !== null,
                  ],
                  [t('caseUi.refusedReason'), d.refusedReason, d.refusedReason !== null],
                  [t('caseUi.servedOn'), d.servedOn],
                  [t('caseUi.answeredOn'), d.answeredOn],
                  [t('caseUi.hearings'), d.hearings.map((h) => `${h.on} ${h.place}`).join('；')],
                  [
                    t('caseUi.opinions'),
                    d.opinions.length === 0
                      ? null
                      : d.opinions.map((o) => (
                          <div key={o.attachmentId}>
                            <a href={attachmentUrl(o.attachmentId)}>{o.summary}</a>（{o.on}）
                          </div>
                        )),
                  ],
                  [
                    t('caseUi.outcome'),
                    d.outcome
                      ? `${disputeOutcomeLabels[d.outcome as keyof typeof disputeOutcomeLabels]?.[lang] ?? d.outcome} ${d.decisionNo ?? ''}（${d.decisionOn ?? ''}）`
                      : null,
                  ],
                  [t('caseUi.stopOrder'), d.stopOrder, d.stopOrder !== null],
                  [t('caseUi.sueBy'), d.sueBy, d.sueBy !== null],
                  [t('caseUi.agreement'), d.agreementOn ? `${d.agreementOn} ${d.agreementSummary ?? ''}` : null, d.agreementOn !== null],
                  [t('caseUi.confirmationBy'), d.confirmationBy, d.confirmationBy !== null],
                ]}
              />
              <ClocksCard
                clocks={d.clocks}
                actions={<CaseSteps recordType="patent_dispute" id={d.id} steps={clockSteps} post={post} invalidate={disputeKey} />}
              />
              <WorkflowPanel recordType="patent_dispute" id={d.id} />
              <EvidenceCard recordType="patent_dispute" id={d.id} canUpload={open} />
            </>
          );
        }}
      </QueryState>
    </Space>
  );
}
