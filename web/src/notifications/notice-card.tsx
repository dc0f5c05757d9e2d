import { Button, Card, Space, Tag, Typography } from 'antd';
import type { Notification } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTime } from '../components/format';

/** One notice: read state, title, time, body, its link (opening it marks it read) and 标为已读. */
export function NoticeCard({ notice, onRead }: { notice: Notification; onRead(): void }) {
  const { t } = useTranslation();
  const unread = notice.readAt === null;
  return (
    <Card size="small" className={unread ? 'notice notice-unread' : 'notice'}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap>
          {unread ? <Tag color="blue">{t('notifications.unread')}</Tag> : <Tag>{t('notifications.read')}</Tag>}
          <Typography.Text strong={unread}>{notice.title}</Typography.Text>
          <Typography.Text type="secondary">{formatTime(notice.createdAt)}</Typography.Text>
        </Space>
        <Typography.Paragraph className="notice-body">{notice.body}</Typography.Paragraph>
        <Space wrap>
          {notice.link && (
            <Link to={notice.link} onClick={unread ? onRead : undefined}>
              {t('notifications.open')}
            </Link>
          )}
          {unread && (
            <Button size="small" onClick={onRead}>
              {t('notifications.markRead')}
            </Button>
          )}
        </Space>
      </Space>
    </Card>
  );
}
