import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchCalendarStatus } from '../api/calendar';
import { queryKeys } from '../api/query-keys';
import { hasPermission, useCurrentUser } from '../session/use-session';

/**
 * The administrators' reminder that a year's holiday arrangement is missing: the current year's at any
 * time, next year's from 1 November (the server decides). Shown to holders of org.manage, who keep the
 * calendar; nothing for anyone else.
 */
export function CalendarBanner() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const allowed = hasPermission(user, 'org.manage');
  const query = useQuery({ queryKey: queryKeys.calendarStatus, queryFn: fetchCalendarStatus, enabled: allowed, staleTime: 3_600_000 });
  const s = query.data;
  if (!allowed || !s) return null;
  const year = s.currentYearMissing ?? s.nextYearMissing;
  if (year === null) return null;
  return (
    <Alert
      banner
      type="warning"
      showIcon
      className="calendar-banner"
      title={
        <>
          {t(s.currentYearMissing !== null ? 'calendar.bannerCurrent' : 'calendar.bannerNext', { year })}{' '}
          <Link to={`/calendar?year=${year}`}>{t('calendar.bannerLink')}</Link>
        </>
      }
    />
  );
}
