import { ZHealth } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { pingDatabase } from './repository.js';

export const healthRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/health',
    summary: '健康检查：版本与数据库类型',
    tags: ['系统 System'],
    access: 'public',
    response: ZHealth,
    handler: async ({ ctx }) => {
      await pingDatabase(ctx.db);
      return {
        status: 'ok' as const,
        version: ctx.config.version,
        dialect: ctx.dialect,
        time: ctx.clock.now().toISOString(),
        cityRegion: ctx.config.cityRegion,
      };
    },
  }),
];
