import { enterpriseTagLabels, type EligibilityCheck, type EligibilityRules, type EnterpriseTag, type Precheck } from '@zhichan/contract';

/**
 * The enterprise's own figures the rules are checked against, all computed from the registry and the profile
 * (figures.ts); nothing is typed in by the enterprise. `null` is unknown ("—" with its reason), never 0.
 */
export interface EnterpriseFigures {
  inventionPatents: number;
  highValuePatents: number;
  tags: readonly string[];
  /** Listed on the IP credit management list on the day: true/false; null when unknown. */
  creditListed: boolean | null;
  /** Until when the listing runs (for the failure text). */
  creditListedUntil?: string | null;
  /** Full years since establishment; null when the profile has no date. */
  yearsEstablished: number | null;
  /** IPC codes of its patents in force (H01M10/0525 …). */
  ipcCodes: readonly string[];
}

const tagZh = (t: string) => enterpriseTagLabels[t as EnterpriseTag]?.zh ?? t;
const tagEn = (t: string) => enterpriseTagLabels[t as EnterpriseTag]?.en ?? t;
const normIpc = (s: string) => s.replace(/\s+/g, '').toUpperCase();

/**
 * Checks every rule of a product against the figures: 符合 when all are met; each rule says the enterprise's
 * own figure and what is required (有效发明专利 2 件，要求 ≥ 3 件). Pure, so the bulk pre-check runs it in memory.
 */
export function precheck(rules: EligibilityRules, f: EnterpriseFigures): Precheck {
  const checks: EligibilityCheck[] = [];
  if (rules.minInventionPatents !== undefined && rules.minInventionPatents > 0) {
    const need = rules.minInventionPatents;
    checks.push({
      rule: 'minInventionPatents',
      met: f.inventionPatents >= need,
      text: `有效发明专利 ${f.inventionPatents} 件，要求 ≥ ${need} 件`,
      textEn: `${f.inventionPatents} effective invention patents; at least ${need} required`,
    });
  }
  if (rules.minHighValuePatents !== undefined && rules.minHighValuePatents > 0) {
    const need = rules.minHighValuePatents;
    checks.push({
      rule: 'minHighValuePatents',
      met: f.highValuePatents >= need,
      text: `高价值发明专利 ${f.highValuePatents} 件，要求 ≥ ${need} 件`,
      textEn: `${f.highValuePatents} high-value invention patents; at least ${need} required`,
    });
  }
  if (rules.requiredTags && rules.requiredTags.length > 0) {
    const missing = rules.requiredTags.filter((t) => !f.tags.includes(t));
    const has = f.tags.length > 0 ? f.tags.map(tagZh).join('、') : '无';
    checks.push({
      rule: 'requiredTags',
      met: missing.length === 0,
      text:
        missing.length === 0
          ? `企业资质：${rules.requiredTags.map(tagZh).join('、')}，符合要求`
          : `企业资质：${has}，要求具备 ${rules.requiredTags.map(tagZh).join('、')}（缺少 ${missing.map(tagZh).join('、')}）`,
      textEn:
        missing.length === 0
          ? `Recognitions: ${rules.requiredTags.map(tagEn).join(', ')}, as required`
          : `Recognitions: ${f.tags.length > 0 ? f.tags.map(tagEn).join(', ') : 'none'}; required ${rules.requiredTags.map(tagEn).join(', ')} (missing ${missing.map(tagEn).join(', ')})`,
    });
  }
  if (rules.noCreditListing) {
    const listed = f.creditListed;
    checks.push({
      rule: 'noCreditListing',
      met: listed === false,
      text:
        listed === null
          ? '知识产权信用情况：—（无法核验），要求未被列入信用管理名单'
          : listed
            ? `已被列入知识产权信用管理名单${f.creditListedUntil ? `（至 ${f.creditListedUntil}）` : ''}，要求未被列入`
            : '未被列入知识产权信用管理名单，符合要求',
      textEn:
        listed === null
          ? 'IP credit standing: — (cannot be checked); no listing required'
          : listed
            ? `Listed on the IP credit management list${f.creditListedUntil ? ` (until ${f.creditListedUntil})` : ''}; no listing required`
            : 'Not listed on the IP credit management list, as required',
    });
  }
  if (rules.ipcPrefixes && rules.ipcPrefixes.length > 0) {
    const wanted = rules.ipcPrefixes.map(normIpc);
    const hit = [...new Set(f.ipcCodes.map(normIpc).filter((c) => wanted.some((w) => c.startsWith(w))))];
    const classes = [...new Set(f.ipcCodes.map((c) => normIpc(c).slice(0, 4)))].sort().slice(0, 6);
    checks.push({
      rule: 'ipcPrefixes',
      met: hit.length > 0,
      text:
        hit.length > 0
          ? `有效专利涉及 ${[...new Set(hit.map((c) => c.slice(0, 4)))].sort().slice(0, 6).join('、')}，符合要求的技术领域 ${wanted.join('、')}`
          : `有效专利分类 ${classes.length > 0 ? classes.join('、') : '无'}，要求涉及 ${wanted.join('、')} 之一`,
      textEn:
        hit.length > 0
          ? `Effective patents in ${[...new Set(hit.map((c) => c.slice(0, 4)))].sort().slice(0, 6).join(', ')}, within the required fields ${wanted.join(', ')}`
          : `Effective patents in ${classes.length > 0 ? classes.join(', ') : 'no class'}; one of ${wanted.join(', ')} required`,
    });
  }
  if (rules.minYearsEstablished !== undefined && rules.minYearsEstablished > 0) {
    const need = rules.minYearsEstablished;
    const y = f.yearsEstablished;
    checks.push({
      rule: 'minYearsEstablished',
      met: y !== null && y >= need,
      text: y === null ? `成立年限 —（档案未登记成立日期），要求 ≥ ${need} 年` : `成立 ${y} 年，要求 ≥ ${need} 年`,
      textEn:
        y === null
          ? `Years since establishment: — (no establishment date on the profile); at least ${need} required`
          : `Established ${y} years ago; at least ${need} required`,
    });
  }
  return { eligible: checks.every((c) => c.met), checks };
}

