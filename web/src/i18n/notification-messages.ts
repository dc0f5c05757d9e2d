/** Messages of the notification inbox. */
export const notificationMessages = {
  notifications: {
    title: ['通知', 'Notifications'],
    unreadOnly: ['只看未读', 'Unread only'],
    markRead: ['标为已读', 'Mark as read'],
    markAllRead: ['全部标为已读', 'Mark all as read'],
    open: ['查看详情', 'Open'],
    unread: ['未读', 'Unread'],
    read: ['已读', 'Read'],
    empty: ['暂无通知', 'No notifications'],
    unreadCount: ['{{count}} 条未读', '{{count}} unread'],
  },
} as const;
