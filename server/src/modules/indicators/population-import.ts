import { populationBases, populationBasisLabels, type PopulationBasis, type PopulationImportResult } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import { parseFigure } from './figures.js';
import { upsertPopulation } from './repository.js';
import { assertRowLimit, cellText, findKnownRegions, loadWorkbook, readSheetRows } from './workbook-reader.js';

/**
 * Import of population series (人口数据导入) from Excel: one row per region × year × basis with
 * the population and its source. Rows with an unknown or out-of-jurisdiction region, a year that
 * is not a year, an unknown basis, or a population that is not a positive whole number are refused
 * with the reason; the others are stored (a row for an existing region/year/basis corrects it).
 */

type Field = 'regionCode' | 'year' | 'basis' | 'population' | 'source';

/** Accepted header texts (spaces removed; English matched case-insensitively). */
export const POPULATION_HEADERS: Record<string, Field> = {
  区划代码: 'regionCode',
  行政区划代码: 'regionCode',
  regioncode: 'regionCode',
  年份: 'year',
  年度: 'year',
  year: 'year',
  口径: 'basis',
  人口口径: 'basis',
  basis: 'basis',
  人口: 'population',
  '人口(人)': 'population',
  人口数: 'population',
  population: 'population',
  来源: 'source',
  数据来源: 'source',
  source: 'source',
};

/** A basis cell: the code (census, year_end_resident) or its Chinese/English label; null when unknown. */
export function parseBasis(cell: unknown): PopulationBasis | null {
  const t = cellText(cell).replace(/\s/g, '').toLowerCase();
  for (const b of populationBases) {
    const l = populationBasisLabels[b];
    if ([b, l.zh, l.en.replace(/\s/g, '').toLowerCase()].includes(t)) return b;
  }
  if (['普查', '第七次全国人口普查', '七普'].includes(t)) return 'census';
  if (['常住人口', '年末常住'].includes(t)) return 'year_end_resident';
  return null;
}

/** Reads, validates and stores a workbook of population series (one transaction, one audit row). */
export async function importPopulationWorkbook(ctx: AppContext, actor: Actor, fileName: string, data: Buffer): Promise<PopulationImportResult> {
  const wb = await loadWorkbook(data);
  const rows = wb.worksheets.flatMap((ws) => readSheetRows(ws, POPULATION_HEADERS));
  assertRowLimit(rows.length);
  const known = await findKnownRegions(
    ctx.db,
    rows.map((r) => cellText(r.raw.regionCode)),
  );
  const result: PopulationImportResult = { accepted: 0, rejected: [] };
  const accepted: { region_code: string; year: number; basis: PopulationBasis; population: number; source: string }[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const code = cellText(r.raw.regionCode);
    const reject = (reason: string) => result.rejected.push({ sheet: r.sheet, row: r.row, regionCode: code || null, reason });
    if (!known.has(code)) {
      reject(`未知的行政区划“${code}”`);
      continue;
    }
    if (!isWithinRegion(code, actor.regionCode)) {
      reject(`行政区划 ${code} 不在您的管辖范围内`);
      continue;
    }
    const year = Number(cellText(r.raw.year));
    if (!Number.isInteger(year) || year < 1950 || year > 2100) {
      reject(`年份“${cellText(r.raw.year)}”不是 1950—2100 之间的年份`);
      continue;
    }
    const basis = parseBasis(r.raw.basis);
    if (!basis) {
      reject(`未知的人口口径“${cellText(r.raw.basis)}”（应为 人口普查 或 年末常住人口）`);
      continue;
    }
    const population = parseFigure(r.raw.population);
    if (population === null) {
      reject(`人口不是数字：“${cellText(r.raw.population)}”`);
      continue;
    }
    if (population <= 0 || !Number.isInteger(population) || population > 2_000_000_000) {
      reject(`人口应为正整数：“${cellText(r.raw.population)}”`);
      continue;
    }
    const dup = `${code}|${year}|${basis}`;
    if (seen.has(dup)) {
      reject('与本文件中前面的行重复（同一区划、年份、口径）');
      continue;
    }
    seen.add(dup);
    accepted.push({ region_code: code, year, basis, population, source: cellText(r.raw.source).slice(0, 200) || `导入文件：${fileName}` });
  }
  await mutate(ctx, actor, async (trx) => {
    const at = nowIso(ctx);
    for (const a of accepted) await upsertPopulation(trx, { ...a, updated_at: at });
    return {
      value: null,
      audit: {
        action: 'population.import',
        entityType: 'population',
        entityId: fileName.slice(0, 200),
        regionCode: actor.regionCode,
        after: { accepted: accepted.length, rejected: result.rejected.length },
      },
    };
  });
  result.accepted = accepted.length;
  return result;
}
