import { Radio, Upload, type UploadProps } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { startImport, type ImportKind } from '../api/imports';
import { useApiError } from '../components/use-api-error';

const ACCEPT = '.csv,.xlsx,.json,.jsonl';

/** Choose 专利/商标 and upload a file; the import starts at once and `onStarted` gets the new job's id. */
export function UploadForm({ onStarted }: { onStarted(id: number): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('patents');
  const onError = useApiError();
  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError: failed }) => {
    const name = file instanceof File ? file.name : 'upload';
    if (!(file instanceof Blob)) return;
    startImport(kind, file, name).then(
      (job) => {
        onSuccess?.(job);
        onStarted(job.id);
      },
      (err: unknown) => {
        failed?.(err instanceof Error ? err : new Error(String(err)));
        onError(err);
      },
    );
  };
  return (
    <div className="upload-form">
      <fieldset className="plain-fieldset">
        <legend className="upload-legend">{t('imports.kind')}</legend>
        <Radio.Group
          optionType="button"
          value={kind}
          onChange={(e) => setKind(e.target.value === 'trademarks' ? 'trademarks' : 'patents')}
          options={[
            { value: 'patents', label: t('imports.kinds.patents') },
            { value: 'trademarks', label: t('imports.kinds.trademarks') },
          ]}
        />
      </fieldset>
      <Upload.Dragger
        name="file"
        accept={ACCEPT}
        multiple={false}
        maxCount={1}
        showUploadList={false}
        customRequest={customRequest}
        aria-label={t('imports.chooseFile')}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden="true" />
        </p>
        <p className="ant-upload-text">{t('imports.dropHint')}</p>
        <p className="ant-upload-hint">{t('imports.formats')}</p>
      </Upload.Dragger>
    </div>
  );
}
