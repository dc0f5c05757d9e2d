import type { Executor } from '../../../db/database.js';
import type { RegionTable } from '../../../db/schema.js';
import { toHalfWidth } from '../record.js';
import { findRegionsDownToCounties } from './patent-repository.js';

/** Finds the most specific region (county, else city, else province) an address names. */
export interface RegionResolver {
  /** `provinceHint`: a 2-digit province code from 国省代码, used when the address names no province. */
  resolve(address: string | null, provinceHint?: string | null): string | null;
}

type RegionRow = Pick<RegionTable, 'code' | 'name' | 'level'>;
interface Entry {
  code: string;
  level: number;
  full: boolean;
}

// Placeholder "cities" of municipalities and of counties directly under a province: never named in addresses.
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
// A short name ('济宁' for 济宁市) followed by one of these is a street name ('济宁路'), not the region.
const STREET_AFTER = new Set([...'路街道巷弄胡同桥大']);
const ZONE_ALIASES: readonly [RegExp, string[]][] = [
  [/高新技术产业开发区$/, ['高新技术产业开发区', '高新技术开发区', '高新区']],
  [/经济技术开发区$/, ['经济技术开发区', '经济开发区', '经开区']],
];

/** Names a region goes by besides its own: '济宁' for 济宁市, '内蒙古' for 内蒙古自治区, '高新区' for a high-tech zone. */
export function shortNames(name: string, level: number, cityShort = ''): string[] {
  const out: string[] = [];
  const ethnic = /^(.{2,}?)(?:[^族]{1,5}族)+自治(?:州|县|旗|区)$/.exec(name) ?? /^(.{2,}?)维吾尔自治区$/.exec(name);
  if (ethnic?.[1]) out.push(ethnic[1]);
  const suffixes =
    level === 1 ? ['特别行政区', '自治区', '省', '市'] : level === 2 ? ['自治州', '地区', '盟', '市'] : ['自治县', '自治旗', '林区', '区', '县', '市', '旗'];
  for (const s of suffixes) if (name.endsWith(s) && name.length - s.length >= 2) out.push(name.slice(0, -s.length));
  for (const [test, aliases] of ZONE_ALIASES) {
    if (!test.test(name)) continue;
    for (const a of aliases) out.push(a, cityShort + a, name.replace(test, a));
  }
  return [...new Set(out)].filter((n) => n !== name && n.length >= 2);
}

/** Builds a resolver over region rows (levels 1–3; towns are not looked for). Pure: unit tests pass rows directly. */
export function buildRegionResolver(rows: readonly RegionRow[]): RegionResolver {
  const index = new Map<string, Entry[]>();
  let maxLen = 2;
  const add = (name: string, e: Entry) => {
    const list = index.get(name) ?? [];
    if (!list.some((x) => x.code === e.code)) list.push(e);
    index.set(name, list);
    maxLen = Math.max(maxLen, name.length);
  };
  const cityShort = new Map<string, string>();
  // Full names from the province down ('山东省济宁市任城区'), skipping placeholder levels ('北京市海淀区', not 北京市市辖区海淀区).
  const fullName = new Map<string, string>();
  const provinces = new Map<string, Entry>();
  for (const r of [...rows].sort((a, b) => a.level - b.level)) {
    if (r.level > 3) continue;
    const parent = r.level === 3 ? `${r.code.slice(0, 4)}00` : r.level === 2 ? `${r.code.slice(0, 2)}0000` : '';
    const parentFull = fullName.get(parent) ?? fullName.get(`${r.code.slice(0, 2)}0000`) ?? '';
    if (PLACEHOLDER.test(r.name)) {
      fullName.set(r.code, parentFull);
      continue;
    }
    fullName.set(r.code, parentFull + r.name);
    const shorts = shortNames(r.name, r.level, cityShort.get(parent) ?? '');
    if (r.level === 2) cityShort.set(r.code, shorts[0] ?? r.name);
    const entry = { code: r.code, level: r.level, full: true };
    if (r.level === 1) provinces.set(r.code.slice(0, 2), entry);
    add(r.name, entry);
    add(parentFull + r.name, entry);
    for (const s of shorts) add(s, { ...entry, full: false });
  }
  const cache = new Map<string, string | null>();

  /** Longest name at `pos` naming a region below `scope` (null = anywhere); full names win ties; ambiguous names are skipped. */
  const matchAt = (text: string, pos: number, scope: Entry | null): { entry: Entry; len: number } | null => {
    const prefix = scope === null ? '' : scope.code.slice(0, scope.level * 2);
    for (let len = Math.min(maxLen, text.length - pos); len >= 2; len--) {
      const candidates = index.get(text.substr(pos, len))?.filter((e) => e.code.startsWith(prefix) && e.level > (scope?.level ?? 0));
      if (!candidates?.length) continue;
      const full = candidates.filter((e) => e.full);
      const pick = full.length > 0 ? full : STREET_AFTER.has(text.charAt(pos + len)) ? [] : candidates;
      if (pick.length === 1 && pick[0]) return { entry: pick[0], len };
    }
    return null;
  };

  const resolveUncached = (address: string, hint: string | null): string | null => {
    const text = toHalfWidth(address)
      .replace(/\s+/g, '')
      .replace(/^\d{6}/, '')
      .replace(/^(中华人民共和国|中国)/, '');
    const hintEntry = hint ? (provinces.get(hint) ?? null) : null;
    let scope: Entry | null = null;
    let pos = 0;
    while (pos < text.length && (scope?.level ?? 0) < 3) {
      const m: { entry: Entry; len: number } | null = matchAt(text, pos, scope) ?? (scope === null && hintEntry ? matchAt(text, pos, hintEntry) : null);
      if (!m) break;
      scope = m.entry;
      pos += m.len;
    }
    return scope?.code ?? hintEntry?.code ?? null;
  };

  return {
    resolve(address, provinceHint = null) {
      if (!address && !provinceHint) return null;
      const key = `${provinceHint ?? ''}|${address ?? ''}`;
      let hit = cache.get(key);
      if (hit === undefined) {
        hit = resolveUncached(address ?? '', provinceHint ?? null);
        if (cache.size > 50_000) cache.clear();
        cache.set(key, hit);
      }
      return hit;
    },
  };
}

/** Loads the region names once (per import) and builds the resolver. */
export async function loadRegionResolver(db: Executor): Promise<RegionResolver> {
  const rows = await findRegionsDownToCounties(db);
  return buildRegionResolver(rows);
}
