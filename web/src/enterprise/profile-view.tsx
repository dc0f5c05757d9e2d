import type { ReactNode } from 'react';
import { Space, Typography } from 'antd';
import type { EnterpriseProfile } from '@zhichan/contract';
import { DemoTag } from '../components/demo-tag';
import { StatusTag } from '../components/status-tag';
import { useCurrentUser } from '../session/use-session';
import { profileCapabilities } from './capabilities';
import { ChainSections } from './chain-sections';
import { ContactsCard } from './contacts-card';
import { FactsCard } from './facts-card';
import { ResubmitForm } from './resubmit-form';
import { ReviewActions } from './review-actions';
import { ReviewCard } from './review-card';
import { TagsEditor } from './tags-editor';

/** The enterprise profile (一户一档) with whatever the viewer may do on it; `children` go under the review state (the enterprise's own workbench). */
export function ProfileView({
  profile,
  heading,
  onChanged,
  children,
}: {
  profile: EnterpriseProfile;
  heading: string;
  onChanged(p: EnterpriseProfile): void;
  children?: ReactNode;
}) {
  const user = useCurrentUser();
  const can = profileCapabilities(user, profile);
  return (
    <Space orientation="vertical" size="large" className="page">
      <div>
        <Typography.Text type="secondary">{heading}</Typography.Text>
        <Typography.Title level={1} className="profile-title">
          {profile.name} <StatusTag status={profile.status} /> <DemoTag isDemo={profile.isDemo} />
        </Typography.Title>
      </div>
      <ReviewCard profile={profile} own={can.own} />
      {can.review && <ReviewActions profile={profile} onReviewed={onChanged} />}
      {can.resubmit && <ResubmitForm profile={profile} onSaved={onChanged} />}
      {children}
      <FactsCard profile={profile} canEdit={can.edit} onSaved={onChanged} />
      {can.tag && <TagsEditor key={profile.tags.join()} profile={profile} onSaved={onChanged} />}
      <ContactsCard profile={profile} canEdit={can.edit} onSaved={onChanged} />
      <ChainSections profile={profile} />
    </Space>
  );
}
