import { ZBulletin, ZBulletinQuery } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { getBulletin, sendBulletinDocx } from './service.js';

const tags = ['统计公报 Statistical bulletin'];

export const bulletinRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/bulletin',
    summary: '知识产权统计公报（新闻发布稿体例，每个数字注明指标、统计期和来源）',
    tags,
    access: 'indicator.read',
    query: ZBulletinQuery,
    response: ZBulletin,
    handler: ({ ctx, actor, query }) => getBulletin(ctx, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/bulletin/docx',
    summary: '统计公报 Word 文档（脚注注明来源，附数据来源表）',
    tags,
    access: 'indicator.read',
    query: ZBulletinQuery,
    response: null,
    handler: ({ ctx, actor, reply, query }) => sendBulletinDocx(ctx, actor, reply, query),
  }),
];
