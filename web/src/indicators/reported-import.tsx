import { Alert, Table, Upload, type UploadProps } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { ReportedImportResult } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importReported } from '../api/indicators';
import { useApiError } from '../components/use-api-error';

/** Upload an Excel workbook of reported figures; shows the refused rows and the rows put on hold, each with its reason. */
export function ReportedImport() {
  const { t } = useTranslation();
  const [result, setResult] = useState<ReportedImportResult | null>(null);
  const onError = useApiError();
  const client = useQueryClient();
  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError: failed }) => {
    if (!(file instanceof Blob)) return;
    importReported(file, file instanceof File ? file.name : 'figures.xlsx').then(
      (r) => {
        onSuccess?.(r);
        setResult(r);
        void client.invalidateQueries({ queryKey: ['indicators'] });
      },
      (err: unknown) => {
        failed?.(err instanceof Error ? err : new Error(String(err)));
        onError(err);
      },
    );
  };
  const issueColumns = [
    { title: t('reported.sheet'), dataIndex: 'sheet' },
    { title: t('reported.row'), dataIndex: 'row' },
    { title: t('reported.regionCode'), dataIndex: 'regionCode' },
    { title: t('reported.indicator'), dataIndex: 'indicatorKey' },
    { title: t('reported.reason'), dataIndex: 'reason' },
  ];
  return (
    <div>
      <Alert type="info" showIcon title={t('reported.importHint')} className="card-alert" />
      <Upload.Dragger
        name="file"
        accept=".xlsx"
        multiple={false}
        maxCount={1}
        showUploadList={false}
        customRequest={customRequest}
        aria-label={t('reported.import')}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden="true" />
        </p>
        <p className="ant-upload-text">{t('imports.dropHint')}</p>
        <p className="ant-upload-hint">.xlsx</p>
      </Upload.Dragger>
      {result && (
        <div style={{ marginTop: 16 }}>
          <Alert
            type={result.rejected.length + result.held.length > 0 ? 'warning' : 'success'}
            showIcon
            title={t('reported.importResult', { accepted: result.accepted, held: result.held.length, rejected: result.rejected.length })}
          />
          {result.held.length > 0 && (
            <>
              <h3>{t('reported.heldRows')}</h3>
              <Table rowKey={(r) => `${r.sheet}-${r.row}`} size="small" pagination={false} dataSource={result.held} columns={issueColumns} />
            </>
          )}
          {result.rejected.length > 0 && (
            <>
              <h3>{t('reported.rejectedRows')}</h3>
              <Table rowKey={(r) => `${r.sheet}-${r.row}`} size="small" pagination={{ pageSize: 50 }} dataSource={result.rejected} columns={issueColumns} />
            </>
          )}
        </div>
      )}
    </div>
  );
}
