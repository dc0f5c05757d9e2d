import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { PopulationBasis, ZPutPopulationBasisBody, ZPutPopulationBody } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { badRequest } from '../../platform/errors.js';
import { assertRegionInJurisdiction, isWithinRegion } from '../../platform/jurisdiction.js';
import { findRegionNames, regionAncestry } from '../regions/api.js';
import { chooseBasis } from './population.js';
import { findPanelRegions, findPopulationBases, findPopulationWithin, upsertPopulation, upsertPopulationBasis } from './repository.js';

export const CENSUS_FILE = 'census-2020-population.csv';
export const CENSUS_SOURCE = '第七次全国人口普查（2020）';

/** Population rows at or below a region, with each listed region's per-10,000 basis. */
export async function listPopulation(ctx: AppContext, actor: Actor, regionCode: string) {
  assertRegionInJurisdiction(actor, regionCode);
  const rows = await findPopulationWithin(ctx.db, regionCode);
  const panel = await findPanelRegions(ctx.db, regionCode, 1);
  const codes = [...new Set([...rows.map((r) => r.region_code), ...panel.map((r) => r.code)])];
  const names = await findRegionNames(ctx.db, codes);
  const bases = await findPopulationBases(ctx.db, [...new Set(codes.flatMap(regionAncestry))]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      regionCode: r.region_code,
      regionName: names.get(r.region_code) ?? r.region_code,
      year: r.year,
      basis: r.basis as PopulationBasis,
      population: Number(r.population),
      source: r.source,
      updatedAt: r.updated_at,
    })),
    bases: codes.sort().map((c) => ({ regionCode: c, ...chooseBasis(c, bases) })),
  };
}

/** Enters or corrects the population of a region in a year on a basis, with its source. */
export async function putPopulation(ctx: AppContext, actor: Actor, body: z.infer<typeof ZPutPopulationBody>) {
  assertRegionInJurisdiction(actor, body.regionCode);
  await mutate(ctx, actor, async (trx) => {
    const r = await upsertPopulation(trx, {
      region_code: body.regionCode,
      year: body.year,
      basis: body.basis,
      population: body.population,
      source: body.source,
      updated_at: nowIso(ctx),
    });
    return { value: r, audit: { action: 'population.put', entityType: 'population', entityId: Number(r.id), regionCode: body.regionCode, after: body } };
  });
  return listPopulation(ctx, actor, body.regionCode);
}

/** Chooses the basis of a region's per-10,000 values (its descendants inherit it). */
export async function putPopulationBasis(ctx: AppContext, actor: Actor, body: z.infer<typeof ZPutPopulationBasisBody>) {
  assertRegionInJurisdiction(actor, body.regionCode);
  await mutate(ctx, actor, async (trx) => {
    await upsertPopulationBasis(trx, body.regionCode, body.basis, nowIso(ctx));
    return {
      value: null,
      audit: { action: 'population.basis', entityType: 'population_basis', entityId: body.regionCode, regionCode: body.regionCode, after: body },
    };
  });
  return listPopulation(ctx, actor, body.regionCode);
}

/** Census rows (code, population) of the 2020 census file at or below a region. */
export function readCensus(dir: string | null, regionCode: string): { code: string; population: number }[] {
  const file = dir ? path.join(dir, CENSUS_FILE) : '';
  if (!file || !existsSync(file)) throw badRequest(`找不到人口普查数据文件 ${CENSUS_FILE}（REFERENCE_DATA_DIR）`);
  const out = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
    const [code, , , , pop] = line.split(',');
    if (!code || !/^\d{6}$/.test(code) || !isWithinRegion(code, regionCode)) continue;
    const n = Number(pop);
    if (Number.isInteger(n) && n > 0 && !out.has(code)) out.set(code, n);
  }
  return [...out].map(([code, population]) => ({ code, population }));
}

/** Imports the 2020 census population of a region and everything below it (one audit row). */
export async function importCensus(ctx: AppContext, actor: Actor | null, regionCode: string) {
  if (actor) assertRegionInJurisdiction(actor, regionCode);
  const rows = readCensus(ctx.config.referenceDataDir, regionCode);
  const at = nowIso(ctx);
  const write = async (trx: Executor) => {
    for (const r of rows)
      await upsertPopulation(trx, { region_code: r.code, year: 2020, basis: 'census', population: r.population, source: CENSUS_SOURCE, updated_at: at });
  };
  if (!actor) await ctx.db.transaction().execute(write);
  else
    await mutate(ctx, actor, async (trx) => {
      await write(trx);
      return {
        value: null,
        audit: { action: 'population.import_census', entityType: 'population', entityId: regionCode, regionCode, after: { rows: rows.length } },
      };
    });
  return { imported: rows.length, source: CENSUS_SOURCE };
}
