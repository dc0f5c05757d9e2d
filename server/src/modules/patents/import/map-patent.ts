import type { PatentKind } from '../legal-status.js';
import { normaliseAppNo, normaliseDate, normaliseIpc, normaliseKind, normalisePubNo, syntheticAppNo, ZPatentRecord, type PatentRecord } from '../record.js';
import { cellText, parseCount, parseFamily, parseProvinceCode, splitCodes, splitNames, unique } from './cells.js';
import { pickAll, pickValue, type ColumnMap, type PatentField } from './column-map.js';
import { compensationDaysOf, deriveEvents, statusSaysGranted } from './legal-events.js';
import type { RegionResolver } from './region-resolver.js';

/** What mapping a row needs besides the row: the as-of date for undated events, the region resolver. */
export interface MapContext {
  asOf: string;
  regions: RegionResolver | null;
}

/** A mapped row: the record, or the reasons (in Chinese) it was rejected. */
export type MapResult = { ok: true; record: PatentRecord } | { ok: false; reasons: string[] };

/** Kind from a publication kind code: A/B/C invention, U/Y utility model, S/D design. */
export function kindFromPubNo(pubNo: string | null): PatentKind | null {
  const letter = pubNo ? /\d([A-Z])\d?$/.exec(pubNo)?.[1] : undefined;
  if (!letter) return null;
  return 'ABC'.includes(letter) ? 'invention' : 'UY'.includes(letter) ? 'utility' : 'SD'.includes(letter) ? 'design' : null;
}

/** True when a CN publication kind code is a grant's (B, C, U, Y, S). */
export function isGrantPublication(pubNo: string | null): boolean {
  return pubNo !== null && pubNo.startsWith('CN') && /\d[BCUYS]\d?$/.test(pubNo);
}

/** Kind from the type digit of a CN application number (2003 form): 1/8 invention, 2/9 utility, 3 design. */
export function kindFromAppNo(appNo: string): PatentKind | null {
  const digit = /^CN\d{4}(\d)\d{7}\./.exec(appNo)?.[1];
  return digit === '1' || digit === '8' ? 'invention' : digit === '2' || digit === '9' ? 'utility' : digit === '3' ? 'design' : null;
}

const DATE_LABELS = {
  appDate: '申请日',
  pubDate: '公开日',
  grantDate: '授权公告日',
  priorityDate: '优先权日',
  statusDate: '法律状态公告日',
  lapseDate: '失效日',
  examDate: '实质审查日',
} as const;
type DateField = keyof typeof DATE_LABELS;

