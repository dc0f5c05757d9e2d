import { ZFeeSchedule, ZLapseRemindResult, ZLapseRiskList, ZMyReminders } from '@zhichan/contract';
import { api, type QueryValue } from './client';

export const fetchMyReminders = () => api.get('/api/reminders/mine', ZMyReminders);
export const fetchFeeSchedule = () => api.get('/api/reminders/fee-schedule', ZFeeSchedule);
export const fetchLapseRisk = (query: Record<string, QueryValue>) => api.get('/api/reminders/lapse-risk', ZLapseRiskList, query);
export const sendLapseReminder = (patentId: number, note: string) => api.post(`/api/reminders/lapse-risk/${patentId}/remind`, ZLapseRemindResult, { note });
