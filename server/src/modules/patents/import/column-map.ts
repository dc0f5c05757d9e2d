import { isBlank, toHalfWidth } from '../record.js';

/** Fields a patent export's columns are mapped to (more than PatentRecord: dates and codes that feed events and links). */
export type PatentField =
  | 'appNo'
  | 'pubNo'
  | 'grantNo'
  | 'kind'
  | 'title'
  | 'abstract'
  | 'firstClaim'
  | 'appDate'
  | 'pubDate'
  | 'grantDate'
  | 'priorityDate'
  | 'applicants'
  | 'holders'
  | 'inventors'
  | 'applicantType'
  | 'address'
  | 'holderAddress'
  | 'provinceCode'
  | 'mainIpc'
  | 'ipc'
  | 'cpc'
  | 'agency'
  | 'agents'
  | 'pct'
  | 'family'
  | 'citations'
  | 'sourceStatus'
  | 'statusDate'
  | 'lapseDate'
  | 'compensationDays'
  | 'examDate'
  | 'pledgeCount'
  | 'licenceCount'
  | 'creditCode';

/**
 * Header spellings per field, in order of preference when an export has several (当前权利人 before
 * 第一权利人, 申请人地址 before the contact address). Compared after normaliseHeader().
 */
export const patentHeaderAliases: Readonly<Record<PatentField, readonly string[]>> = {
  appNo: ['申请号', '专利申请号', '申请号/专利号', '专利号', 'application_number', 'app_no', 'application_no', 'appln_nr'],
  pubNo: ['公开号', '公开(公告)号', '公告号', '公布号', '公开公布号', '文献号', 'publication_number', 'pub_no', 'publication_no'],
  grantNo: ['授权公告号', '授权号', '授权公布号', 'grant_number', 'grant_no'],
  kind: ['专利类型', '专利种类', '类型', 'patent_type', 'kind', 'type'],
  title: ['专利名称', '标题', '发明名称', '名称', '中文标题', '授权名称', 'title', 'invention_title'],
  abstract: ['申请摘要', '摘要', '中文摘要', 'abstract'],
  firstClaim: ['主权项', '首项权利要求', '独立权利要求', '第一权利要求', 'first_claim', 'claim'],
  appDate: ['申请日', '申请日期', 'application_date', 'filing_date', 'app_date'],
  pubDate: ['公开日', '公开(公告)日', '公告日', '公布日', '公开日期', 'publication_date', 'pub_date'],
  grantDate: ['授权公告日', '授权日', '授权日期', '授权公告日期', 'grant_date'],
  priorityDate: ['优先权日', '最早优先权日', 'priority_date'],
  applicants: ['申请人', '申请(专利权)人', '申请人名称', '原始申请人', 'applicants', 'applicant'],
  holders: ['当前权利人', '当前专利权人', '专利权人', '权利人', '第一权利人', 'current_assignee', 'assignee', 'holders', 'holder'],
  inventors: ['发明人', '发明(设计)人', '设计人', '当前发明人', 'inventors', 'inventor'],
  applicantType: ['申请人类型', '专利权人类型', '权利人类型', 'applicant_type'],
  address: ['申请人地址', '地址', '当前著录项联系人通讯地址', 'address', 'applicant_address'],
  // The current holder's (专利权人) address: the region a patent counts in (每万人口发明专利拥有量), before the applicant's.
  holderAddress: ['当前专利权人地址', '当前权利人地址', '专利权人地址', '权利人地址', 'assignee_address', 'holder_address'],
  provinceCode: ['国省代码', '申请人国省代码', '省市代码', 'province_code'],
  mainIpc: ['主分类号', '主IPC', 'IPC主分类', 'IPC主分类号', '主分类', 'main_ipc'],
  ipc: ['分类号', 'IPC', 'IPC分类号', 'IPC分类', '国际分类号', 'ipc_subclasses', 'ipc_codes'],
  cpc: ['CPC', 'CPC分类号', 'cpc_codes'],
  agency: ['专利代理机构', '代理机构', '当前专利代理机构', 'agency'],
  agents: ['专利代理人', '代理人', '当前专利代理人', 'agents', 'agent'],
  pct: ['PCT', 'PCT国际申请', 'PCT申请数据', 'PCT国际申请号', 'pct'],
  family: ['同族', '同族专利', '简单同族', '扩展同族', '海外同族', '同族专利号', 'family'],
  citations: ['引证', '引证专利', '引证文献', '非专利引证', 'citations'],
  sourceStatus: ['法律状态', '当前法律状态', '法律状态/事件', '简单法律状态', 'legal_status'],
  statusDate: ['法律状态公告日', '法律状态日', '法律状态生效日', 'legal_status_date'],
  // The date the right ended as the source states it (for an unpaid fee: the fee's due date, 细则 art. 115).
  lapseDate: ['失效日', '失效日期', '终止日', '终止日期', '专利权终止日', 'lapse_date'],
  compensationDays: ['期限补偿天数', '专利权期限补偿天数', '补偿天数', 'term_compensation_days'],
  examDate: ['实质审查日', '实质审查生效日', '实审日', 'examination_date'],
  pledgeCount: ['质押次数', 'pledge_count'],
  licenceCount: ['许可次数', 'licence_count', 'license_count'],
  creditCode: ['统一社会信用代码', '权利人统一社会信用代码', '信用代码', 'credit_code', 'uscc'],
};

