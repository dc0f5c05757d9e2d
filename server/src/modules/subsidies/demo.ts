import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';

/**
 * Demo LPR rows (【演示】): `../shared/data` holds no LPR series, so the demo gives a flat, plainly synthetic
 * 3.00 % for the 24 months up to this one — enough to compute a demo application — each marked as demo; staff
 * replace them with the published figures (a correction clears the mark). No demo loans or subsidies are made:
 * Jining's published subsidy figures stay reported figures.
 */
export async function seedSubsidyDemo(ctx: AppContext): Promise<void> {
  const existing = await ctx.db.selectFrom('lpr_rates').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  const at = nowIso(ctx);
  const [y, m] = todayIso(ctx).split('-').map(Number) as [number, number];
  const rows = Array.from({ length: 24 }, (_, i) => {
    const idx = y * 12 + (m - 1) - i;
    const month = `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
    return {
      month,
      rate_1y_pct: 3,
      rate_5y_pct: null,
      published_on: null,
      source: '【演示】示例数值，非公布值；请按全国银行间同业拆借中心公布的 LPR 更正',
      is_demo: 1,
      created_at: at,
      updated_at: at,
    };
  });
  await ctx.db.insertInto('lpr_rates').values(rows).execute();
}
