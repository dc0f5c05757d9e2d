import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../components/query-state';
import { JobProgress } from './job-progress';
import { useImportJob } from './use-import-job';
import { NotFoundPage } from '../pages/not-found-page';

/** One import job (where the "import finished" notification points), followed while it runs. */
export function ImportJobPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const job = useImportJob(valid ? id : null);
  if (!valid) return <NotFoundPage />;
  return (
    <>
      <Link to="/imports" className="back-link">
        ← {t('imports.back')}
      </Link>
      <Space orientation="vertical" size="middle" className="page">
        <Typography.Title level={1}>{t('imports.jobPageTitle', { id })}</Typography.Title>
        <QueryState query={job}>{(j) => <JobProgress job={j} />}</QueryState>
      </Space>
    </>
  );
}
