import { Alert, Button, Card, Descriptions, Progress, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { ImportJob } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { importErrorsUrl } from '../api/imports';
import { formatTime } from '../components/format';
import { useMessageText } from '../components/message-text';
import { ImportStatusTag } from './import-status';

/** An import job as it runs: progress bar, counters 行数/新增/更新/拒绝, status, and the error report when rows were refused. */
export function JobProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const noteText = useMessageText();
  const percent = job.status === 'running' ? Math.round((job.progress ?? 0) * 100) : 100;
  const progressStatus = job.status === 'failed' ? 'exception' : job.status === 'done' ? 'success' : 'active';
  return (
    <Card
      role="region"
      aria-labelledby={`job-${job.id}-title`}
      title={
        <h2 id={`job-${job.id}-title`} className="card-title">
          {t('imports.jobTitle', { id: job.id, file: job.fileName })}
        </h2>
      }
      extra={<ImportStatusTag status={job.status} />}
    >
      <Space orientation="vertical" size="middle" className="page">
        {/* An interrupted job's share of the file is unknown (its process is gone): no bar, the note says what to do. */}
        {job.status !== 'interrupted' && <Progress percent={percent} status={progressStatus} aria-label={t('imports.progress')} />}
        <div role="status" aria-live="polite" className="job-counters">
          <Descriptions
            column={{ xs: 2, md: 4 }}
            items={[
              { key: 'total', label: t('imports.totalRows'), children: job.totalRows.toLocaleString() },
              { key: 'inserted', label: t('imports.inserted'), children: job.inserted.toLocaleString() },
              { key: 'updated', label: t('imports.updated'), children: job.updated.toLocaleString() },
              { key: 'rejected', label: t('imports.rejected'), children: job.rejected.toLocaleString() },
            ]}
          />
          <p className="job-status-line">
            {t('imports.statusLine', { status: t(`imports.status.${job.status}`) })}
            {job.finishedAt && ` · ${t('imports.finishedAt', { time: formatTime(job.finishedAt) })}`}
          </p>
        </div>
        {job.note ? (
          <Alert type="warning" showIcon title={noteText(job.note)} />
        ) : (
          job.message && <Alert type={job.status === 'failed' ? 'error' : 'info'} showIcon title={job.message} />
        )}
        {job.rejected > 0 && (
          <Button icon={<DownloadOutlined aria-hidden="true" />} href={importErrorsUrl(job.id)} download>
            {t('imports.downloadErrors')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
