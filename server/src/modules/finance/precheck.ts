import type { MyPrecheck } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { regionAncestry } from '../regions/api.js';
import { findListedProducts } from './repository.js';
import { enterpriseFigures } from './figures.js';
import { presentProducts } from './products.js';

/** 我的融资 · 准入预检: the enterprise's figures and every listed product serving its region, each 符合/不符合 and why. */
export async function myPrecheck(ctx: AppContext, actor: Actor): Promise<MyPrecheck> {
  const f = (await enterpriseFigures(ctx.db, [actor.orgId], todayIso(ctx))).get(actor.orgId);
  const figures = f ?? { inventionPatents: 0, highValuePatents: 0, tags: [], creditListed: null, yearsEstablished: null, ipcCodes: [] };
  const rows = await findListedProducts(ctx.db, { regionAncestry: regionAncestry(actor.regionCode), sort: 'rate' });
  const items = await presentProducts(ctx.db, rows, figures);
  items.sort((a, b) => Number(b.precheck?.eligible) - Number(a.precheck?.eligible) || a.id - b.id);
  return {
    figures: {
      inventionPatents: figures.inventionPatents,
      highValuePatents: figures.highValuePatents,
      tags: [...figures.tags],
      creditListed: figures.creditListed,
      yearsEstablished: figures.yearsEstablished,
      ipcClasses: [...new Set(figures.ipcCodes.map((c) => c.slice(0, 4)))].sort(),
    },
    items,
  };
}
