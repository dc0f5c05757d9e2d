import { BellOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchUnreadCount } from '../api/notifications';
import { queryKeys } from '../api/query-keys';

/** Bell with the unread count, polled every minute; opens the inbox. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery({ queryKey: queryKeys.unread, queryFn: fetchUnreadCount, refetchInterval: 60_000 });
  const count = data?.unread ?? 0;
  return (
    <Link to="/notifications" className="header-bell" aria-label={t('header.unread', { count })}>
      <Badge count={count} size="small" offset={[4, -2]}>
        <BellOutlined aria-hidden className="header-bell-icon" />
      </Badge>
      <span className="header-bell-text">{t('nav.notifications')}</span>
    </Link>
  );
}
