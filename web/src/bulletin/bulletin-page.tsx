import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** 统计公报 (placeholder until the bulletin API lands). */
export function BulletinPage() {
  const { t } = useTranslation();
  return <Typography.Title level={1}>{t('bulletin.title')}</Typography.Title>;
}
