import { ZNotificationList, ZUnreadCount } from '@zhichan/contract';
import { api } from './client';

export const fetchNotifications = (query: { page: number; pageSize: number; unread?: '1' }) => api.get('/api/notifications', ZNotificationList, query);
export const fetchUnreadCount = () => api.get('/api/notifications/unread-count', ZUnreadCount);
export const markNotificationRead = (id: number) => api.post(`/api/notifications/${id}/read`, ZUnreadCount);
export const markAllNotificationsRead = () => api.post('/api/notifications/read-all', ZUnreadCount);
