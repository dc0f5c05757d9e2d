import type { MatrixSamples } from '../../../test/matrix.js';
import { notifyUsers } from '../../platform/notify.js';

export const matrixSamples: MatrixSamples = {
  'GET /api/notifications': { reach: 'self', build: () => Promise.resolve({ url: '/api/notifications' }) },
  'GET /api/notifications/unread-count': { reach: 'self', build: () => Promise.resolve({ url: '/api/notifications/unread-count' }) },
  'POST /api/notifications/:id/read': {
    reach: 'self',
    build: async (w, p) => {
      // The caller's own notification (someone else's is a 404: see notifications.test.ts).
      if (p.userId !== null) await notifyUsers(w.ctx, [{ userId: p.userId, kind: 'test', title: '测试', body: '测试' }]);
      const n = await w.ctx.db
        .selectFrom('notifications')
        .select('id')
        .where('user_id', '=', p.userId ?? -1)
        .orderBy('id', 'desc')
        .executeTakeFirst();
      return { url: `/api/notifications/${n?.id ?? 999999}/read` };
    },
  },
  'POST /api/notifications/read-all': { reach: 'self', build: () => Promise.resolve({ url: '/api/notifications/read-all' }) },
};
