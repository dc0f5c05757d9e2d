import { Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from '../components/page-spinner';
import { JobProgress } from './job-progress';
import { JobTable } from './job-table';
import { UploadForm } from './upload-form';
import { useImportJob } from './use-import-job';

/** 数据导入: upload a patent or trademark file, follow the job, and see the recent jobs. */
export function ImportsPage() {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<number | null>(null);
  const job = useImportJob(jobId);
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('imports.title')}</Typography.Title>
      <Card title={<h2 className="card-title">{t('imports.uploadTitle')}</h2>}>
        <Typography.Paragraph>{t('imports.intro')}</Typography.Paragraph>
        <UploadForm onStarted={setJobId} />
      </Card>
      {jobId !== null && (job.data ? <JobProgress job={job.data} /> : <PageSpinner />)}
      <Card title={<h2 className="card-title">{t('imports.recent')}</h2>}>
        <JobTable />
      </Card>
    </Space>
  );
}