/** Header text compared loosely: half-width, no spaces/brackets/underscores, lower-case ('公开（公告）号' = '公开公告号'). */
export function normaliseHeader(header: string): string {
  return toHalfWidth(header)
    .replace(/[\s_\-()[\]【】*:.：]/g, '')
    .toLowerCase();
}

/** Which source columns feed each field, best first, and the columns nothing reads. */
export interface ColumnMap<F extends string> {
  columns: ReadonlyMap<F, readonly string[]>;
  unmapped: readonly string[];
}

/** Maps a header row to fields with an alias table (patentHeaderAliases, the trademark one …). */
export function resolveColumns<F extends string>(headers: readonly string[], aliases: Readonly<Record<F, readonly string[]>>): ColumnMap<F> {
  const lookup = new Map<string, { field: F; rank: number }>();
  for (const [field, names] of Object.entries(aliases) as [F, readonly string[]][]) {
    names.forEach((name, rank) => {
      const key = normaliseHeader(name);
      if (!lookup.has(key)) lookup.set(key, { field, rank });
    });
  }
  const found = new Map<F, { header: string; rank: number }[]>();
  const unmapped: string[] = [];
  for (const header of headers) {
    const hit = lookup.get(normaliseHeader(header));
    if (!hit) {
      unmapped.push(header);
      continue;
    }
    const list = found.get(hit.field) ?? [];
    list.push({ header, rank: hit.rank });
    found.set(hit.field, list);
  }
  const columns = new Map<F, string[]>();
  for (const [field, list] of found)
    columns.set(
      field,
      list.sort((a, b) => a.rank - b.rank).map((c) => c.header),
    );
  return { columns, unmapped };
}

/** The field's value from a row: the first non-empty of its columns, in preference order. */
export function pickValue<F extends string>(raw: Readonly<Record<string, unknown>>, map: ColumnMap<F>, field: F): unknown {
  for (const header of map.columns.get(field) ?? []) {
    const v = raw[header];
    if (!isBlank(v)) return v;
  }
  return undefined;
}

/** Every non-empty value of the field's columns (引证专利 and 非专利引证 both feed citations). */
export function pickAll<F extends string>(raw: Readonly<Record<string, unknown>>, map: ColumnMap<F>, field: F): unknown[] {
  return (map.columns.get(field) ?? []).map((h) => raw[h]).filter((v) => !isBlank(v));
}

/** How many cells of a row are known headers of the alias table: finds the header row below a title row. */
export function countKnownHeaders(cells: readonly unknown[], aliases: Readonly<Record<string, readonly string[]>>): number {
  const known = new Set(Object.values(aliases).flatMap((names) => names.map(normaliseHeader)));
  return cells.filter((c) => typeof c === 'string' && known.has(normaliseHeader(c))).length;
}
