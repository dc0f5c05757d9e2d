import { Alert, Card, Descriptions } from 'antd';
import type { EnterpriseProfile } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../components/status-tag';
import { formatTime, orDash } from '../components/format';

/** 实名审核: the registration's review state, reviewer, time and reason; the enterprise gets a plain explanation. */
export function ReviewCard({ profile, own }: { profile: EnterpriseProfile; own: boolean }) {
  const { t } = useTranslation();
  const { review } = profile;
  const items = [
    { key: 'status', label: t('profile.status'), children: <StatusTag status={profile.status} /> },
    { key: 'submitted', label: t('profile.submittedAt'), children: formatTime(review.submittedAt) },
    { key: 'reviewed', label: t('profile.reviewedAt'), children: formatTime(review.reviewedAt) },
    { key: 'reviewer', label: t('profile.reviewer'), children: orDash(review.reviewerName) },
  ];
  // The enterprise already reads the reason in the alert above.
  if (review.rejectReason && !own) items.push({ key: 'reason', label: t('profile.rejectReason'), children: <>{review.rejectReason}</> });
  return (
    <Card title={<h2 className="card-title">{t('profile.review')}</h2>}>
      {own && profile.status === 'pending' && <Alert type="info" showIcon title={t('profile.pendingNote')} className="card-alert" />}
      {own && profile.status === 'rejected' && (
        <Alert type="error" showIcon title={t('profile.rejectedNote')} description={review.rejectReason} className="card-alert" />
      )}
      <Descriptions column={{ xs: 1, md: 2 }} items={items} />
    </Card>
  );
}
