import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { pauseReasonLabels, pauseReasons, penaltyKindLabels, penaltyStatusLabels } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchPenaltyCase, penaltyStep } from '../api/cases';
import { formatTime } from '../components/format';
import { QueryState } from '../components/query-state';
import { Facts } from '../cooperation/facts';
import { ProposeModal } from '../cooperation/referrals-page';
import { usePreferences } from '../prefs/preferences';
import { useCurrentUser } from '../session/use-session';
import { WorkflowPanel } from '../workflow/workflow-panel';
import { CaseSteps, type CaseStepDef } from './case-steps';
import { ClocksCard, EvidenceCard } from './case-parts';

export const penaltyKey = ['cases', 'penalty'] as const;

/** 行政处罚案件: the case file — facts, statutory clocks with 中止/恢复, the steps allowed now, evidence and history. */
export function PenaltyCasePage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const id = Number(useParams().id);
  const user = useCurrentUser();
  const [referring, setReferring] = useState(false);
  const query = useQuery({ queryKey: [...penaltyKey, id], queryFn: () => fetchPenaltyCase(id) });
  const date = (name: string, label = t('caseUi.on')) => ({ name, label, kind: 'date' as const });
  const reason = { name: 'reason', label: t('caseUi.reason'), kind: 'long' as const };
  const steps: CaseStepDef[] = [
    { action: 'open', path: 'open', fields: [date('on', t('caseUi.openedOn'))] },
    { action: 'decline', path: 'decline', fields: [reason] },
    {
      action: 'notify',
      path: 'hearing-notice',
      fields: [date('on', t('caseUi.noticeOn')), { name: 'proposedFine', label: t('caseUi.proposedFine'), kind: 'number' }],
    },
    { action: 'request_hearing', path: 'hearing-request', fields: [date('on', t('caseUi.hearingRequestedOn'))] },
    {
      action: 'decide',
      path: 'decision',
      fields: [
        date('on', t('caseUi.decisionOn')),
        { name: 'decisionNo', label: t('caseUi.decisionNo'), kind: 'text' },
        { name: 'amount', label: t('caseUi.amount'), kind: 'number', optional: true, nullIfEmpty: true },
        { name: 'repeatOffence', label: t('caseUi.repeatOffence'), kind: 'bool' },
        { name: 'fine', label: t('caseUi.fine'), kind: 'number' },
        { name: 'fineReason', label: t('caseUi.fineReason'), kind: 'long' },
        { name: 'confiscatedGains', label: t('caseUi.confiscatedGains'), kind: 'number', optional: true },
        { name: 'confiscatedItems', label: t('caseUi.confiscatedItems'), kind: 'text', optional: true },
      ],
    },
    {
      action: 'publish',
      path: 'publication',
      fields: [date('on', t('caseUi.publishedOn')), { name: 'where', label: t('caseUi.publishedWhere'), kind: 'text' }],
    },
    { action: 'close', path: 'close', fields: [reason] },
    {
      action: 'extend',
      path: 'extend',
      fields: [
        {
          name: 'clock',
          label: t('caseUi.clock'),
          kind: 'select',
          options: [
            { value: 'open', label: t('caseUi.clockOpen') },
            { value: 'decide', label: t('caseUi.clockDecide') },
          ],
        },
        reason,
      ],
    },
  ];
  const clockSteps: CaseStepDef[] = [
    {
      action: 'pause',
      path: 'pause',
      fields: [
        date('on', t('caseUi.pausedOn')),
        { name: 'reason', label: t('caseUi.pauseReason'), kind: 'select', options: pauseReasons.map((r) => ({ value: r, label: pauseReasonLabels[r][lang] })) },
        { name: 'note', label: t('caseUi.note'), kind: 'text', optional: true },
      ],
    },
    { action: 'resume', path: 'resume', fields: [date('on', t('caseUi.resumedOn'))] },
  ];
  const post = (path: string, body: object) => penaltyStep(id, path, body);
  return (
    <Space orientation="vertical" size="middle" className="page">
      <QueryState query={query}>
        {(c) => (
          <>
            <Typography.Title level={1}>
              {`${c.caseNo} ${c.title}`} <Tag color="blue">{penaltyStatusLabels[c.status][lang]}</Tag>
            </Typography.Title>
            <Space wrap>
              <CaseSteps recordType="penalty_case" id={c.id} steps={steps} post={post} invalidate={penaltyKey} />
              {user.permissions.includes('case.handle') && ['investigating', 'notified', 'hearing', 'decided', 'published'].includes(c.status) && (
                <Button type="primary" onClick={() => setReferring(true)}>
                  {t('caseUi.referToPolice')}
                </Button>
              )}
            </Space>
            {referring && (
              <ProposeModal
                onClose={() => setReferring(false)}
                source={{ recordType: 'penalty_case', recordId: c.id, caseNo: c.caseNo, title: c.title }}
                initial={{ summary: c.summary || c.title, caseValueYuan: c.amount ?? undefined }}
              />
            )}
            <Facts
              rows={[
                [t('cases.caseKind'), penaltyKindLabels[c.kind][lang]],
                [t('cases.respondent'), c.respondentName],
                [t('caseUi.regionCode'), c.regionCode],
                [t('caseUi.summary'), c.summary],
                [t('cases.clueOn'), c.clueOn],
                [t('cases.openedOn'), c.openedOn],
                [
                  t('caseUi.fromComplaint'),
                  c.complaintId !== null ? <Link to={`/cases/complaints/${c.complaintId}`}>{c.complainantName ?? `#${c.complaintId}`}</Link> : null,
                  c.complaintId !== null,
                ],
                [
                  t('caseUi.noticeOn'),
                  c.hearingNoticeOn ? `${c.hearingNoticeOn}（${t('caseUi.proposedFine')} ${c.proposedFine?.toLocaleString() ?? '—'}）` : null,
                ],
                [t('caseUi.hearingRequestedOn'), c.hearingRequestedOn],
                [t('caseUi.decisionNo'), c.decisionNo ? `${c.decisionNo}（${c.decisionOn ?? ''}）` : null],
                [t('caseUi.amount'), c.amount?.toLocaleString()],
                [t('caseUi.fine'), c.fine === null ? null : `${c.fine.toLocaleString()}${c.repeatOffence ? `（${t('caseUi.repeatOffence')}）` : ''}`],
                [t('caseUi.fineReason'), c.fineReason],
                [t('caseUi.confiscated'), c.confiscatedItems || (c.confiscatedGains ? c.confiscatedGains.toLocaleString() : null)],
                [t('caseUi.publishedOn'), c.publishedOn ? `${c.publishedOn}（${c.publishedWhere ?? ''}）` : null],
                [t('caseUi.closedReason'), c.closedReason, c.closedReason !== null],
              ]}
            />
            <ClocksCard clocks={c.clocks} actions={<CaseSteps recordType="penalty_case" id={c.id} steps={clockSteps} post={post} invalidate={penaltyKey} />} />
            <WorkflowPanel recordType="penalty_case" id={c.id} />
            <EvidenceCard recordType="penalty_case" id={c.id} canUpload={user.permissions.includes('case.handle')} />
            <Card title={<h2 className="card-title">{t('caseUi.history')}</h2>}>
              <List
                size="small"
                dataSource={c.history}
                locale={{ emptyText: '—' }}
                renderItem={(h) => (
                  <List.Item>
                    {formatTime(h.at)} · {h.action}
                    {h.actor ? ` · ${h.actor}` : ''}
                  </List.Item>
                )}
              />
            </Card>
          </>
        )}
      </QueryState>
    </Space>
  );
}