/** Full years from `established` (YYYY-MM-DD) to `today`; null without a date. */
export function fullYearsSince(established: string | null | undefined, today: string): number | null {
  if (!established || !/^\d{4}-\d{2}-\d{2}/.test(established)) return null;
  const [y1, m1, d1] = established.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = today.slice(0, 10).split('-').map(Number) as [number, number, number];
  let years = y2 - y1;
  if (m2 < m1 || (m2 === m1 && d2 < d1)) years -= 1;
  return Math.max(0, years);
}

/** A product's rules prepared once for the bulk pre-check (IPC prefixes normalised, tags as a list). */
export interface CompiledRules {
  minInventionPatents: number;
  minHighValuePatents: number;
  requiredTags: readonly string[];
  noCreditListing: boolean;
  ipcPrefixes: readonly string[];
  minYearsEstablished: number;
}

export function compileRules(rules: EligibilityRules): CompiledRules {
  return {
    minInventionPatents: rules.minInventionPatents ?? 0,
    minHighValuePatents: rules.minHighValuePatents ?? 0,
    requiredTags: rules.requiredTags ?? [],
    noCreditListing: rules.noCreditListing === true,
    ipcPrefixes: (rules.ipcPrefixes ?? []).map(normIpc),
    minYearsEstablished: rules.minYearsEstablished ?? 0,
  };
}

/**
 * The verdict of `precheck` without its texts, for screenings over many enterprises (the same rules: a property
 * test holds the two together). `ipcCodes` are expected normalised, as the registry stores them.
 */
export function isEligible(r: CompiledRules, f: EnterpriseFigures): boolean {
  if (f.inventionPatents < r.minInventionPatents) return false;
  if (f.highValuePatents < r.minHighValuePatents) return false;
  for (const t of r.requiredTags) if (!f.tags.includes(t)) return false;
  if (r.noCreditListing && f.creditListed !== false) return false;
  if (r.minYearsEstablished > 0 && (f.yearsEstablished === null || f.yearsEstablished < r.minYearsEstablished)) return false;
  if (r.ipcPrefixes.length > 0) {
    let hit = false;
    for (const c of f.ipcCodes) {
      for (const w of r.ipcPrefixes) {
        if (c.startsWith(w)) {
          hit = true;
          break;
        }
      }
      if (hit) break;
    }
    if (!hit) return false;
  }
  return true;
}
