import { App, Button, Card, Input, Space, Typography, Upload, type UploadProps } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarTemplateUrl, importCalendarYear } from '../api/calendar';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';

/** Importing a year's arrangement from an Excel or CSV file (the template's columns), with its source. */
export function CalendarImport({ year }: { year: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiError();
  const [source, setSource] = useState('');
  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError: failed }) => {
    if (!(file instanceof Blob)) return;
    importCalendarYear(year, file, file instanceof File ? file.name : 'calendar.xlsx', source).then(
      (r) => {
        onSuccess?.(r);
        void message.success(t('calendar.saved', { year }));
        void client.invalidateQueries({ queryKey: queryKeys.calendar });
      },
      (err: unknown) => {
        failed?.(err instanceof Error ? err : new Error(String(err)));
        onError(err);
      },
    );
  };
  return (
    <Card title={<h2 className="card-title">{t('calendar.import')}</h2>}>
      <Typography.Paragraph type="secondary">{t('calendar.importHint')}</Typography.Paragraph>
      <Space wrap>
        <Input
          value={source}
          onChange={(e) => setSource(e.target.value)}
          placeholder={t('calendar.sourcePlaceholder')}
          aria-label={t('calendar.source')}
          style={{ width: 420 }}
          maxLength={200}
        />
        <Upload accept=".xlsx,.csv" multiple={false} maxCount={1} showUploadList={false} customRequest={customRequest}>
          <Button icon={<UploadOutlined aria-hidden="true" />}>{t('calendar.upload', { year })}</Button>
        </Upload>
        <Button icon={<DownloadOutlined aria-hidden="true" />} href={calendarTemplateUrl}>
          {t('calendar.template')}
        </Button>
      </Space>
    </Card>
  );
}
