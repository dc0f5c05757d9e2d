import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** A centred spinner while a page's data loads. */
export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <div className="page-spinner" role="status">
      <Spin description={t('common.loading')} />
    </div>
  );
}
