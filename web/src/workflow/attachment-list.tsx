import { Card, List, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { attachmentKindLabels } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { attachmentUrl, fetchAttachments } from '../api/workflow';
import { queryKeys } from '../api/query-keys';
import { usePreferences } from '../prefs/preferences';

/** The attachments of a record, each a download link (the server checks the reader may see the record). */
export function AttachmentList({ recordType, id }: { recordType: string; id: number }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const query = useQuery({ queryKey: queryKeys.attachments(recordType, id), queryFn: () => fetchAttachments(recordType, id) });
  return (
    <Card title={<h2 className="card-title">{t('attachments.title')}</h2>}>
      {query.data && query.data.items.length === 0 ? (
        <Typography.Text type="secondary">{t('attachments.none')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={query.data?.items ?? []}
          renderItem={(a) => (
            <List.Item>
              <a href={attachmentUrl(a.id)} download={a.fileName}>
                {a.fileName}
              </a>
              <Typography.Text type="secondary">
                {attachmentKindLabels[a.kind][language === 'en' ? 'en' : 'zh']} · {(a.size / 1024).toFixed(1)} KB
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
