import type { EnterpriseProfile, SessionUser } from '@zhichan/contract';

/** What the viewer may do on this profile, from their permissions and whose profile it is. */
export interface ProfileCapabilities {
  own: boolean;
  /** Edit facts and contacts (PATCH): the approved enterprise itself. */
  edit: boolean;
  /** Correct and resubmit a rejected registration. */
  resubmit: boolean;
  /** Approve or reject a pending registration. */
  review: boolean;
  /** Set the bureau-assigned tags. */
  tag: boolean;
}

/** Works out the viewer's capabilities on an enterprise profile. */
export function profileCapabilities(user: SessionUser, profile: EnterpriseProfile): ProfileCapabilities {
  const own = user.org.id === profile.id;
  const can = (p: SessionUser['permissions'][number]) => user.permissions.includes(p);
  return {
    own,
    edit: own && can('enterprise.self'),
    resubmit: own && profile.status === 'rejected',
    review: !own && can('enterprise.review') && profile.status === 'pending',
    tag: !own && can('enterprise.tag'),
  };
}
