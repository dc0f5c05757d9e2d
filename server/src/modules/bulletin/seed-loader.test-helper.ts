import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { parseFigure } from '../indicators/figures.js';
import { figureRows, type FigureCandidate } from '../indicators/reported.js';
import { insertFigures } from '../indicators/reported-repository.js';
import { mapSeedKey } from '../indicators/seed-keys.js';
import { sourceLabel, type SeedFigures } from '../indicators/seed-figures.js';

/**
 * Stores the published figures of seed-figures.json as approved reported figures (rates and ranks
 * on their value's row), composed from the indicators module's own mapping and insert functions.
 */
export async function loadSeedActuals(ctx: AppContext, seed: SeedFigures): Promise<void> {
  const out = new Map<string, FigureCandidate>();
  const extras: { id: string; measure: 'yoy' | 'rank'; value: number }[] = [];
  for (const block of seed.actuals) {
    for (const [seedKey, raw] of Object.entries(block.figures)) {
      const m = mapSeedKey(seedKey);
      const value = m && !m.garbled ? parseFigure(raw) : null;
      if (!m || value === null) continue;
      const id = `${m.indicatorKey}|${block.region}|${m.period ?? block.period}`;
      if (m.measure !== 'value') extras.push({ id, measure: m.measure, value });
      else if (!out.has(id))
        out.set(id, {
          indicatorKey: m.indicatorKey,
          regionCode: block.region,
          period: m.period ?? block.period,
          value,
          qualifier: m.qualifier,
          source: sourceLabel(seed, block.source),
        });
    }
  }
  for (const e of extras) {
    const c = out.get(e.id);
    if (c && e.measure === 'yoy') c.publishedYoyPct = e.value;
    if (c && e.measure === 'rank') c.publishedRank = e.value;
  }
  const rows = [...out.values()];
  const at = nowIso(ctx);
  const approved = figureRows(
    rows,
    rows.map(() => ({ status: 'approved' as const, holdReason: null })),
    null,
    at,
  ).map((r) => ({ ...r, reviewed_at: at }));
  await insertFigures(ctx.db, approved);
}
