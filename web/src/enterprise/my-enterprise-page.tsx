import { Result } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchMyEnterprise } from '../api/enterprises';
import { queryKeys } from '../api/query-keys';
import { QueryState } from '../components/query-state';
import { ProfileView } from './profile-view';
import { useProfileUpdater } from './use-profile-updater';
import { hasOwnEnterprise, useCurrentUser } from '../session/use-session';
import { WorkbenchCards } from '../layout/workbench-cards';

/** 本企业档案: the signed-in enterprise's own profile, whatever its review state, with its workbench (its work and services). */
export function MyEnterprisePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const own = hasOwnEnterprise(user);
  const query = useQuery({ queryKey: queryKeys.enterprise('mine'), queryFn: fetchMyEnterprise, enabled: own });
  const update = useProfileUpdater(user.org.id);
  if (!own) return <Result status="info" title={t('profile.myTitle')} subTitle={t('profile.notEnterprise')} />;
  return (
    <QueryState query={query}>
      {(p) => (
        <ProfileView profile={p} heading={t('profile.myTitle')} onChanged={update}>
          <WorkbenchCards />
        </ProfileView>
      )}
    </QueryState>
  );
}