/** Shows a cell's value in a message, shortened. */
function shown(value: unknown): string {
  const s = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Validates one source row into a PatentRecord, collecting every problem found. */
export function mapPatentRow(raw: Readonly<Record<string, unknown>>, columns: ColumnMap<PatentField>, mc: MapContext): MapResult {
  const reasons: string[] = [];
  const get = (f: PatentField) => pickValue(raw, columns, f);
  const code = (f: 'pubNo' | 'grantNo') => {
    const v = get(f);
    const list = splitCodes(v).map(normalisePubNo);
    if (list.length > 0 && list.some((c) => c === null)) reasons.push(`${f === 'pubNo' ? '公开号' : '授权公告号'}格式不正确：${shown(v)}`);
    return list.filter((c): c is string => c !== null);
  };
  const pubNos = code('pubNo');
  let pubNo = pubNos[0] ?? null;
  let grantNo = code('grantNo')[0] ?? pubNos.find((p, i) => i > 0 && isGrantPublication(p)) ?? null;
  if (grantNo === null && isGrantPublication(pubNo)) grantNo = pubNo;
  if (pubNo === null) pubNo = grantNo;

  // A source without an application-number column (a title list) gets a stand-in derived from the
  // publication number; a row with an empty application number in a full export is rejected.
  const appNoCell = get('appNo');
  const synthetic = !columns.columns.has('appNo') && pubNo !== null;
  const appNo = synthetic && pubNo ? syntheticAppNo(pubNo) : normaliseAppNo(appNoCell);
  if (appNoCell === undefined && !synthetic) reasons.push('缺少申请号');
  else if (appNo === null) reasons.push(`申请号格式不正确：${shown(appNoCell)}`);

  const dates = {} as Record<DateField, string | null>;
  for (const f of Object.keys(DATE_LABELS) as DateField[]) {
    const v = get(f);
    const r = normaliseDate(v);
    dates[f] = r.ok ? r.value : null;
    if (!r.ok) reasons.push(`${DATE_LABELS[f]}格式不正确：${shown(v)}`);
  }
  if (dates.appDate === null && !synthetic && !reasons.some((r) => r.startsWith('申请日'))) reasons.push('缺少申请日');

  const kindCell = cellText(get('kind'));
  // A type the source states but we cannot read is an error, not a cue to guess from the numbers.
  const kind = kindCell ? normaliseKind(kindCell) : (kindFromPubNo(grantNo ?? pubNo) ?? (appNo ? kindFromAppNo(appNo) : null));
  if (kind === null) reasons.push(kindCell ? `专利类型无法识别：${shown(kindCell)}` : '无法确定专利类型');
  const title = cellText(get('title'));
  if (title === null) reasons.push('缺少专利名称');

  const pledge = parseCount(get('pledgeCount'));
  const licence = parseCount(get('licenceCount'));
  if (!pledge.ok) reasons.push(`质押次数格式不正确：${shown(get('pledgeCount'))}`);
  if (!licence.ok) reasons.push(`许可次数格式不正确：${shown(get('licenceCount'))}`);
  if (reasons.length > 0 || appNo === null || kind === null || title === null) return { ok: false, reasons };

  // Granted: a grant number or date, a grant kind code (B/C/U/Y/S) or a status saying so (有权-审定授权).
  const status = cellText(get('sourceStatus'));
  let grantDate = dates.grantDate ?? (isGrantPublication(pubNo) && pubNo === grantNo ? dates.pubDate : null);
  let grantDateEstimated = false;
  if (grantDate === null && (grantNo !== null || statusSaysGranted(status) || (kindCell ?? '').includes('授权'))) {
    grantDate = statusSaysGranted(status) ? dates.statusDate : null;
    if (grantDate === null) [grantDate, grantDateEstimated] = [mc.asOf, true];
  }
  const ipcCodes = splitCodes(get('ipc'))
    .map((c) => normaliseIpc(c))
    .filter((c): c is string => c !== null);
  const mainIpc = normaliseIpc(cellText(get('mainIpc'))) ?? ipcCodes[0] ?? null;
  const applicants = splitNames(get('applicants'));
  const holders = splitNames(get('holders'));
  // The region follows the current holder (专利权人), not the applicant at filing: the holder's address when
  // the source gives it (the province code then belongs to the applicant and is no hint), else the address.
  const holderAddress = cellText(get('holderAddress'));
  const address = holderAddress ?? cellText(get('address'));
  const candidate = {
    appNo,
    syntheticAppNo: synthetic,
    pubNo,
    grantNo,
    kind,
    title,
    abstract: cellText(get('abstract')),
    firstClaim: cellText(get('firstClaim')),
    appDate: dates.appDate,
    pubDate: dates.pubDate,
    grantDate,
    grantDateEstimated,
    priorityDate: dates.priorityDate,
    applicants,
    holders: holders.length > 0 ? holders : applicants,
    inventors: splitNames(get('inventors')),
    creditCodes: splitCodes(get('creditCode')).map((c) => c.toUpperCase()),
    applicantType: cellText(get('applicantType')),
    address,
    regionCode: mc.regions?.resolve(address, holderAddress ? null : parseProvinceCode(get('provinceCode'))) ?? null,
    mainIpc,
    ipc: unique(mainIpc ? [mainIpc, ...ipcCodes] : ipcCodes),
    cpc: unique(splitCodes(get('cpc')).flatMap((c) => normaliseIpc(c, { cpc: true }) ?? [])),
    agency: cellText(get('agency')),
    agents: splitNames(get('agents')),
    pct: cellText(get('pct')),
    family: parseFamily(get('family')),
    citations: unique(pickAll(raw, columns, 'citations').flatMap(splitNames)),
    sourceStatus: status,
    events: deriveEvents({
      status,
      grantDate,
      grantDateEstimated,
      examDate: dates.examDate,
      statusDate: dates.statusDate,
      asOf: mc.asOf,
      appDate: dates.appDate,
      lapseDate: dates.lapseDate,
      compensationDays: compensationDaysOf(get('compensationDays')),
    }),
    pledgeCount: pledge.ok ? pledge.value : null,
    licenceCount: licence.ok ? licence.value : null,
  };
  const parsed = ZPatentRecord.safeParse(candidate);
  if (parsed.success) return { ok: true, record: parsed.data };
  return { ok: false, reasons: parsed.error.issues.map((i) => (i.message.match(/[\u4e00-\u9fa5]/) ? i.message : `字段 ${i.path.join('.')} 不合法`)) };
}
