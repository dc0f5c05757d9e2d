import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { pageTitleKey } from './page-titles';

/** Keeps document.title as 「<页面名> · 知产通」 for the current path, in the interface language. */
export function PageTitle() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const key = pageTitleKey(pathname);
  const title = key ? t('pageTitle.format', { page: t(key) }) : `${t('app.name')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
