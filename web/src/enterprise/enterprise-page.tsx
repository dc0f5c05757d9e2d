import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchEnterprise } from '../api/enterprises';
import { queryKeys } from '../api/query-keys';
import { QueryState } from '../components/query-state';
import { ProfileView } from './profile-view';
import { useProfileUpdater } from './use-profile-updater';
import { NotFoundPage } from '../pages/not-found-page';
import { hasPermission, useCurrentUser } from '../session/use-session';

/** 企业档案: one enterprise's profile as bureau staff see it, with review and tag actions when permitted. */
export function EnterprisePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const query = useQuery({ queryKey: queryKeys.enterprise(id), queryFn: () => fetchEnterprise(id), enabled: valid });
  const update = useProfileUpdater(user.org.id);
  if (!valid) return <NotFoundPage />;
  return (
    <>
      {hasPermission(user, 'enterprise.read') && (
        <Link to="/enterprises" className="back-link">
          ← {t('profile.back')}
        </Link>
      )}
      <QueryState query={query}>{(p) => <ProfileView profile={p} heading={t('profile.title')} onChanged={update} />}</QueryState>
    </>
  );
}
