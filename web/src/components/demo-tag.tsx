import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Marks a demo record (isDemo) so nobody mistakes it for real data. */
export function DemoTag({ isDemo }: { isDemo: boolean }) {
  const { t } = useTranslation();
  if (!isDemo) return null;
  return (
    <Tag color="gold" title={t('common.demoHint')} className="demo-tag">
      {t('common.demo')}
    </Tag>
  );
}
