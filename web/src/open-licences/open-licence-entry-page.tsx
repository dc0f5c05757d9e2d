import { Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchCatalogueEntry } from '../api/open-licences';
import { queryKeys } from '../api/query-keys';
import { QueryState } from '../components/query-state';
import { DeclarationFacts } from './declaration-facts';
import { ObtainForm } from './obtain-form';
import { hasPermission, useSession } from '../session/use-session';

/** 开放许可目录条目: the published declaration; an enterprise other than the patentee may obtain the licence here. */
export function OpenLicenceEntryPage({ listPath = '/open-licences/catalogue' }: { listPath?: string }) {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const session = useSession();
  const user = session.data?.user ?? null;
  const query = useQuery({ queryKey: [...queryKeys.openLicences, 'entry', id], queryFn: () => fetchCatalogueEntry(id) });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Link to={listPath} className="back-link">
        ← {t('ol.catalogue')}
      </Link>
      <QueryState query={query}>
        {(d) => (
          <>
            <Typography.Title level={1}>{d.patent.title}</Typography.Title>
            <DeclarationFacts d={d} patentLink={user !== null} />
            {user && hasPermission(user, 'enterprise.self') && user.org.id !== d.patentee.orgId && <ObtainForm d={d} />}
          </>
        )}
      </QueryState>
    </Space>
  );
}

/** The entry outside the app. */
export function PublicOpenLicenceEntryPage() {
  return <OpenLicenceEntryPage listPath="/catalogue/open-licences" />;
}
