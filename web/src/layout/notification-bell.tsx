import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchUnreadCount } from '../api/notifications';
import { queryKeys } from '../api/query-keys';

/**
 * Bell with the unread count, polled every minute; opens the inbox. Its name is its visible text read in order
 * (通知 3 条未读; WCAG 2.5.3 label in name): the count sits after the word, the rest of the phrase is for screen readers.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery({ queryKey: queryKeys.unread, queryFn: fetchUnreadCount, refetchInterval: 60_000 });
  const count = data?.unread ?? 0;
  return (
    <Link to="/notifications" className="header-bell">
      <BellOutlined aria-hidden className="header-bell-icon" />
      <span className="header-bell-text">{t('nav.notifications')}</span>
      {count > 0 && (
        <>
          {' '}
          <Badge count={count} size="small" />
          <span className="visually-hidden"> {t('header.unreadSuffix')}</span>
        </>
      )}
    </Link>
  );
}
