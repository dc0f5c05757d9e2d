import { Alert, Button, Space, Table, Upload, type UploadProps } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { PopulationImportResult } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importPopulation, populationTemplateUrl } from '../api/indicators';
import { useApiError } from '../components/use-api-error';

/** Upload an Excel workbook of population series; shows the refused rows, each with its reason. */
export function PopulationImport() {
  const { t } = useTranslation();
  const [result, setResult] = useState<PopulationImportResult | null>(null);
  const onError = useApiError();
  const client = useQueryClient();
  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError: failed }) => {
    if (!(file instanceof Blob)) return;
    importPopulation(file, file instanceof File ? file.name : 'population.xlsx').then(
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
  return (
    <div>
      <Alert type="info" showIcon title={t('population.importHint')} className="card-alert" />
      <Space wrap>
        <Upload accept=".xlsx" multiple={false} maxCount={1} showUploadList={false} customRequest={customRequest}>
          <Button icon={<UploadOutlined aria-hidden="true" />}>{t('population.import')}</Button>
        </Upload>
        <Button icon={<DownloadOutlined aria-hidden="true" />} href={populationTemplateUrl}>
          {t('population.template')}
        </Button>
      </Space>
      {result && (
        <div style={{ marginTop: 16 }} role="status">
          <Alert
            type={result.rejected.length > 0 ? 'warning' : 'success'}
            showIcon
            title={t('population.importResult', { accepted: result.accepted, rejected: result.rejected.length })}
          />
          {result.rejected.length > 0 && (
            <>
              <h3>{t('population.rejectedRows')}</h3>
              <Table
                rowKey={(r) => `${r.sheet}-${r.row}`}
                size="small"
                pagination={{ pageSize: 50 }}
                dataSource={result.rejected}
                columns={[
                  { title: t('reported.sheet'), dataIndex: 'sheet' },
                  { title: t('reported.row'), dataIndex: 'row' },
                  { title: t('reported.regionCode'), dataIndex: 'regionCode' },
                  { title: t('reported.reason'), dataIndex: 'reason' },
                ]}
              />
            </>
          )}
        </div>
      )}
    </div>
  );
}
