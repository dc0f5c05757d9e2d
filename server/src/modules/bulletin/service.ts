import type { FastifyReply } from 'fastify';
import type { Bulletin } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { badRequest } from '../../platform/errors.js';
import { defaultYear, resolveRegion } from '../screen/api.js';
import { bulletinDocx } from './docx.js';
import { loadBulletinFacts, parseBulletinPeriod } from './facts.js';
import { renderBulletin } from './render.js';

/** The statistical bulletin (统计公报) of a region and period, as data the page and the DOCX share. */
export async function getBulletin(ctx: AppContext, actor: Actor, query: { region?: string | undefined; period?: string | undefined }): Promise<Bulletin> {
  const region = await resolveRegion(ctx, actor, query.region);
  const code = query.period ?? String(await defaultYear(ctx, region.code));
  const period = parseBulletinPeriod(code);
  if (!period) throw badRequest('统计期格式不正确', { period: '统计期格式应为 2023、2023-Q1、2023-03 或 2023-01..2023-10' });
  const { figures, info, order } = await loadBulletinFacts(ctx, region.code, period);
  return renderBulletin({ region: { code: region.code, name: region.name, level: region.level }, period, figures, info, order, generatedAt: nowIso(ctx) });
}

/** The bulletin as a Word document download. */
export async function sendBulletinDocx(
  ctx: AppContext,
  actor: Actor,
  reply: FastifyReply,
  query: { region?: string | undefined; period?: string | undefined },
) {
  const b = await getBulletin(ctx, actor, query);
  const buf = await bulletinDocx(b);
  const name = `bulletin-${b.region.code}-${b.period.replace(/\.\./g, '_')}.docx`;
  await reply
    .header('content-disposition', `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(`${b.title}.docx`)}`)
    .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    .send(buf);
}
