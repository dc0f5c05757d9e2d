import { Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fetchMediation, mediationStep } from '../api/cooperation';
import { QueryState } from '../components/query-state';
import { usePreferences } from '../prefs/preferences';
import { AttachmentList } from '../workflow/attachment-list';
import { WorkflowPanel } from '../workflow/workflow-panel';
import { Facts } from './facts';
import { mediationStatusLabels, statusColour } from './labels';
import { mediationsKey } from './mediations-page';
import { StepActions, type StepDef } from './step-actions';

const steps: StepDef[] = [
  { action: 'agree', path: 'agreement', fields: ['agreedOn', 'terms', 'amountYuan'] },
  { action: 'fail', path: 'failure', fields: ['endedOn', 'reason'] },
  { action: 'apply_confirmation', path: 'confirmation-application', fields: ['appliedOn', 'court'] },
  { action: 'court_confirmed', path: 'court-ruling', fields: ['caseNo', 'ruledOn'], extra: { confirmed: true } },
  { action: 'court_refused', path: 'court-ruling', fields: ['caseNo', 'ruledOn', 'reason'], extra: { confirmed: false } },
  { action: 'refer_arbitration', path: 'arbitration', fields: ['commission', 'referredOn'] },
];

/** 调解案件: the dispute, the agreement and the 30-day window for judicial confirmation, the court's ruling. */
export function MediationPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const id = Number(useParams().id);
  const query = useQuery({ queryKey: [...mediationsKey, id], queryFn: () => fetchMediation(id) });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <QueryState query={query}>
        {(d) => (
          <>
            <Typography.Title level={1}>
              {`${t('coop.mediation')}：${d.subject}`} <Tag color={statusColour(d.status)}>{mediationStatusLabels[d.status][lang]}</Tag>
            </Typography.Title>
            <StepActions recordType="mediation" id={d.id} steps={steps} post={(path, body) => mediationStep(d.id, path, body)} invalidate={mediationsKey} />
            <Facts
              rows={[
                [t('coop.source'), d.source ? `${d.source.caseNo} ${d.source.title}` : t('coop.direct')],
                [t('coop.mediationOrg'), d.mediationOrgName],
                [t('coop.mediator'), d.mediatorName],
                [t('coop.applicant'), d.applicant],
                [t('coop.respondent'), d.respondent],
                [t('coop.claim'), d.claimYuan?.toLocaleString()],
                [t('coop.agreedOn'), d.agreedOn, d.agreedOn !== null],
                [t('coop.terms'), d.terms, d.terms !== null],
                [t('coop.amount'), d.amountYuan?.toLocaleString(), d.agreedOn !== null],
                [t('coop.confirmationDue'), d.confirmationDueOn, d.confirmationDueOn !== null],
                [t('coop.endedOn'), d.endedOn ? `${d.endedOn} ${d.failureReason ?? ''}` : null, d.endedOn !== null],
                [t('coop.appliedOn'), d.appliedOn ? `${d.appliedOn} ${d.court ?? ''}` : null, d.appliedOn !== null],
                [t('coop.courtCaseNo'), d.courtCaseNo ? `${d.courtCaseNo}（${d.courtRuledOn ?? ''}）${d.courtReason ?? ''}` : null, d.courtCaseNo !== null],
                [
                  t('coop.commission'),
                  d.arbitrationCommission ? `${d.arbitrationCommission}（${d.arbitrationReferredOn ?? ''}）` : null,
                  d.arbitrationCommission !== null,
                ],
              ]}
            />
            <WorkflowPanel recordType="mediation" id={d.id} />
            <AttachmentList recordType="mediation" id={d.id} />
          </>
        )}
      </QueryState>
    </Space>
  );
}
