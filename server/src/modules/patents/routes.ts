import { ZIdParams, ZPatentDetail } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { getPatent } from './service.js';
import './profile-section.js';

const tags = ['专利 Patents'];

export const patentRoutes = [
  defineRoute({ method: 'GET', url: '/api/patents/:id', summary: '专利详情（法律状态时间轴、高价值认定）', tags, access: 'registry.read', params: ZIdParams, response: ZPatentDetail, handler: ({ ctx, params }) => getPatent(ctx, params.id) }),
];
