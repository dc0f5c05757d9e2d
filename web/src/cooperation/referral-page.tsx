import { Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { offenceLabels } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fetchReferral, referralStep } from '../api/cooperation';
import { formatTime } from '../components/format';
import { QueryState } from '../components/query-state';
import { usePreferences } from '../prefs/preferences';
import { useCurrentUser } from '../session/use-session';
import { AttachmentList } from '../workflow/attachment-list';
import { WorkflowPanel } from '../workflow/workflow-panel';
import { Facts } from './facts';
import { referralStatusLabels, statusColour } from './labels';
import { referralsKey } from './referrals-page';
import { StepActions, type StepDef } from './step-actions';

const decision = ['docNo', 'docDate', 'reason'] as const;
const steps: StepDef[] = [
  { action: 'approve', path: 'approve', fields: ['note'] },
  { action: 'decline', path: 'decline', fields: ['reason'] },
  { action: 'hand_over', path: 'hand-over', fields: [] },
  { action: 'accept', path: 'accept', fields: [...decision], optionalFields: ['reason'] },
  { action: 'refuse', path: 'refuse', fields: [...decision] },
  { action: 'request_reconsideration', path: 'reconsideration', fields: ['reason'] },
  { action: 'revise', path: 'revise', fields: [...decision], optionalFields: ['reason'] },
  { action: 'uphold', path: 'uphold', fields: [...decision] },
  { action: 'suggest_supervision', path: 'supervision', fields: [] },
  { action: 'supervision_filed', path: 'supervision-filed', fields: [...decision], optionalFields: ['reason'] },
  { action: 'supervision_closed', path: 'supervision-closed', fields: [...decision] },
  { action: 'receive', path: 'receive', fields: ['bureauCaseNo'] },
  { action: 'conclude', path: 'conclude', fields: ['decisionNo', 'decisionDate', 'finesYuan'] },
];

/** 移送案件: the referral's facts and clocks, the steps this user may take, the workflow and the attachments. */
export function ReferralPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const id = Number(useParams().id);
  const user = useCurrentUser();
  const query = useQuery({ queryKey: [...referralsKey, id], queryFn: () => fetchReferral(id) });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <QueryState query={query}>
        {(r) => (
          <>
            <Typography.Title level={1}>
              {`${t('coop.referral')}：${r.source ? r.source.title : r.summary.slice(0, 30)}`}{' '}
              <Tag color={statusColour(r.status)}>{referralStatusLabels[r.status][lang]}</Tag>
            </Typography.Title>
            <StepActions
              recordType="referral"
              id={r.id}
              steps={[
                ...steps,
                ...(r.direction === 'to_police' && r.status === 'accepted' && user.org.kind === 'procuratorate' && r.procuratorateOrgId === user.org.id
                  ? [{ action: 'reverse', path: 'reverse', fields: ['summary', 'nonProsecutionNo', 'nonProsecutionDate'], always: true } as StepDef]
                  : []),
              ]}
              post={(path, body) => referralStep(r.id, path, body)}
              invalidate={referralsKey}
            />
            <Facts
              rows={[
                [t('coop.direction'), r.direction === 'reverse' ? t('coop.reverse') : t('coop.toPolice')],
                [t('coop.source'), r.source ? `${r.source.caseNo} ${r.source.title}` : null],
                [t('coop.offence'), offenceLabels[r.offence][lang]],
                [t('coop.caseValue'), r.caseValueYuan?.toLocaleString()],
                [
                  t('coop.threshold'),
                  `${t('coop.thresholdText', {
                    threshold: r.threshold.thresholdYuan.toLocaleString(),
                    verdict: r.threshold.meets === null ? t('coop.unknown') : r.threshold.meets ? t('coop.meets') : t('coop.below'),
                  })}`,
                  r.direction === 'to_police',
                ],
                [t('coop.summary'), r.summary],
                [t('coop.police'), r.policeOrgName, r.direction === 'to_police'],
                [t('coop.procuratorate'), r.procuratorateOrgName],
                [t('coop.headDue'), r.headDueOn, r.direction === 'to_police'],
                [t('coop.handoverDue'), formatTime(r.handoverDueAt), r.handoverDueAt !== null],
                [
                  t('coop.handedOver'),
                  r.handedOverAt
                    ? `${formatTime(r.handedOverAt)}（${r.handoverLateHours ? t('coop.lateHours', { hours: r.handoverLateHours }) : t('coop.onTime')}）`
                    : null,
                  r.direction === 'to_police',
                ],
                [t('coop.policeDue'), r.policeDueOn, r.policeDueOn !== null],
                [
                  t('coop.policeDecision'),
                  r.policeDocNo ? `${r.policeDocNo}（${r.policeDocDate ?? ''}）${r.policeReason ?? ''}` : null,
                  r.direction === 'to_police',
                ],
                [t('coop.reconsiderDue'), r.reconsiderDueOn, r.reconsiderDueOn !== null],
                [t('coop.reconsiderDecisionDue'), r.reconsiderDecisionDueOn, r.reconsiderDecisionDueOn !== null],
                [t('coop.suggestDue'), r.suggestDueOn, r.suggestDueOn !== null],
                [t('coop.nonProsecution'), r.nonProsecutionNo ? `${r.nonProsecutionNo}（${r.nonProsecutionDate ?? ''}）` : null, r.nonProsecutionNo !== null],
                [t('coop.bureauCaseNo'), r.bureauCaseNo, r.direction === 'reverse'],
                [t('coop.penaltyDecision'), r.penaltyDecisionNo ? `${r.penaltyDecisionNo}（${r.penaltyDecisionDate ?? ''}）` : null, r.direction === 'reverse'],
              ]}
            />
            <WorkflowPanel recordType="referral" id={r.id} />
            <AttachmentList recordType="referral" id={r.id} />
          </>
        )}
      </QueryState>
    </Space>
  );
}
